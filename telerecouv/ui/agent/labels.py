"""French labels of the vocabularies the agent's workspace shows (translated through Qt)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from telerecouv.domain.enums import (
    CallbackScope,
    ClaimStatus,
    ContactSource,
    ExclusionReason,
    InstalmentStatus,
    Origin,
    PaymentMeans,
    PhoneType,
    PromiseStatus,
    ReliefRoute,
    ReliefStatus,
)
from telerecouv.domain.scripts import Phase


def means_label(value: PaymentMeans | None) -> str:
    if value is None:
        return ""
    return {
        PaymentMeans.TRANSFER: QCoreApplication.translate("agent_labels", "Bank transfer"),
        PaymentMeans.DIRECT_DEBIT: QCoreApplication.translate("agent_labels", "SEPA direct debit"),
        PaymentMeans.CARD: QCoreApplication.translate("agent_labels", "Card"),
        PaymentMeans.CHEQUE: QCoreApplication.translate("agent_labels", "Cheque"),
        PaymentMeans.CASH: QCoreApplication.translate(
            "agent_labels", "Cash at a collection office"
        ),
        PaymentMeans.BENEFIT_DEDUCTION: QCoreApplication.translate(
            "agent_labels", "Deduction from benefits"
        ),
    }[value]


def instalment_status_label(value: InstalmentStatus) -> str:
    return {
        InstalmentStatus.DUE: QCoreApplication.translate("agent_labels", "Due"),
        InstalmentStatus.PAID: QCoreApplication.translate("agent_labels", "Paid"),
        InstalmentStatus.LATE: QCoreApplication.translate("agent_labels", "Late"),
        InstalmentStatus.MISSED: QCoreApplication.translate("agent_labels", "Missed"),
    }[value]


def promise_status_label(value: PromiseStatus) -> str:
    return {
        PromiseStatus.PENDING: QCoreApplication.translate("agent_labels", "Pending"),
        PromiseStatus.KEPT: QCoreApplication.translate("agent_labels", "Kept"),
        PromiseStatus.BROKEN: QCoreApplication.translate("agent_labels", "Broken"),
    }[value]


def relief_route_label(value: ReliefRoute | None) -> str:
    if value is None:
        return ""
    return {
        ReliefRoute.ADMINISTRATIVE_SERVICES: QCoreApplication.translate(
            "agent_labels", "Administrative services"
        ),
        ReliefRoute.APPEALS_BOARD: QCoreApplication.translate(
            "agent_labels", "Amicable appeals board (CRA)"
        ),
    }[value]


def relief_status_label(value: ReliefStatus) -> str:
    return {
        ReliefStatus.REQUESTED: QCoreApplication.translate("agent_labels", "Requested"),
        ReliefStatus.FORWARDED: QCoreApplication.translate("agent_labels", "Forwarded"),
        ReliefStatus.GRANTED: QCoreApplication.translate("agent_labels", "Granted"),
        ReliefStatus.REFUSED: QCoreApplication.translate("agent_labels", "Refused"),
    }[value]


def claim_status_label(value: ClaimStatus) -> str:
    return {
        ClaimStatus.OPEN: QCoreApplication.translate("agent_labels", "Open"),
        ClaimStatus.PAID: QCoreApplication.translate("agent_labels", "Paid"),
        ClaimStatus.WRITTEN_OFF: QCoreApplication.translate("agent_labels", "Written off"),
        ClaimStatus.AMICABLE_FAILED: QCoreApplication.translate(
            "agent_labels", "Amicable phase failed"
        ),
    }[value]


def exclusion_label(value: ExclusionReason | None) -> str:
    if value is None:
        return ""
    return {
        ExclusionReason.FRAUD: QCoreApplication.translate(
            "agent_labels", "Fraud: litigation experts"
        ),
        ExclusionReason.OVERINDEBTEDNESS: QCoreApplication.translate(
            "agent_labels", "Over-indebtedness procedure"
        ),
        ExclusionReason.INSOLVENCY: QCoreApplication.translate(
            "agent_labels", "Insolvency procedure"
        ),
        ExclusionReason.FORCED_RECOVERY: QCoreApplication.translate(
            "agent_labels", "Forced recovery"
        ),
        ExclusionReason.INSPECTION: QCoreApplication.translate(
            "agent_labels", "From an inspection"
        ),
        ExclusionReason.WRITTEN_OFF: QCoreApplication.translate("agent_labels", "Written off"),
    }[value]


def origin_label(value: Origin) -> str:
    return {
        Origin.BENEFIT: QCoreApplication.translate("agent_labels", "Benefit"),
        Origin.CONTRIBUTION: QCoreApplication.translate("agent_labels", "Contribution"),
        Origin.PENSION: QCoreApplication.translate("agent_labels", "Pension"),
    }[value]


def phone_type_label(value: PhoneType) -> str:
    return {
        PhoneType.MOBILE: QCoreApplication.translate("agent_labels", "mobile"),
        PhoneType.LANDLINE: QCoreApplication.translate("agent_labels", "landline"),
        PhoneType.VOIP: QCoreApplication.translate("agent_labels", "VoIP"),
        PhoneType.OTHER: QCoreApplication.translate("agent_labels", "other"),
        PhoneType.UNKNOWN: QCoreApplication.translate("agent_labels", "unknown"),
    }[value]


def source_label(value: ContactSource) -> str:
    return {
        ContactSource.IMPORT: QCoreApplication.translate("agent_labels", "import"),
        ContactSource.AGENT: QCoreApplication.translate("agent_labels", "agent"),
        ContactSource.DEBTOR: QCoreApplication.translate("agent_labels", "debtor"),
        ContactSource.THIRD_PARTY: QCoreApplication.translate("agent_labels", "third party"),
        ContactSource.DEMO: QCoreApplication.translate("agent_labels", "demo"),
    }[value]


def scope_label(value: CallbackScope) -> str:
    return {
        CallbackScope.PERSONAL: QCoreApplication.translate("agent_labels", "Me (personal)"),
        CallbackScope.TEAM: QCoreApplication.translate("agent_labels", "My team"),
    }[value]


def phase_label(value: Phase | None) -> str:
    if value is None:
        return ""
    return {
        Phase.COMMERCIAL: QCoreApplication.translate("agent_labels", "1 - Commercial"),
        Phase.PERSONALISED: QCoreApplication.translate("agent_labels", "2 - Personalised"),
        Phase.PRE_LITIGATION: QCoreApplication.translate("agent_labels", "3 - Pre-litigation"),
    }[value]


def letter_kind_label(kind: str) -> str:
    return {
        "plan_confirmation": QCoreApplication.translate("agent_labels", "Plan confirmation"),
        "refusal_report": QCoreApplication.translate("agent_labels", "Refusal report"),
        "formal_notice": QCoreApplication.translate("agent_labels", "Formal notice"),
        "reminder": QCoreApplication.translate("agent_labels", "Reminder"),
    }.get(kind, kind)
