"""The plan rules the agent meets in the calculator, the contact changes and the identifier."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from telerecouv.domain.enums import PaymentMeans
from telerecouv.ui.agent.workspace import TAB_PLAN, AgentScreen

CTRL = Qt.KeyboardModifier.ControlModifier


def open_plan(qtbot: QtBot, screen: AgentScreen) -> None:
    qtbot.keyClick(screen, Qt.Key.Key_F5)
    screen.show_form(TAB_PLAN)


def test_beyond_24_months_needs_a_justification(
    qtbot: QtBot, make_screen: Callable[..., AgentScreen]
) -> None:
    screen = make_screen()
    open_plan(qtbot, screen)
    plan = screen.plan
    plan.rules = type(plan.rules)(minimum_instalment=plan.rules.minimum_instalment / 100)
    plan.months.setValue(30)
    assert plan.proposal is not None and plan.proposal.needs_approval
    assert plan.justification.isVisible()
    assert not plan.save_button.isEnabled()
    assert "24" in plan.message.text()
    qtbot.keyClicks(plan.justification, "perte d'emploi, revenus divises par deux")
    assert plan.save_button.isEnabled()
    assert "approve" in plan.preview.text() or "valid" in plan.preview.text()


def test_direct_debit_needs_a_valid_iban(
    qtbot: QtBot, make_screen: Callable[..., AgentScreen]
) -> None:
    screen = make_screen()
    open_plan(qtbot, screen)
    plan = screen.plan
    plan.months.setValue(1)
    plan.means.setCurrentIndex(plan.means.findData(PaymentMeans.DIRECT_DEBIT))
    assert plan.iban.isVisible() and not plan.save_button.isEnabled()
    qtbot.keyClicks(plan.iban, "FR76 3000 6000 0112 3456 7890 188")  # wrong check digits
    assert not plan.save_button.isEnabled() and "IBAN" in plan.message.text()
    plan.iban.clear()
    qtbot.keyClicks(plan.iban, "FR76 3000 6000 0112 3456 7890 189")
    assert plan.save_button.isEnabled(), plan.message.text()
    qtbot.keyClick(plan.iban, Qt.Key.Key_Return, CTRL)
    qtbot.keyClick(screen, Qt.Key.Key_Return, CTRL)
    (outcome,) = screen.fake_calls.recorded.values()  # type: ignore[attr-defined]
    assert outcome.plan.means is PaymentMeans.DIRECT_DEBIT
    assert outcome.plan.iban == "FR76 3000 6000 0112 3456 7890 189"


def test_unticking_a_claim_changes_the_balance_of_the_plan(
    qtbot: QtBot, make_screen: Callable[..., AgentScreen]
) -> None:
    screen = make_screen()
    open_plan(qtbot, screen)
    plan = screen.plan
    if plan.claims.count() < 2:
        return  # the first demo file has one negotiable claim only
    total = plan.selected_balance()
    plan.claims.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert plan.selected_balance() < total
    assert len(plan.claim_ids()) == plan.claims.count() - 1


def test_adding_a_phone_number_is_checked_as_typed_and_saved(
    qtbot: QtBot, make_screen: Callable[..., AgentScreen]
) -> None:
    screen = make_screen()
    qtbot.keyClick(screen, Qt.Key.Key_F5)
    before = len(screen.file.phones)
    screen.phones.add_button.click()
    dialog = screen._dialog
    qtbot.keyClicks(dialog.number, "06 12")
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.number, " 34 56 78")
    assert dialog.ok_button.isEnabled(), dialog.message.text()
    dialog.ok_button.click()
    assert len(screen.file.phones) == before + 1, dialog.message.text()
    assert any(p.e164.endswith("612345678") for p in screen.file.phones)  # region of the file
    assert screen.phones.table.rowCount() == before + 1


def test_the_identifier_is_masked_until_asked(
    qtbot: QtBot, make_screen: Callable[..., AgentScreen]
) -> None:
    screen = make_screen()
    qtbot.keyClick(screen, Qt.Key.Key_F5)
    masked = screen.card.identifier.text()
    assert "•" in masked
    screen.card.reveal_button.click()
    shown = screen.card.identifier.text()
    assert "•" not in shown and shown.endswith(masked.lstrip("•"))
    assert not screen.card.reveal_button.isEnabled()


def test_a_lost_lease_is_told_and_the_call_can_still_be_saved(
    qtbot: QtBot, make_screen: Callable[..., AgentScreen]
) -> None:
    screen = make_screen()
    qtbot.keyClick(screen, Qt.Key.Key_F5)
    screen.fake_queue.lost = True  # type: ignore[attr-defined]
    screen._send_heartbeat()
    assert screen.banner.isVisible()
    assert screen.lease_status.text()
    qtbot.keyClick(screen, Qt.Key.Key_F4)
    qtbot.keyClick(screen.outcome.reachability, Qt.Key.Key_2)
    qtbot.keyClick(screen, Qt.Key.Key_Return, CTRL)
    assert len(screen.fake_calls.recorded) == 1  # type: ignore[attr-defined]


def test_the_softphone_template_comes_from_the_workstation_settings(
    qtbot: QtBot, make_screen: Callable[..., AgentScreen]
) -> None:
    screen = make_screen(settings=lambda: {"dial_template": "sip:{national}@pbx.local"})
    qtbot.keyClick(screen, Qt.Key.Key_F5)
    qtbot.keyClick(screen, Qt.Key.Key_F6)
    (url,) = screen.dialled_urls  # type: ignore[attr-defined]
    assert url.startswith("sip:0") and url.endswith("@pbx.local")


def test_a_call_back_due_soon_is_announced(
    qtbot: QtBot, make_screen: Callable[..., AgentScreen]
) -> None:
    from datetime import UTC, datetime, timedelta
    from types import SimpleNamespace

    due = SimpleNamespace(
        item_id=1,
        debtor_id=1,
        debtor_external_id="CAF0001",
        debtor_name="Martin Claire",
        callback_at=datetime.now(UTC) + timedelta(minutes=5),
    )
    poller = SimpleNamespace(poll=lambda now: [due])
    screen = make_screen(reminders=poller)
    assert screen.reminder_banner.isVisible()
    assert "Martin Claire" in screen.reminder_banner.text()
    qtbot.keyClick(screen, Qt.Key.Key_F5)
    assert not screen.reminder_banner.isVisible()
