"""Read-only lists for the filters of the management screens: agents, teams, queues."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from telerecouv.domain.enums import Role, Stage
from telerecouv.services.permissions import Actor, Permission
from telerecouv.store.errors import PermissionDenied
from telerecouv.store.models import Organisation, Queue, Team, User


@dataclass(frozen=True)
class AgentChoice:
    id: int
    login: str
    full_name: str
    role: Role
    team_id: int | None
    active: bool

    @property
    def label(self) -> str:
        return f"{self.full_name} ({self.login})" if self.full_name else self.login


@dataclass(frozen=True)
class TeamChoice:
    id: int
    name: str


@dataclass(frozen=True)
class OrganisationChoice:
    id: int
    code: str
    name: str
    currency: str


@dataclass(frozen=True)
class QueueChoice:
    id: int
    organisation_id: int
    organisation_code: str
    stage: Stage
    name: str
    paused: bool


@dataclass(frozen=True)
class Directory:
    agents: tuple[AgentChoice, ...]
    teams: tuple[TeamChoice, ...]
    organisations: tuple[OrganisationChoice, ...]
    queues: tuple[QueueChoice, ...]


_READERS = (
    Permission.REVIEW_CALLS,
    Permission.READ_KPIS,
    Permission.TUNE_QUEUES,
    Permission.MANAGE_USERS,
)


class DirectoryService:
    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._sessions = session_factory

    def load(self, actor: Actor) -> Directory:
        """Everything a filter bar offers; team leads and above only."""
        if not any(actor.can(permission) for permission in _READERS):
            raise PermissionDenied(
                f"{actor.login} ({actor.role.value}) may not list agents, teams and queues.",
                "Ask a team lead or a supervisor.",
            )
        with self._sessions() as session:
            agents = tuple(
                AgentChoice(u.id, u.login, u.full_name, u.role, u.team_id, u.active)
                for u in session.scalars(select(User).order_by(User.login))
            )
            teams = tuple(
                TeamChoice(t.id, t.name)
                for t in session.scalars(select(Team).where(Team.active).order_by(Team.name))
            )
            organisations = tuple(
                OrganisationChoice(o.id, o.code, o.name, o.currency)
                for o in session.scalars(select(Organisation).order_by(Organisation.code))
            )
            queues = tuple(
                QueueChoice(q.id, q.organisation_id, code, q.stage, q.name, q.paused)
                for q, code in session.execute(
                    select(Queue, Organisation.code)
                    .join(Organisation, Organisation.id == Queue.organisation_id)
                    .order_by(Organisation.code, Queue.id)
                )
            )
        return Directory(agents, teams, organisations, queues)
