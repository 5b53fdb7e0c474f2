"""Monthly report and call outcomes: sections, French CSV, typed XLSX, outsourcing fee."""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from telerecouv.domain.enums import (
    CallResult,
    ContactKind,
    ContactSource,
    Origin,
    PaymentMeans,
    PlanStatus,
    Reachability,
    ReliefRoute,
    Responsibility,
    Role,
)
from telerecouv.services.database import Database
from telerecouv.services.exports import ExportService, outsourcing_fee
from telerecouv.services.permissions import Actor
from telerecouv.store.errors import PermissionDenied
from telerecouv.store.models import (
    CallAttempt,
    Claim,
    ContactChange,
    Debtor,
    Organisation,
    Payment,
    PaymentPlan,
    PlanClaim,
    ReliefRequest,
)

SUPERVISOR = Actor(user_id=None, login="super", role=Role.SUPERVISOR)
NOVEMBER = date(2026, 11, 1)


def at(day: int, hour: int = 10, month: int = 11) -> datetime:
    return datetime(2026, month, day, hour, 0, tzinfo=UTC)


@pytest.fixture
def world(database: Database) -> Database:
    with database.sessions.begin() as s:
        caf = Organisation(code="CAF-T", name="CAF")
        cnss = Organisation(code="CNSS-T", name="CNSS", region="MA", currency="MAD",
                            timezone="Africa/Casablanca", outsourced=True,
                            fee_rate=Decimal("0.0300"), fee_cap=Decimal("30000.00"))  # fmt: skip
        s.add_all([caf, cnss])
        s.flush()
        d1 = Debtor(organisation_id=caf.id, external_id="ALLOC-1", last_name="Martin",
                    first_name="Sophie")  # fmt: skip
        e1 = Debtor(organisation_id=cnss.id, external_id="EMP-1", kind="company",
                    company_name="Alami SARL", representative="K. Alami")  # fmt: skip
        s.add_all([d1, e1])
        s.flush()
        c1 = Claim(organisation_id=caf.id, debtor_id=d1.id, external_id="IND-1",
                   origin=Origin.BENEFIT, initial_amount=Decimal("1234.56"),
                   balance=Decimal("1034.56"), responsibility=Responsibility.DEBTOR)  # fmt: skip
        k1 = Claim(organisation_id=cnss.id, debtor_id=e1.id, external_id="COT-1",
                   origin=Origin.CONTRIBUTION, initial_amount=Decimal("2000000.00"),
                   balance=Decimal("100000.00"), responsibility=Responsibility.DEBTOR)  # fmt: skip
        s.add_all([c1, k1])
        s.flush()
        s.add_all([
            Payment(organisation_id=caf.id, external_id="P1", claim_id=c1.id,
                    amount=Decimal("200.00"), paid_on=date(2026, 11, 2),
                    means=PaymentMeans.TRANSFER),
            Payment(organisation_id=caf.id, external_id="P0", claim_id=c1.id,
                    amount=Decimal("50.00"), paid_on=date(2026, 10, 31)),
            # 900,000 collected before November: fee 27,000; November adds 1,000,000
            # but the file's fee is capped at 30,000 MAD, so November's fee is 3,000.
            Payment(organisation_id=cnss.id, external_id="Q0", claim_id=k1.id,
                    amount=Decimal("900000.00"), paid_on=date(2026, 10, 15)),
            Payment(organisation_id=cnss.id, external_id="Q1", claim_id=k1.id,
                    amount=Decimal("1000000.00"), paid_on=date(2026, 11, 30)),
        ])  # fmt: skip
        plan = PaymentPlan(debtor_id=d1.id, status=PlanStatus.PENDING_APPROVAL,
                           total=Decimal("1034.56"), months=30,
                           instalment_amount=Decimal("34.48"), first_due_on=date(2026, 12, 5),
                           means=PaymentMeans.DIRECT_DEBIT, needs_approval=True,
                           justification="revenus faibles", created_at=at(3))  # fmt: skip
        s.add(plan)
        s.flush()
        s.add(PlanClaim(plan_id=plan.id, claim_id=c1.id, amount=Decimal("1034.56")))
        s.add_all([
            CallAttempt(organisation_id=cnss.id, debtor_id=e1.id, claim_id=k1.id,
                        started_at=at(4), ended_at=at(4).replace(minute=1),
                        reachability=Reachability.NO_ANSWER, number="+212661234567"),
            CallAttempt(organisation_id=cnss.id, debtor_id=e1.id, claim_id=k1.id,
                        started_at=at(5), ended_at=at(5).replace(minute=6),
                        reachability=Reachability.RIGHT_PARTY, result=CallResult.REFUSAL,
                        notes="refuse de payer"),
            CallAttempt(organisation_id=caf.id, debtor_id=d1.id, claim_id=c1.id,
                        started_at=at(3), ended_at=at(3).replace(minute=9),
                        reachability=Reachability.RIGHT_PARTY, result=CallResult.PLAN_AGREED),
            CallAttempt(organisation_id=caf.id, debtor_id=d1.id, started_at=at(30, 23, 10),
                        reachability=Reachability.BUSY),  # 31/10 00:00 Paris: October
            ContactChange(debtor_id=d1.id, kind=ContactKind.PHONE, field="phone",
                          old_value="+33612345678", new_value="+33698765432",
                          source=ContactSource.AGENT, changed_at=at(6)),
            ReliefRequest(debtor_id=d1.id, claim_id=c1.id, requested_on=date(2026, 11, 3),
                          balance=Decimal("1034.56"), threshold=Decimal("711.56"),
                          route=ReliefRoute.APPEALS_BOARD, suggested_rate=Decimal("0.5000")),
        ])  # fmt: skip
    return database


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as stream:
        return list(csv.DictReader(stream, delimiter=";"))


def test_monthly_csv_has_every_section_per_organisation(world: Database, tmp_path: Path) -> None:
    files = ExportService(world.sessions).monthly(SUPERVISOR, NOVEMBER, "csv", tmp_path)
    names = sorted(p.name for p in files)
    assert "monthly-CAF-T-2026-11-paid.csv" in names
    assert "monthly-CNSS-T-2026-11-fees.csv" in names
    assert "monthly-CAF-T-2026-11-fees.csv" not in names  # not outsourced
    paid = read_csv(tmp_path / "monthly-CAF-T-2026-11-paid.csv")
    assert [(r["payment_external_id"], r["amount"], r["paid_on"]) for r in paid] == [
        ("P1", "200,00", "02/11/2026")
    ]
    agreed = read_csv(tmp_path / "monthly-CAF-T-2026-11-arrangements.csv")
    assert agreed[0]["months"] == "30" and agreed[0]["justification"] == "revenus faibles"
    assert agreed[0]["claims"] == "IND-1"
    refusals = read_csv(tmp_path / "monthly-CNSS-T-2026-11-refusals.csv")
    assert len(refusals) == 1
    refusal = refusals[0]
    assert (refusal["debtor_name"], refusal["calls_made"]) == ("Alami SARL", "2")
    assert refusal["claims"] == "COT-1" and refusal["notes"] == "refuse de payer"
    assert refusal["refused_at"] == "05/11/2026 11:00:00"  # Casablanca is UTC+1
    fees = read_csv(tmp_path / "monthly-CNSS-T-2026-11-fees.csv")
    assert [(f["collected"], f["fee"], f["currency"]) for f in fees] == [
        ("1000000,00", "3000,00", "MAD")
    ]
    changes = read_csv(tmp_path / "monthly-CAF-T-2026-11-contact_changes.csv")
    assert changes[0]["new_value"] == "+33698765432"
    relief = read_csv(tmp_path / "monthly-CAF-T-2026-11-relief.csv")
    assert relief[0]["route"] == "appeals_board" and relief[0]["suggested_rate"] == "0,5000"
    with world.sessions() as s:
        assert s.scalar(select(ContactChange.exported_at)) is not None


def test_monthly_xlsx_has_real_cell_types(world: Database, tmp_path: Path) -> None:
    (path,) = ExportService(world.sessions).monthly(
        SUPERVISOR, NOVEMBER, "xlsx", tmp_path, organisation="CAF-T"
    )
    book = openpyxl.load_workbook(path)
    assert book.sheetnames[:2] == ["Accords", "Paiements"]
    paid = book["Paiements"]
    header = [c.value for c in paid[1]]
    amount = paid.cell(row=2, column=header.index("amount") + 1)
    paid_on = paid.cell(row=2, column=header.index("paid_on") + 1)
    assert amount.value == 200 and amount.data_type == "n" and amount.number_format == "#,##0.00"
    assert paid_on.is_date and paid_on.value.date() == date(2026, 11, 2)


def test_outcomes_every_call_of_the_month_in_local_time(world: Database, tmp_path: Path) -> None:
    service = ExportService(world.sessions)
    (path,) = service.outcomes(SUPERVISOR, NOVEMBER, "csv", tmp_path, organisation="CAF-T")
    rows = read_csv(path)
    assert [(r["started_at"], r["result"], r["duration_s"]) for r in rows] == [
        ("03/11/2026 11:00:00", "PLAN_AGREED", "540")
    ]  # the busy call at 00:00 on 31/10 in Paris belongs to October
    (october,) = service.outcomes(SUPERVISOR, date(2026, 10, 1), "xlsx", tmp_path,
                                  organisation="CAF-T")  # fmt: skip
    sheet = openpyxl.load_workbook(october)["Appels"]
    assert sheet.max_row == 2 and sheet.cell(row=2, column=3).is_date


def test_fee_rule_and_permission(world: Database, tmp_path: Path) -> None:
    rate, cap = Decimal("0.0300"), Decimal("30000.00")
    assert outsourcing_fee(Decimal("1234.57"), rate, cap) == Decimal("37.04")
    assert outsourcing_fee(Decimal("5000000.00"), rate, cap) == cap
    assert outsourcing_fee(Decimal("5000000.00"), rate, None) == Decimal("150000.00")
    agent = Actor(user_id=None, login="agent1", role=Role.AGENT)
    with pytest.raises(PermissionDenied):
        ExportService(world.sessions).monthly(agent, NOVEMBER, "csv", tmp_path)
