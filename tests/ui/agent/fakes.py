"""Test doubles for the agent's workspace: a queue and a call recorder that follow the
queue contract (#4) and `CallService.record` (#5), over a real database with demo data.

The debtor file, contacts, letters, outbox and draft store are the real services.
"""

from __future__ import annotations

import threading
import time
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from sqlalchemy import select

from telerecouv.domain.enums import WorkItemStatus
from telerecouv.paths import RESOURCES_DIR
from telerecouv.services.call_outcome import CallOutcome, SavedCall, validate_outcome
from telerecouv.services.contacts import ContactService
from telerecouv.services.database import Database
from telerecouv.services.debtor_file import DebtorFileService
from telerecouv.services.letters import LetterService
from telerecouv.services.outbox import DraftStore, Outbox
from telerecouv.services.permissions import Actor
from telerecouv.store.errors import Conflict, DatabaseUnreachable
from telerecouv.store.models import WorkItem
from telerecouv.ui.agent.backend import AgentBackend


@dataclass(frozen=True)
class FakeLease:
    item_id: int
    debtor_id: int
    queue_id: int
    token: str
    expires_at: datetime
    stage: Any
    explanation: str
    callback: bool


class FakeQueue:
    """Offers the queued items of the database in id order, once each."""

    def __init__(self, database: Database, delay: float = 0.0) -> None:
        self.sessions = database.sessions
        self.taken: set[int] = set()
        self.released: list[int] = []
        self.heartbeats = 0
        self.delay = delay
        self.lost = False

    def next_item(self, actor: Actor, *, queue_ids: Any = None) -> FakeLease | None:
        time.sleep(self.delay)
        with self.sessions() as session:
            items = session.scalars(
                select(WorkItem)
                .where(WorkItem.status == WorkItemStatus.QUEUED)
                .order_by(WorkItem.id)
            ).all()
            for item in items:
                if item.id not in self.taken:
                    self.taken.add(item.id)
                    return FakeLease(
                        item.id,
                        item.debtor_id,
                        item.queue_id,
                        uuid.uuid4().hex,
                        datetime.now(UTC) + timedelta(minutes=10),
                        item.stage,
                        "M+2, mise en demeure dans 3 j",
                        False,
                    )
        return None

    def heartbeat(self, actor: Actor, item_id: int, token: str) -> datetime:
        self.heartbeats += 1
        if self.lost:
            raise Conflict("The lease was lost.")
        return datetime.now(UTC) + timedelta(minutes=10)

    def release(self, actor: Actor, item_id: int, token: str | None) -> None:
        self.released.append(item_id)

    def counts(self, actor: Actor) -> list[Any]:
        return [SimpleNamespace(waiting=12, callbacks_due_today=2, leased=len(self.taken))]


class FakeCalls:
    """Records outcomes exactly once per client token; `down` simulates a dead database."""

    def __init__(self, delay: float = 0.0) -> None:
        self.recorded: dict[str, CallOutcome] = {}
        self.attempts = 0
        self.down = False
        self.delay = delay
        self._lock = threading.Lock()

    def record(self, actor: Actor, outcome: CallOutcome) -> SavedCall:
        time.sleep(self.delay)
        with self._lock:
            self.attempts += 1
            if self.down:
                raise DatabaseUnreachable("The database does not answer.", "Try again later.")
            validate_outcome(outcome, datetime.now(UTC))
            duplicate = outcome.client_token in self.recorded
            self.recorded.setdefault(outcome.client_token, outcome)
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


def make_backend(
    database: Database, home: Path, *, queue: Any = None, calls: Any = None
) -> AgentBackend:
    sessions = database.sessions
    return AgentBackend(
        queue=queue or FakeQueue(database),
        files=DebtorFileService(sessions),
        calls=calls or FakeCalls(),
        contacts=ContactService(sessions),
        letters=LetterService(sessions),
        outbox=Outbox(home / "outbox"),
        drafts=DraftStore(home / "drafts"),
        scripts_dir=RESOURCES_DIR / "scripts",
        letters_dir=home / "letters",
    )
