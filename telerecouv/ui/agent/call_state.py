"""The call being worked, as plain data: what the draft store keeps and what becomes the
`CallOutcome` when the agent saves.

Everything an agent types or chooses lands here at once (notes, script path, plan draft,
promise, relief, outcome choices), so a crash loses nothing: the workspace writes `to_json()`
to the draft store a moment after each change and `from_json()` reopens it.
"""

from __future__ import annotations

import uuid
from dataclasses import asdict, dataclass, field, fields
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from telerecouv.domain.enums import CallbackScope, CallResult, PaymentMeans, Reachability
from telerecouv.services.call_outcome import CallOutcome, PlanDraft, PromiseDraft, ReliefDraft

FORMAT = "telerecouv.open-call/1"


@dataclass
class PlanState:
    claim_ids: list[int] = field(default_factory=list)
    months: int = 0
    instalment: str = ""  # as typed, Decimal text
    by_instalment: bool = False  # True: the agent typed the instalment, months follow
    first_due_on: str = ""  # ISO date
    means: str = PaymentMeans.TRANSFER.value
    iban: str = ""
    justification: str = ""

    def draft(self) -> PlanDraft:
        return PlanDraft(
            claim_ids=tuple(self.claim_ids),
            months=self.months,
            first_due_on=date.fromisoformat(self.first_due_on),
            means=PaymentMeans(self.means),
            iban=self.iban.strip() or None,
            justification=self.justification.strip() or None,
            instalment=Decimal(self.instalment) if self.by_instalment and self.instalment else None,
        )


@dataclass
class PromiseState:
    amount: str = ""
    due_on: str = ""
    claim_id: int | None = None

    def draft(self) -> PromiseDraft:
        return PromiseDraft(Decimal(self.amount), date.fromisoformat(self.due_on), self.claim_id)


@dataclass
class ReliefState:
    claim_id: int = 0
    reason: str = ""

    def draft(self) -> ReliefDraft:
        return ReliefDraft(self.claim_id, self.reason.strip())


@dataclass
class OpenCall:
    debtor_id: int
    item_id: int | None
    lease_token: str | None
    started_at: str  # ISO, aware: when the file was opened
    client_token: str = field(default_factory=lambda: str(uuid.uuid4()))
    dialled_at: str | None = None
    number: str | None = None
    notes: str = ""
    script_path: list[str] = field(default_factory=list)
    reachability: str | None = None
    result: str | None = None
    callback_at: str | None = None  # ISO, aware
    callback_scope: str | None = None
    plan: PlanState | None = None
    promise: PromiseState | None = None
    relief: ReliefState | None = None

    # --- draft file -----------------------------------------------------------------------

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["format"] = FORMAT
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> OpenCall:
        """The open call back from its draft; ValueError when the dict is not one."""
        if data.get("format") != FORMAT:
            raise ValueError(f"not an open call: {data.get('format')!r}")
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        try:
            call = cls(**values)
            if isinstance(call.plan, dict):
                call.plan = PlanState(**call.plan)
            if isinstance(call.promise, dict):
                call.promise = PromiseState(**call.promise)
            if isinstance(call.relief, dict):
                call.relief = ReliefState(**call.relief)
            _aware(call.started_at)
        except (TypeError, KeyError) as exc:
            raise ValueError(f"malformed open call: {exc}") from None
        return call

    # --- outcome --------------------------------------------------------------------------

    def outcome(self, ended_at: datetime) -> CallOutcome:
        """The outcome to record. Raises ValueError when a typed value cannot be read."""
        result = CallResult(self.result) if self.result else None
        return CallOutcome(
            client_token=self.client_token,
            debtor_id=self.debtor_id,
            item_id=self.item_id,
            lease_token=self.lease_token,
            number=self.number,
            started_at=_aware(self.started_at),
            ended_at=ended_at,
            reachability=Reachability(self.reachability or ""),
            result=result,
            notes=self.notes,
            script_path=tuple(self.script_path),
            callback_at=_aware(self.callback_at)
            if self.callback_at and result is CallResult.CALLBACK_REQUESTED
            else None,
            callback_scope=CallbackScope(self.callback_scope)
            if self.callback_scope and result is CallResult.CALLBACK_REQUESTED
            else None,
            plan=self.plan.draft() if self.plan and result is CallResult.PLAN_AGREED else None,
            promise=self.promise.draft()
            if self.promise
            and result in (CallResult.FULL_PAYMENT_PROMISED, CallResult.PARTIAL_PAYMENT_PROMISED)
            else None,
            relief=self.relief.draft()
            if self.relief and result is CallResult.RELIEF_REQUESTED
            else None,
        )


def _aware(text: str) -> datetime:
    value = datetime.fromisoformat(text)
    if value.tzinfo is None:
        raise ValueError(f"time without offset: {text!r}")
    return value
