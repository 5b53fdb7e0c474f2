"""What the supervisor's queue screen reads: organisations and their calling hours, queues,
agents and the queues each one works. Read-only; the changes go through queue.policy."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from telerecouv.domain.enums import Role, Stage, WorkItemStatus
from telerecouv.services.permissions import Actor, Permission, require
from telerecouv.store.models import Organisation, Queue, Team, User, WorkItem, user_queues


@dataclass(frozen=True)
class OrganisationHours:
    id: int
    code: str
    name: str
    timezone: str
    calling_hours: dict[str, Any]  # {"0": [["09:00", "12:30"], ...]}, 0 = Monday
    daily_attempt_cap: int
    weekly_attempt_cap: int


@dataclass(frozen=True)
class QueueInfo:
    id: int
    organisation_id: int
    organisation_code: str
    stage: Stage
    name: str
    paused: bool
    waiting: int


@dataclass(frozen=True)
class AgentQueues:
    user_id: int
    login: str
    full_name: str
    role: Role
    team: str | None
    queue_ids: tuple[int, ...]  # empty: every queue


@dataclass(frozen=True)
class QueueBoard:
    organisations: tuple[OrganisationHours, ...]
    queues: tuple[QueueInfo, ...]
    agents: tuple[AgentQueues, ...]


class SupervisionService:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def board(self, actor: Actor) -> QueueBoard:
        require(actor, Permission.TUNE_QUEUES, "see the queue settings")
        with self._sessions() as session:
            organisations = tuple(
                OrganisationHours(
                    o.id,
                    o.code,
                    o.name,
                    o.timezone,
                    dict(o.calling_hours or {}),
                    o.daily_attempt_cap,
                    o.weekly_attempt_cap,
                )
                for o in session.scalars(select(Organisation).order_by(Organisation.code))
            )
            waiting = (
                select(WorkItem.queue_id, func.count(WorkItem.id).label("n"))
                .where(WorkItem.status == WorkItemStatus.QUEUED)
                .group_by(WorkItem.queue_id)
                .subquery()
            )
            queues = tuple(
                QueueInfo(q.id, q.organisation_id, code, q.stage, q.name, q.paused, int(n or 0))
                for q, code, n in session.execute(
                    select(Queue, Organisation.code, waiting.c.n)
                    .join(Organisation, Organisation.id == Queue.organisation_id)
                    .outerjoin(waiting, waiting.c.queue_id == Queue.id)
                    .order_by(Organisation.code, Queue.id)
                )
            )
            assigned: dict[int, list[int]] = {}
            for user_id, queue_id in session.execute(
                select(user_queues.c.user_id, user_queues.c.queue_id).order_by(
                    user_queues.c.queue_id
                )
            ):
                assigned.setdefault(user_id, []).append(queue_id)
            agents = tuple(
                AgentQueues(u.id, u.login, u.full_name, u.role, team, tuple(assigned.get(u.id, ())))
                for u, team in session.execute(
                    select(User, Team.name)
                    .outerjoin(Team, Team.id == User.team_id)
                    .where(User.active.is_(True), User.role.in_([Role.AGENT, Role.TEAM_LEAD]))
                    .order_by(User.login)
                )
            )
        return QueueBoard(organisations, queues, agents)
