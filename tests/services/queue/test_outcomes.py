"""What a call's outcome does to the file: lease, retries, échec amiable, call-backs, numbers."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from telerecouv.domain.enums import (
    CallbackScope,
    CallResult,
    ClaimStatus,
    ContactKind,
    ContactSource,
    PaymentMeans,
    PlanStatus,
    Reachability,
    Role,
    Stage,
    WorkItemStatus,
)
from telerecouv.services.database import Database
from telerecouv.services.permissions import SYSTEM
from telerecouv.services.queue.outcomes import ItemOutcome, apply_outcome, requeue_broken
from telerecouv.services.queue.policy import QueuePolicyService, QueueSettings, RetryRule
from telerecouv.services.queue.sync import sync_work_items
from telerecouv.store.errors import Conflict, NotFound, ValidationError
from telerecouv.store.models import (
    CallAttempt,
    Claim,
    ContactChange,
    ContactPoint,
    Debtor,
    PaymentPlan,
    Queue,
    WorkItem,
)

from .factory import World, make_world, utc

NOW = utc(2026, 11, 23, 9, 0)  # Monday, 10:00 in Paris
PHONE = "+33612345678"


class Call:
    """Drives one file like services/calls.py does: lease, record the attempt, apply."""

    def __init__(self, session: Session, world: World, item: WorkItem, agent_id: int) -> None:
        self.session, self.world, self.item, self.agent_id = session, world, item, agent_id

    def lease(self, agent_id: int | None = None) -> str:
        token = str(uuid.uuid4())
        self.item.status = WorkItemStatus.LEASED
        self.item.lease_token = token
        self.item.leased_by_id = agent_id or self.agent_id
        self.item.lease_expires_at = NOW + timedelta(minutes=10)
        self.session.flush()
        return token

    def outcome(
        self,
        reachability: Reachability,
        result: CallResult | None = None,
        *,
        at: datetime = NOW,
        number: str | None = PHONE,
        callback_at: datetime | None = None,
        scope: CallbackScope | None = None,
        leased: bool = True,
        token: str | None = None,
    ) -> ItemOutcome:
        if leased and token is None:
            token = self.lease()
        self.session.add(
            CallAttempt(
                organisation_id=self.item.organisation_id,
                debtor_id=self.item.debtor_id,
                work_item_id=self.item.id,
                agent_id=self.agent_id,
                number=number,
                started_at=at - timedelta(minutes=2),
                ended_at=at,
                reachability=reachability,
                result=result,
                callback_at=callback_at,
                callback_scope=scope,
            )
        )
        self.session.flush()
        return apply_outcome(
            self.session,
            self.item.id,
            token=token,
            agent_id=self.agent_id,
            reachability=reachability,
            result=result,
            callback_at=callback_at,
            callback_scope=scope,
            now=at,
        )


def _file(
    session: Session, *, phones: tuple[str, ...] = (PHONE,), **claim: Any
) -> tuple[World, Debtor, WorkItem, Call]:
    world = make_world(session)
    agent = world.user(f"agent{uuid.uuid4().hex[:6]}", Role.AGENT)
    debtor = world.debtor(phone=phones[0] if phones else None)
    for extra in phones[1:]:
        session.add(
            ContactPoint(
                debtor_id=debtor.id,
                kind=ContactKind.PHONE,
                value=extra,
                raw=extra,
                valid=True,
                source=ContactSource.IMPORT,
            )
        )
    world.claim(debtor, "1240.00", stage=claim.pop("stage", Stage.DEFAULT_M2), **claim)
    session.flush()
    sync_work_items(session, debtor_ids=[debtor.id], now=NOW - timedelta(days=1))
    item = session.scalars(select(WorkItem).where(WorkItem.debtor_id == debtor.id)).one()
    assert item.status is WorkItemStatus.QUEUED
    assert agent.user_id is not None
    return world, debtor, item, Call(session, world, item, agent.user_id)


def _claim_statuses(session: Session, debtor: Debtor) -> list[ClaimStatus]:
    return [c.status for c in session.scalars(select(Claim).where(Claim.debtor_id == debtor.id))]


# -- the lease ------------------------------------------------------------------------------


def test_the_outcome_ends_the_lease_and_counts_the_attempt(database: Database) -> None:
    with database.sessions.begin() as session:
        _, _, item, call = _file(session)
        outcome = call.outcome(Reachability.NO_ANSWER)
        assert outcome == ItemOutcome(WorkItemStatus.QUEUED, NOW + timedelta(hours=4), "retry")
        assert item.status is WorkItemStatus.QUEUED
        assert (item.lease_token, item.leased_by_id, item.lease_expires_at) == (None, None, None)
        assert item.attempts == 1 and item.attempt_counts == {"NO_ANSWER": 1}
        assert item.last_attempt_at == NOW and item.last_reachability is Reachability.NO_ANSWER
        assert item.next_eligible_at == NOW + timedelta(hours=4)


def test_a_lost_lease_is_a_conflict_and_changes_nothing(database: Database) -> None:
    with database.sessions.begin() as session:
        _, _, item, call = _file(session)
        call.lease()
        with pytest.raises(Conflict, match="no longer leased"):
            call.outcome(Reachability.BUSY, token="not-the-token")
        session.refresh(item)
        assert item.status is WorkItemStatus.LEASED and item.attempts == 0
        # Without a token, a file another agent holds is refused too...
        other = call.world.user("colleague", Role.AGENT)
        call.lease(other.user_id)
        with pytest.raises(Conflict):
            call.outcome(Reachability.BUSY, leased=False)
        with pytest.raises(NotFound):
            apply_outcome(
                session,
                999_999,
                token=None,
                agent_id=None,
                reachability=Reachability.BUSY,
                result=None,
                callback_at=None,
                callback_scope=None,
                now=NOW,
            )


def test_without_a_token_a_free_file_takes_the_outcome(database: Database) -> None:
    with database.sessions.begin() as session:
        _, _, _, call = _file(session)
        outcome = call.outcome(Reachability.BUSY, leased=False)
        assert outcome.status is WorkItemStatus.QUEUED
        assert outcome.next_eligible_at == NOW + timedelta(minutes=30)


# -- retries and échec amiable ------------------------------------------------------------------


def test_exhausting_no_answer_attempts_ends_the_amicable_phase(database: Database) -> None:
    with database.sessions.begin() as session:
        world, debtor, item, call = _file(session)
        fraud = world.claim(debtor, "50.00", fraud=True)
        for day in range(5):
            outcome = call.outcome(Reachability.NO_ANSWER, at=NOW + timedelta(days=day))
            assert outcome.status is WorkItemStatus.QUEUED
        last = call.outcome(Reachability.NO_ANSWER, at=NOW + timedelta(days=5))
        assert last == ItemOutcome(WorkItemStatus.FAILED, None, "max_attempts:NO_ANSWER")
        assert item.status is WorkItemStatus.FAILED
        assert item.status_detail == "amicable_failed"  # the formal-notice list
        assert item.attempts == 6 and item.attempt_counts == {"NO_ANSWER": 6}
        statuses = {c.id: c.status for c in session.scalars(select(Claim))}
        assert statuses[fraud.id] is ClaimStatus.OPEN  # out of scope: untouched
        assert ClaimStatus.AMICABLE_FAILED in statuses.values()
        # The sync agrees: the file stays on the formal-notice list.
        sync_work_items(session, debtor_ids=[debtor.id], now=NOW + timedelta(days=6))
        session.refresh(item)
        assert item.status is WorkItemStatus.FAILED and item.status_detail == "amicable_failed"


def test_each_outcome_has_its_own_count(database: Database) -> None:
    with database.sessions.begin() as session:
        _, _, item, call = _file(session)
        for day, reach in enumerate(
            [Reachability.BUSY, Reachability.VOICEMAIL, Reachability.BUSY, Reachability.VOICEMAIL]
        ):
            call.outcome(reach, at=NOW + timedelta(days=day))
        assert item.attempt_counts == {"BUSY": 2, "VOICEMAIL": 2}
        assert item.status is WorkItemStatus.QUEUED


def test_a_refusal_ends_the_amicable_phase_at_once(database: Database) -> None:
    with database.sessions.begin() as session:
        _, debtor, item, call = _file(session)
        outcome = call.outcome(Reachability.RIGHT_PARTY, CallResult.REFUSAL)
        assert outcome == ItemOutcome(WorkItemStatus.FAILED, None, "refusal")
        assert _claim_statuses(session, debtor) == [ClaimStatus.AMICABLE_FAILED]
        assert item.last_contact_at == NOW


def test_supervisor_settings_apply_to_the_next_outcome(database: Database) -> None:
    with database.sessions.begin() as session:
        _, _, item, call = _file(session)
        item_id = item.id
    service = QueuePolicyService(database.sessions)
    settings = service.load()
    retry = dict(settings.retry)
    retry[Reachability.BUSY] = RetryRule(timedelta(minutes=10), 1)
    service.save(SYSTEM, dataclasses.replace(settings, retry=retry))
    with database.sessions.begin() as session:
        item = session.get(WorkItem, item_id)
        assert item is not None
        call = Call(session, call.world, item, call.agent_id)
        outcome = call.outcome(Reachability.BUSY)
        assert outcome.status is WorkItemStatus.FAILED and outcome.detail == "max_attempts:BUSY"


def test_a_conversation_without_agreement_waits_the_quiet_period(database: Database) -> None:
    with database.sessions.begin() as session:
        _, _, _, call = _file(session)
        outcome = call.outcome(Reachability.RIGHT_PARTY, CallResult.DISPUTE)
        assert outcome.status is WorkItemStatus.QUEUED
        assert outcome.next_eligible_at == NOW + timedelta(days=7)
        # A later no-answer still respects the quiet period after the conversation.
        later = call.outcome(Reachability.NO_ANSWER, at=NOW + timedelta(days=1))
        assert later.next_eligible_at == NOW + timedelta(days=7)
        call.outcome(Reachability.RIGHT_PARTY, None, at=NOW + timedelta(days=8))
        third = call.outcome(
            Reachability.RIGHT_PARTY, CallResult.HARDSHIP_REFERRAL, at=NOW + timedelta(days=16)
        )
        assert third == ItemOutcome(WorkItemStatus.FAILED, None, "max_attempts:RIGHT_PARTY")


def test_already_paid_waits_for_the_payment_import(database: Database) -> None:
    with database.sessions.begin() as session:
        _, _, _, call = _file(session)
        outcome = call.outcome(Reachability.RIGHT_PARTY, CallResult.ALREADY_PAID)
        assert outcome == ItemOutcome(
            WorkItemStatus.QUEUED, NOW + timedelta(days=7), "already_paid_check"
        )


# -- caps in the debtor's day and week -----------------------------------------------------------


def test_the_daily_cap_pushes_the_file_to_the_debtors_next_morning(database: Database) -> None:
    with database.sessions.begin() as session:
        _, _, item, call = _file(session)
        call.outcome(Reachability.BUSY, at=NOW)
        call.outcome(Reachability.BUSY, at=NOW + timedelta(hours=1))
        third = call.outcome(Reachability.BUSY, at=NOW + timedelta(hours=2))
        assert third.next_eligible_at == utc(2026, 11, 23, 23, 0)  # midnight in Paris
        assert item.status is WorkItemStatus.QUEUED


def test_the_daily_cap_uses_the_overseas_day(database: Database) -> None:
    with database.sessions.begin() as session:
        _, _, item, call = _file(session)
        item.time_zones = "Indian/Reunion"
        start = utc(2026, 11, 23, 5, 0)  # 09:00 in Réunion
        for hour in range(3):
            outcome = call.outcome(Reachability.BUSY, at=start + timedelta(hours=hour))
        assert outcome.next_eligible_at == utc(2026, 11, 23, 20, 0)  # midnight UTC+4


def test_the_weekly_cap_counts_seven_days(database: Database) -> None:
    with database.sessions.begin() as session:
        _, _, _, call = _file(session)
        outcomes = [
            call.outcome(
                Reachability.NO_ANSWER if d % 2 else Reachability.BUSY,
                at=NOW + timedelta(days=d),
            )
            for d in range(7)
        ]
        assert outcomes[-2].next_eligible_at == NOW + timedelta(days=5, hours=4)
        # 7 calls from the 23rd to the 29th: the next one when the 23rd's leaves the window.
        assert outcomes[-1].next_eligible_at == NOW - timedelta(minutes=2) + timedelta(days=7)


# -- agreements and call-backs -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("result", "detail"),
    [
        (CallResult.PLAN_AGREED, "follow_up_plan"),
        (CallResult.FULL_PAYMENT_PROMISED, "follow_up_promise"),
        (CallResult.PARTIAL_PAYMENT_PROMISED, "follow_up_promise"),
    ],
)
def test_an_agreement_puts_the_file_on_follow_up(
    database: Database, result: CallResult, detail: str
) -> None:
    with database.sessions.begin() as session:
        _, debtor, item, call = _file(session)
        outcome = call.outcome(Reachability.RIGHT_PARTY, result)
        assert outcome == ItemOutcome(WorkItemStatus.DONE, None, detail)
        assert item.status is WorkItemStatus.DONE and item.status_detail == detail
        assert _claim_statuses(session, debtor) == [ClaimStatus.OPEN]


def test_personal_and_team_call_backs(database: Database) -> None:
    with database.sessions.begin() as session:
        _, _, item, call = _file(session)
        at = utc(2026, 11, 24, 15, 0)
        personal = call.outcome(
            Reachability.RIGHT_PARTY,
            CallResult.CALLBACK_REQUESTED,
            callback_at=at,
            scope=CallbackScope.PERSONAL,
        )
        assert personal == ItemOutcome(WorkItemStatus.QUEUED, at, "callback")
        assert item.callback_at == at and item.callback_scope is CallbackScope.PERSONAL
        assert item.callback_user_id == call.agent_id
        assert item.next_eligible_at == at  # no quiet period: the debtor asked
        team = call.outcome(
            Reachability.THIRD_PARTY,
            CallResult.CALLBACK_REQUESTED,
            at=at,
            callback_at=at + timedelta(hours=2),
            scope=CallbackScope.TEAM,
        )
        assert team.next_eligible_at == at + timedelta(hours=2)
        assert item.callback_scope is CallbackScope.TEAM and item.callback_user_id is None
        # The next ordinary outcome clears the served call-back.
        call.outcome(Reachability.NO_ANSWER, at=at + timedelta(hours=2))
        assert (item.callback_at, item.callback_scope, item.callback_user_id) == (None, None, None)


def test_a_call_back_needs_its_time(database: Database) -> None:
    with database.sessions.begin() as session:
        _, _, item, call = _file(session)
        with pytest.raises(ValidationError) as caught:
            call.outcome(Reachability.RIGHT_PARTY, CallResult.CALLBACK_REQUESTED)
        assert caught.value.field == "callback_at"
        with pytest.raises(ValidationError) as wrong:
            apply_outcome(
                session,
                item.id,
                token=None,
                agent_id=call.agent_id,
                reachability=Reachability.NO_ANSWER,
                result=CallResult.PLAN_AGREED,
                callback_at=None,
                callback_scope=None,
                now=NOW,
            )
        assert wrong.value.field == "result"


# -- numbers ---------------------------------------------------------------------------------------


def test_a_wrong_number_is_switched_off_and_the_next_one_is_tried(database: Database) -> None:
    with database.sessions.begin() as session:
        _, debtor, _, call = _file(session, phones=(PHONE, "+33698765432"))
        outcome = call.outcome(Reachability.WRONG_NUMBER, number=PHONE)
        assert outcome.status is WorkItemStatus.QUEUED
        assert outcome.next_eligible_at == NOW  # no delay: the other number at once
        phones = {p.value: p for p in session.scalars(select(ContactPoint))}
        assert not phones[PHONE].active and phones[PHONE].valid
        assert phones["+33698765432"].active
        (change,) = session.scalars(select(ContactChange)).all()
        assert (change.field, change.old_value, change.new_value) == ("phone", PHONE, None)
        assert change.source is ContactSource.AGENT and change.call_id is not None
        assert not debtor.to_locate


def test_the_last_invalid_number_sends_the_file_to_locate(database: Database) -> None:
    with database.sessions.begin() as session:
        _, debtor, item, call = _file(session)
        outcome = call.outcome(Reachability.INVALID_NUMBER, number=PHONE)
        assert outcome == ItemOutcome(WorkItemStatus.TO_LOCATE, None, "no_valid_phone")
        phone = session.scalars(select(ContactPoint)).one()
        assert not phone.active and not phone.valid
        session.refresh(debtor)
        assert debtor.to_locate
        # The sync agrees.
        sync_work_items(session, debtor_ids=[debtor.id], now=NOW)
        session.refresh(item)
        assert item.status is WorkItemStatus.TO_LOCATE


def test_a_wrong_number_without_the_number_named_keeps_the_phones(database: Database) -> None:
    with database.sessions.begin() as session:
        _, _, _, call = _file(session)
        outcome = call.outcome(Reachability.WRONG_NUMBER, number=None)
        assert outcome.status is WorkItemStatus.QUEUED
        assert session.scalars(select(ContactPoint)).one().active


# -- pins, files outside the queue ----------------------------------------------------------------


def test_the_outcome_ends_a_pin(database: Database) -> None:
    with database.sessions.begin() as session:
        _, _, item, call = _file(session)
        item.pinned_at, item.manual_priority = NOW - timedelta(hours=1), 1
        call.outcome(Reachability.BUSY)
        assert item.pinned_at is None and item.manual_priority == 0


def test_a_call_on_a_file_on_follow_up_only_records_the_attempt(database: Database) -> None:
    with database.sessions.begin() as session:
        _, _, item, call = _file(session)
        call.outcome(Reachability.RIGHT_PARTY, CallResult.PLAN_AGREED)
        reminder = call.outcome(Reachability.NO_ANSWER, at=NOW + timedelta(days=3), leased=False)
        assert reminder == ItemOutcome(WorkItemStatus.DONE, None, "follow_up_plan")
        assert item.attempts == 2


# -- broken plans and promises ---------------------------------------------------------------------


def test_a_broken_plan_requeues_the_file_in_its_stage_with_a_fresh_cycle(
    database: Database,
) -> None:
    with database.sessions.begin() as session:
        _, debtor, item, call = _file(session, stage=Stage.DEFAULT_M1)
        call.outcome(Reachability.NO_ANSWER)
        call.outcome(Reachability.RIGHT_PARTY, CallResult.PLAN_AGREED, at=NOW + timedelta(days=1))
        plan = PaymentPlan(
            debtor_id=debtor.id,
            status=PlanStatus.ACTIVE,
            total=Decimal("1240.00"),
            months=4,
            instalment_amount=Decimal("310.00"),
            first_due_on=date(2026, 12, 5),
            means=PaymentMeans.TRANSFER,
        )
        session.add(plan)
        session.flush()
        sync_work_items(session, debtor_ids=[debtor.id], now=NOW + timedelta(days=2))
        session.refresh(item)
        assert item.status is WorkItemStatus.DONE  # on follow-up while the plan runs
        plan.status = PlanStatus.BROKEN
        later = NOW + timedelta(days=20)
        requeue_broken(session, debtor.id, Stage.BROKEN_PLAN, later)
        session.refresh(item)
        assert item.status is WorkItemStatus.QUEUED and item.stage is Stage.BROKEN_PLAN
        queue = session.get(Queue, item.queue_id)
        assert queue is not None and queue.stage is Stage.BROKEN_PLAN
        assert item.attempts == 0 and item.attempt_counts == {}
        assert item.next_eligible_at == later and item.status_detail is None
        claim = session.scalars(select(Claim).where(Claim.debtor_id == debtor.id)).one()
        assert claim.stage is Stage.BROKEN_PLAN and claim.stage_since == later.date()
        # The new cycle counts from zero.
        outcome = call.outcome(Reachability.NO_ANSWER, at=later + timedelta(hours=1))
        assert item.attempt_counts == {"NO_ANSWER": 1} and outcome.status is WorkItemStatus.QUEUED


def test_a_broken_promise_keeps_the_claims_the_caller_restaged(database: Database) -> None:
    with database.sessions.begin() as session:
        world, debtor, item, call = _file(session, stage=Stage.DEFAULT_M1)
        other = world.claim(debtor, "80.00", stage=Stage.DEFAULT_M1)
        call.outcome(Reachability.RIGHT_PARTY, CallResult.FULL_PAYMENT_PROMISED)
        other.stage = Stage.BROKEN_PROMISE  # the matcher restaged the promise's claim only
        requeue_broken(session, debtor.id, Stage.BROKEN_PROMISE, NOW + timedelta(days=9))
        stages = sorted(c.stage for c in session.scalars(select(Claim)) if c.stage is not None)
        assert stages == [Stage.BROKEN_PROMISE, Stage.DEFAULT_M1]
        session.refresh(item)
        assert item.status is WorkItemStatus.QUEUED and item.stage is Stage.BROKEN_PROMISE


def test_only_broken_stages_requeue(database: Database) -> None:
    with database.sessions.begin() as session:
        _, debtor, _, _ = _file(session)
        with pytest.raises(ValidationError) as caught:
            requeue_broken(session, debtor.id, Stage.DEFAULT_M1, NOW)
        assert caught.value.field == "stage"
        with pytest.raises(NotFound):
            requeue_broken(session, 999_999, Stage.BROKEN_PROMISE, NOW)


def test_default_settings_are_what_the_outcomes_use() -> None:
    retry = QueueSettings().retry
    assert retry[Reachability.NO_ANSWER] == RetryRule(timedelta(hours=4), 6)
    assert retry[Reachability.RIGHT_PARTY].delay == timedelta(days=7)
