"""What the user reads when a service refuses: the refusal in the interface's language.

The services raise `KnownError`s whose message and hint are English (logs, the CLI). Built
with `store.errors.msg`, they keep their template and parameters: the template is translated in
the `services` context (resources/translations/services_fr.ts, made by `tools/i18n.py
services`) and filled with the parameters. A plain `str`, an unknown template or a broken
translation shows the English text: a refusal is never lost.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from telerecouv.store.errors import KnownError, Msg

CONTEXT = "services"


def translate(text: str) -> str:
    """`text` in the interface's language when it is a `Msg`, else as is."""
    if not isinstance(text, Msg):
        return str(text)
    translated = QCoreApplication.translate(CONTEXT, text.template)
    if translated == text.template:
        return str(text)  # untranslated: the English text, already formatted
    try:
        return translated.format(**_params(text.params))
    except (KeyError, ValueError, IndexError, AttributeError, TypeError):
        return str(text)  # a translation naming other placeholders: keep the English


def _params(params: Mapping[str, object]) -> dict[str, object]:
    # A parameter may itself be a translatable message ("mapping profile 'x'").
    return {
        key: translate(value) if isinstance(value, Msg) else value for key, value in params.items()
    }


def error_text(error: KnownError) -> str:
    """The message and the hint of `error`, translated, for a message box or a status line."""
    message = translate(error.message)
    hint = translate(error.hint) if error.hint else ""
    return f"{message} {hint}".strip()


def describe(error: BaseException) -> str:
    """`error_text` for a KnownError, else the error's own text (workstation errors)."""
    return error_text(error) if isinstance(error, KnownError) else str(error)
