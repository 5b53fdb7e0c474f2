"""Every ORM model, imported here so that metadata (and Alembic) sees them all."""

from telerecouv.store.models.admin import (
    AppSetting,
    AuditEntry,
    BmafRate,
    Organisation,
    ReliefScaleRow,
    RunnerLease,
    Team,
    User,
)
from telerecouv.store.models.base import Base
from telerecouv.store.models.claims import Claim, Default, Letter
from telerecouv.store.models.finance import (
    Instalment,
    Payment,
    PaymentAllocation,
    PaymentPlan,
    PlanClaim,
    Promise,
    ReliefRequest,
)
from telerecouv.store.models.hopper import HopperBuild, HopperEntry
from telerecouv.store.models.imports import ImportRun
from telerecouv.store.models.parties import ContactChange, ContactPoint, Debtor
from telerecouv.store.models.reporting import KpiRollup
from telerecouv.store.models.work import CallAttempt, CallReview, Queue, WorkItem, user_queues

__all__ = [
    "AppSetting",
    "AuditEntry",
    "Base",
    "BmafRate",
    "CallAttempt",
    "CallReview",
    "Claim",
    "ContactChange",
    "ContactPoint",
    "Debtor",
    "Default",
    "HopperBuild",
    "HopperEntry",
    "ImportRun",
    "Instalment",
    "KpiRollup",
    "Letter",
    "Organisation",
    "Payment",
    "PaymentAllocation",
    "PaymentPlan",
    "PlanClaim",
    "Promise",
    "Queue",
    "ReliefRequest",
    "ReliefScaleRow",
    "RunnerLease",
    "Team",
    "User",
    "WorkItem",
    "user_queues",
]
