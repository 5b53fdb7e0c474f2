"""Shared set-up of the claiming tests: a clock the test moves, a world synced into queues."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select

from telerecouv.domain.enums import Role, Stage
from telerecouv.services.database import Database
from telerecouv.services.permissions import Actor
from telerecouv.services.queue.service import QueueService
from telerecouv.services.queue.sync import sync_work_items
from telerecouv.store.models import Queue, WorkItem

from .factory import make_world, utc

# Monday 10 March 2025, 10:00 in Paris (CET, UTC+1): inside the default calling hours.
MONDAY_10H = utc(2025, 3, 10, 9, 0)


@dataclass
class Clock:
    now: datetime = MONDAY_10H

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kwargs: float) -> None:
        self.now += timedelta(**kwargs)


@dataclass
class Setup:
    database: Database
    clock: Clock
    service: QueueService
    agents: list[Actor] = field(default_factory=list)
    debtors: dict[str, int] = field(default_factory=dict)  # label -> debtor id

    def item_of(self, label: str) -> WorkItem:
        with self.database.sessions() as session:
            return session.scalars(
                select(WorkItem).where(WorkItem.debtor_id == self.debtors[label])
            ).one()

    def queue_of(self, stage: Stage) -> int:
        with self.database.sessions() as session:
            return session.scalars(select(Queue.id).where(Queue.stage == stage)).one()

    def label_of(self, debtor_id: int) -> str:
        return next(k for k, v in self.debtors.items() if v == debtor_id)


def build(
    database: Database,
    files: dict[str, dict[str, Any]],
    *,
    agents: int = 2,
    now: datetime = MONDAY_10H,
    org_values: dict[str, Any] | None = None,
) -> Setup:
    """`files`: label -> {"stage": Stage, "balance": "100.00", "zones": ..., claim fields}."""
    clock = Clock(now)
    # no cache of the queue state: the tests change it and claim at once
    service = QueueService(database.sessions, clock=clock, state_cache=timedelta(0))
    setup = Setup(database, clock, service)
    with database.sessions.begin() as session:
        world = make_world(session, **(org_values or {}))
        for n in range(agents):
            setup.agents.append(world.user(f"agent{n + 1}", Role.AGENT, team="A"))
        for label, spec in files.items():
            spec = dict(spec)
            debtor = world.debtor(zones=spec.pop("zones", "Europe/Paris"))
            world.claim(
                debtor,
                spec.pop("balance", "100.00"),
                stage=spec.pop("stage", Stage.DEFAULT_M1),
                **spec,
            )
            setup.debtors[label] = debtor.id
        sync_work_items(session, debtor_ids=list(setup.debtors.values()), now=now)
    return setup


def supervisor(database: Database, login: str = "super") -> Actor:
    from telerecouv.store.models import User

    with database.sessions.begin() as session:
        user = User(login=login, role=Role.SUPERVISOR, full_name=login, password_hash="x")
        session.add(user)
        session.flush()
        return Actor(user.id, login, Role.SUPERVISOR, login)
