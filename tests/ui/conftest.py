from __future__ import annotations

import pytest

from telerecouv.ui.tasks import SyncTaskRunner


@pytest.fixture
def runner() -> SyncTaskRunner:
    return SyncTaskRunner()
