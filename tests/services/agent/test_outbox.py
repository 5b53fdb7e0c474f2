"""Nothing lost: drafts survive a kill, outcomes wait in the outbox and are sent once."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from telerecouv.domain.enums import CallResult, PaymentMeans, Reachability, Role
from telerecouv.services.call_outcome import CallOutcome, PlanDraft, SavedCall
from telerecouv.services.outbox import (
    DraftStore,
    Outbox,
    outcome_from_json,
    outcome_to_json,
    user_dir,
)
from telerecouv.services.permissions import Actor
from telerecouv.store.errors import DatabaseUnreachable, ValidationError
from tests.services.agent.factory import DebtorFixture, outcome

AGENT = Actor(7, "agent1", Role.AGENT)
FILE = DebtorFixture(org_id=1, debtor_id=42, claim_ids=(5, 6), item_id=9)


def _plan_outcome() -> CallOutcome:
    return outcome(
        FILE,
        Reachability.RIGHT_PARTY,
        CallResult.PLAN_AGREED,
        notes="D'accord pour 10 mois — « merci »",
        plan=PlanDraft(
            claim_ids=(5, 6),
            months=10,
            first_due_on=date(2025, 7, 5),
            means=PaymentMeans.DIRECT_DEBIT,
            iban="FR7630006000011234567890189",
            justification=None,
            instalment=Decimal("124.05"),
        ),
    )


class FakeCalls:
    """Records like CallService: exactly once per client token; can play a dead database."""

    def __init__(self) -> None:
        self.recorded: dict[str, CallOutcome] = {}
        self.down = False
        self.refuse: set[str] = set()

    def record(self, actor: Actor, o: CallOutcome) -> SavedCall:
        if self.down:
            raise DatabaseUnreachable("Cannot reach the database.")
        if o.client_token in self.refuse:
            raise ValidationError("Claim 5 is flagged as fraud.", field="plan.claims")
        duplicate = o.client_token in self.recorded
        self.recorded.setdefault(o.client_token, o)
        return SavedCall(
            call_id=len(self.recorded),
            duplicate=duplicate,
            item_status=None,
            next_eligible_at=None,
            plan_id=None,
            plan_needs_approval=False,
            promise_id=None,
            relief_id=None,
            relief_route=None,
            confirmation_text=None,
        )


def test_outcome_round_trips_through_json_exactly() -> None:
    original = _plan_outcome()
    data = json.loads(json.dumps(outcome_to_json(original)))
    assert outcome_from_json(data) == original
    with pytest.raises(ValueError, match="not a call outcome"):
        outcome_from_json({"format": "other"})


def test_outbox_keeps_outcomes_while_the_database_is_down_and_sends_each_once(
    tmp_path: Path,
) -> None:
    box = Outbox(tmp_path / "outbox")
    calls = FakeCalls()
    first, second = _plan_outcome(), outcome(FILE)
    box.put(first)
    box.put(second)
    box.put(first)  # saved again after an edit: still one file
    assert {o.client_token for o in box.pending()} == {first.client_token, second.client_token}

    calls.down = True
    assert box.flush(calls, AGENT) == 0
    assert len(box.pending()) == 2

    calls.down = False
    assert box.flush(calls, AGENT) == 2
    assert box.pending() == [] and box.flush(calls, AGENT) == 0
    assert calls.recorded == {first.client_token: first, second.client_token: second}


def test_refused_outcome_is_set_aside_with_its_reason(tmp_path: Path) -> None:
    box = Outbox(tmp_path / "outbox")
    calls = FakeCalls()
    bad, good = _plan_outcome(), outcome(FILE)
    calls.refuse.add(bad.client_token)
    box.put(bad)
    box.put(good)
    assert box.flush(calls, AGENT) == 1
    assert box.pending() == []
    [(path, reason)] = box.rejected()
    assert path.name.startswith(bad.client_token) and "fraud" in reason


def test_unreadable_outbox_file_is_set_aside_not_lost(tmp_path: Path) -> None:
    box = Outbox(tmp_path / "outbox")
    box.put(outcome(FILE))
    broken = tmp_path / "outbox" / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    assert len(box.pending()) == 1
    assert [p.name for p, _ in box.rejected()] == ["broken.json"]


def test_draft_survives_a_killed_process(tmp_path: Path) -> None:
    store = DraftStore(tmp_path / "drafts")
    token = str(uuid.uuid4())
    # Another process saves the draft as the agent types, then dies without cleaning up.
    code = (
        "import os, sys\n"
        "from pathlib import Path\n"
        "from telerecouv.services.outbox import DraftStore\n"
        "store = DraftStore(Path(sys.argv[1]))\n"
        "store.save({'client_token': sys.argv[2], 'notes': 'a promis 50 €', 'path': ['a']})\n"
        "store.save({'client_token': sys.argv[2], 'notes': 'a promis 50 € le 20', "
        "'path': ['a', 'b'], 'amount': __import__('decimal').Decimal('50.00')})\n"
        "os._exit(9)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "drafts"), token], check=False
    )
    assert done.returncode == 9
    assert store.load() == {
        "client_token": token,
        "notes": "a promis 50 € le 20",
        "path": ["a", "b"],
        "amount": "50.00",
    }
    store.clear()
    assert store.load() is None


def test_corrupt_draft_is_kept_aside(tmp_path: Path) -> None:
    store = DraftStore(tmp_path / "drafts")
    store.save({"notes": "x"})
    store.path.write_text('{"draft": [1, 2', encoding="utf-8")
    assert store.load() is None
    assert (tmp_path / "drafts" / "unreadable" / DraftStore.FILE_NAME).exists()


def test_user_dir_is_per_login_and_safe(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("TELERECOUV_HOME", str(tmp_path))
    assert user_dir("outbox", "agent1") == tmp_path / "outbox" / "agent1"
    assert user_dir("outbox", "../x y") == tmp_path / "outbox" / "___x_y"
    assert not os.path.exists(tmp_path / "outbox")


def test_outcome_needs_a_token_to_be_kept(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="client token"):
        Outbox(tmp_path).put(replace(outcome(FILE), client_token=""))
