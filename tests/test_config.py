from __future__ import annotations

import json
from pathlib import Path

import pytest

from telerecouv.config import (
    ConfigError,
    Settings,
    data_dir,
    mask_url,
    resolve_database_url,
)


def test_default_is_sqlite_in_the_data_directory(_isolated_home: Path) -> None:
    assert data_dir() == _isolated_home
    assert resolve_database_url() == f"sqlite:///{_isolated_home / 'telerecouv.sqlite3'}"


def test_resolution_order(_isolated_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (_isolated_home / "settings.json").write_text(
        json.dumps({"database_url": "postgresql://file@h/db"})
    )
    assert resolve_database_url() == "postgresql+psycopg://file@h/db"
    monkeypatch.setenv("TELERECOUV_DATABASE_URL", "postgres://env@h/db")
    assert resolve_database_url() == "postgresql+psycopg://env@h/db"
    assert resolve_database_url("sqlite:////tmp/x.db") == "sqlite:////tmp/x.db"


def test_passwords_never_shown() -> None:
    assert mask_url("postgresql://u:hunter2@h:5432/db") == "postgresql://u:***@h:5432/db"
    assert "hunter2" not in mask_url("garbage://u:hunter2@[")


def test_bad_settings_and_urls_are_named(_isolated_home: Path) -> None:
    (_isolated_home / "settings.json").write_text("{not json")
    with pytest.raises(ConfigError, match="settings file"):
        Settings.load()
    with pytest.raises(ConfigError, match="unsupported database 'mysql'"):
        resolve_database_url("mysql://u:pw@h/db")
    with pytest.raises(ConfigError) as caught:
        resolve_database_url("mysql://u:pw@h/db")
    assert ":pw@" not in str(caught.value)
