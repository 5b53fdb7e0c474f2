from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from telerecouv.services.database import Database
from telerecouv.services.demo import DemoBuilder
from telerecouv.services.permissions import Actor
from telerecouv.services.users import UserService
from telerecouv.ui.agent.workspace import AgentScreen
from telerecouv.ui.tasks import SyncTaskRunner
from tests.ui.agent.fakes import FakeCalls, FakeQueue, make_backend


@pytest.fixture
def demo(database: Database) -> Database:
    DemoBuilder(database.sessions).build(debtors=6, seed=3)
    return database


@pytest.fixture
def agent(demo: Database) -> Actor:
    return UserService(demo.sessions).authenticate("agent1", "agent1-demo")


@pytest.fixture
def make_screen(
    qtbot: QtBot, demo: Database, agent: Actor, tmp_path: Path
) -> Callable[..., AgentScreen]:
    """An agent screen over the demo database, fake queue and recorder, shown and active."""

    def make(runner: Any = None, queue: Any = None, calls: Any = None, **options: Any):
        queue = queue or FakeQueue(demo)
        calls = calls or FakeCalls()
        backend = make_backend(demo, tmp_path / "home", queue=queue, calls=calls)
        for key in ("scripts_dir", "settings", "reminders"):
            if key in options:
                setattr(backend, key, options.pop(key))
        dialled: list[str] = []
        screen = AgentScreen(
            agent,
            backend,
            runner or SyncTaskRunner(),
            open_url=lambda url: dialled.append(url.toString()) or True,
            **options,
        )
        screen.dialled_urls = dialled  # type: ignore[attr-defined]
        screen.fake_queue = queue  # type: ignore[attr-defined]
        screen.fake_calls = calls  # type: ignore[attr-defined]
        qtbot.addWidget(screen)
        screen.resize(1366, 720)
        with qtbot.waitActive(screen):
            screen.show()
            screen.activateWindow()
        screen.start()
        return screen

    return make
