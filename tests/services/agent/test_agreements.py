"""Plans, promises and relief requests: every rule of SPEC.md §3.5-3.7, on the stored claims."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any, TypeVar

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from telerecouv.domain.enums import PaymentMeans, PlanStatus, ReliefRoute
from telerecouv.services.agreements import (
    AgreementContext,
    RuleViolation,
    check_iban,
    create_plan,
    create_promise,
    create_relief,
)
from telerecouv.services.database import Database
from telerecouv.store.models import Debtor, Instalment, Organisation, PlanClaim
from tests.services.agent.factory import TODAY, DebtorFixture, make_debtor, make_org

T = TypeVar("T")
IBAN = "FR76 3000 6000 0112 3456 7890 189"


def agree(db: Database, file: DebtorFixture, action: Callable[..., T], **kwargs: Any) -> T:
    """Run one agreement function in a transaction, as CallService does."""
    with db.sessions.begin() as session:
        ctx = _ctx(session, file)
        made = action(session, ctx, **kwargs)
        session.flush()
        session.expunge(made)
        return made


def _ctx(session: Session, file: DebtorFixture) -> AgreementContext:
    debtor = session.get(Debtor, file.debtor_id)
    org = session.get(Organisation, file.org_id)
    assert debtor is not None and org is not None
    return AgreementContext(debtor, org, call_id=None, agent_id=None, today=TODAY)


def plan(**changes: Any) -> dict[str, Any]:
    values: dict[str, Any] = {
        "claim_ids": (),
        "months": 10,
        "first_due_on": date(2025, 7, 5),
        "means": PaymentMeans.TRANSFER,
        "iban": None,
        "justification": None,
        "instalment": None,
    }
    values.update(changes)
    return values


def refused(db: Database, file: DebtorFixture, action: Callable[..., Any], **kw: Any) -> str:
    with pytest.raises(RuleViolation) as error:
        agree(db, file, action, **kw)
    return f"{error.value.code}@{error.value.field}"


def test_ten_month_plan_over_two_claims_adds_up_to_the_cent(database: Database) -> None:
    org = make_org(database)
    file = make_debtor(database, org, "800.00", "440.05")

    made = agree(database, file, create_plan, **plan(claim_ids=file.claim_ids))

    assert made.status is PlanStatus.ACTIVE and not made.needs_approval
    assert (made.total, made.months, made.instalment_amount) == (
        Decimal("1240.05"),
        10,
        Decimal("124.00"),
    )
    with database.sessions() as session:
        amounts = session.scalars(
            select(Instalment.amount).where(Instalment.plan_id == made.id)
        ).all()
        covered = session.scalars(select(PlanClaim.claim_id).where(PlanClaim.plan_id == made.id))
        assert sorted(covered) == sorted(file.claim_ids)
    assert sum(amounts, Decimal(0)) == Decimal("1240.05")
    assert amounts[-1] == Decimal("124.05")


def test_affordable_instalment_gives_the_months(database: Database) -> None:
    org = make_org(database)
    file = make_debtor(database, org, "1000.00")
    made = agree(
        database,
        file,
        create_plan,
        **plan(claim_ids=file.claim_ids, months=0, instalment=Decimal("150")),
    )
    assert (made.months, made.instalment_amount) == (7, Decimal("150.00"))


def test_beyond_24_months_needs_justification_and_waits_for_a_lead(database: Database) -> None:
    org = make_org(database)
    file = make_debtor(database, org, "3000.00")
    assert (
        refused(database, file, create_plan, **plan(claim_ids=file.claim_ids, months=30))
        == "needs_justification@plan.justification"
    )
    made = agree(
        database,
        file,
        create_plan,
        **plan(
            claim_ids=file.claim_ids,
            months=30,
            justification="Pension de 900 € et loyer de 600 € : pas plus de 100 € par mois.",
        ),
    )
    assert made.status is PlanStatus.PENDING_APPROVAL and made.needs_approval
    # 24 months is still the agent's own decision.
    other = make_debtor(database, org, "2400.00")
    assert (
        agree(database, other, create_plan, **plan(claim_ids=other.claim_ids, months=24)).status
        is PlanStatus.ACTIVE
    )


def test_no_plan_for_fraud_or_below_the_minimum(database: Database) -> None:
    org = make_org(database)
    file = make_debtor(database, org, "500.00", "120.00", fraud=(True, False))
    assert (
        refused(database, file, create_plan, **plan(claim_ids=file.claim_ids))
        == "fraud@plan.claims"
    )
    # 120 € over 10 months is 12 €, below the 15 € minimum.
    assert (
        refused(database, file, create_plan, **plan(claim_ids=file.claim_ids[1:]))
        == "below_minimum@plan.months"
    )
    assert (
        refused(
            database,
            file,
            create_plan,
            **plan(claim_ids=file.claim_ids[1:], instalment=Decimal("10")),
        )
        == "below_minimum@plan.instalment"
    )


def test_direct_debit_needs_a_valid_iban(database: Database) -> None:
    org = make_org(database)
    file = make_debtor(database, org, "500.00")
    debit = {"claim_ids": file.claim_ids, "means": PaymentMeans.DIRECT_DEBIT}
    assert refused(database, file, create_plan, **plan(**debit)) == "iban_missing@plan.iban"
    wrong = IBAN[:-1] + "8"
    assert (
        refused(database, file, create_plan, **plan(**debit, iban=wrong))
        == "iban_invalid@plan.iban"
    )
    made = agree(database, file, create_plan, **plan(**debit, iban=IBAN.lower()))
    assert made.iban == "FR7630006000011234567890189"
    assert check_iban(" fr7630006000011234567890189 ") == "FR7630006000011234567890189"


def test_a_claim_in_a_live_plan_cannot_get_another(database: Database) -> None:
    org = make_org(database)
    file = make_debtor(database, org, "500.00")
    agree(database, file, create_plan, **plan(claim_ids=file.claim_ids))
    assert (
        refused(database, file, create_plan, **plan(claim_ids=file.claim_ids))
        == "already_in_plan@plan.claims"
    )


def test_plan_dates_and_foreign_claims_are_refused(database: Database) -> None:
    org = make_org(database)
    file = make_debtor(database, org, "500.00")
    other = make_debtor(database, org, "500.00")
    assert (
        refused(
            database,
            file,
            create_plan,
            **plan(claim_ids=file.claim_ids, first_due_on=date(2025, 6, 9)),
        )
        == "first_due_past@plan.first_due_on"
    )
    assert (
        refused(database, file, create_plan, **plan(claim_ids=other.claim_ids))
        == "unknown_claim@plan.claims"
    )
    assert refused(database, file, create_plan, **plan()) == "no_claims@plan.claims"


def test_promises_full_and_partial(database: Database) -> None:
    org = make_org(database)
    file = make_debtor(database, org, "300.00", "200.00")
    due = date(2025, 6, 20)
    full = agree(
        database, file, create_promise, amount=Decimal("500"), due_on=due, claim_id=None, full=True
    )
    assert full.amount == Decimal("500.00") and full.claim_id is None
    assert (
        refused(
            database,
            file,
            create_promise,
            amount=Decimal("400"),
            due_on=due,
            claim_id=None,
            full=True,
        )
        == "full_amount@promise.amount"
    )
    part = agree(
        database,
        file,
        create_promise,
        amount=Decimal("50"),
        due_on=due,
        claim_id=file.claim_ids[0],
        full=False,
    )
    assert part.claim_id == file.claim_ids[0]
    assert (
        refused(
            database,
            file,
            create_promise,
            amount=Decimal("50"),
            due_on=date(2025, 9, 1),
            claim_id=None,
            full=False,
        )
        == "promise_date@promise.due_on"
    )


def test_relief_is_routed_with_the_scale_hint_and_never_for_fraud(database: Database) -> None:
    org = make_org(database)
    file = make_debtor(database, org, "711.55", "711.56", "90.00", fraud=(False, False, True))
    reason = "Perte d'emploi, ne peut pas rembourser"

    low = agree(database, file, create_relief, claim_id=file.claim_ids[0], reason=reason)
    high = agree(database, file, create_relief, claim_id=file.claim_ids[1], reason=reason)

    assert low.route is ReliefRoute.ADMINISTRATIVE_SERVICES
    assert high.route is ReliefRoute.APPEALS_BOARD
    assert low.threshold == Decimal("711.55")
    assert low.suggested_rate == Decimal("0.5000")  # quotient 450, debtor's error
    assert (
        refused(database, file, create_relief, claim_id=file.claim_ids[2], reason=reason)
        == "fraud@relief.claim"
    )
    assert (
        refused(database, file, create_relief, claim_id=file.claim_ids[0], reason=reason)
        == "relief_pending@relief.claim"
    )
    other = make_debtor(database, org, "100.00")
    assert (
        refused(database, other, create_relief, claim_id=other.claim_ids[0], reason="  ")
        == "relief_reason@relief.reason"
    )


def test_relief_without_bmaf_setting_says_so(database: Database) -> None:
    org = make_org(database, bmaf=False)
    file = make_debtor(database, org, "100.00")
    assert (
        refused(database, file, create_relief, claim_id=file.claim_ids[0], reason="Demande écrite")
        == "no_bmaf@relief.claim"
    )
