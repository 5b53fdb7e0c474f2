"""A plan's status reads the same on the agent's and the team lead's screens, in French."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from telerecouv.domain.enums import PlanStatus
from telerecouv.ui import labels
from telerecouv.ui.agent import labels as agent_labels
from telerecouv.ui.agent import workspace
from telerecouv.ui.app import install_translations
from telerecouv.ui.lead import approvals, review, review_model

FRENCH = {
    PlanStatus.PENDING_APPROVAL: "En attente de validation",
    PlanStatus.ACTIVE: "Actif",
    PlanStatus.REJECTED: "Refusé",
    PlanStatus.COMPLETED: "Soldé",
    PlanStatus.BROKEN: "Non respecté",
    PlanStatus.CANCELLED: "Annulé",
}


def test_one_label_used_by_the_agent_and_the_lead() -> None:
    assert workspace.plan_status_label is labels.plan_status_label
    assert review.plan_status_label is labels.plan_status_label
    assert approvals.plan_status_label is labels.plan_status_label
    assert not hasattr(agent_labels, "plan_status_label")
    assert not hasattr(review_model, "plan_status_label")


def test_every_status_in_french(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TELERECOUV_LANGUAGE", raising=False)
    translators = install_translations(qapp)
    try:
        for status in PlanStatus:
            assert labels.plan_status_label(status) == FRENCH[status]
            # The lead's services hand the stored value over as text.
            assert labels.plan_status_label(status.value) == FRENCH[status]
        assert labels.plan_status_label("something_new") == "something_new"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
