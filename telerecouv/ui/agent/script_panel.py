"""The guided script: one step at a time, the debtor's fields filled in, choices on 1..9.

Choices move to the next step and may open a form (plan, promise, relief, contact, outcome)
and preset the outcome. Backspace goes one step back. The path taken is kept (script id,
steps, forms opened) and saved with the call. A broken script file is reported here, naming
the file and the step, and never prevents recording the call.
"""

from __future__ import annotations

import html
from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from telerecouv.domain.scripts import (
    Choice,
    PathRecorder,
    Script,
    ScriptProblem,
    Step,
    render,
    segments,
)
from telerecouv.ui.agent.labels import phase_label

PHASE_COLOURS = {"commercial": "#1b6e20", "personalised": "#b35c00", "pre_litigation": "#b00020"}


def field_html(text: str, values: Mapping[str, str | None], missing: str) -> str:
    """Script text as HTML: the debtor's values in bold, missing ones in red."""
    out = []
    for part in segments(text):
        if part.field is None:
            out.append(html.escape(part.text))
            continue
        value = values.get(part.field)
        if value:
            out.append(f"<b>{html.escape(value)}</b>")
        else:
            shown = html.escape(missing.replace("%1", part.field))
            out.append(f'<span style="color:#b00020">{shown}</span>')
    return "".join(out).replace("\n\n", "<p>").replace("\n", " ")


class ScriptPanel(QFrame):
    choice_made = Signal(object)  # Choice (after the step moved)
    path_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scriptPanel")
        self.setAccessibleName(self.tr("Call script"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.script: Script | None = None
        self.values: Mapping[str, str | None] = {}
        self.history: list[str] = []
        self.path: PathRecorder | None = None

        self.header = QLabel(objectName="scriptTitle")
        self.header.setStyleSheet("color: #555;")
        self.phase = QLabel(objectName="scriptPhase")
        self.step_title = QLabel(objectName="stepTitle")
        self.step_title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.step_title.setWordWrap(True)
        self.text = QLabel(objectName="stepText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setStyleSheet("font-size: 12pt; line-height: 140%;")
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.help = QLabel(objectName="stepHelp")
        self.help.setWordWrap(True)
        self.help.setTextFormat(Qt.TextFormat.RichText)
        self.help.setStyleSheet("color: #555; font-style: italic;")
        self.problems = QLabel(objectName="scriptProblems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(
            "background: #fdecea; color: #8a1c12; border: 1px solid #f5c2bd; padding: 6px;"
        )
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choices_box = QVBoxLayout()
        self.choices_box.setSpacing(3)
        self.back_button = QPushButton(self.tr("Back (Backspace)"), objectName="scriptBack")
        self.back_button.setAccessibleName(self.tr("Previous step"))
        self.back_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.back_button.clicked.connect(self.back)
        self.trail = QLabel(objectName="scriptTrail")
        self.trail.setWordWrap(True)
        self.trail.setStyleSheet("color: #777;")

        body = QWidget()
        inner = QVBoxLayout(body)
        inner.setContentsMargins(8, 8, 8, 8)
        self.header.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.phase.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(self.phase)
        inner.addLayout(top)
        inner.addWidget(self.problems)
        inner.addWidget(self.step_title)
        inner.addWidget(self.text)
        inner.addWidget(self.help)
        inner.addSpacing(6)
        inner.addLayout(self.choices_box)
        inner.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.trail, 1)
        bottom.addWidget(self.back_button)
        inner.addLayout(bottom)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.clear()

    # --- state --------------------------------------------------------------------------

    def clear(self) -> None:
        self.script = None
        self.history = []
        self.path = None
        self.header.setText(self.tr("No call in progress"))
        self.phase.clear()
        self.phase.setStyleSheet("")
        self.step_title.clear()
        self.text.setText(self.tr("Press F5 to take the next call."))
        self.help.clear()
        self.problems.setVisible(False)
        self._set_choices(())
        self.trail.clear()
        self.back_button.setEnabled(False)

    def start(
        self,
        script: Script | None,
        values: Mapping[str, str | None],
        problems: tuple[ScriptProblem, ...] = (),
        path: tuple[str, ...] = (),
    ) -> None:
        """Show a script from its start, or resume it along a saved path."""
        self.script = script
        self.values = values
        self._show_problems(problems, script)
        if script is None:
            self.path = None
            self.header.setText(self.tr("No script for this file"))
            self.step_title.clear()
            self.text.setText(self.tr("Conduct the call freely, then record the outcome (F4)."))
            self.help.clear()
            self._set_choices(())
            return
        self.header.setText(script.title)
        self.path = PathRecorder(script.id)
        self.history = []
        resumed = path[1:] if path and path[0] == script.id else ()
        for entry in resumed:
            if entry.startswith("!"):
                self.path.entries.append(entry)
            elif entry in script.steps:
                self.history.append(entry)
                self.path.visit(entry)
        if not self.history:
            self.history = [script.start]
            self.path.visit(script.start)
        self._show_step()

    @property
    def current(self) -> Step | None:
        if self.script is None or not self.history:
            return None
        return self.script.step(self.history[-1])

    def path_taken(self) -> tuple[str, ...]:
        return self.path.as_tuple() if self.path else ()

    # --- moving -------------------------------------------------------------------------

    def choose(self, number: int) -> bool:
        step = self.current
        if step is None or not 1 <= number <= len(step.choices):
            return False
        choice = step.choices[number - 1]
        assert self.script is not None and self.path is not None
        if choice.next is not None:
            self.history.append(choice.next)
            self.path.visit(choice.next)
        if choice.action is not None:
            self.path.action(choice.action)
        self._show_step()
        self.path_changed.emit()
        self.choice_made.emit(choice)
        return True

    def back(self) -> None:
        if len(self.history) > 1 and self.path is not None:
            self.history.pop()
            self.path.visit(self.history[-1])
            self._show_step()
            self.path_changed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if (
            Qt.Key.Key_1 <= key <= Qt.Key.Key_9
            and not event.modifiers() & ~(Qt.KeyboardModifier.KeypadModifier)
            and self.choose(key - Qt.Key.Key_0)
        ):
            return
        if key == Qt.Key.Key_Backspace:
            self.back()
            return
        super().keyPressEvent(event)

    # --- display ------------------------------------------------------------------------

    def _show_problems(self, problems: tuple[ScriptProblem, ...], script: Script | None) -> None:
        if not problems:
            self.problems.setVisible(False)
            return
        lines = "<br>".join(html.escape(str(p)) for p in problems)
        fallback = (
            self.tr("Script shown instead: %1.").replace("%1", html.escape(script.file))
            if script
            else ""
        )
        self.problems.setText(
            self.tr("A script file is broken; tell your supervisor:")
            + f"<br>{lines}<br>{fallback} "
            + self.tr("You can still record the call.")
        )
        self.problems.setVisible(True)

    def _show_step(self) -> None:
        step = self.current
        if step is None:
            return
        missing = self.tr("[%1 unknown]")
        self.step_title.setText(render(step.title, self.values))
        self.text.setText(field_html(step.text, self.values, missing))
        self.help.setText(field_html(step.help, self.values, missing) if step.help else "")
        self.help.setVisible(bool(step.help))
        if step.phase is not None:
            colour = PHASE_COLOURS.get(step.phase.value, "#333")
            self.phase.setText(phase_label(step.phase))
            self.phase.setStyleSheet(
                f"color: white; background: {colour}; border-radius: 3px; padding: 2px 6px;"
            )
        else:
            self.phase.clear()
            self.phase.setStyleSheet("")
        self._set_choices(step.choices)
        assert self.script is not None
        titles = [render(self.script.step(s).title, self.values) for s in self.history[-4:]]
        self.trail.setText(" › ".join(titles))
        self.back_button.setEnabled(len(self.history) > 1)

    def _set_choices(self, choices: tuple[Choice, ...]) -> None:
        while self.choices_box.count():
            item = self.choices_box.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        for number, choice in enumerate(choices, start=1):
            label = render(choice.label, self.values)
            button = QPushButton(f"{number}   {label}", objectName=f"scriptChoice{number}")
            button.setAccessibleName(label)
            button.setStyleSheet("text-align: left; padding: 5px 8px;")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _checked=False, n=number: self.choose(n))
            self.choices_box.addWidget(button)
