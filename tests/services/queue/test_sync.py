"""Building work items from claims: one file per debtor, out-of-scope and to-locate kept apart."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from telerecouv.domain.enums import (
    ClaimStatus,
    ExclusionReason,
    PaymentMeans,
    Phase,
    PlanStatus,
    Procedure,
    Stage,
    WorkItemStatus,
)
from telerecouv.services.database import Database
from telerecouv.services.queue.sync import sync_work_items
from telerecouv.store.models import Debtor, PaymentPlan, Queue, WorkItem

from .factory import make_world, utc

NOW = utc(2025, 3, 10, 9, 0)


@pytest.fixture(autouse=True, params=["python", "sql"])
def sync_method(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Every test here runs through both implementations: per chunk in Python, set-based SQL."""
    import telerecouv.services.queue.sync as sync

    monkeypatch.setattr(sync, "BULK_MIN", None if request.param == "python" else 1)
    return str(request.param)


def _item(session, debtor_id: int) -> WorkItem:
    return session.scalars(select(WorkItem).where(WorkItem.debtor_id == debtor_id)).one()


def test_one_item_per_debtor_in_the_queue_of_the_most_advanced_stage(database: Database) -> None:
    with database.sessions.begin() as session:
        world = make_world(session)
        debtor = world.debtor(zones="Indian/Mayotte,Indian/Reunion")
        world.claim(
            debtor,
            "100.50",
            stage=Stage.DEFAULT_M1,
            limitation_on=date(2026, 1, 1),
            stage_since=date(2025, 1, 5),
        )
        world.claim(
            debtor,
            "1139.50",
            stage=Stage.DEFAULT_M2,
            formal_notice_due_on=date(2025, 3, 13),
            limitation_on=date(2025, 12, 1),
            stage_since=date(2025, 2, 1),
        )
        report = sync_work_items(session, debtor_ids=[debtor.id], now=NOW)
        assert (report.queued, report.to_locate, report.excluded, report.closed) == (1, 0, 0, 0)
        item = _item(session, debtor.id)
        queue = session.get(Queue, item.queue_id)
        assert queue is not None and queue.stage is Stage.DEFAULT_M2
        assert queue.organisation_id == world.org.id
        assert item.status is WorkItemStatus.QUEUED and item.stage is Stage.DEFAULT_M2
        assert item.balance_total == Decimal("1240.00")
        assert item.formal_notice_due_on == date(2025, 3, 13)
        assert item.limitation_on == date(2025, 12, 1)
        assert item.default_since == date(2025, 1, 5)
        assert item.time_zones == "Indian/Mayotte,Indian/Reunion"
        # Twice is the same as once: no second item, nothing changed.
        again = sync_work_items(session, debtor_ids=[debtor.id], now=NOW)
        assert again.changed == 0 and again.queued == 1
        assert len(session.scalars(select(WorkItem)).all()) == 1


@pytest.mark.parametrize(
    ("claim_values", "reason"),
    [
        ({"fraud": True}, ExclusionReason.FRAUD),
        ({"procedure": Procedure.OVERINDEBTEDNESS}, ExclusionReason.OVERINDEBTEDNESS),
        ({"procedure": Procedure.INSOLVENCY}, ExclusionReason.INSOLVENCY),
        ({"procedure": Procedure.FORCED}, ExclusionReason.FORCED_RECOVERY),
        ({"phase": Phase.ENFORCED}, ExclusionReason.FORCED_RECOVERY),
        ({"procedure": Procedure.INSPECTION}, ExclusionReason.INSPECTION),
        ({"status": ClaimStatus.WRITTEN_OFF}, ExclusionReason.WRITTEN_OFF),
    ],
)
def test_out_of_scope_claims_are_never_queued_and_say_why(
    sqlite_database: Database, claim_values: dict, reason: ExclusionReason
) -> None:
    with sqlite_database.sessions.begin() as session:
        world = make_world(session)
        debtor = world.debtor()
        world.claim(debtor, "500.00", stage=Stage.DEFAULT_M2, **claim_values)
        report = sync_work_items(session, debtor_ids=[debtor.id], now=NOW)
        assert report.excluded == 1 and report.queued == 0
        item = _item(session, debtor.id)
        assert item.status is WorkItemStatus.EXCLUDED and item.status_reason is reason


def test_an_in_scope_claim_is_queued_beside_an_excluded_one(sqlite_database: Database) -> None:
    with sqlite_database.sessions.begin() as session:
        world = make_world(session)
        debtor = world.debtor()
        world.claim(debtor, "900.00", stage=Stage.DEFAULT_M2, fraud=True)
        world.claim(debtor, "40.00", stage=Stage.DEFAULT_M1)
        sync_work_items(session, debtor_ids=[debtor.id], now=NOW)
        item = _item(session, debtor.id)
        # Only the callable claim counts: its stage and its balance.
        assert item.status is WorkItemStatus.QUEUED and item.stage is Stage.DEFAULT_M1
        assert item.balance_total == Decimal("40.00")


def test_no_valid_number_goes_to_locate_and_back_when_a_number_is_found(
    database: Database,
) -> None:
    with database.sessions.begin() as session:
        world = make_world(session)
        debtor = world.debtor(phone="06 12", valid=False)
        world.claim(debtor, "300.00")
        report = sync_work_items(session, debtor_ids=[debtor.id], now=NOW)
        assert report.to_locate == 1 and report.queued == 0
        assert _item(session, debtor.id).status is WorkItemStatus.TO_LOCATE
        assert session.get(Debtor, debtor.id).to_locate is True  # type: ignore[union-attr]
        # An agent finds the number.
        world.debtor  # noqa: B018 - keep the world alive
        from telerecouv.domain.enums import ContactKind, ContactSource
        from telerecouv.store.models import ContactPoint

        session.add(
            ContactPoint(
                debtor_id=debtor.id,
                kind=ContactKind.PHONE,
                value="+33698765432",
                valid=True,
                source=ContactSource.AGENT,
            )
        )
        session.flush()
        report = sync_work_items(session, debtor_ids=[debtor.id], now=NOW)
        assert report.queued == 1
        assert _item(session, debtor.id).status is WorkItemStatus.QUEUED
        assert session.get(Debtor, debtor.id).to_locate is False  # type: ignore[union-attr]


def test_paid_claims_close_the_file_and_handed_on_claims_fail_it(database: Database) -> None:
    with database.sessions.begin() as session:
        world = make_world(session)
        paid = world.debtor()
        claim = world.claim(paid, "80.00")
        failed = world.debtor()
        world.claim(failed, "80.00", status=ClaimStatus.AMICABLE_FAILED)
        litigation = world.debtor()
        world.claim(litigation, "80.00", phase=Phase.LITIGATION)
        ids = [paid.id, failed.id, litigation.id]
        sync_work_items(session, debtor_ids=ids, now=NOW)
        assert _item(session, paid.id).status is WorkItemStatus.QUEUED
        claim.balance = Decimal("0.00")
        claim.status = ClaimStatus.PAID
        session.flush()
        report = sync_work_items(session, debtor_ids=ids, now=NOW)
        assert (report.closed, report.failed, report.queued) == (1, 2, 0)
        assert _item(session, paid.id).status is WorkItemStatus.DONE
        assert _item(session, failed.id).status is WorkItemStatus.FAILED
        assert _item(session, litigation.id).status_detail == "litigation"
        assert _item(session, paid.id).status_detail == "paid"


def test_a_file_waiting_for_its_first_default_is_not_called_paid(database: Database) -> None:
    """Open claims, none at a failure stage yet: nothing to call, but nothing paid either."""
    with database.sessions.begin() as session:
        world = make_world(session)
        waiting = world.debtor()
        claim = world.claim(waiting, "900.00", stage=None)
        world.claim(waiting, "0.00", status=ClaimStatus.PAID, stage=None)
        sync_work_items(session, debtor_ids=[waiting.id], now=NOW)
        item = _item(session, waiting.id)
        assert (item.status, item.status_detail) == (WorkItemStatus.DONE, "no_default")
        claim.stage = Stage.DEFAULT_M1  # the first default arrives
        session.flush()
        sync_work_items(session, debtor_ids=[waiting.id], now=NOW)
        assert _item(session, waiting.id).status is WorkItemStatus.QUEUED


def test_a_file_on_plan_follow_up_stays_out_of_the_queue(sqlite_database: Database) -> None:
    with sqlite_database.sessions.begin() as session:
        world = make_world(session)
        debtor = world.debtor()
        world.claim(debtor, "600.00")
        sync_work_items(session, debtor_ids=[debtor.id], now=NOW)
        item = _item(session, debtor.id)
        item.status = WorkItemStatus.DONE  # the agent agreed a plan
        plan = PaymentPlan(
            debtor_id=debtor.id,
            status=PlanStatus.ACTIVE,
            total=Decimal("600.00"),
            months=6,
            instalment_amount=Decimal("100.00"),
            first_due_on=date(2025, 4, 1),
            means=PaymentMeans.TRANSFER,
        )
        session.add(plan)
        session.flush()
        report = sync_work_items(session, debtor_ids=[debtor.id], now=NOW)
        assert report.held == 1 and report.queued == 0
        assert _item(session, debtor.id).status is WorkItemStatus.DONE
        # The plan ends without paying everything: the file comes back, attempts from zero.
        plan.status = PlanStatus.CANCELLED
        item.attempts = 4
        session.flush()
        report = sync_work_items(session, debtor_ids=[debtor.id], now=NOW)
        assert report.queued == 1
        assert _item(session, debtor.id).attempts == 0


def test_a_leased_file_keeps_its_lease(sqlite_database: Database) -> None:
    with sqlite_database.sessions.begin() as session:
        world = make_world(session)
        agent = world.user("agent")
        debtor = world.debtor()
        claim = world.claim(debtor, "600.00")
        sync_work_items(session, debtor_ids=[debtor.id], now=NOW)
        item = _item(session, debtor.id)
        item.status, item.leased_by_id, item.lease_token = WorkItemStatus.LEASED, agent.user_id, "t"
        item.lease_expires_at = utc(2025, 3, 10, 9, 5)
        claim.balance = Decimal("550.00")
        session.flush()
        sync_work_items(session, debtor_ids=[debtor.id], now=NOW)
        session.refresh(item)
        assert item.status is WorkItemStatus.LEASED and item.lease_token == "t"
        assert item.balance_total == Decimal("550.00")


def test_sync_of_everything_walks_all_debtors_in_chunks(
    sqlite_database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    import telerecouv.services.queue.sync as sync

    monkeypatch.setattr(sync, "CHUNK", 3)
    with sqlite_database.sessions.begin() as session:
        world = make_world(session)
        for n in range(8):
            world.claim(world.debtor(), f"{10 + n}.00")
        world.debtor()  # no claim: no file
        report = sync_work_items(session, now=NOW)
        assert report.queued == 8
        assert len(session.scalars(select(WorkItem)).all()) == 8


def test_naive_time_is_refused(sqlite_database: Database) -> None:
    from datetime import datetime

    with sqlite_database.sessions.begin() as session, pytest.raises(ValueError):
        sync_work_items(session, now=datetime(2025, 1, 1))
