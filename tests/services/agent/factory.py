"""Hand-made files for the agent-workspace tests: one organisation, a debtor, claims, users.

Times are fixed: a Tuesday morning in Paris, inside the default calling hours, so the
queue engine offers the file whatever the real clock says.
"""

from __future__ import annotations

import itertools
import uuid
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from telerecouv.domain.enums import (
    CallbackScope,
    CallResult,
    ContactKind,
    ContactSource,
    Origin,
    PhoneType,
    Reachability,
    Responsibility,
    Role,
    Stage,
)
from telerecouv.services.call_outcome import CallOutcome
from telerecouv.services.database import Database
from telerecouv.services.permissions import Actor
from telerecouv.services.queue.sync import sync_work_items
from telerecouv.store.models import (
    BmafRate,
    Claim,
    ContactPoint,
    Debtor,
    Organisation,
    ReliefScaleRow,
    Team,
    User,
    WorkItem,
)

# Tuesday 10 June 2025, 10:00 in Paris.
NOW = datetime(2025, 6, 10, 8, 0, tzinfo=UTC)
TODAY = date(2025, 6, 10)
_numbers = itertools.count(1)


def clock() -> datetime:
    return NOW


@dataclass(frozen=True)
class DebtorFixture:
    org_id: int
    debtor_id: int
    claim_ids: tuple[int, ...]
    item_id: int | None


def make_org(
    db: Database,
    *,
    code: str | None = None,
    region: str = "FR",
    currency: str = "EUR",
    timezone: str = "Europe/Paris",
    outsourced: bool = False,
    bmaf: bool = True,
    scale: bool = True,
    minimum_instalment: str = "15.00",
) -> int:
    with db.sessions.begin() as session:
        org = Organisation(
            code=code or f"ORG{next(_numbers)}",
            name="Caisse d'allocations familiales (test)",
            region=region,
            currency=currency,
            timezone=timezone,
            outsourced=outsourced,
            minimum_instalment=Decimal(minimum_instalment),
        )
        session.add(org)
        session.flush()
        if bmaf:
            session.add_all(
                [
                    BmafRate(
                        organisation_id=org.id,
                        effective_from=date(2024, 4, 1),
                        amount=Decimal("466.44"),
                    ),
                    BmafRate(
                        organisation_id=org.id,
                        effective_from=date(2025, 4, 1),
                        amount=Decimal("474.37"),
                    ),
                ]
            )
        if scale:
            for low, high, rate in (("0", "500", "0.5000"), ("500", None, "0.1000")):
                session.add(
                    ReliefScaleRow(
                        organisation_id=org.id,
                        qf_min=Decimal(low).quantize(Decimal("0.01")),
                        qf_max=None if high is None else Decimal(high).quantize(Decimal("0.01")),
                        responsibility=Responsibility.DEBTOR,
                        rate=Decimal(rate),
                    )
                )
        return org.id


def make_user(
    db: Database, login: str, role: Role = Role.AGENT, team: str = "Équipe Nord"
) -> Actor:
    with db.sessions.begin() as session:
        row = session.query(Team).filter_by(name=team).one_or_none()
        if row is None:
            row = Team(name=team)
            session.add(row)
            session.flush()
        user = User(login=login, role=role, full_name=login, password_hash="x", team_id=row.id)
        session.add(user)
        session.flush()
        return Actor(user.id, login, role, login, row.id)


def make_debtor(
    db: Database,
    org_id: int,
    *balances: str,
    phone: str | None = "+33612345678",
    fraud: tuple[bool, ...] = (),
    stage: Stage = Stage.DEFAULT_M2,
    national_id: str | None = "1850575123456",
    household_quotient: str | None = "450.00",
    postal_code: str = "75011",
    city: str = "Paris",
    country: str = "FR",
    **values: Any,
) -> DebtorFixture:
    """A debtor with one claim per balance, its phone, and its work item (via the sync)."""
    n = next(_numbers)
    with db.sessions.begin() as session:
        debtor = Debtor(
            organisation_id=org_id,
            external_id=f"D{n:06d}",
            last_name="Dupont",
            first_name="Marie",
            national_id=national_id,
            address="12 rue de la République",
            postal_code=postal_code,
            city=city,
            country=country,
            household_quotient=None if household_quotient is None else Decimal(household_quotient),
            time_zones="Europe/Paris",
            **values,
        )
        session.add(debtor)
        session.flush()
        if phone is not None:
            session.add(
                ContactPoint(
                    debtor_id=debtor.id,
                    kind=ContactKind.PHONE,
                    value=phone,
                    raw=phone,
                    phone_type=PhoneType.MOBILE,
                    valid=True,
                    source=ContactSource.IMPORT,
                )
            )
        claims = []
        for index, balance in enumerate(balances or ("1240.00",)):
            is_fraud = fraud[index] if index < len(fraud) else False
            claim = Claim(
                organisation_id=org_id,
                debtor_id=debtor.id,
                external_id=f"C{n:06d}-{index + 1}",
                origin=Origin.BENEFIT,
                notification_ref=f"NOT-2025-{n:05d}{index}",
                notified_on=date(2025, 3, 1 + index),
                initial_amount=Decimal(balance),
                balance=Decimal(balance),
                responsibility=Responsibility.DEBTOR,
                fraud=is_fraud,
                stage=stage,
                stage_since=date(2025, 5, 20),
                formal_notice_due_on=date(2025, 6, 25) if stage is Stage.DEFAULT_M2 else None,
                limitation_on=date(2027, 3, 1),
            )
            session.add(claim)
            claims.append(claim)
        session.flush()
        sync_work_items(session, debtor_ids=[debtor.id], now=NOW)
        item_id = session.query(WorkItem.id).filter_by(debtor_id=debtor.id).scalar()
        return DebtorFixture(org_id, debtor.id, tuple(c.id for c in claims), item_id)


def outcome(
    file: DebtorFixture,
    reachability: Reachability = Reachability.NO_ANSWER,
    result: CallResult | None = None,
    *,
    lease: Any = None,
    **changes: Any,
) -> CallOutcome:
    base = CallOutcome(
        client_token=str(uuid.uuid4()),
        debtor_id=file.debtor_id,
        item_id=lease.item_id if lease is not None else None,
        lease_token=lease.token if lease is not None else None,
        number="+33612345678",
        started_at=NOW,
        ended_at=NOW + timedelta(minutes=4),
        reachability=reachability,
        result=result,
        notes="",
        script_path=("identify", "explain_debt"),
        callback_at=None,
        callback_scope=None,
    )
    return replace(base, **changes)


def callback(at: datetime, scope: CallbackScope = CallbackScope.PERSONAL) -> dict[str, Any]:
    return {"callback_at": at, "callback_scope": scope}
