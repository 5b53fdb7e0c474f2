"""Where the application keeps its files and which database it talks to.

Resolution order for the database URL: the `--database-url` option, then the
`TELERECOUV_DATABASE_URL` variable, then `database_url` in the settings file, then the
embedded SQLite file in the data directory. `TELERECOUV_HOME` overrides the data directory.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

APP_NAME = "telerecouv"
ENV_HOME = "TELERECOUV_HOME"
ENV_DATABASE_URL = "TELERECOUV_DATABASE_URL"
SETTINGS_FILE = "settings.json"
SQLITE_FILE = "telerecouv.sqlite3"


class ConfigError(Exception):
    """A settings file or database URL the user must fix."""


def data_dir() -> Path:
    home = os.environ.get(ENV_HOME)
    path = Path(home) if home else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def mask_url(url: str | URL) -> str:
    """The URL as it may appear in logs and messages: never with its password."""
    try:
        parsed = make_url(url) if isinstance(url, str) else url
    except Exception:  # noqa: BLE001 - shown without its credentials
        text = str(url)
        if "@" in text and "://" in text:
            scheme, rest = text.split("://", 1)
            return f"{scheme}://***@{rest.rsplit('@', 1)[1]}"
        return text
    return parsed.render_as_string(hide_password=True)


def normalise_url(url: str) -> str:
    """Accept the URLs people paste (postgres://, postgresql://) and pick our drivers."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        # The driver's message repeats the URL, password included: never show it.
        raise ConfigError(
            f"invalid database URL {mask_url(url)!r}: expected dialect://user@host/database"
        ) from None
    if parsed.drivername in {"postgres", "postgresql"}:
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.get_backend_name() not in {"sqlite", "postgresql"}:
        raise ConfigError(
            f"unsupported database {parsed.get_backend_name()!r} in {mask_url(parsed)}: "
            "use sqlite:///path or postgresql://user@host/db"
        )
    return parsed.render_as_string(hide_password=False)


@dataclass
class Settings:
    """The workstation's settings file (JSON in the data directory)."""

    path: Path
    values: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def load(cls, directory: Path | None = None) -> Settings:
        directory = directory or data_dir()
        path = directory / SETTINGS_FILE
        if not path.exists():
            return cls(path=path)
        try:
            values = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ConfigError(f"cannot read the settings file {path}: {exc}") from None
        if not isinstance(values, dict):
            raise ConfigError(f"the settings file {path} must hold a JSON object")
        return cls(path=path, values=values)

    def save(self) -> None:
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(self.values, indent=2, sort_keys=True), encoding="utf-8")
        tmp.replace(self.path)

    def get(self, key: str, default: Any = None) -> Any:
        return self.values.get(key, default)


def default_sqlite_url(directory: Path | None = None) -> str:
    return f"sqlite:///{(directory or data_dir()) / SQLITE_FILE}"


def resolve_database_url(option: str | None = None, settings: Settings | None = None) -> str:
    """The database URL the application should use, in the documented order."""
    url = option or os.environ.get(ENV_DATABASE_URL)
    if not url:
        settings = settings or Settings.load()
        url = settings.get("database_url")
    return normalise_url(url or default_sqlite_url())
