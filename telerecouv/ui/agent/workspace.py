"""The agent's workspace: next call, debtor file, script, plan, promise, relief, outcome.

Keyboard first: F5 next call, F6 dial, F4 outcome, F7 plan, F8 promise, F9 relief, digits
follow the script, Ctrl+Return agrees the form in front / saves the call. Every database or
file operation goes through the TaskRunner (worker thread); the GUI thread only fills widgets.

Nothing lost: the open call (`OpenCall`) is written to the local draft store a moment after
each change and reopened after a crash; an outcome the database cannot take goes to the local
outbox, a banner says so, and it is sent when the database answers again (exactly once, by its
client token).
"""

from __future__ import annotations

import gc
import html
import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from telerecouv.domain.enums import CallResult, Reachability
from telerecouv.domain.money import format_money
from telerecouv.domain.scripts import Choice, ScriptAction, ScriptLibrary
from telerecouv.services.call_outcome import RuleViolation, validate_outcome
from telerecouv.services.debtor_file import DebtorFile
from telerecouv.services.permissions import Actor
from telerecouv.store.errors import Conflict, KnownError
from telerecouv.ui.agent import format as fmt
from telerecouv.ui.agent.agreement_forms import PromiseForm, ReliefForm
from telerecouv.ui.agent.backend import AgentBackend, Claimed, Counts, Recorded
from telerecouv.ui.agent.call_state import OpenCall, PlanState, PromiseState, ReliefState
from telerecouv.ui.agent.contact_dialogs import (
    AddressDialog,
    ContactDialog,
    EmailDialog,
    PhoneDialog,
    RepresentativeDialog,
)
from telerecouv.ui.agent.debtor_card import DebtorCard
from telerecouv.ui.agent.errors import error_message
from telerecouv.ui.agent.labels import (
    letter_kind_label,
    promise_status_label,
    relief_route_label,
)
from telerecouv.ui.agent.outcome_form import OutcomeForm
from telerecouv.ui.agent.phone_list import PhoneList
from telerecouv.ui.agent.plan_form import PlanCalculator
from telerecouv.ui.agent.script_fields import script_values
from telerecouv.ui.agent.script_panel import ScriptPanel
from telerecouv.ui.errors import describe
from telerecouv.ui.labels import plan_status_label, reachability_label, result_label
from telerecouv.ui.tasks import SyncTaskRunner

log = logging.getLogger(__name__)

BANNER_WARN = "background: #fff4ce; color: #5c4400; border: 1px solid #e0c36c; padding: 6px;"
BANNER_INFO = "background: #e7f1ff; color: #0b3d91; border: 1px solid #b6d0f5; padding: 6px;"
BANNER_ERROR = "background: #fdecea; color: #8a1c12; border: 1px solid #f5c2bd; padding: 6px;"

TAB_OUTCOME, TAB_PLAN, TAB_PROMISE, TAB_RELIEF = range(4)


def _now() -> datetime:
    return datetime.now(UTC)


class AgentScreen(QWidget):
    """One agent's working screen. `start()` once shown: scripts, draft, counts, outbox."""

    call_opened = Signal(object)  # OpenCall
    call_closed = Signal(object)  # Recorded

    def __init__(
        self,
        actor: Actor,
        backend: AgentBackend,
        runner,
        *,
        clock: Callable[[], datetime] = _now,
        open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl,
        dial_template: str | None = None,
        heartbeat_ms: int = 60_000,
        outbox_retry_ms: int = 30_000,
        draft_delay_ms: int = 300,
        reminder_ms: int = 60_000,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("agentScreen")
        self.setAccessibleName(self.tr("Calls"))
        self.actor = actor
        self.backend = backend
        self.runner = runner
        self.clock = clock
        self.call: OpenCall | None = None
        self.file: DebtorFile | None = None
        self.library: ScriptLibrary | None = None
        self.pending_outbox = 0
        self._update_needed = False  # the outbox waits for a newer workstation
        self._claiming = False
        self._saving = False
        self._restoring = False
        self._forms_pending: tuple[OpenCall, DebtorFile, date] | None = None
        # Tests drive the screen synchronously (SyncTaskRunner): fill it in one go.
        self._sync_open = isinstance(runner, SyncTaskRunner)

        # --- top bar ----------------------------------------------------------------------
        self.counts = QLabel(objectName="queueCounts")
        self.counts.setStyleSheet("font-size: 11pt;")
        self.call_state = QLabel(self.tr("No call in progress"), objectName="callState")
        self.call_state.setStyleSheet("font-size: 11pt; font-weight: 600;")
        self.call_timer = QLabel("", objectName="callTimer")
        self.call_timer.setAccessibleName(self.tr("Call duration"))
        self.call_timer.setStyleSheet("font-size: 13pt; font-family: monospace;")
        self.next_button = QPushButton(self.tr("Next call (F5)"), objectName="nextCallButton")
        self.next_button.setAccessibleName(self.tr("Take the next call"))
        self.next_button.setStyleSheet("font-size: 12pt; font-weight: 600; padding: 6px 14px;")
        self.next_button.clicked.connect(self.next_call)
        # the call line takes what is left; the timer, counts and button keep their size
        self.call_state.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        for fixed in (self.call_timer, self.counts):
            fixed.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
        self.call_timer.setMinimumWidth(self.call_timer.fontMetrics().horizontalAdvance("W" * 12))
        top = QHBoxLayout()
        top.addWidget(self.call_state, 1)
        top.addWidget(self.call_timer)
        top.addSpacing(16)
        top.addWidget(self.counts)
        top.addSpacing(8)
        top.addWidget(self.next_button)

        self.banner = QLabel(objectName="agentBanner")
        self.banner.setWordWrap(True)
        self.banner.setVisible(False)
        self.outbox_banner = QLabel(objectName="outboxBanner")
        self.outbox_banner.setWordWrap(True)
        self.outbox_banner.setStyleSheet(BANNER_WARN)
        self.outbox_banner.setVisible(False)
        self.reminder_banner = QLabel(objectName="reminderBanner")
        self.reminder_banner.setWordWrap(True)
        self.reminder_banner.setStyleSheet(BANNER_INFO)
        self.reminder_banner.setVisible(False)

        # confirmation of a saved plan: the SMS/e-mail text to copy and the PDF
        self.confirmation = QFrame(objectName="confirmationPanel")
        self.confirmation.setStyleSheet("#confirmationPanel { background: #eef7ee; }")
        self.confirmation_text = QPlainTextEdit(objectName="confirmationText")
        self.confirmation_text.setReadOnly(True)
        self.confirmation_text.setAccessibleName(self.tr("Confirmation text for SMS or e-mail"))
        self.confirmation_text.setMaximumHeight(52)
        self.confirmation_pdf = QLabel(objectName="confirmationPdf")
        self.confirmation_pdf.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy_confirmation = QPushButton(
            self.tr("Copy the text (Ctrl+Shift+C)"), objectName="copyConfirmation"
        )
        self.copy_confirmation.clicked.connect(self._copy_confirmation)
        conf = QVBoxLayout(self.confirmation)
        conf.setContentsMargins(6, 4, 6, 4)
        conf_top = QHBoxLayout()
        conf_top.addWidget(self.confirmation_pdf, 1)
        conf_top.addWidget(self.copy_confirmation)
        conf.addLayout(conf_top)
        conf.addWidget(self.confirmation_text)
        self.confirmation.setVisible(False)

        # --- left: the file ---------------------------------------------------------------
        self.card = DebtorCard()
        self.phones = PhoneList(open_url=open_url, clock=clock)
        self._dial_template = dial_template  # None: the workstation's settings say
        self.phones.template = dial_template or "tel:{e164}"
        self.card.phones_slot.addWidget(self.phones)
        self.history = QTextBrowser(objectName="historyView")
        self.history.setAccessibleName(self.tr("History of the file"))
        self.history.setOpenLinks(False)
        left_tabs = QTabWidget(objectName="fileTabs")
        card_scroll = QScrollArea()
        card_scroll.setWidgetResizable(True)
        card_scroll.setFrameShape(QFrame.Shape.NoFrame)
        card_scroll.setWidget(self.card)
        left_tabs.addTab(card_scroll, self.tr("File"))
        left_tabs.addTab(self.history, self.tr("History"))
        self.file_tabs = left_tabs

        # --- middle: the script -----------------------------------------------------------
        self.script = ScriptPanel()

        # --- right: the forms -------------------------------------------------------------
        self.outcome = OutcomeForm()
        self.plan = PlanCalculator()
        self.promise = PromiseForm()
        self.relief = ReliefForm()
        self.forms = QTabWidget(objectName="actionTabs")
        self.forms.setDocumentMode(True)
        self.forms.setUsesScrollButtons(False)
        self.forms.addTab(self.outcome, self.tr("Outcome (F4)"))
        self.forms.addTab(self.plan, self.tr("Plan (F7)"))
        self.forms.addTab(self.promise, self.tr("Promise (F8)"))
        self.forms.addTab(self.relief, self.tr("Relief (F9)"))

        splitter = QSplitter(Qt.Orientation.Horizontal, objectName="agentSplitter")
        splitter.addWidget(left_tabs)
        splitter.addWidget(self.script)
        splitter.addWidget(self.forms)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 4)
        splitter.setStretchFactor(2, 4)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([560, 370, 420])
        self.splitter = splitter

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.outbox_banner)
        layout.addWidget(self.reminder_banner)
        layout.addWidget(self.confirmation)
        layout.addWidget(splitter, 1)

        # --- status line widgets (the main window puts them in its status bar) ------------
        self.lease_status = QLabel(objectName="leaseStatus")
        self.lease_status.setAccessibleName(self.tr("Lease on the file"))

        # --- timers -----------------------------------------------------------------------
        self._tick = QTimer(self, interval=1000)
        self._tick.timeout.connect(self._update_timer)
        self._heartbeat = QTimer(self, interval=heartbeat_ms)
        self._heartbeat.timeout.connect(self._send_heartbeat)
        self._outbox_timer = QTimer(self, interval=outbox_retry_ms)
        self._outbox_timer.timeout.connect(self.flush_outbox)
        self._reminder_timer = QTimer(self, interval=reminder_ms)
        self._reminder_timer.timeout.connect(self.poll_reminders)
        self._draft_timer = QTimer(self, singleShot=True, interval=draft_delay_ms)
        self._draft_timer.timeout.connect(self._write_draft)

        # --- wiring -----------------------------------------------------------------------
        self.script.choice_made.connect(self._script_choice)
        self.script.path_changed.connect(self._changed)
        self.outcome.changed.connect(self._changed)
        self.outcome.save_requested.connect(self.save)
        self.plan.changed.connect(self._changed)
        self.plan.agreed.connect(self._plan_agreed)
        self.promise.changed.connect(self._changed)
        self.promise.agreed.connect(self._promise_agreed)
        self.relief.changed.connect(self._changed)
        self.relief.agreed.connect(self._relief_agreed)
        self.phones.dialled.connect(self._dialled)
        self.phones.add_requested.connect(lambda: self._edit_contact(PhoneDialog))
        self.phones.deactivate_requested.connect(self._deactivate_phone)
        self.card.reveal_requested.connect(self._reveal)
        self.card.edit_email_requested.connect(lambda: self._edit_contact(EmailDialog))
        self.card.edit_address_requested.connect(lambda: self._edit_contact(AddressDialog))
        self.card.edit_representative_requested.connect(
            lambda: self._edit_contact(RepresentativeDialog)
        )
        self._shortcuts()
        self.phones.add_button.setEnabled(False)
        self._show_no_call()

    # ==================================================================================
    # keyboard

    def _shortcuts(self) -> None:
        def bind(keys: str | QKeySequence, slot: Callable[[], object]) -> None:
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        bind("F5", self.next_call)
        bind("F4", lambda: self.show_form(TAB_OUTCOME))
        bind("F6", self.phones.dial_selected)
        bind("F7", lambda: self.show_form(TAB_PLAN))
        bind("F8", lambda: self.show_form(TAB_PROMISE))
        bind("F9", lambda: self.show_form(TAB_RELIEF))
        bind("F3", self.script.setFocus)
        bind("Ctrl+Return", self._confirm_front_form)
        bind("Ctrl+Enter", self._confirm_front_form)
        bind("Ctrl+Shift+C", self._copy_confirmation)

    def show_form(self, index: int) -> None:
        if self.call is None:
            return
        self._ensure_forms()
        self.forms.setCurrentIndex(index)
        focus = {
            TAB_OUTCOME: self.outcome.reachability,
            TAB_PLAN: self.plan.months,
            TAB_PROMISE: self.promise.amount,
            TAB_RELIEF: self.relief.reason,
        }[index]
        focus.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if index == TAB_PLAN:
            self.plan.months.selectAll()

    def _confirm_front_form(self) -> None:
        if self.call is None:
            return
        index = self.forms.currentIndex()
        if index == TAB_PLAN:
            self.plan.agree()
        elif index == TAB_PROMISE:
            self.promise.agree()
        elif index == TAB_RELIEF:
            self.relief.agree()
        else:
            self.save()

    # ==================================================================================
    # start-up: scripts, a call left open by a crash, counts, the outbox

    def start(self) -> None:
        # What exists now lives as long as the session: keep it out of the cyclic garbage
        # collector, whose full passes over a large heap would otherwise stall the GUI
        # thread for 100 ms or more in the middle of a call.
        gc.freeze()
        self.runner.run(self.backend.load_scripts, self._scripts_loaded, self._scripts_failed)
        self.runner.run(self.backend.load_draft, self._draft_loaded, self._failed)
        self.refresh_counts()
        self.runner.run(self.backend.pending_outcomes, self._outbox_count, self._failed)
        if self._dial_template is None:
            self.runner.run(self.backend.dial_template, self._set_dial_template, self._failed)
        self._reminder_timer.start()
        self.poll_reminders()

    def _set_dial_template(self, template: str) -> None:
        self.phones.template = template

    def poll_reminders(self) -> None:
        now = self.clock()
        self.runner.run(lambda: self.backend.due_reminders(now), self._show_reminders, None)

    def _show_reminders(self, reminders: list) -> None:
        if not reminders:
            return
        lines = [
            self.tr("Call-back due at %1: %2 (%3)")
            .replace("%1", f"{r.callback_at.astimezone():%H:%M}")
            .replace("%2", r.debtor_name)
            .replace("%3", r.debtor_external_id)
            for r in reminders
        ]
        self.reminder_banner.setText(
            "\n".join(lines) + "\n" + self.tr("It comes first when you press F5.")
        )
        self.reminder_banner.setVisible(True)

    def _scripts_loaded(self, library: ScriptLibrary) -> None:
        self.library = library
        if self.call is not None and self.file is not None and self.script.script is None:
            self._start_script(self.file, tuple(self.call.script_path))

    def _scripts_failed(self, error: BaseException) -> None:
        self.library = ScriptLibrary(())
        self._show_banner(
            self.tr("The call scripts could not be read: %1").replace("%1", str(error)),
            BANNER_ERROR,
        )

    def _draft_loaded(self, draft: dict | None) -> None:
        if not draft or self.call is not None:
            return
        try:
            call = OpenCall.from_json(draft)
        except ValueError as error:
            log.warning("call draft not reopened: %s", error)
            return
        self._restoring = True
        self.call = call
        self.runner.run(
            lambda: self.backend.load_file(self.actor, call.debtor_id),
            self._restored,
            self._restore_failed,
        )

    def _restored(self, file: DebtorFile) -> None:
        assert self.call is not None
        self._open(file, restored=True)
        self._show_banner(
            self.tr(
                "The call that was open when the application stopped has been reopened"
                " with your notes: finish it and save it."
            ),
            BANNER_INFO,
        )
        if self.call.item_id is not None and self.call.lease_token:
            self._send_heartbeat()

    def _restore_failed(self, error: BaseException) -> None:
        self._restoring = False
        self.call = None
        self._failed(error)

    def refresh_counts(self) -> None:
        self.runner.run(lambda: self.backend.counts(self.actor), self._show_counts, self._failed)

    def _show_counts(self, counts: Counts) -> None:
        self.counts.setText(
            self.tr("Waiting: %1 · Call-backs due today: %2")
            .replace("%1", str(counts.waiting))
            .replace("%2", str(counts.callbacks_due_today))
        )

    # ==================================================================================
    # taking a call

    def next_call(self) -> None:
        if self.call is not None or self._claiming:
            return
        self.reminder_banner.setVisible(False)
        self._claiming = True
        self.next_button.setEnabled(False)
        self.call_state.setText(self.tr("Looking for the next file..."))
        self.runner.run(
            lambda: self.backend.next_call(self.actor), self._claimed, self._claim_failed
        )

    def _claimed(self, claimed: Claimed | None) -> None:
        self._claiming = False
        if claimed is None:
            self.next_button.setEnabled(True)
            self._show_no_call(self.tr("No file to call now. Try again in a moment (F5)."))
            self.refresh_counts()
            return
        lease = claimed.lease
        self.call = OpenCall(
            debtor_id=lease.debtor_id,
            item_id=lease.item_id,
            lease_token=lease.token,
            started_at=self.clock().isoformat(),
        )
        self._open(claimed.file, lease=lease)
        self.refresh_counts()

    def _claim_failed(self, error: BaseException) -> None:
        self._claiming = False
        self.next_button.setEnabled(True)
        self._show_no_call()
        self._failed(error)

    def _open(self, file: DebtorFile, *, lease=None, restored: bool = False) -> None:
        """Fill every panel for the open call (a new one or one reopened after a crash).

        In two slices, so that the GUI thread never works more than a few tens of
        milliseconds at once: first what the agent reads when the debtor answers (the card,
        the numbers, the script), then the forms and the history.
        """
        call = self.call
        assert call is not None
        explanation = getattr(lease, "explanation", "") if lease is not None else ""
        if explanation and not file.explanation:
            file = replace(file, explanation=explanation)
        self.file = file
        today = self._today(file)
        self.banner.setVisible(False)
        self.confirmation.setVisible(False)
        self.card.show_file(file, today)
        self.phones.show_phones(file.phones)
        self.phones.add_button.setEnabled(True)
        self.file_tabs.setCurrentIndex(0)
        self._start_script(file, tuple(call.script_path))
        self.next_button.setEnabled(False)
        self.call_state.setText(
            self.tr("In call: %1 (%2)")
            .replace("%1", file.display_name)
            .replace("%2", file.organisation_name)
        )
        if lease is not None:
            self._show_lease(lease.expires_at)
        elif restored:
            self.lease_status.setText(self.tr("Lease: checking..."))
        self._tick.start()
        self._update_timer()
        if call.item_id is not None:
            self._heartbeat.start()
        self.script.setFocus(Qt.FocusReason.OtherFocusReason)
        self._restoring = True  # until the forms hold the draft again
        self._forms_pending = (call, file, today)
        if self._sync_open:
            self._ensure_forms()
        else:
            QTimer.singleShot(0, self._ensure_forms)

    def _ensure_forms(self) -> None:
        """Fill the forms now if the second slice has not run yet (a very fast typist)."""
        pending, self._forms_pending = self._forms_pending, None
        if pending is not None and self.call is pending[0]:
            self._open_forms(*pending)

    def _open_forms(self, call: OpenCall, file: DebtorFile, today: date) -> None:
        self.history.setHtml(self._history_html(file))
        self.outcome.setEnabled(True)
        self.plan.load(file, today, call.plan)
        self.promise.load(file, today, call.promise)
        self.relief.load(file, call.relief)
        zone = file.time_zones[0] if file.time_zones else "Europe/Paris"
        self.outcome.set_zone(zone, self.clock())
        self.outcome.set_values(
            Reachability(call.reachability) if call.reachability else None,
            CallResult(call.result) if call.result else None,
            call.notes,
        )
        if call.callback_at:
            self.outcome.set_callback(datetime.fromisoformat(call.callback_at))
        if call.callback_scope:
            index = self.outcome.callback_scope.findData(call.callback_scope)
            self.outcome.callback_scope.setCurrentIndex(max(0, index))
        self._show_agreement()
        self.forms.setCurrentIndex(TAB_OUTCOME)
        self._restoring = False
        self._write_draft()
        self.call_opened.emit(call)

    def _today(self, file: DebtorFile) -> date:
        zone = fmt.zone_info(file.time_zones[0]) if file.time_zones else None
        return self.clock().astimezone(zone or ZoneInfo("Europe/Paris")).date()

    def _start_script(self, file: DebtorFile, path: tuple[str, ...]) -> None:
        if self.library is None:
            self.script.start(None, {}, ())
            self.script.header.setText(self.tr("Loading the scripts..."))
            return
        selection = self.library.select(file.organisation_code, file.stage)
        values = script_values(file, self.actor.full_name or self.actor.login, self._today(file))
        self.script.start(selection.script, values, selection.problems, path)
        if self.call is not None:
            self.call.script_path = list(self.script.path_taken())

    # ==================================================================================
    # during the call

    def _changed(self) -> None:
        """Any edit: copy the forms into the open call and save the draft shortly."""
        call = self.call
        if call is None or self._restoring:
            return
        call.notes = self.outcome.notes.toPlainText()
        reach = self.outcome.current_reachability()
        result = self.outcome.current_result()
        call.reachability = reach.value if reach else None
        call.result = result.value if result else None
        if result is CallResult.CALLBACK_REQUESTED:
            call.callback_at = self.outcome.callback_moment().isoformat()
            call.callback_scope = self.outcome.current_scope().value
        else:
            call.callback_at = call.callback_scope = None
        if self.plan.file is not None and self.plan.proposal is not None:
            call.plan = self.plan.state()
        if self.promise.file is not None and self.promise.amount.text().strip():
            call.promise = self.promise.state()
        if self.relief.file is not None and self.relief.reason.toPlainText().strip():
            call.relief = self.relief.state()
        call.script_path = list(self.script.path_taken())
        self._show_agreement()
        self._draft_timer.start()

    def _write_draft(self) -> None:
        if self.call is None:
            return
        data = self.call.to_json()
        self.runner.run(lambda: self.backend.save_draft(data), None, self._draft_failed)

    def _draft_failed(self, error: BaseException) -> None:
        self._show_banner(
            self.tr("Your notes could not be saved on this workstation: %1").replace(
                "%1", describe(error)
            ),
            BANNER_ERROR,
        )

    def _script_choice(self, choice: Choice) -> None:
        if choice.reachability is not None or choice.result is not None:
            self.outcome.set_values(
                choice.reachability or self.outcome.current_reachability(),
                choice.result or self.outcome.current_result(),
            )
        action = choice.action
        if action is ScriptAction.PLAN:
            self.show_form(TAB_PLAN)
        elif action is ScriptAction.PROMISE:
            self.show_form(TAB_PROMISE)
        elif action is ScriptAction.RELIEF:
            self.show_form(TAB_RELIEF)
        elif action is ScriptAction.OUTCOME:
            self.show_form(TAB_OUTCOME)
        elif action is ScriptAction.CONTACT:
            self._edit_contact(PhoneDialog)
        else:
            self.script.setFocus()

    def _plan_agreed(self, state: PlanState) -> None:
        if self.call is None:
            return
        self.call.plan = state
        self.outcome.set_values(Reachability.RIGHT_PARTY, CallResult.PLAN_AGREED)
        self.forms.setCurrentIndex(TAB_OUTCOME)
        self.outcome.notes.setFocus()

    def _promise_agreed(self, state: PromiseState, result: CallResult) -> None:
        if self.call is None:
            return
        self.call.promise = state
        self.outcome.set_values(Reachability.RIGHT_PARTY, result)
        self.forms.setCurrentIndex(TAB_OUTCOME)
        self.outcome.notes.setFocus()

    def _relief_agreed(self, state: ReliefState) -> None:
        if self.call is None:
            return
        self.call.relief = state
        self.outcome.set_values(Reachability.RIGHT_PARTY, CallResult.RELIEF_REQUESTED)
        self.forms.setCurrentIndex(TAB_OUTCOME)
        self.outcome.notes.setFocus()

    def _show_agreement(self) -> None:
        call, file = self.call, self.file
        result = self.outcome.current_result()
        text = ""
        if call is not None and file is not None:
            if result is CallResult.PLAN_AGREED:
                if call.plan is not None and self.plan.proposal is not None:
                    p = self.plan.proposal
                    text = (
                        self.tr("Plan: %1 x %2")
                        .replace("%1", str(p.months))
                        .replace("%2", format_money(p.instalment, file.currency))
                    )
                else:
                    text = self.tr("Plan: open the calculator (F7) and agree it.")
            elif result in (CallResult.FULL_PAYMENT_PROMISED, CallResult.PARTIAL_PAYMENT_PROMISED):
                text = (
                    self.tr("Promise recorded with the call")
                    if call.promise
                    else self.tr("Promise: fill the form (F8).")
                )
            elif result is CallResult.RELIEF_REQUESTED:
                text = (
                    self.tr("Relief request recorded with the call")
                    if call.relief
                    else self.tr("Relief: fill the form (F9).")
                )
        self.outcome.agreement.setText(text)

    def _dialled(self, phone) -> None:
        if self.call is None:
            return
        self.call.number = phone.e164
        if self.call.dialled_at is None:
            self.call.dialled_at = self.clock().isoformat()
        self._update_timer()
        self._draft_timer.start()

    def _update_timer(self) -> None:
        call = self.call
        if call is None:
            self.call_timer.clear()
            return
        since = datetime.fromisoformat(call.dialled_at or call.started_at)
        seconds = (self.clock() - since).total_seconds()
        prefix = self.tr("call") if call.dialled_at else self.tr("file")
        self.call_timer.setText(f"{prefix} {fmt.duration(seconds)}")

    def _send_heartbeat(self) -> None:
        call = self.call
        if call is None or call.item_id is None or not call.lease_token:
            return
        item, token = call.item_id, call.lease_token
        self.runner.run(
            lambda: self.backend.heartbeat(self.actor, item, token),
            self._show_lease,
            self._heartbeat_failed,
        )

    def _show_lease(self, expires_at: datetime) -> None:
        self.lease_status.setText(
            self.tr("Lease until %1").replace("%1", f"{expires_at.astimezone():%H:%M}")
        )

    def _heartbeat_failed(self, error: BaseException) -> None:
        if isinstance(error, Conflict):
            self._heartbeat.stop()
            self.lease_status.setText(self.tr("Lease lost"))
            self._show_banner(
                self.tr(
                    "This file is no longer reserved for you (the lease expired)."
                    " Your call is kept: save it as usual."
                ),
                BANNER_WARN,
            )
        else:
            self.lease_status.setText(self.tr("Lease: database not answering"))

    # ==================================================================================
    # saving

    def save(self) -> None:
        call = self.call
        if call is None or self._saving:
            return
        self._ensure_forms()
        self._changed()
        self._draft_timer.stop()
        if call.reachability is None:
            self.outcome.show_error(self.tr("Choose who answered (F4, then a digit)."))
            self.show_form(TAB_OUTCOME)
            return
        now = self.clock()
        try:
            outcome = call.outcome(now)
            validate_outcome(outcome, now)
        except RuleViolation as rule:
            self.outcome.show_error(self._rule_text(rule))
            return
        except (ValueError, ArithmeticError) as error:
            self.outcome.show_error(str(error))
            return
        self._saving = True
        self.outcome.save_button.setEnabled(False)
        self.outcome.message.setText("")
        self.call_state.setText(self.tr("Saving..."))
        self.runner.run(
            lambda: self.backend.record(self.actor, outcome), self._recorded, self._save_failed
        )

    def _rule_text(self, rule: RuleViolation) -> str:
        return error_message(rule)  # French by the rule's code (ui/agent/errors.py)

    def _recorded(self, recorded: Recorded) -> None:
        self._saving = False
        self.outcome.save_button.setEnabled(True)
        call = self.call
        self._close_call()
        if recorded.queued:
            self.pending_outbox += 1
            self._update_needed = recorded.update_needed
            self._show_outbox()
            self._outbox_timer.start()
            if recorded.update_needed:
                message = self.tr(
                    "Call kept on this workstation: the database is newer than this application."
                    " Have this workstation updated; the call is sent once it matches."
                )
            else:
                message = self.tr("Call kept on this workstation (database not answering).")
        else:
            saved = recorded.saved
            message = self.tr("Call saved.")
            if saved is not None and saved.plan_id is not None:
                self._show_confirmation(saved)
            if saved is not None and saved.relief_route is not None:
                message += " " + self.tr("Relief request sent to: %1").replace(
                    "%1", relief_route_label(saved.relief_route)
                )
            if saved is not None and saved.plan_needs_approval:
                message += " " + self.tr("The plan waits for a team lead's approval.")
        self._show_no_call(message)
        self.refresh_counts()
        self.call_closed.emit(recorded)
        del call

    def _save_failed(self, error: BaseException) -> None:
        self._saving = False
        self.outcome.save_button.setEnabled(True)
        self.call_state.setText(self.tr("Not saved"))
        if isinstance(error, RuleViolation):
            self.outcome.show_error(self._rule_text(error))
        elif isinstance(error, KnownError):
            self.outcome.show_error(error_message(error))
        else:
            log.error("saving the call failed", exc_info=error)
            self.outcome.show_error(
                self.tr("Unexpected error, nothing was lost: %1").replace(
                    "%1", type(error).__name__
                )
            )
        self.show_form(TAB_OUTCOME)

    def _close_call(self) -> None:
        self.call = None
        self.file = None
        self._tick.stop()
        self._heartbeat.stop()
        self._draft_timer.stop()
        self.card.clear()
        self.phones.show_phones(())
        self.phones.add_button.setEnabled(False)
        self.history.clear()
        self.plan.clear()
        self.promise.clear()
        self.relief.clear()
        self.outcome.clear()
        self.script.clear()
        self.lease_status.clear()
        self.call_timer.clear()
        self.next_button.setEnabled(True)
        self.next_button.setFocus()

    def _show_no_call(self, message: str | None = None) -> None:
        self.call_state.setText(message or self.tr("No call in progress: press F5."))
        for widget in (self.outcome, self.plan, self.promise, self.relief):
            widget.setEnabled(self.call is not None)

    # --- plan confirmation ----------------------------------------------------------------

    def _show_confirmation(self, saved) -> None:
        self.confirmation_text.setPlainText(saved.confirmation_text or "")
        self.confirmation_pdf.setText(self.tr("Confirmation letter: being written..."))
        self.confirmation.setVisible(True)
        plan_id = saved.plan_id
        self.runner.run(
            lambda: self.backend.write_confirmation(self.actor, plan_id),
            self._confirmation_written,
            self._confirmation_failed,
        )

    def _confirmation_written(self, path) -> None:
        if path is None:
            self.confirmation_pdf.setText(
                self.tr("The letter is written once a team lead approves the plan.")
            )
        else:
            self.confirmation_pdf.setText(
                self.tr("Confirmation letter: %1").replace("%1", str(path))
            )

    def _confirmation_failed(self, error: BaseException) -> None:
        self.confirmation_pdf.setText(
            self.tr("The letter could not be written: %1").replace("%1", describe(error))
        )

    def _copy_confirmation(self) -> None:
        if self.confirmation.isVisible():
            QGuiApplication.clipboard().setText(self.confirmation_text.toPlainText())
            self.call_state.setText(self.tr("Confirmation text copied."))

    # --- outbox ---------------------------------------------------------------------------

    def _outbox_count(self, count: int) -> None:
        self.pending_outbox = count
        self._show_outbox()
        if count:
            self._outbox_timer.start()
            self.flush_outbox()

    def flush_outbox(self) -> None:
        self.runner.run(
            lambda: self.backend.flush_outbox(self.actor), self._flushed, self._flush_failed
        )

    def _flushed(self, result: tuple[int, int]) -> None:
        sent, waiting = result
        self.pending_outbox = waiting
        self._update_needed = bool(waiting) and self.backend.update_needed
        self._show_outbox()
        if not waiting:
            self._outbox_timer.stop()
        if sent:
            self.call_state.setText(
                self.tr("%1 call(s) kept on this workstation reached the database.").replace(
                    "%1", str(sent)
                )
            )
            self.refresh_counts()

    def _flush_failed(self, error: BaseException) -> None:
        log.warning("outbox not sent: %s", error)

    def _show_outbox(self) -> None:
        count = self.pending_outbox
        if self._update_needed:
            text = self.tr(
                "The database is newer than this application: %1 call(s) kept on this"
                " workstation. Have the workstation updated; they are sent as soon as the"
                " versions match. You can go on working."
            )
        else:
            text = self.tr(
                "The database is not answering: %1 call(s) kept on this workstation. They are"
                " sent automatically as soon as it answers; you can go on working."
            )
        self.outbox_banner.setText(text.replace("%1", str(count)))
        self.outbox_banner.setVisible(count > 0)

    # ==================================================================================
    # file actions

    def _reveal(self) -> None:
        if self.file is None:
            return
        debtor_id = self.file.debtor_id
        self.runner.run(
            lambda: self.backend.reveal(self.actor, debtor_id),
            self.card.show_identifier,
            self._failed,
        )

    def _edit_contact(self, kind: type[ContactDialog]) -> None:
        file = self.file
        if file is None:
            return
        dialog = kind(file, self)
        debtor_id = file.debtor_id

        def submit(values: dict) -> None:
            def work() -> DebtorFile:
                self.backend.change_contact(self.actor, debtor_id, kind.__name__, values)
                return self.backend.load_file(self.actor, debtor_id)

            self.runner.run(work, done, dialog.failed)

        def done(updated: DebtorFile) -> None:
            dialog.accept()
            if self.file is not None and self.file.debtor_id == updated.debtor_id:
                self.file = updated
                self.card.show_file(updated, self._today(updated))
                self.phones.show_phones(updated.phones)

        dialog.submitted.connect(submit)
        dialog.open()
        self._dialog = dialog

    def _deactivate_phone(self, phone) -> None:
        file = self.file
        if file is None:
            return
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Remove a number"),
            self.tr("Why is %1 removed (kept in the history)?").replace("%1", phone.display),
            text=self.tr("Wrong number"),
        )
        if not ok or not reason.strip():
            return
        debtor_id = file.debtor_id

        def work() -> DebtorFile:
            self.backend.deactivate_phone(self.actor, phone.contact_id, reason.strip())
            return self.backend.load_file(self.actor, debtor_id)

        def done(updated: DebtorFile) -> None:
            if self.file is not None and self.file.debtor_id == updated.debtor_id:
                self.file = updated
                self.phones.show_phones(updated.phones)

        self.runner.run(work, done, self._failed)

    # ==================================================================================
    # display helpers

    def _show_banner(self, text: str, style: str) -> None:
        self.banner.setText(text)
        self.banner.setStyleSheet(style)
        self.banner.setVisible(True)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, KnownError):
            text = error_message(error)
        else:
            log.error("agent screen task failed", exc_info=error)
            text = self.tr("Unexpected error: %1").replace("%1", type(error).__name__)
        self._show_banner(text, BANNER_ERROR)

    def _history_html(self, file: DebtorFile) -> str:
        e = html.escape
        money = file.currency
        zone = file.time_zones[0] if file.time_zones else None
        calls, plans, promises = self.tr("Calls"), self.tr("Plans"), self.tr("Promises")
        payments, letters = self.tr("Payments"), self.tr("Letters")
        out = [f"<h3>{e(calls)}</h3>"]
        if not file.calls:
            none_yet = self.tr("No call yet.")
            out.append(f"<p>{e(none_yet)}</p>")
        for c in file.calls[:50]:
            what = reachability_label(c.reachability)
            if c.result:
                what += " - " + result_label(c.result)
            notes = f"<br><i>{e(c.notes)}</i>" if c.notes else ""
            out.append(
                f"<p><b>{e(fmt.moment(c.started_at, zone))}</b> {e(c.agent_login or '')}: "
                f"{e(what)}{notes}</p>"
            )
        if file.plans:
            out.append(f"<h3>{e(plans)}</h3>")
            for p in file.plans:
                line = (
                    self.tr("%1: %2 x %3 from %4")
                    .replace("%1", plan_status_label(p.status))
                    .replace("%2", str(p.months))
                    .replace("%3", format_money(p.instalment_amount, money))
                    .replace("%4", fmt.day(p.first_due_on))
                )
                out.append(f"<p>{e(line)}</p>")
        if file.promises:
            out.append(f"<h3>{e(promises)}</h3>")
            for pr in file.promises:
                line = (
                    self.tr("%1 by %2: %3")
                    .replace("%1", format_money(pr.amount, money))
                    .replace("%2", fmt.day(pr.due_on))
                    .replace("%3", promise_status_label(pr.status))
                )
                out.append(f"<p>{e(line)}</p>")
        if file.payments:
            out.append(f"<h3>{e(payments)}</h3>")
            for pay in file.payments[:50]:
                out.append(
                    f"<p>{e(fmt.day(pay.paid_on))}: {e(format_money(pay.amount, money))}"
                    f" ({e(pay.claim_external_id)})</p>"
                )
        if file.letters:
            out.append(f"<h3>{e(letters)}</h3>")
            for letter in file.letters[:50]:
                out.append(
                    f"<p>{e(fmt.moment(letter.created_at, zone))}: "
                    f"{e(letter_kind_label(letter.kind))} {e(letter.reference or '')}</p>"
                )
        return "".join(out)

    def status_widgets(self) -> list[QWidget]:
        return [self.lease_status]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # pragma: no cover
        return super().eventFilter(watched, event)
