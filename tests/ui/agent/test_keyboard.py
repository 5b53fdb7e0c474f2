"""An agent works a call from the keyboard: the common outcomes in a few keystrokes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from telerecouv.domain.enums import CallbackScope, CallResult, Reachability
from telerecouv.ui.agent.workspace import AgentScreen

CTRL = Qt.KeyboardModifier.ControlModifier


class Keys:
    """Sends keys to whatever has the focus and counts them."""

    def __init__(self, qtbot: QtBot, screen: AgentScreen) -> None:
        self.qtbot, self.screen, self.count = qtbot, screen, 0

    def press(self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier):
        from PySide6.QtWidgets import QApplication

        target = QApplication.focusWidget() or self.screen
        self.qtbot.keyClick(target, key, modifier)
        self.count += 1

    def type(self, text: str) -> None:
        """Typing an amount or a text: not counted in the keystroke budget."""
        from PySide6.QtWidgets import QApplication

        self.qtbot.keyClicks(QApplication.focusWidget() or self.screen, text)


def only_outcome(screen: AgentScreen):
    recorded = list(screen.fake_calls.recorded.values())  # type: ignore[attr-defined]
    assert len(recorded) == 1
    return recorded[0]


def test_no_answer_takes_three_keystrokes(
    qtbot: QtBot, make_screen: Callable[..., AgentScreen]
) -> None:
    screen = make_screen()
    keys = Keys(qtbot, screen)
    keys.press(Qt.Key.Key_F5)
    assert screen.call is not None
    debtor = screen.call.debtor_id
    keys.count = 0
    keys.press(Qt.Key.Key_F4)
    keys.press(Qt.Key.Key_2)
    keys.press(Qt.Key.Key_Return, CTRL)
    assert keys.count <= 3
    outcome = only_outcome(screen)
    assert outcome.debtor_id == debtor
    assert outcome.reachability is Reachability.NO_ANSWER
    assert outcome.result is None
    assert screen.call is None  # ready for the next one
    assert screen.next_button.isEnabled()


def test_plan_agreed_within_fifteen_keystrokes(
    qtbot: QtBot, make_screen: Callable[..., AgentScreen]
) -> None:
    screen = make_screen()
    keys = Keys(qtbot, screen)
    keys.press(Qt.Key.Key_F5)
    keys.count = 0
    keys.press(Qt.Key.Key_F7)  # the plan calculator, months field
    keys.type("10")
    assert screen.plan.proposal is not None and screen.plan.proposal.months == 10
    keys.press(Qt.Key.Key_Return, CTRL)  # agree the plan -> outcome, notes
    keys.type("Accord sur 10 mois")
    keys.press(Qt.Key.Key_Return, CTRL)  # save the call
    assert keys.count <= 15
    outcome = only_outcome(screen)
    assert outcome.reachability is Reachability.RIGHT_PARTY
    assert outcome.result is CallResult.PLAN_AGREED
    assert outcome.plan is not None and outcome.plan.months == 10
    assert outcome.notes == "Accord sur 10 mois"
    assert len(outcome.plan.claim_ids) >= 1


def test_typing_the_instalment_gives_the_months(
    qtbot: QtBot, make_screen: Callable[..., AgentScreen]
) -> None:
    screen = make_screen()
    qtbot.keyClick(screen, Qt.Key.Key_F5)
    screen.show_form(1)
    balance = screen.plan.selected_balance()
    qtbot.keyClick(screen.plan.instalment, Qt.Key.Key_A, CTRL)
    affordable = int(screen.plan.rules.minimum_instalment) + 30
    qtbot.keyClicks(screen.plan.instalment, str(affordable))
    proposal = screen.plan.proposal
    assert proposal is not None, screen.plan.message.text()
    assert screen.plan.months.value() == proposal.months
    assert proposal.instalment == affordable or proposal.months == 1
    assert sum(i.amount for i in proposal.instalments) == balance


def test_refusal_and_call_back_by_keyboard(
    qtbot: QtBot, make_screen: Callable[..., AgentScreen]
) -> None:
    screen = make_screen()
    keys = Keys(qtbot, screen)
    keys.press(Qt.Key.Key_F5)
    keys.press(Qt.Key.Key_F4)
    keys.press(Qt.Key.Key_1)  # debtor reached
    keys.press(Qt.Key.Key_Tab)
    keys.press(Qt.Key.Key_8)  # refusal
    keys.press(Qt.Key.Key_Return, CTRL)
    refusal = only_outcome(screen)
    assert (refusal.reachability, refusal.result) == (Reachability.RIGHT_PARTY, CallResult.REFUSAL)

    screen.fake_calls.recorded.clear()  # type: ignore[attr-defined]
    keys.press(Qt.Key.Key_F5)
    zone = screen.file.time_zones[0]
    keys.press(Qt.Key.Key_F4)
    keys.press(Qt.Key.Key_1)
    keys.press(Qt.Key.Key_Tab)
    keys.press(Qt.Key.Key_5)  # call-back requested
    assert screen.outcome.current_result() is CallResult.CALLBACK_REQUESTED, (
        screen.outcome.result.currentText(),
        screen.outcome.reachability.currentText(),
    )
    assert screen.outcome.callback_at.isVisible()
    keys.press(Qt.Key.Key_Return, CTRL)
    callback = only_outcome(screen)
    assert callback.result is CallResult.CALLBACK_REQUESTED
    assert callback.callback_scope is CallbackScope.PERSONAL
    local = callback.callback_at.astimezone(ZoneInfo(zone))
    tomorrow = (datetime.now(ZoneInfo(zone)) + timedelta(days=1)).date()
    assert (local.date(), local.hour, local.minute) == (tomorrow, 10, 0)


def test_relief_request_only_through_its_form(
    qtbot: QtBot, make_screen: Callable[..., AgentScreen]
) -> None:
    screen = make_screen()
    keys = Keys(qtbot, screen)
    keys.press(Qt.Key.Key_F5)
    keys.press(Qt.Key.Key_F4)
    keys.press(Qt.Key.Key_1)
    keys.press(Qt.Key.Key_Tab)
    keys.press(Qt.Key.Key_7)  # relief requested, but no request typed yet
    keys.press(Qt.Key.Key_Return, CTRL)
    assert screen.fake_calls.recorded == {}  # type: ignore[attr-defined]
    assert "F9" in screen.outcome.message.text()

    keys.press(Qt.Key.Key_F9)
    keys.type("Je demande une remise, je suis au chomage")
    keys.press(Qt.Key.Key_Return, CTRL)  # record the request with the call
    keys.press(Qt.Key.Key_Return, CTRL)  # save
    outcome = only_outcome(screen)
    assert outcome.result is CallResult.RELIEF_REQUESTED
    assert outcome.relief is not None and "chomage" in outcome.relief.reason


def test_dialling_hands_the_number_to_the_softphone(
    qtbot: QtBot, make_screen: Callable[..., AgentScreen]
) -> None:
    screen = make_screen(dial_template="sip:{digits}@pbx.example")
    qtbot.keyClick(screen, Qt.Key.Key_F5)
    phone = next(p for p in screen.file.phones if p.valid)
    qtbot.keyClick(screen, Qt.Key.Key_F6)
    assert screen.dialled_urls == [f"sip:{phone.e164.lstrip('+')}@pbx.example"]  # type: ignore[attr-defined]
    assert screen.call.number == phone.e164
    assert screen.call_timer.text().startswith(screen.tr("call"))
