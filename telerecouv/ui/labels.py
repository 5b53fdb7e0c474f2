"""French labels of the domain vocabularies (translated through Qt)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from telerecouv.domain.enums import CallResult, Reachability, Role, Stage


def _t(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def stage_label(stage: Stage | None) -> str:
    return (
        {
            Stage.NEW_CLAIM_NO_RIGHTS: _t("New claim, no rights"),
            Stage.DEFAULT_M1: _t("Default M+1"),
            Stage.DEFAULT_M2: _t("Default M+2"),
            Stage.END_OF_RIGHTS: _t("End of rights"),
            Stage.BROKEN_PLAN: _t("Broken plan"),
            Stage.BROKEN_PROMISE: _t("Broken promise"),
        }.get(stage, "")
        if stage
        else ""
    )


def role_label(role: Role) -> str:
    return {
        Role.AGENT: _t("Agent"),
        Role.TEAM_LEAD: _t("Team lead"),
        Role.SUPERVISOR: _t("Supervisor"),
        Role.ADMIN: _t("Administrator"),
    }[role]


def reachability_label(value: Reachability) -> str:
    return {
        Reachability.RIGHT_PARTY: _t("Debtor reached"),
        Reachability.THIRD_PARTY: _t("Third party reached"),
        Reachability.NO_ANSWER: _t("No answer"),
        Reachability.BUSY: _t("Busy"),
        Reachability.VOICEMAIL: _t("Voicemail"),
        Reachability.WRONG_NUMBER: _t("Wrong number"),
        Reachability.INVALID_NUMBER: _t("Invalid number"),
    }[value]


def result_label(value: CallResult) -> str:
    return {
        CallResult.PLAN_AGREED: _t("Payment plan agreed"),
        CallResult.FULL_PAYMENT_PROMISED: _t("Full payment promised"),
        CallResult.ALREADY_PAID: _t("Already paid"),
        CallResult.PARTIAL_PAYMENT_PROMISED: _t("Partial payment promised"),
        CallResult.CALLBACK_REQUESTED: _t("Call-back requested"),
        CallResult.DISPUTE: _t("Dispute"),
        CallResult.RELIEF_REQUESTED: _t("Debt relief requested"),
        CallResult.REFUSAL: _t("Refusal"),
        CallResult.HARDSHIP_REFERRAL: _t("Social referral"),
    }[value]
