"""Stand-ins for the issue-6 services, written from the contract, used only while the real
modules have not landed (conftest installs them in sys.modules when the import fails)."""

from __future__ import annotations

import sys
import types
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any, Literal

from telerecouv.domain.enums import CallResult, Reachability, Stage


@dataclass(frozen=True)
class CallFilter:
    date_from: date
    date_to: date
    agent_id: int | None = None
    team_id: int | None = None
    stage: Stage | None = None
    reachability: Reachability | None = None
    result: CallResult | None = None
    min_amount: Decimal | None = None
    long_plans_only: bool = False
    refusals_only: bool = False
    text: str | None = None
    to_review_only: bool = False


@dataclass(frozen=True)
class CallRow:
    id: int
    started_at: datetime
    agent_login: str | None
    team: str | None
    debtor_external_id: str
    debtor_name: str
    stage: Stage | None
    reachability: Reachability
    result: CallResult | None
    balance: Decimal
    duration_seconds: int | None
    has_long_plan: bool
    review_score: int | None
    selected_because: str | None


@dataclass(frozen=True)
class CallDetail:
    row: CallRow
    notes: str | None
    script_path: tuple[str, ...]
    plan: tuple[int, Decimal, Decimal, str, str | None] | None
    review_comment: str | None = None
    reviewer_login: str | None = None


class FakeReviewService:
    """`total` virtual calls, generated on demand; records what the screen asked for."""

    def __init__(self, total: int = 1_000_000) -> None:
        self.total = total
        self.pages: list[tuple[int, int, str, bool]] = []
        self.filters: list[CallFilter] = []
        self.reviews: dict[int, tuple[int, str]] = {}
        self.samples: list[tuple[date, int]] = []

    def _row(self, index: int) -> CallRow:
        refusal = index % 7 == 0
        review = self.reviews.get(index + 1)
        return CallRow(
            id=index + 1,
            started_at=datetime(2026, 11, 2, 9, tzinfo=UTC) + timedelta(minutes=index),
            agent_login=f"agent{index % 4 + 1}",
            team="Équipe Nord" if index % 4 < 2 else "Équipe Sud",
            debtor_external_id=f"D{index:07d}",
            debtor_name=f"Martin {index}",
            stage=list(Stage)[index % 3],
            reachability=Reachability.RIGHT_PARTY if index % 3 else Reachability.VOICEMAIL,
            result=(
                CallResult.REFUSAL if refusal else (CallResult.PLAN_AGREED if index % 3 else None)
            ),
            balance=Decimal("1240.00") + index * 37,
            duration_seconds=185 + index % 240,
            has_long_plan=index % 11 == 0,
            review_score=review[0] if review else None,
            selected_because="refusal" if refusal else None,
        )

    def count(self, actor: Any, f: CallFilter) -> int:
        self.filters.append(f)
        return 0 if f.text == "nothing" else self.total

    def page(
        self,
        actor: Any,
        f: CallFilter,
        *,
        offset: int,
        limit: int,
        sort: str = "started_at",
        descending: bool = True,
    ) -> list[CallRow]:
        self.pages.append((offset, limit, sort, descending))
        return [self._row(i) for i in range(offset, min(offset + limit, self.total))]

    def detail(self, actor: Any, call_id: int) -> CallDetail:
        review = self.reviews.get(call_id)
        return CallDetail(
            row=self._row(call_id - 1),
            notes="Débiteur d'accord pour 12 échéances",
            script_path=("identify", "explain_debt", "negotiate_plan", "close"),
            plan=(12, Decimal("1240.00"), Decimal("103.33"), "active", None),
            review_comment=review[1] if review else None,
            reviewer_login="lead1" if review else None,
        )

    def review(self, actor: Any, call_id: int, score: int, comment: str) -> None:
        self.reviews[call_id] = (score, comment)

    def select_sample(
        self,
        actor: Any,
        week_start: date,
        per_agent: int,
        seed: int | None = None,
        *,
        team_id: int | None = None,
    ) -> int:
        self.samples.append((week_start, per_agent))
        return 4 * per_agent + 3


@dataclass(frozen=True)
class KpiFilter:
    date_from: date
    date_to: date
    by: Literal[
        "total", "day", "week", "month", "agent", "team", "stage", "queue", "organisation"
    ] = "total"
    organisation_id: int | None = None
    team_id: int | None = None
    agent_id: int | None = None
    stage: Stage | None = None
    queue_id: int | None = None


@dataclass(frozen=True)
class KpiRow:
    key: str
    label: str
    files_attempted: int
    files_reached: int
    files_effective: int
    reachability_rate: Decimal | None
    effectiveness_rate: Decimal | None
    calls: int
    right_party_calls: int
    contact_rate: Decimal | None
    promise_kept_rate: Decimal | None
    plan_kept_rate: Decimal | None
    amount_secured: Decimal
    amount_collected_amicable: Decimal
    amount_collected_litigation: Decimal
    formal_notices_avoided: int
    calls_per_agent_hour: Decimal | None
    average_handle_seconds: Decimal | None


@dataclass(frozen=True)
class PendingPlan:
    plan_id: int
    debtor_name: str
    debtor_external_id: str
    agent_login: str | None
    created_at: datetime
    months: int
    total: Decimal
    instalment: Decimal
    justification: str | None
    claims: tuple[str, ...]


@dataclass
class _Store:
    items: dict[str, Any] = field(default_factory=dict)


def install(name: str, **members: Any) -> None:
    """Put a stand-in module for `telerecouv.services.<name>` when the real one is absent."""
    full = f"telerecouv.services.{name}"
    try:
        __import__(full)
    except ImportError:
        module = types.ModuleType(full)
        module.__dict__.update(members)
        sys.modules[full] = module


def install_all() -> None:
    install(
        "review",
        CallFilter=CallFilter,
        CallRow=CallRow,
        CallDetail=CallDetail,
        ReviewService=FakeReviewService,
    )
    install("kpi", KpiFilter=KpiFilter, KpiRow=KpiRow, KpiService=object)
    install("approvals", PendingPlan=PendingPlan, ApprovalService=object)


@dataclass(frozen=True)
class _Agent:
    id: int
    login: str
    full_name: str
    team_id: int | None

    @property
    def label(self) -> str:
        return f"{self.full_name} ({self.login})"


@dataclass(frozen=True)
class _Team:
    id: int
    name: str


@dataclass(frozen=True)
class _Organisation:
    id: int
    code: str
    name: str
    currency: str


@dataclass(frozen=True)
class _Queue:
    id: int
    organisation_id: int
    organisation_code: str
    stage: Stage
    name: str
    paused: bool


@dataclass(frozen=True)
class _Directory:
    agents: tuple[_Agent, ...]
    teams: tuple[_Team, ...]
    organisations: tuple[_Organisation, ...]
    queues: tuple[_Queue, ...]


class FakeDirectory:
    """services/directory.DirectoryService's `load(actor)`: two teams of agents."""

    def load(self, actor: Any) -> _Directory:
        return _Directory(
            agents=(
                _Agent(11, "agent1", "Alice Martin", 1),
                _Agent(12, "agent2", "Bruno Petit", 1),
                _Agent(13, "agent3", "Chloé Bernard", 2),
            ),
            teams=(_Team(1, "Équipe Nord"), _Team(2, "Équipe Sud")),
            organisations=(
                _Organisation(1, "CAF-DEMO", "CAF de démonstration", "EUR"),
                _Organisation(2, "CNSS-DEMO", "CNSS de démonstration", "MAD"),
            ),
            queues=(_Queue(7, 1, "CAF-DEMO", Stage.DEFAULT_M2, "Défaillance M+2", False),),
        )
