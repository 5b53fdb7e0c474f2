"""What an agent records at the end of a call, as plain data, and the checks that need no
database.

`CallOutcome` is what the workspace builds (and what the local outbox keeps when the
database does not answer); `CallService.record` (services/calls.py) writes it exactly once
per `client_token`. The rules checked here need no database, so an agent hears about them at
once even when the central database is down and the call goes to the outbox.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from telerecouv.domain.enums import (
    CallbackScope,
    CallResult,
    PaymentMeans,
    Reachability,
    ReliefRoute,
    WorkItemStatus,
)
from telerecouv.services.agreements import RuleViolation
from telerecouv.store.errors import msg

__all__ = [
    "CALLBACK_FROM",
    "PROMISE_RESULTS",
    "CallOutcome",
    "PlanDraft",
    "PromiseDraft",
    "ReliefDraft",
    "RuleViolation",
    "SavedCall",
    "validate_outcome",
]

MAX_NOTES = 20_000
MAX_SCRIPT_STEPS = 500
MAX_CALL = timedelta(hours=12)
MAX_CALLBACK_DELAY = timedelta(days=90)
CLOCK_SKEW = timedelta(hours=1)
PROMISE_RESULTS = frozenset({CallResult.FULL_PAYMENT_PROMISED, CallResult.PARTIAL_PAYMENT_PROMISED})
CALLBACK_FROM = frozenset({Reachability.RIGHT_PARTY, Reachability.THIRD_PARTY})


@dataclass(frozen=True)
class PlanDraft:
    claim_ids: tuple[int, ...]
    months: int
    first_due_on: date
    means: PaymentMeans
    iban: str | None
    justification: str | None
    instalment: Decimal | None = None  # given: months follow from it (plan_by_instalment)


@dataclass(frozen=True)
class PromiseDraft:
    amount: Decimal
    due_on: date
    claim_id: int | None  # None: the whole file


@dataclass(frozen=True)
class ReliefDraft:
    claim_id: int
    reason: str  # the debtor's request, in their words


@dataclass(frozen=True)
class CallOutcome:
    client_token: str  # uuid4 made when the call opens; the exactly-once key
    debtor_id: int
    item_id: int | None  # the leased work item; None for a manual call
    lease_token: str | None
    number: str | None  # E.164 dialled
    started_at: datetime
    ended_at: datetime
    reachability: Reachability
    result: CallResult | None
    notes: str
    script_path: tuple[str, ...]
    callback_at: datetime | None
    callback_scope: CallbackScope | None
    plan: PlanDraft | None = None
    promise: PromiseDraft | None = None
    relief: ReliefDraft | None = None


@dataclass(frozen=True)
class SavedCall:
    call_id: int
    duplicate: bool  # True: this outcome had already been recorded (replay)
    item_status: WorkItemStatus | None
    next_eligible_at: datetime | None
    plan_id: int | None
    plan_needs_approval: bool
    promise_id: int | None
    relief_id: int | None
    relief_route: ReliefRoute | None
    confirmation_text: str | None  # SMS / e-mail text of the plan


def validate_outcome(outcome: CallOutcome, now: datetime) -> None:
    """The rules that need no database; RuleViolation names the field to fix."""
    token = outcome.client_token or ""
    if not 1 <= len(token) <= 36:
        raise RuleViolation(
            "client_token", msg("The call has no valid client token."), "client_token"
        )
    for name in ("started_at", "ended_at"):
        moment: datetime = getattr(outcome, name)
        if moment.tzinfo is None or moment.utcoffset() is None:
            raise RuleViolation("naive_time", msg("{name} has no time zone.", name=name), name)
    if outcome.ended_at < outcome.started_at:
        raise RuleViolation("call_times", msg("The call ends before it starts."), "ended_at")
    if outcome.ended_at - outcome.started_at > MAX_CALL:
        raise RuleViolation("call_times", msg("A call cannot last more than 12 hours."), "ended_at")
    if outcome.started_at > now + CLOCK_SKEW:
        raise RuleViolation("call_times", msg("The call starts in the future."), "started_at")
    reach, result = Reachability(outcome.reachability), outcome.result
    if reach is Reachability.RIGHT_PARTY and result is None:
        raise RuleViolation(
            "result_missing",
            msg("The debtor was reached: choose the result of the call."),
            "result",
        )
    if result is not None:
        result = CallResult(result)
        if result is CallResult.CALLBACK_REQUESTED and reach not in CALLBACK_FROM:
            raise RuleViolation(
                "callback_needs_answer",
                msg("A call-back is asked by someone who answered: the debtor or a third party."),
                "result",
            )
        if result is not CallResult.CALLBACK_REQUESTED and reach is not Reachability.RIGHT_PARTY:
            raise RuleViolation(
                "result_needs_right_party",
                msg("The result {result} needs the debtor reached in person.", result=result.value),
                "result",
            )
    _check_callback(outcome, result)
    _check_drafts(outcome, result)
    if len(outcome.notes or "") > MAX_NOTES:
        raise RuleViolation(
            "notes_too_long",
            msg("Notes are limited to {MAX_NOTES} characters.", MAX_NOTES=MAX_NOTES),
            "notes",
        )
    if len(outcome.script_path) > MAX_SCRIPT_STEPS or any(
        not isinstance(step, str) or len(step) > 200 for step in outcome.script_path
    ):
        raise RuleViolation("script_path", msg("The script path is malformed."), "script_path")


def _check_callback(outcome: CallOutcome, result: CallResult | None) -> None:
    if result is CallResult.CALLBACK_REQUESTED:
        when = outcome.callback_at
        if when is None:
            raise RuleViolation(
                "callback_missing", msg("Choose the date and time of the call-back."), "callback_at"
            )
        if when.tzinfo is None or when.utcoffset() is None:
            raise RuleViolation("naive_time", msg("callback_at has no time zone."), "callback_at")
        if when <= outcome.started_at:
            raise RuleViolation(
                "callback_past", msg("The call-back must be after this call."), "callback_at"
            )
        if when > outcome.started_at + MAX_CALLBACK_DELAY:
            raise RuleViolation(
                "callback_far", msg("A call-back is at most 90 days ahead."), "callback_at"
            )
    elif outcome.callback_at is not None:
        raise RuleViolation(
            "callback_without_request",
            msg("A call-back time goes with the result 'call-back requested'."),
            "callback_at",
        )


def _check_drafts(outcome: CallOutcome, result: CallResult | None) -> None:
    pairs = (
        (outcome.plan, result is CallResult.PLAN_AGREED, "plan", "a payment plan"),
        (outcome.promise, result in PROMISE_RESULTS, "promise", "a payment promise"),
        (outcome.relief, result is CallResult.RELIEF_REQUESTED, "relief", "a relief request"),
    )
    for draft, expected, field, what in pairs:
        if expected and draft is None:
            raise RuleViolation(
                f"{field}_missing", msg("This result needs {what}.", what=what), field
            )
        if draft is not None and not expected:
            raise RuleViolation(
                f"{field}_unexpected",
                msg(
                    "{what_capitalized} goes with its own result, not {result}.",
                    what_capitalized=what.capitalize(),
                    result=result.value if result else msg("no result"),
                ),
                field,
            )
    plan = outcome.plan
    if plan is not None and plan.instalment is None and plan.months < 1:
        raise RuleViolation(
            "months_out_of_range", msg("Choose the number of months."), "plan.months"
        )
