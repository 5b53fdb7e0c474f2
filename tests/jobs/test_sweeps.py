"""The sweeps: limitation alerts, call-back reminders, and the jobs built on other services
(tested with stand-ins that follow their contracts)."""

from __future__ import annotations

import sys
import types
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import update

from telerecouv.domain.enums import CallbackScope, Reachability, WorkItemStatus
from telerecouv.jobs import sweeps
from telerecouv.services.database import Database
from telerecouv.store.models import AppSetting, Claim, WorkItem
from tests.services.lead_factory import World, at, build_world


@pytest.fixture
def world(database: Database) -> World:
    return build_world(database.sessions)


def _limitation(world: World, ext: str, on: date) -> None:
    with world.sessions.begin() as session:
        session.execute(update(Claim).where(Claim.id == world.claims[ext]).values(limitation_on=on))


def test_limitation_alerts_list_claims_near_limitation_that_nobody_works(world: World) -> None:
    now = at(20, 12)
    for ext in ("IDLE", "CALLED", "LEASED", "FAR", "PAST", "OLDCALL"):
        world.debtor(ext, balance="250.00")
    _limitation(world, "IDLE", date(2026, 12, 10))
    _limitation(world, "CALLED", date(2026, 12, 10))
    _limitation(world, "LEASED", date(2026, 12, 1))
    _limitation(world, "FAR", date(2027, 6, 1))
    _limitation(world, "PAST", date(2026, 11, 1))
    _limitation(world, "OLDCALL", date(2026, 11, 25))
    world.call("CALLED", "a1", now - timedelta(days=3), Reachability.NO_ANSWER)
    world.call("OLDCALL", "a1", now - timedelta(days=45), Reachability.NO_ANSWER)
    with world.sessions.begin() as session:
        session.execute(
            update(WorkItem)
            .where(WorkItem.debtor_id == world.debtors["LEASED"])
            .values(status=WorkItemStatus.LEASED)
        )
    assert sweeps.limitation_alerts(world.sessions, now) == {"alerts": 2}
    with world.sessions() as session:
        stored = session.get(AppSetting, sweeps.LIMITATION_ALERTS_KEY)
        assert stored is not None
        claims = stored.value["claims"]
    assert [c["debtor"] for c in claims] == ["OLDCALL", "IDLE"]  # nearest limitation first
    assert claims[0]["balance"] == "250.00" and claims[0]["last_call_at"].startswith("2026-10-06")
    assert claims[1]["last_call_at"] is None and claims[1]["file_status"] == "queued"
    # The next sweep replaces the list.
    _limitation(world, "IDLE", date(2027, 6, 1))
    assert sweeps.limitation_alerts(world.sessions, now) == {"alerts": 1}


def test_callback_reminders_for_the_logged_in_agent(world: World) -> None:
    now = at(20, 10)
    for ext, minutes, user in (
        ("SOON", 5, "a1"),
        ("LATER", 60, "a1"),
        ("OTHER", 5, "a2"),
        ("MISSED", -30, "a1"),
    ):
        world.debtor(ext, last_name=ext.title())
        with world.sessions.begin() as session:
            session.execute(
                update(WorkItem)
                .where(WorkItem.debtor_id == world.debtors[ext])
                .values(
                    callback_at=now + timedelta(minutes=minutes),
                    callback_user_id=world.users[user],
                    callback_scope=CallbackScope.PERSONAL,
                )
            )
    due = sweeps.due_callbacks(world.sessions, world.users["a1"], now)
    assert [(r.debtor_name, r.overdue(now)) for r in due] == [("Missed", True), ("Soon", False)]
    poller = sweeps.ReminderPoller(world.sessions, world.users["a1"])
    assert [r.debtor_external_id for r in poller.poll(now)] == ["MISSED", "SOON"]
    assert poller.poll(now + timedelta(minutes=1)) == []  # announced once
    fresh = poller.poll(now + timedelta(minutes=55))
    assert [r.debtor_external_id for r in fresh] == ["LATER"]


@pytest.fixture
def fake_module(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    def install(name: str, **members: Any) -> None:
        module = types.ModuleType(name)
        module.__dict__.update(members)
        monkeypatch.setitem(sys.modules, name, module)

    return install


def test_expire_leases_and_match_payments_call_their_services(
    database: Database, fake_module: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[Any] = []

    class QueueService:
        def __init__(self, sessions: Any, *, clock: Any) -> None:
            calls.append(("queue", clock()))

        def expire_leases(self) -> int:
            return 3

    @dataclass
    class MatchReport:
        matched: int

        def to_json(self) -> dict[str, int]:
            return {"matched": self.matched}

    def match_payments(session: Any, *, now: Any, payment_ids: Any = None) -> MatchReport:
        calls.append(("match", now))
        return MatchReport(7)

    fake_module("telerecouv.services.queue.service", QueueService=QueueService)
    fake_module("telerecouv.services.matching", match_payments=match_payments)
    now = at(20)
    assert sweeps.expire_leases(database.sessions, now) == {"released": 3}
    assert sweeps.match_payments(database.sessions, now) == {"matched": 7}
    assert calls == [("queue", now), ("match", now)]
    # A module that is not there: the job says so instead of failing.
    monkeypatch.setitem(sys.modules, "telerecouv.services.matching", None)
    assert sweeps.match_payments(database.sessions, now) == {
        "skipped": "services.matching not available"
    }


def test_nightly_import_of_the_drop_folder(
    sqlite_database: Database, fake_module: Any, tmp_path: Path
) -> None:
    class ImportKind(StrEnum):
        DEBTORS = "debtors"
        PAYMENTS = "payments"

    seen: list[tuple[str, str]] = []

    class ImportService:
        def __init__(self, sessions: Any) -> None:
            pass

        def run(self, actor: Any, kind: ImportKind, path: Path, **_: Any) -> Any:
            if "broken" in path.name:
                raise RuntimeError("bad header")
            seen.append((kind.value, path.name))
            return types.SimpleNamespace(to_json=lambda: {"accepted": 2, "rejected": 0})

    fake_module("telerecouv.services.imports", ImportKind=ImportKind, ImportService=ImportService)
    sessions = sqlite_database.sessions
    assert sweeps.nightly_import(sessions, at(20)) == {"skipped": "no drop folder configured"}
    folder = tmp_path / "depot"
    folder.mkdir()
    (folder / "debtors_2026-11-19.csv").write_text("a;b\n", encoding="utf-8")
    (folder / "payments-broken.csv").write_text("x\n", encoding="utf-8")
    (folder / "mystery.csv").write_text("x\n", encoding="utf-8")
    (folder / "notes.pdf").write_text("x\n", encoding="utf-8")
    with sessions.begin() as session:
        session.add(AppSetting(key=sweeps.DROP_FOLDER_KEY, value={"path": str(folder)}))
    result = sweeps.nightly_import(sessions, at(20, 2))
    assert result["imported"] == ["debtors_2026-11-19.csv"]
    assert sorted(result["failed"]) == ["mystery.csv", "payments-broken.csv"]
    assert seen == [("debtors", "debtors_2026-11-19.csv")]
    done = sorted(p.name for p in (folder / "done").iterdir())
    assert done == [
        "20261120T020000-debtors_2026-11-19.csv",
        "20261120T020000-debtors_2026-11-19.csv.report.json",
    ]
    report = (folder / "failed" / "20261120T020000-payments-broken.csv.report.json").read_text()
    assert "bad header" in report
    assert (folder / "notes.pdf").exists()  # not an import file: left alone
    assert sweeps.nightly_import(sessions, at(21, 2)) == {"imported": [], "failed": []}
