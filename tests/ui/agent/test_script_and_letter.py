"""A broken script is reported by file and step and never blocks the call; the plan letter
is a PDF."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from telerecouv.domain.enums import PaymentMeans, PlanStatus, Reachability
from telerecouv.paths import SCRIPTS_DIR
from telerecouv.services.letters import LetterClaim, PlanConfirmation
from telerecouv.ui.agent.letter_pdf import write_letter_pdf
from telerecouv.ui.agent.workspace import AgentScreen

CTRL = Qt.KeyboardModifier.ControlModifier

BROKEN = """
[script]
id = "broken-everywhere"
title = "Broken on purpose"
organisations = ["CAF-DEMO", "CNSS-DEMO", "CARSAT-DEMO"]
stages = ["NEW_CLAIM_NO_RIGHTS", "DEFAULT_M1", "DEFAULT_M2", "END_OF_RIGHTS", "BROKEN_PLAN",
          "BROKEN_PROMISE"]
start = "identify"

[steps.identify]
title = "Identifier"
text = "Bonjour {name}"
choices = [ { label = "Suite", next = "nowhere" } ]
"""


def test_a_broken_script_names_file_and_step_and_the_call_is_still_recorded(
    qtbot: QtBot, make_screen: Callable[..., AgentScreen], tmp_path: Path
) -> None:
    scripts = tmp_path / "scripts"
    scripts.mkdir()
    for source in SCRIPTS_DIR.glob("*.toml"):
        (scripts / source.name).write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    (scripts / "zz_broken.toml").write_text(BROKEN, encoding="utf-8")
    screen = make_screen(scripts_dir=scripts)
    qtbot.keyClick(screen, Qt.Key.Key_F5)
    assert screen.script.problems.isVisible()
    text = screen.script.problems.text()
    assert "zz_broken.toml" in text and "identify" in text
    qtbot.keyClick(screen, Qt.Key.Key_F4)
    qtbot.keyClick(screen.outcome.reachability, Qt.Key.Key_4)  # busy
    qtbot.keyClick(screen.outcome.reachability, Qt.Key.Key_Return, CTRL)
    (outcome,) = screen.fake_calls.recorded.values()  # type: ignore[attr-defined]
    assert outcome.reachability is Reachability.BUSY


def test_script_choices_follow_the_digits_and_preset_the_outcome(
    qtbot: QtBot, make_screen: Callable[..., AgentScreen]
) -> None:
    screen = make_screen()
    qtbot.keyClick(screen, Qt.Key.Key_F5)
    step = screen.script.current
    assert step is not None
    no_answer = next(
        n for n, c in enumerate(step.choices, 1) if c.reachability is Reachability.NO_ANSWER
    )
    qtbot.keyClick(screen.script, getattr(Qt.Key, f"Key_{no_answer}"))
    assert screen.outcome.current_reachability() is Reachability.NO_ANSWER
    qtbot.keyClick(screen, Qt.Key.Key_Return, CTRL)
    (outcome,) = screen.fake_calls.recorded.values()  # type: ignore[attr-defined]
    assert (
        outcome.script_path[0]
        == screen.library.select(  # type: ignore[union-attr]
            "CAF-DEMO", None
        ).script.id
        or outcome.script_path
    )


def test_plan_confirmation_letter_is_a_pdf(tmp_path: Path, qapp) -> None:
    letter = PlanConfirmation(
        plan_id=7,
        letter_id=3,
        reference="ECH-CAF-DEMO-0000007",
        status=PlanStatus.ACTIVE,
        letter_date=date(2026, 11, 23),
        place="Caisse d'allocations familiales",
        currency="EUR",
        recipient=("Mme Yasmine Richard", "66 rue de la République", "75011 Paris"),
        subject="Confirmation de votre échéancier",
        salutation="Madame,",
        paragraphs=("Nous confirmons l'échéancier convenu par téléphone.",),
        claims=(LetterClaim("C1", "NOT-1", date(2025, 1, 2), Decimal("300.00")),),
        instalments=tuple((n, date(2026, 12 + n // 13, 5), Decimal("30.00")) for n in (1, 2)),
        total=Decimal("300.00"),
        means=PaymentMeans.TRANSFER,
        iban_masked=None,
        closing="Veuillez agréer, Madame, nos salutations distinguées.",
    )
    path = write_letter_pdf(letter, tmp_path / "letters")
    assert path.name == "ECH-CAF-DEMO-0000007.pdf"
    data = path.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 1000
