"""Database failures sorted into what the user can act on and what is a bug.

The qutebrowser way: a `KnownError` carries a message that says what happened and what to
do; anything else is a bug and gets a crash report.

Messages are English (logs, the CLI). Built with `msg(template, **params)` they also keep
their template and parameters, so that the interface can show them in French: the templates
are extracted by `tools/i18n.py services` into the `services` translation context.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import exc as sa_exc

from telerecouv.config import mask_url


class Msg(str):
    """An English message that remembers the template and parameters it was made from."""

    template: str
    params: Mapping[str, object]

    def __new__(cls, template: str, params: Mapping[str, object] | None = None) -> Msg:
        # An exception parameter is kept as its text: not its traceback nor its data.
        values = {
            key: str(value) if isinstance(value, BaseException) else value
            for key, value in (params or {}).items()
        }
        self = super().__new__(cls, template.format(**values))
        self.template = template
        self.params = values
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (Msg, (self.template, dict(self.params)))


def msg(template: str, /, **params: object) -> Msg:
    """`template.format(**params)`, translatable: `msg("No user {login!r}.", login=login)`.

    The template must be a literal (tools/i18n.py extracts it); the parameters are values,
    never sentences to translate on their own (pass a `Msg` for those).
    """
    return Msg(template, params)


class KnownError(Exception):
    """A failure the user can understand and act on. `str()` is the message to show.

    `message` and `hint` are a `Msg` (translatable) or a plain `str` (shown as is)."""

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
            msg("The database {where} is locked by another program.", where=where),
            msg("Close the other telerecouv window or wait a moment, then try again."),
        )
    if "unable to open database file" in lowered or "readonly database" in lowered:
        return DatabaseUnreachable(
            msg("Cannot open the database file {where}.", where=where),
            msg("Check that the folder exists and that you may write to it."),
        )
    if "disk is full" in lowered or "no space left" in lowered:
        return DatabaseUnreachable(
            msg("The disk holding {where} is full.", where=where),
            msg("Free some space, then try again."),
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
            msg(
                "Cannot reach the database {where}: {detail}",
                where=where,
                detail=_first_line(text, url),
            ),
            msg("Check the network and the server, or the database URL in the settings."),
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
