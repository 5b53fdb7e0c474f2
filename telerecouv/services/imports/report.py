"""What an import tells its caller: accepted and rejected rows, and why each was rejected."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from telerecouv.store.errors import Msg, msg


class ImportKind(StrEnum):
    DEBTORS = "debtors"
    CLAIMS = "claims"
    DEFAULTS = "defaults"
    PAYMENTS = "payments"
    CALLS = "calls"


KINDS = tuple(kind.value for kind in ImportKind)
MAX_ERRORS = 10_000  # kept in memory and printed; beyond, only counted (errors_omitted)
JOURNAL_ERRORS = 200  # kept in import_runs.errors for the GUI

# The kinds as messages name them: the code in English, a word in the interface's language.
KIND_NAMES: dict[str, Msg] = {
    ImportKind.DEBTORS: msg("debtors"), ImportKind.CLAIMS: msg("claims"),
    ImportKind.DEFAULTS: msg("defaults"), ImportKind.PAYMENTS: msg("payments"),
    ImportKind.CALLS: msg("calls"),
}  # fmt: skip


def kind_name(kind: str) -> str:
    """`kind` for a message: translatable when it is one of ours, else as given."""
    return KIND_NAMES.get(kind, kind)


@dataclass(frozen=True, order=True)
class RowError:
    """One rejected cell or row: line number in the file, canonical field, reason.

    The reason is English (the CLI, `--json`, the journal); made with `store.errors.msg` it
    also keeps its template, so that the interface shows it translated (ui/errors.py)."""

    line: int
    field: str
    reason: str

    def to_json(self) -> dict[str, Any]:
        return {"line": self.line, "field": self.field, "reason": self.reason}


@dataclass
class Counts:
    """Running counts of an import (mutable while it runs)."""

    read: int = 0
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected_lines: set[int] = field(default_factory=set)
    errors: list[RowError] = field(default_factory=list)
    errors_omitted: int = 0
    warnings: list[str] = field(default_factory=list)  # English msg()s, like the reasons

    def reject(self, line: int, field_name: str, reason: str) -> None:
        self.rejected_lines.add(line)
        if len(self.errors) < MAX_ERRORS:
            self.errors.append(RowError(line, field_name, reason))
        else:
            self.errors_omitted += 1

    def warn(self, message: str) -> None:
        if message not in self.warnings:
            self.warnings.append(message)


@dataclass(frozen=True)
class ImportReport:
    kind: str
    file: str
    organisation: str
    dry_run: bool
    accepted: int  # rows that went in: inserted + updated + unchanged
    rejected: int  # rows refused (each has at least one error)
    inserted: int
    updated: int
    unchanged: int
    errors: tuple[RowError, ...]
    errors_omitted: int  # errors beyond MAX_ERRORS, counted but not listed
    warnings: tuple[str, ...]
    run_id: int | None
    seconds: float
    details: dict[str, Any] = field(default_factory=dict)  # sync and matching figures

    @property
    def exit_code(self) -> int:
        """0 when every row went in, 1 when some were rejected (2 is for unreadable files)."""
        return 0 if self.rejected == 0 else 1

    def to_json(self) -> dict[str, Any]:
        """The `--json` form: {"accepted": n, "rejected": m, "errors": [...]}."""
        return {
            "accepted": self.accepted,
            "rejected": self.rejected,
            "errors": [error.to_json() for error in self.errors],
        }
