"""Database failures sorted into what the user can act on and what is a bug.

The qutebrowser way: a `KnownError` carries a message that says what happened and what to
do; anything else is a bug and gets a crash report.
"""

from __future__ import annotations

from sqlalchemy import exc as sa_exc

from telerecouv.config import mask_url


class KnownError(Exception):
    """A failure the user can understand and act on. `str()` is the message to show."""

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} {self.hint}".strip()


class DatabaseUnreachable(KnownError):
    pass


class DatabaseLocked(KnownError):
    pass


class SchemaTooNew(KnownError):
    pass


class DatabaseNotReady(KnownError):
    pass


class PermissionDenied(KnownError):
    pass


class NotFound(KnownError):
    pass


class ValidationError(KnownError):
    """Bad input: the message names the field or row."""

    def __init__(self, message: str, field: str | None = None, hint: str = "") -> None:
        super().__init__(message, hint)
        self.field = field


class Conflict(KnownError):
    """Someone else changed or took the thing first."""


def classify(error: BaseException, url: str) -> KnownError | None:
    """Turn a driver error into a KnownError, or None when it looks like a bug."""
    if isinstance(error, KnownError):
        return error
    text = str(getattr(error, "orig", None) or error)
    lowered = text.lower()
    where = mask_url(url)
    if "database is locked" in lowered or "database table is locked" in lowered:
        return DatabaseLocked(
            f"The database {where} is locked by another program.",
            "Close the other telerecouv window or wait a moment, then try again.",
        )
    if "unable to open database file" in lowered or "readonly database" in lowered:
        return DatabaseUnreachable(
            f"Cannot open the database file {where}.",
            "Check that the folder exists and that you may write to it.",
        )
    if "disk is full" in lowered or "no space left" in lowered:
        return DatabaseUnreachable(
            f"The disk holding {where} is full.", "Free some space, then try again."
        )
    if isinstance(error, sa_exc.OperationalError | sa_exc.InterfaceError) and (
        "connection" in lowered
        or "could not translate host" in lowered
        or "server closed" in lowered
        or "timeout" in lowered
        or "does not exist" in lowered
        or "authentication" in lowered
        or "password" in lowered
    ):
        return DatabaseUnreachable(
            f"Cannot reach the database {where}: {_first_line(text, url)}",
            "Check the network and the server, or the database URL in the settings.",
        )
    return None


def _first_line(text: str, url: str) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    # Drivers sometimes echo the DSN: never show a password.
    from sqlalchemy.engine import make_url

    try:
        password = make_url(url).password
    except Exception:  # noqa: BLE001
        password = None
    if password:
        line = line.replace(str(password), "***")
    return line
