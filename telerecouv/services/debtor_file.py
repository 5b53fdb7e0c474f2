"""The debtor file the agent reads during a call: identity, claims, history, priority.

`DebtorFileService.load` gathers everything in a dozen small indexed queries (no lazy
loading, no N+1) and returns plain frozen dataclasses. The national identifier is masked;
`reveal_identifier` shows it and always writes an audit row.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from telerecouv.domain.enums import (
    DEFAULT_STAGE_ORDER,
    CallResult,
    ClaimStatus,
    ContactKind,
    ContactSource,
    DebtorKind,
    ExclusionReason,
    InstalmentStatus,
    Origin,
    PaymentMeans,
    PhoneType,
    PlanStatus,
    Procedure,
    PromiseStatus,
    Reachability,
    ReliefRoute,
    ReliefStatus,
    Stage,
)
from telerecouv.domain.phones import debtor_time_zones, format_national
from telerecouv.domain.relief import BmafRate as BmafValue
from telerecouv.domain.relief import ReliefError, ScaleRow, route_relief, suggest_relief_rate
from telerecouv.services import audit
from telerecouv.services.permissions import Actor, Permission, require
from telerecouv.store.engine import write_transaction
from telerecouv.store.errors import NotFound, msg
from telerecouv.store.models import (
    BmafRate,
    CallAttempt,
    Claim,
    ContactPoint,
    Debtor,
    Instalment,
    Letter,
    Organisation,
    Payment,
    PaymentPlan,
    Promise,
    ReliefRequest,
    ReliefScaleRow,
    User,
    WorkItem,
)
from telerecouv.store.types import utcnow

__all__ = [
    "CallView",
    "ClaimView",
    "DebtorFile",
    "DebtorFileService",
    "Explainer",
    "LetterView",
    "PaymentView",
    "PhoneView",
    "PlanView",
    "PromiseView",
    "ReliefView",
    "bmaf_history",
    "mask_identifier",
    "negotiable",
    "phone_view",
    "relief_scale",
]

# How many past calls, letters and payments the file shows (the newest).
HISTORY_LIMIT = 200


@dataclass(frozen=True)
class PhoneView:
    contact_id: int
    e164: str  # as written when the number is invalid
    display: str  # "06 12 34 56 78"
    phone_type: PhoneType
    valid: bool
    source: ContactSource
    time_zones: tuple[str, ...]  # where the person answering this number may be
    changed_at: datetime


@dataclass(frozen=True)
class ClaimView:
    id: int
    external_id: str
    origin: Origin
    notification_ref: str | None
    notified_on: date | None
    initial_amount: Decimal
    balance: Decimal
    stage: Stage | None
    status: ClaimStatus
    fraud: bool
    procedure: Procedure
    formal_notice_due_on: date | None
    limitation_on: date | None
    exclusion_reason: ExclusionReason | None


@dataclass(frozen=True)
class CallView:
    id: int
    started_at: datetime
    ended_at: datetime | None
    agent_login: str | None
    number: str | None
    reachability: Reachability
    result: CallResult | None
    notes: str | None


@dataclass(frozen=True)
class PlanView:
    id: int
    status: PlanStatus
    total: Decimal
    months: int
    instalment_amount: Decimal
    first_due_on: date
    means: PaymentMeans
    needs_approval: bool
    decision_reason: str | None
    # number, due date, amount, paid, status
    instalments: tuple[tuple[int, date, Decimal, Decimal, InstalmentStatus], ...]


@dataclass(frozen=True)
class PromiseView:
    id: int
    amount: Decimal
    due_on: date
    paid_amount: Decimal
    status: PromiseStatus


@dataclass(frozen=True)
class PaymentView:
    paid_on: date
    amount: Decimal
    claim_external_id: str
    means: PaymentMeans | None


@dataclass(frozen=True)
class LetterView:
    created_at: datetime
    kind: str
    reference: str | None
    path: str | None


@dataclass(frozen=True)
class ReliefView:
    requested_on: date
    balance: Decimal
    route: ReliefRoute
    status: ReliefStatus
    suggested_rate: Decimal | None


@dataclass(frozen=True)
class DebtorFile:
    debtor_id: int
    external_id: str
    organisation_code: str
    organisation_name: str
    region: str
    currency: str
    kind: DebtorKind
    display_name: str
    first_name: str | None
    last_name: str | None
    company_name: str | None
    representative: str | None
    birth_date: date | None
    national_id_masked: str | None
    address: str | None
    postal_code: str | None
    city: str | None
    country: str
    email: str | None
    household_quotient: Decimal | None
    time_zones: tuple[str, ...]
    phones: tuple[PhoneView, ...]  # active numbers, valid ones first, in the debtor's order
    claims: tuple[ClaimView, ...]  # open in-scope claims first, then excluded, then closed
    calls: tuple[CallView, ...]  # newest first
    plans: tuple[PlanView, ...]  # newest first
    promises: tuple[PromiseView, ...]  # newest first
    payments: tuple[PaymentView, ...]  # newest first
    letters: tuple[LetterView, ...]  # newest first
    reliefs: tuple[ReliefView, ...]  # newest first
    work_item_id: int | None
    stage: Stage | None
    explanation: str  # "pourquoi ce dossier", from the queue engine
    total_balance: Decimal  # sum of the open claims that may be negotiated by phone
    minimum_instalment: Decimal
    any_fraud: bool  # an open claim is flagged as fraud
    suggested_relief_rate: Decimal | None  # hint from the local scale (main claim)
    relief_route_preview: ReliefRoute | None  # where a relief request on the main claim goes


def mask_identifier(value: str | None) -> str | None:
    """ "1850575123456" -> "••••••••••456": the last three characters (two for short ids)."""
    if not value:
        return None
    text = value.strip()
    keep = 3 if len(text) >= 8 else 2 if len(text) >= 5 else 0
    return "•" * (len(text) - keep) + text[len(text) - keep :]


def negotiable(claim: Claim) -> bool:
    """An open claim in the amicable phase that telephone recovery may handle."""
    return (
        claim.status is ClaimStatus.OPEN
        and claim.exclusion_reason is None
        and not claim.fraud
        and claim.balance > 0
    )


def phone_view(point: ContactPoint, debtor: Debtor, region: str) -> PhoneView:
    if point.valid:
        display = format_national(point.value, default_region=region)
        zones = debtor_time_zones(
            point.value,
            postal_code=debtor.postal_code,
            country=debtor.country,
            default_region=region,
        )
    else:
        display = point.raw or point.value
        zones = _split_zones(debtor.time_zones)
    return PhoneView(
        contact_id=point.id,
        e164=point.value,
        display=display,
        phone_type=point.phone_type or PhoneType.UNKNOWN,
        valid=point.valid,
        source=point.source,
        time_zones=zones,
        changed_at=point.updated_at,
    )


def bmaf_history(session: Session, organisation: Organisation) -> tuple[BmafValue, ...]:
    rows = session.scalars(
        select(BmafRate).where(BmafRate.organisation_id == organisation.id)
    ).all()
    return tuple(BmafValue(row.effective_from, row.amount) for row in rows)


def relief_scale(session: Session, organisation_id: int) -> tuple[ScaleRow, ...]:
    rows = session.scalars(
        select(ReliefScaleRow).where(ReliefScaleRow.organisation_id == organisation_id)
    ).all()
    return tuple(ScaleRow(r.qf_min, r.qf_max, r.responsibility, r.rate) for r in rows)


def local_today(organisation: Organisation, now: datetime) -> date:
    return now.astimezone(ZoneInfo(organisation.timezone)).date()


# Gives the priority explanation ("pourquoi ce dossier") of a work item: the queue engine's
# `QueueService.explain`.
Explainer = Callable[[int], str]


class DebtorFileService:
    """Reads a debtor's file. `explain` (the queue's `QueueService.explain`) fills
    `DebtorFile.explanation`; without it the explanation is empty."""

    def __init__(
        self, session_factory: sessionmaker[Session], *, explain: Explainer | None = None
    ) -> None:
        self._sessions = session_factory
        self._explain = explain

    def load(self, actor: Actor, debtor_id: int) -> DebtorFile:
        require(actor, Permission.WORK_CALLS, "open a debtor file")
        with self._sessions() as session:
            row = session.execute(
                select(Debtor, Organisation)
                .join(Organisation, Organisation.id == Debtor.organisation_id)
                .where(Debtor.id == debtor_id)
            ).one_or_none()
            if row is None:
                raise NotFound(msg("No debtor with id {debtor_id}.", debtor_id=debtor_id))
            debtor, org = row
            claims = session.scalars(select(Claim).where(Claim.debtor_id == debtor_id)).all()
            item = session.scalar(select(WorkItem).where(WorkItem.debtor_id == debtor_id))
            file = self._assemble(session, debtor, org, claims, item)
        if item is not None and self._explain is not None:
            file = replace(file, explanation=self._explain(item.id))
        return file

    def reveal_identifier(self, actor: Actor, debtor_id: int) -> str:
        """The full national identifier; every reveal is written to the audit log."""
        require(actor, Permission.REVEAL_IDENTIFIERS, "reveal a national identifier")
        with write_transaction(self._sessions) as session:
            debtor = session.get(Debtor, debtor_id)
            if debtor is None:
                raise NotFound(msg("No debtor with id {debtor_id}.", debtor_id=debtor_id))
            if not debtor.national_id:
                raise NotFound(
                    msg(
                        "Debtor {external_id} has no national identifier on file.",
                        external_id=debtor.external_id,
                    )
                )
            audit.record(
                session,
                actor,
                "debtor.reveal_identifier",
                "debtor",
                debtor.id,
                detail=f"national identifier of {debtor.external_id} shown",
                always=True,
            )
            return debtor.national_id

    # --- assembling ------------------------------------------------------------------------

    def _assemble(
        self,
        session: Session,
        debtor: Debtor,
        org: Organisation,
        claims: Sequence[Claim],
        item: WorkItem | None,
    ) -> DebtorFile:
        open_claims = [c for c in claims if negotiable(c)]
        main = max(open_claims, key=lambda c: (c.balance, -c.id), default=None)
        rate, route = self._relief_hints(session, debtor, org, main)
        return DebtorFile(
            debtor_id=debtor.id,
            external_id=debtor.external_id,
            organisation_code=org.code,
            organisation_name=org.name,
            region=org.region,
            currency=org.currency,
            kind=debtor.kind,
            display_name=debtor.display_name,
            first_name=debtor.first_name,
            last_name=debtor.last_name,
            company_name=debtor.company_name,
            representative=debtor.representative,
            birth_date=debtor.birth_date,
            national_id_masked=mask_identifier(debtor.national_id),
            address=debtor.address,
            postal_code=debtor.postal_code,
            city=debtor.city,
            country=debtor.country,
            email=debtor.email,
            household_quotient=debtor.household_quotient,
            time_zones=_split_zones(debtor.time_zones),
            phones=self._phones(session, debtor, org),
            claims=tuple(_claim_view(c) for c in sorted(claims, key=_claim_order)),
            calls=self._calls(session, debtor.id),
            plans=self._plans(session, debtor.id),
            promises=self._promises(session, debtor.id),
            payments=self._payments(session, [c.id for c in claims], claims),
            letters=self._letters(session, debtor.id),
            reliefs=self._reliefs(session, debtor.id),
            work_item_id=item.id if item is not None else None,
            stage=item.stage if item is not None else None,
            explanation="",
            total_balance=sum((c.balance for c in open_claims), Decimal("0.00")),
            minimum_instalment=org.minimum_instalment,
            any_fraud=any(c.fraud and c.status is ClaimStatus.OPEN for c in claims),
            suggested_relief_rate=rate,
            relief_route_preview=route,
        )

    @staticmethod
    def _phones(session: Session, debtor: Debtor, org: Organisation) -> tuple[PhoneView, ...]:
        points = session.scalars(
            select(ContactPoint)
            .where(
                ContactPoint.debtor_id == debtor.id,
                ContactPoint.kind == ContactKind.PHONE,
                ContactPoint.active.is_(True),
            )
            .order_by(ContactPoint.valid.desc(), ContactPoint.position, ContactPoint.id)
        ).all()
        return tuple(phone_view(p, debtor, org.region) for p in points)

    @staticmethod
    def _calls(session: Session, debtor_id: int) -> tuple[CallView, ...]:
        rows = session.execute(
            select(CallAttempt, User.login)
            .outerjoin(User, User.id == CallAttempt.agent_id)
            .where(CallAttempt.debtor_id == debtor_id)
            .order_by(CallAttempt.started_at.desc(), CallAttempt.id.desc())
            .limit(HISTORY_LIMIT)
        ).all()
        return tuple(
            CallView(
                id=call.id,
                started_at=call.started_at,
                ended_at=call.ended_at,
                agent_login=login,
                number=call.number,
                reachability=call.reachability,
                result=call.result,
                notes=call.notes,
            )
            for call, login in rows
        )

    @staticmethod
    def _plans(session: Session, debtor_id: int) -> tuple[PlanView, ...]:
        plans = session.scalars(
            select(PaymentPlan)
            .where(PaymentPlan.debtor_id == debtor_id)
            .order_by(PaymentPlan.created_at.desc(), PaymentPlan.id.desc())
        ).all()
        if not plans:
            return ()
        instalments: dict[int, list[Instalment]] = {p.id: [] for p in plans}
        for row in session.scalars(
            select(Instalment)
            .where(Instalment.plan_id.in_(list(instalments)))
            .order_by(Instalment.plan_id, Instalment.number)
        ):
            instalments[row.plan_id].append(row)
        return tuple(
            PlanView(
                id=p.id,
                status=p.status,
                total=p.total,
                months=p.months,
                instalment_amount=p.instalment_amount,
                first_due_on=p.first_due_on,
                means=p.means,
                needs_approval=p.needs_approval,
                decision_reason=p.decision_reason,
                instalments=tuple(
                    (i.number, i.due_on, i.amount, i.paid_amount, i.status)
                    for i in instalments[p.id]
                ),
            )
            for p in plans
        )

    @staticmethod
    def _promises(session: Session, debtor_id: int) -> tuple[PromiseView, ...]:
        rows = session.scalars(
            select(Promise)
            .where(Promise.debtor_id == debtor_id)
            .order_by(Promise.due_on.desc(), Promise.id.desc())
        )
        return tuple(PromiseView(p.id, p.amount, p.due_on, p.paid_amount, p.status) for p in rows)

    @staticmethod
    def _payments(
        session: Session, claim_ids: list[int], claims: Sequence[Claim]
    ) -> tuple[PaymentView, ...]:
        if not claim_ids:
            return ()
        external = {c.id: c.external_id for c in claims}
        rows = session.scalars(
            select(Payment)
            .where(Payment.claim_id.in_(claim_ids))
            .order_by(Payment.paid_on.desc(), Payment.id.desc())
            .limit(HISTORY_LIMIT)
        )
        return tuple(PaymentView(p.paid_on, p.amount, external[p.claim_id], p.means) for p in rows)

    @staticmethod
    def _letters(session: Session, debtor_id: int) -> tuple[LetterView, ...]:
        rows = session.scalars(
            select(Letter)
            .where(Letter.debtor_id == debtor_id)
            .order_by(Letter.created_at.desc(), Letter.id.desc())
            .limit(HISTORY_LIMIT)
        )
        return tuple(LetterView(x.created_at, x.kind, x.reference, x.path) for x in rows)

    @staticmethod
    def _reliefs(session: Session, debtor_id: int) -> tuple[ReliefView, ...]:
        rows = session.scalars(
            select(ReliefRequest)
            .where(ReliefRequest.debtor_id == debtor_id)
            .order_by(ReliefRequest.requested_on.desc(), ReliefRequest.id.desc())
        )
        return tuple(
            ReliefView(r.requested_on, r.balance, r.route, r.status, r.suggested_rate) for r in rows
        )

    @staticmethod
    def _relief_hints(
        session: Session, debtor: Debtor, org: Organisation, main: Claim | None
    ) -> tuple[Decimal | None, ReliefRoute | None]:
        """Suggested rate and route for a relief request on the main (largest) claim."""
        if main is None:
            return None, None
        scale = relief_scale(session, org.id)
        rate = suggest_relief_rate(scale, debtor.household_quotient, main.responsibility)
        history = bmaf_history(session, org)
        if not history:
            return rate, None
        try:
            decision = route_relief(main.balance, local_today(org, utcnow()), history)
        except (ReliefError, ValueError):
            return rate, None
        return rate, decision.route


def _split_zones(text: str | None) -> tuple[str, ...]:
    return tuple(z.strip() for z in (text or "").split(",") if z.strip())


def _claim_order(claim: Claim) -> tuple[int, int, date, Decimal, str]:
    if negotiable(claim):
        group = 0
    elif claim.status is ClaimStatus.OPEN:
        group = 1
    else:
        group = 2
    stage = DEFAULT_STAGE_ORDER.index(claim.stage) if claim.stage else len(DEFAULT_STAGE_ORDER)
    return (group, stage, claim.formal_notice_due_on or date.max, -claim.balance, claim.external_id)


def _claim_view(c: Claim) -> ClaimView:
    return ClaimView(
        id=c.id,
        external_id=c.external_id,
        origin=c.origin,
        notification_ref=c.notification_ref,
        notified_on=c.notified_on,
        initial_amount=c.initial_amount,
        balance=c.balance,
        stage=c.stage,
        status=c.status,
        fraud=c.fraud,
        procedure=c.procedure,
        formal_notice_due_on=c.formal_notice_due_on,
        limitation_on=c.limitation_on,
        exclusion_reason=c.exclusion_reason,
    )
