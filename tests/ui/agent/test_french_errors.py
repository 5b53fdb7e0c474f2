"""A refusal from the services (English message, stable code) reaches the agent in French."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from telerecouv.services.agreements import RuleViolation
from telerecouv.services.permissions import Actor
from telerecouv.store.errors import ValidationError
from telerecouv.ui.agent.errors import error_message, known_codes
from telerecouv.ui.agent.workspace import AgentScreen
from tests.ui.agent.fakes import FakeCalls

CTRL = Qt.KeyboardModifier.ControlModifier


class RefusingCalls(FakeCalls):
    """The recorder refuses as services/agreements.py does."""

    def __init__(self, refusal: RuleViolation) -> None:
        super().__init__()
        self.refusal = refusal

    def record(self, actor: Actor, outcome):  # type: ignore[no-untyped-def]
        raise self.refusal


@pytest.mark.parametrize(
    ("refusal", "french_text"),
    [
        (
            RuleViolation(
                "needs_justification",
                "A plan of 30 months (more than 24) needs a written justification of at least "
                "10 characters; a team lead will approve it.",
                "plan.justification",
            ),
            "Un échéancier aussi long demande une justification écrite (10 caractères au "
            "moins) ; un chef d'équipe le validera.",
        ),
        (
            RuleViolation(
                "below_minimum",
                "40 instalments of 400,00 € fall below the minimum instalment of 15,00 €: "
                "choose fewer months.",
                "plan.months",
            ),
            "Les mensualités seraient inférieures à la mensualité minimale : choisissez moins "
            "de mois.",
        ),
    ],
)
def test_a_refused_plan_is_explained_in_french(
    qtbot: QtBot,
    make_screen: Callable[..., AgentScreen],
    french: None,
    refusal: RuleViolation,
    french_text: str,
) -> None:
    screen = make_screen(calls=RefusingCalls(refusal))
    qtbot.keyClick(screen, Qt.Key.Key_F5)
    call = screen.call
    assert call is not None
    qtbot.keyClick(screen, Qt.Key.Key_F4)
    qtbot.keyClick(screen.outcome.reachability, Qt.Key.Key_2)  # no answer: valid locally
    qtbot.keyClick(screen.outcome.reachability, Qt.Key.Key_Return, CTRL)
    assert screen.outcome.message.text() == french_text
    assert screen.call is call  # refused, not lost: the agent fixes it and saves again


def test_claims_named_and_unknown_codes_fall_back(french: None) -> None:
    fraud = RuleViolation(
        "fraud",
        "Claim CAF-00042 is flagged as fraud: fraud claims cannot get a payment plan from "
        "the workbench (litigation experts handle them).",
        "plan.claims",
    )
    assert error_message(fraud) == (
        "La créance CAF-00042 est signalée comme frauduleuse : ni échéancier ni remise depuis "
        "le poste (le contentieux s'en charge)."
    )
    assert error_message(RuleViolation("brand_new", "Something new.", "x")) == "Something new."
    assert error_message(ValidationError("Type the city.", field="city")) == "Type the city."


def test_every_code_of_the_services_has_a_french_text() -> None:
    """The codes raised by services/agreements.py, call_outcome.py and calls.py."""
    import re
    from pathlib import Path

    import telerecouv.services as services

    root = Path(services.__file__).parent
    raised: set[str] = set()
    for name in ("agreements.py", "call_outcome.py", "calls.py"):
        text = (root / name).read_text(encoding="utf-8")
        raised |= set(re.findall(r'RuleViolation\(\s*"([a-z_]+)"', text))
        raised |= {
            f"{f}_{s}" for f in ("plan", "promise", "relief") for s in ("missing", "unexpected")
        }
    assert raised - known_codes() == set()
