"""The main window: menus, status line, and the home screen with the queues."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from telerecouv import __version__
from telerecouv.services.overview import OverviewService, QueueCount
from telerecouv.services.permissions import Actor
from telerecouv.ui.errors import describe
from telerecouv.ui.labels import role_label, stage_label

JOBS_STATUS_MS = 2000  # how often the status line re-reads who runs the sweeps


class HomePanel(QWidget):
    """The queues of the organisations with their counts."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("homePanel")
        self.greeting = QLabel(objectName="greeting")
        self.greeting.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.table = QTableWidget(0, 4, objectName="queueTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Organisation"), self.tr("Queue"), self.tr("Waiting"), self.tr("In call")]
        )
        self.table.setAccessibleName(self.tr("Queues"))
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.refresh_button = QPushButton(self.tr("&Refresh"), objectName="refreshButton")
        layout = QVBoxLayout(self)
        layout.addWidget(self.greeting)
        layout.addWidget(self.table)
        layout.addWidget(self.refresh_button, alignment=Qt.AlignmentFlag.AlignRight)

    def show_counts(self, counts: list[QueueCount]) -> None:
        self.table.setRowCount(len(counts))
        for row, count in enumerate(counts):
            paused = self.tr(" (paused)") if count.paused else ""
            values = [
                count.organisation,
                stage_label(count.stage) + paused,
                str(count.waiting),
                str(count.leased),
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column >= 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)


class MainWindow(QMainWindow):
    def __init__(
        self, actor: Actor, database_label: str, overview: OverviewService, runner, parent=None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.actor = actor
        self._overview = overview
        self._runner = runner
        self.setWindowTitle(
            self.tr("telerecouv - %1").replace("%1", actor.full_name or actor.login)
        )
        self.resize(1280, 720)

        self.home = HomePanel(self)
        self.home.greeting.setText(
            self.tr("Hello %1 (%2)")
            .replace("%1", actor.full_name or actor.login)
            .replace("%2", role_label(actor.role))
        )
        self.home.refresh_button.clicked.connect(self.refresh)
        self.setCentralWidget(self.home)

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        refresh = QAction(self.tr("&Refresh"), self, shortcut=QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(self.refresh)
        file_menu.addAction(refresh)
        self.refresh_action = refresh  # a screen owning F5 (the agent's) moves it elsewhere
        quit_action = QAction(self.tr("&Quit"), self, shortcut=QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About telerecouv"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

        self.database_label = QLabel(self.tr("Database: %1").replace("%1", database_label))
        self.database_label.setObjectName("statusDatabase")
        self.user_label = QLabel(f"{actor.login} - {role_label(actor.role)}")
        self.busy = QProgressBar(objectName="busyIndicator")
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.setVisible(False)
        self.jobs_label = QLabel(objectName="statusJobs")
        self.jobs_label.setVisible(False)
        self._jobs_probe: Callable[[], bool | None] | None = None
        self._jobs_central = False
        self._jobs_timer = QTimer(self, interval=JOBS_STATUS_MS)
        self._jobs_timer.timeout.connect(self._show_jobs)
        self.statusBar().addWidget(self.database_label)
        self.statusBar().addWidget(self.jobs_label)
        self.statusBar().addPermanentWidget(self.busy)
        self.statusBar().addPermanentWidget(self.user_label)
        runner.busy_changed.connect(self.busy.setVisible)

    def watch_jobs(self, probe: Callable[[], bool | None] | None) -> None:
        """Shows who runs the shared scheduled sweeps. `probe` (embedded mode) answers True
        while this application runs them, False when another one on the same database does,
        None before it knows; it reads a flag, never the database. No probe: central mode,
        where `telerecouv worker` runs them."""
        self._jobs_probe = probe
        self._jobs_central = probe is None
        self.jobs_label.setVisible(True)
        self._show_jobs()
        if probe is not None:
            self._jobs_timer.start()

    def jobs_text(self) -> str:
        if self._jobs_central:
            return self.tr("Scheduled jobs: run by the server (telerecouv worker)")
        here = self._jobs_probe() if self._jobs_probe is not None else None
        if here is None:
            return self.tr("Scheduled jobs: starting on this workstation...")
        if here:
            return self.tr("Scheduled jobs: run on this workstation")
        return self.tr("Scheduled jobs: run by another workstation on this database")

    def _show_jobs(self) -> None:
        text = self.jobs_text()
        if self.jobs_label.text() != text:
            self.jobs_label.setText(text)
            self.jobs_label.setToolTip(self._jobs_detail())

    def _jobs_detail(self) -> str:
        if self._jobs_central:
            return self.tr(
                "Expired leases, payment matching, limitation alerts, the import folder and "
                "KPI roll-ups are swept by the central worker; this workstation only reminds "
                "its agent of call-backs."
            )
        return self.tr(
            "Embedded database: the application itself sweeps expired leases, matches "
            "payments, raises limitation alerts, imports the drop folder and rolls up KPIs "
            "(one application at a time per database)."
        )

    def add_screen(self, widget: QWidget, title: str, shortcut: str | None = None) -> int:
        """Adds a role's screen (agent, lead, supervisor...) as a tab; returns its index.

        The first call turns the central widget into tabs, the home panel staying the first
        one. `shortcut` (e.g. "Ctrl+2") brings the screen to the front from anywhere.
        """
        tabs = self.screens()
        if tabs is None:
            tabs = QTabWidget(objectName="screenTabs")
            tabs.setDocumentMode(True)
            tabs.setAccessibleName(self.tr("Screens"))
            first = self.takeCentralWidget()
            tabs.addTab(first, self.tr("&Home"))
            self.setCentralWidget(tabs)
        index = tabs.addTab(widget, title)
        if shortcut:
            action = QAction(title.replace("&", ""), self, shortcut=QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda: self.show_screen(widget))
            self.addAction(action)
            tabs.setTabToolTip(index, shortcut)
        return index

    def screens(self) -> QTabWidget | None:
        """The tabs of the screens, or None while only the home panel is shown."""
        central = self.centralWidget()
        return central if isinstance(central, QTabWidget) else None

    def show_screen(self, widget: QWidget) -> None:
        tabs = self.screens()
        if tabs is not None and tabs.indexOf(widget) >= 0:
            tabs.setCurrentWidget(widget)
            widget.setFocus()

    def refresh(self) -> None:
        self._runner.run(
            lambda: self._overview.queue_counts(self.actor), self.home.show_counts, self._failed
        )

    def _failed(self, error: BaseException) -> None:
        self.statusBar().showMessage(self.tr("Error: %1").replace("%1", describe(error)), 10000)

    def _about(self) -> None:
        text = self.tr("telerecouv %1 - telephone debt recovery workbench").replace(
            "%1", __version__
        )
        if self.jobs_label.isVisible():
            text += "\n\n" + self.jobs_text() + "\n" + self._jobs_detail()
        QMessageBox.about(self, self.tr("About telerecouv"), text)
