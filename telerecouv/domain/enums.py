"""The closed vocabularies of the domain (SPEC.md §2 and §5).

Values are the stable strings stored in the database and written in files; the French
labels live in the UI layer, which translates them.
"""

from __future__ import annotations

from enum import StrEnum


class DebtorKind(StrEnum):
    PERSON = "person"
    COMPANY = "company"


class Stage(StrEnum):
    """Failure stage of a claim, which decides its queue."""

    NEW_CLAIM_NO_RIGHTS = "NEW_CLAIM_NO_RIGHTS"
    DEFAULT_M1 = "DEFAULT_M1"
    DEFAULT_M2 = "DEFAULT_M2"
    END_OF_RIGHTS = "END_OF_RIGHTS"
    BROKEN_PLAN = "BROKEN_PLAN"
    BROKEN_PROMISE = "BROKEN_PROMISE"


# Default order between stages (SPEC.md §3.1); due call-backs come before all of them.
DEFAULT_STAGE_ORDER: tuple[Stage, ...] = (
    Stage.DEFAULT_M2,
    Stage.BROKEN_PLAN,
    Stage.BROKEN_PROMISE,
    Stage.END_OF_RIGHTS,
    Stage.DEFAULT_M1,
    Stage.NEW_CLAIM_NO_RIGHTS,
)


class Phase(StrEnum):
    AMICABLE = "amicable"
    LITIGATION = "litigation"
    ENFORCED = "enforced"


class Responsibility(StrEnum):
    BODY = "body"
    THIRD_PARTY = "third_party"
    DEBTOR = "debtor"


class Procedure(StrEnum):
    NONE = "none"
    OVERINDEBTEDNESS = "overindebtedness"
    INSOLVENCY = "insolvency"
    FORCED = "forced"
    INSPECTION = "inspection"


class ClaimStatus(StrEnum):
    OPEN = "open"
    PAID = "paid"
    WRITTEN_OFF = "written_off"
    AMICABLE_FAILED = "amicable_failed"  # "échec amiable": handed to formal notice


class ExclusionReason(StrEnum):
    """Why a claim is out of scope for telephone recovery (SPEC.md §3.2)."""

    FRAUD = "fraud"
    OVERINDEBTEDNESS = "overindebtedness"
    INSOLVENCY = "insolvency"
    FORCED_RECOVERY = "forced_recovery"
    INSPECTION = "inspection"
    WRITTEN_OFF = "written_off"


class Origin(StrEnum):
    BENEFIT = "benefit"
    CONTRIBUTION = "contribution"
    PENSION = "pension"


class ContactKind(StrEnum):
    PHONE = "phone"
    EMAIL = "email"
    ADDRESS = "address"
    REPRESENTATIVE = "representative"


class PhoneType(StrEnum):
    MOBILE = "mobile"
    LANDLINE = "landline"
    VOIP = "voip"
    OTHER = "other"
    UNKNOWN = "unknown"


class ContactSource(StrEnum):
    IMPORT = "import"
    AGENT = "agent"
    DEBTOR = "debtor"
    THIRD_PARTY = "third_party"
    DEMO = "demo"


class Reachability(StrEnum):
    RIGHT_PARTY = "RIGHT_PARTY"
    THIRD_PARTY = "THIRD_PARTY"
    NO_ANSWER = "NO_ANSWER"
    BUSY = "BUSY"
    VOICEMAIL = "VOICEMAIL"
    WRONG_NUMBER = "WRONG_NUMBER"
    INVALID_NUMBER = "INVALID_NUMBER"


class CallResult(StrEnum):
    PLAN_AGREED = "PLAN_AGREED"
    FULL_PAYMENT_PROMISED = "FULL_PAYMENT_PROMISED"
    ALREADY_PAID = "ALREADY_PAID"
    PARTIAL_PAYMENT_PROMISED = "PARTIAL_PAYMENT_PROMISED"
    CALLBACK_REQUESTED = "CALLBACK_REQUESTED"
    DISPUTE = "DISPUTE"
    RELIEF_REQUESTED = "RELIEF_REQUESTED"
    REFUSAL = "REFUSAL"
    HARDSHIP_REFERRAL = "HARDSHIP_REFERRAL"


# Results that count as "effective" (SPEC.md §5).
EFFECTIVE_RESULTS: frozenset[CallResult] = frozenset(
    {
        CallResult.PLAN_AGREED,
        CallResult.FULL_PAYMENT_PROMISED,
        CallResult.PARTIAL_PAYMENT_PROMISED,
        CallResult.ALREADY_PAID,
    }
)


class PaymentMeans(StrEnum):
    TRANSFER = "transfer"
    DIRECT_DEBIT = "direct_debit"
    CARD = "card"
    CHEQUE = "cheque"
    CASH = "cash"
    BENEFIT_DEDUCTION = "benefit_deduction"


class PlanStatus(StrEnum):
    PENDING_APPROVAL = "pending_approval"
    ACTIVE = "active"
    REJECTED = "rejected"
    COMPLETED = "completed"
    BROKEN = "broken"
    CANCELLED = "cancelled"


class InstalmentStatus(StrEnum):
    DUE = "due"
    PAID = "paid"
    LATE = "late"
    MISSED = "missed"


class PromiseStatus(StrEnum):
    PENDING = "pending"
    KEPT = "kept"
    BROKEN = "broken"


class ReliefRoute(StrEnum):
    ADMINISTRATIVE_SERVICES = "administrative_services"
    APPEALS_BOARD = "appeals_board"  # commission de recours amiable (CRA)


class ReliefStatus(StrEnum):
    REQUESTED = "requested"
    FORWARDED = "forwarded"
    GRANTED = "granted"
    REFUSED = "refused"


class WorkItemStatus(StrEnum):
    QUEUED = "queued"
    LEASED = "leased"
    DONE = "done"  # settled, plan agreed, paid off: leaves the queue
    FAILED = "failed"  # amicable phase failed: on the formal-notice list
    TO_LOCATE = "to_locate"
    EXCLUDED = "excluded"


class CallbackScope(StrEnum):
    PERSONAL = "personal"
    TEAM = "team"


class Role(StrEnum):
    AGENT = "agent"
    TEAM_LEAD = "team_lead"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"
