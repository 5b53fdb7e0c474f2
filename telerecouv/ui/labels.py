"""French labels of the domain vocabularies (translated through Qt)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from telerecouv.domain.enums import CallResult, PlanStatus, Reachability, Role, Stage


def stage_label(stage: Stage | None) -> str:
    return (
        {
            Stage.NEW_CLAIM_NO_RIGHTS: QCoreApplication.translate("labels", "New claim, no rights"),
            Stage.DEFAULT_M1: QCoreApplication.translate("labels", "Default M+1"),
            Stage.DEFAULT_M2: QCoreApplication.translate("labels", "Default M+2"),
            Stage.END_OF_RIGHTS: QCoreApplication.translate("labels", "End of rights"),
            Stage.BROKEN_PLAN: QCoreApplication.translate("labels", "Broken plan"),
            Stage.BROKEN_PROMISE: QCoreApplication.translate("labels", "Broken promise"),
        }.get(stage, "")
        if stage
        else ""
    )


def role_label(role: Role) -> str:
    return {
        Role.AGENT: QCoreApplication.translate("labels", "Agent"),
        Role.TEAM_LEAD: QCoreApplication.translate("labels", "Team lead"),
        Role.SUPERVISOR: QCoreApplication.translate("labels", "Supervisor"),
        Role.ADMIN: QCoreApplication.translate("labels", "Administrator"),
    }[role]


def reachability_label(value: Reachability) -> str:
    return {
        Reachability.RIGHT_PARTY: QCoreApplication.translate("labels", "Debtor reached"),
        Reachability.THIRD_PARTY: QCoreApplication.translate("labels", "Third party reached"),
        Reachability.NO_ANSWER: QCoreApplication.translate("labels", "No answer"),
        Reachability.BUSY: QCoreApplication.translate("labels", "Busy"),
        Reachability.VOICEMAIL: QCoreApplication.translate("labels", "Voicemail"),
        Reachability.WRONG_NUMBER: QCoreApplication.translate("labels", "Wrong number"),
        Reachability.INVALID_NUMBER: QCoreApplication.translate("labels", "Invalid number"),
    }[value]


def result_label(value: CallResult) -> str:
    return {
        CallResult.PLAN_AGREED: QCoreApplication.translate("labels", "Payment plan agreed"),
        CallResult.FULL_PAYMENT_PROMISED: QCoreApplication.translate(
            "labels", "Full payment promised"
        ),
        CallResult.ALREADY_PAID: QCoreApplication.translate("labels", "Already paid"),
        CallResult.PARTIAL_PAYMENT_PROMISED: QCoreApplication.translate(
            "labels", "Partial payment promised"
        ),
        CallResult.CALLBACK_REQUESTED: QCoreApplication.translate("labels", "Call-back requested"),
        CallResult.DISPUTE: QCoreApplication.translate("labels", "Dispute"),
        CallResult.RELIEF_REQUESTED: QCoreApplication.translate("labels", "Debt relief requested"),
        CallResult.REFUSAL: QCoreApplication.translate("labels", "Refusal"),
        CallResult.HARDSHIP_REFERRAL: QCoreApplication.translate("labels", "Social referral"),
    }[value]


def plan_status_label(status: PlanStatus | str) -> str:
    """A payment plan's status, the same words on the agent's and the team lead's screens
    (an unknown value is shown as it is)."""
    value = str(getattr(status, "value", status))
    return {
        PlanStatus.PENDING_APPROVAL.value: QCoreApplication.translate(
            "labels", "Awaiting approval"
        ),
        PlanStatus.ACTIVE.value: QCoreApplication.translate("labels", "Active"),
        PlanStatus.REJECTED.value: QCoreApplication.translate("labels", "Rejected"),
        PlanStatus.COMPLETED.value: QCoreApplication.translate("labels", "Completed"),
        PlanStatus.BROKEN.value: QCoreApplication.translate("labels", "Broken"),
        PlanStatus.CANCELLED.value: QCoreApplication.translate("labels", "Cancelled"),
    }.get(value, value)
