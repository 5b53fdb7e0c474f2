"""Small hand-made populations for the team-lead services (review, KPIs, approvals)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from telerecouv.domain.enums import (
    CallResult,
    ClaimStatus,
    Origin,
    PaymentMeans,
    Phase,
    PlanStatus,
    Reachability,
    Responsibility,
    Role,
    Stage,
    WorkItemStatus,
)
from telerecouv.services.permissions import Actor
from telerecouv.store.models import (
    CallAttempt,
    Claim,
    Debtor,
    Organisation,
    PaymentPlan,
    Queue,
    Team,
    User,
    WorkItem,
)

RP = Reachability.RIGHT_PARTY


def at(day: int, hour: int = 10, minute: int = 0, month: int = 11) -> datetime:
    """A UTC time in November 2026 (a Monday is 2 November)."""
    return datetime(2026, month, day, hour, minute, tzinfo=UTC)


@dataclass
class World:
    sessions: sessionmaker[Session]
    org_id: int = 0
    org2_id: int = 0
    queues: dict[Stage, int] = field(default_factory=dict)
    teams: dict[str, int] = field(default_factory=dict)
    users: dict[str, int] = field(default_factory=dict)
    debtors: dict[str, int] = field(default_factory=dict)
    claims: dict[str, int] = field(default_factory=dict)

    def actor(self, login: str) -> Actor:
        with self.sessions() as session:
            user = session.get(User, self.users[login])
            assert user is not None
            return Actor(user.id, user.login, user.role, user.full_name, user.team_id)

    def add(self, obj: Any) -> int:
        with self.sessions.begin() as session:
            session.add(obj)
            session.flush()
            return int(getattr(obj, "id", 0) or 0)

    def debtor(
        self,
        ext: str,
        *,
        balance: str = "100.00",
        org: int | None = None,
        last_name: str = "Martin",
        phase: Phase = Phase.AMICABLE,
        stage: Stage = Stage.DEFAULT_M2,
        notice_due: date | None = None,
    ) -> int:
        with self.sessions.begin() as session:
            org_id = org or self.org_id
            debtor = Debtor(organisation_id=org_id, external_id=ext, last_name=last_name)
            session.add(debtor)
            session.flush()
            claim = Claim(
                organisation_id=org_id,
                debtor_id=debtor.id,
                external_id=f"C-{ext}",
                origin=Origin.BENEFIT,
                initial_amount=Decimal(balance),
                balance=Decimal(balance),
                responsibility=Responsibility.DEBTOR,
                phase=phase,
                status=ClaimStatus.OPEN,
                stage=stage,
                formal_notice_due_on=notice_due,
            )
            session.add(claim)
            session.add(
                WorkItem(
                    organisation_id=org_id,
                    debtor_id=debtor.id,
                    queue_id=self.queues.get(stage) if org_id == self.org_id else None,
                    stage=stage,
                    status=WorkItemStatus.QUEUED,
                    balance_total=Decimal(balance),
                    formal_notice_due_on=notice_due,
                )
            )
            session.flush()
            self.debtors[ext] = debtor.id
            self.claims[ext] = claim.id
            return int(debtor.id)

    def call(
        self,
        ext: str,
        agent: str,
        started: datetime,
        reach: Reachability = RP,
        result: CallResult | None = None,
        *,
        seconds: int | None = 120,
        notes: str | None = None,
        stage: Stage | None = None,
        script_path: list[str] | None = None,
    ) -> int:
        with self.sessions() as session:
            user = session.get(User, self.users[agent])
            assert user is not None
            team_id = user.team_id
            debtor = session.get(Debtor, self.debtors[ext])
            assert debtor is not None
            org_id = debtor.organisation_id
            item = session.query(WorkItem).filter_by(debtor_id=debtor.id).one()
            stage = stage or item.stage
        return self.add(
            CallAttempt(
                organisation_id=org_id,
                debtor_id=self.debtors[ext],
                work_item_id=None,
                agent_id=self.users[agent],
                team_id=team_id,
                queue_id=self.queues.get(stage) if stage and org_id == self.org_id else None,
                stage=stage,
                started_at=started,
                ended_at=started + timedelta(seconds=seconds) if seconds is not None else None,
                reachability=reach,
                result=result,
                notes=notes,
                script_path=script_path,
            )
        )

    def plan(
        self,
        ext: str,
        agent: str,
        call_id: int | None,
        *,
        months: int = 12,
        total: str = "1200.00",
        status: PlanStatus = PlanStatus.ACTIVE,
        justification: str | None = None,
        first_due: date = date(2026, 12, 1),
    ) -> int:
        total_d = Decimal(total)
        return self.add(
            PaymentPlan(
                debtor_id=self.debtors[ext],
                call_id=call_id,
                agent_id=self.users[agent],
                status=status,
                total=total_d,
                months=months,
                instalment_amount=(total_d / months).quantize(Decimal("0.01")),
                first_due_on=first_due,
                means=PaymentMeans.TRANSFER,
                justification=justification,
                needs_approval=status is PlanStatus.PENDING_APPROVAL,
            )
        )


def build_world(sessions: sessionmaker[Session]) -> World:
    """Two organisations, a team per lead, agents a1/a2 (team A), b1 (team B), lead1, super1,
    admin; queues of every stage for the first organisation."""
    from telerecouv.services.users import hash_password

    world = World(sessions)
    password = hash_password("password-123")
    with sessions.begin() as session:
        org = Organisation(code="ORG1", name="Caisse 1")
        org2 = Organisation(code="ORG2", name="Caisse 2")
        session.add_all([org, org2])
        session.flush()
        world.org_id, world.org2_id = org.id, org2.id
        for stage in Stage:
            queue = Queue(organisation_id=org.id, stage=stage, name=f"Q-{stage.value}")
            session.add(queue)
            session.flush()
            world.queues[stage] = queue.id
        for name in ("Team A", "Team B"):
            team = Team(name=name)
            session.add(team)
            session.flush()
            world.teams[name] = team.id
        for login, role, team_name in (
            ("a1", Role.AGENT, "Team A"),
            ("a2", Role.AGENT, "Team A"),
            ("b1", Role.AGENT, "Team B"),
            ("lead1", Role.TEAM_LEAD, "Team A"),
            ("super1", Role.SUPERVISOR, None),
            ("admin", Role.ADMIN, None),
        ):
            user = User(
                login=login,
                full_name=login.upper(),
                role=role,
                password_hash=password,
                team_id=world.teams[team_name] if team_name else None,
            )
            session.add(user)
            session.flush()
            world.users[login] = user.id
    return world
