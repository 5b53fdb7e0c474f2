"""Nothing lost: the open call's draft and the outcomes waiting for the database.

Both live in plain JSON files on the workstation (under `config.data_dir()`), written
atomically (temporary file, fsync, rename), so a crash or a kill at any moment leaves either
the old file or the new one, never half of one.

* `DraftStore` keeps the call being worked (notes, plan draft, script path...) as the agent
  types; the application reopens it after a crash.
* `Outbox` keeps call outcomes that could not be saved because the database did not answer;
  `flush` sends them when it answers again. `CallService.record` is exactly-once per
  `client_token`, so a file sent twice (crash between the commit and the delete) lands once.

Use one directory per user (`user_dir("outbox", login)`): the outcomes are sent in the name
of whoever flushes them.
"""

from __future__ import annotations

import json
import logging
import os
import re
import tempfile
from dataclasses import asdict
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, Protocol

from telerecouv.config import data_dir
from telerecouv.domain.enums import CallbackScope, CallResult, PaymentMeans, Reachability
from telerecouv.services.call_outcome import (
    CallOutcome,
    PlanDraft,
    PromiseDraft,
    ReliefDraft,
    SavedCall,
)
from telerecouv.services.permissions import Actor
from telerecouv.store.errors import (
    DatabaseLocked,
    DatabaseNotReady,
    DatabaseUnreachable,
    KnownError,
    SchemaTooNew,
)

# The database cannot take anything now (down, busy, being migrated): keep and retry later.
# SchemaTooNew: the database was migrated by a newer version; once this workstation is
# updated (or the database matches again) the outcome goes through.
_TRY_LATER = (DatabaseUnreachable, DatabaseLocked, DatabaseNotReady, SchemaTooNew)
TRY_LATER = _TRY_LATER

__all__ = [
    "DraftStore",
    "Outbox",
    "Recorder",
    "outcome_from_json",
    "outcome_to_json",
    "user_dir",
]

log = logging.getLogger(__name__)


class Recorder(Protocol):
    """What the outbox sends outcomes to: `CallService` (exactly once per client token)."""

    def record(self, actor: Actor, outcome: CallOutcome) -> SavedCall: ...


FORMAT = "telerecouv.call-outcome/1"
_SAFE_NAME = re.compile(r"[^A-Za-z0-9_-]")


def user_dir(kind: str, login: str) -> Path:
    """`data_dir()/kind/login`, e.g. the outbox or the drafts of one user (not created)."""
    return data_dir() / kind / (_SAFE_NAME.sub("_", login) or "_")


# --- JSON ----------------------------------------------------------------------------------


def outcome_to_json(o: CallOutcome) -> dict[str, Any]:
    """A JSON-ready dict: times in ISO 8601 with their offset, money as strings."""

    def convert(value: Any) -> Any:
        if isinstance(value, datetime):
            if value.tzinfo is None:
                raise ValueError("naive datetime in a call outcome")
            return value.isoformat()
        if isinstance(value, date):
            return value.isoformat()
        if isinstance(value, Decimal):
            return str(value)
        if isinstance(value, dict):
            return {k: convert(v) for k, v in value.items()}
        if isinstance(value, list | tuple):
            return [convert(v) for v in value]
        return value  # str, int, bool, None; StrEnum members are str

    data: dict[str, Any] = convert(asdict(o))
    data["format"] = FORMAT
    return data


def outcome_from_json(d: dict[str, Any]) -> CallOutcome:
    """The outcome back from `outcome_to_json`; ValueError when the dict is not one."""
    if d.get("format") != FORMAT:
        raise ValueError(f"not a call outcome ({d.get('format')!r} instead of {FORMAT!r})")
    try:
        plan, promise, relief = d.get("plan"), d.get("promise"), d.get("relief")
        return CallOutcome(
            client_token=str(d["client_token"]),
            debtor_id=int(d["debtor_id"]),
            item_id=_opt(d.get("item_id"), int),
            lease_token=_opt(d.get("lease_token"), str),
            number=_opt(d.get("number"), str),
            started_at=_moment(d["started_at"]),
            ended_at=_moment(d["ended_at"]),
            reachability=Reachability(d["reachability"]),
            result=_opt(d.get("result"), CallResult),
            notes=str(d.get("notes") or ""),
            script_path=tuple(str(step) for step in d.get("script_path") or ()),
            callback_at=_opt(d.get("callback_at"), _moment),
            callback_scope=_opt(d.get("callback_scope"), CallbackScope),
            plan=None
            if plan is None
            else PlanDraft(
                claim_ids=tuple(int(c) for c in plan["claim_ids"]),
                months=int(plan["months"]),
                first_due_on=date.fromisoformat(plan["first_due_on"]),
                means=PaymentMeans(plan["means"]),
                iban=_opt(plan.get("iban"), str),
                justification=_opt(plan.get("justification"), str),
                instalment=_opt(plan.get("instalment"), Decimal),
            ),
            promise=None
            if promise is None
            else PromiseDraft(
                amount=Decimal(promise["amount"]),
                due_on=date.fromisoformat(promise["due_on"]),
                claim_id=_opt(promise.get("claim_id"), int),
            ),
            relief=None
            if relief is None
            else ReliefDraft(claim_id=int(relief["claim_id"]), reason=str(relief["reason"])),
        )
    except (KeyError, TypeError, ArithmeticError) as exc:
        raise ValueError(f"malformed call outcome: {type(exc).__name__}: {exc}") from None


def _opt(value: Any, kind: Any) -> Any:
    return None if value is None else kind(value)


def _moment(text: str) -> datetime:
    value = datetime.fromisoformat(text)
    if value.tzinfo is None:
        raise ValueError(f"time without offset: {text!r}")
    return value


# --- files ---------------------------------------------------------------------------------


def _write_atomically(path: Path, data: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(data, ensure_ascii=False, indent=1, default=_json_default)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    _sync_directory(path.parent)


def _sync_directory(directory: Path) -> None:
    if os.name != "posix":
        return
    descriptor = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, set | frozenset):
        return sorted(value)
    raise TypeError(f"{type(value).__name__} cannot be saved in a draft")


def _set_aside(path: Path, folder: Path, reason: str) -> Path:
    """Move a file that cannot be used out of the way, with the reason beside it."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / path.name
    os.replace(path, target)
    target.with_suffix(".reason.txt").write_text(reason + "\n", encoding="utf-8")
    return target


class DraftStore:
    """The open call's draft of one user, saved as they type."""

    FILE_NAME = "open-call.json"

    def __init__(self, directory: Path) -> None:
        self._directory = directory
        self.path = directory / self.FILE_NAME

    def save(self, draft: dict[str, Any]) -> None:
        _write_atomically(self.path, {"saved_at": datetime.now().astimezone(), "draft": draft})

    def load(self) -> dict[str, Any] | None:
        """The saved draft, or None. An unreadable file is kept aside, never deleted."""
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        try:
            data = json.loads(text)
            draft = data["draft"]
            if not isinstance(draft, dict):
                raise TypeError("the draft is not an object")
        except (ValueError, KeyError, TypeError) as exc:
            kept = _set_aside(self.path, self._directory / "unreadable", f"{exc}")
            log.warning("unreadable call draft moved to %s: %s", kept, exc)
            return None
        return draft

    def clear(self) -> None:
        self.path.unlink(missing_ok=True)


class Outbox:
    """Outcomes waiting for the database, one JSON file per call."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.rejected_directory = directory / "rejected"
        # Why the last flush stopped with outcomes left (None: it did not stop).
        self.waiting_for: KnownError | None = None

    def put(self, outcome: CallOutcome) -> Path:
        """Keep an outcome (idempotent: the same client token overwrites its own file)."""
        path = self._path(outcome.client_token)
        _write_atomically(path, outcome_to_json(outcome))
        return path

    def pending(self) -> list[CallOutcome]:
        """Outcomes still to send, oldest call first. Unreadable files go to `rejected/`."""
        return [outcome for _, outcome in self._entries()]

    def flush(self, calls: Recorder, actor: Actor) -> int:
        """Send every pending outcome once; returns how many reached the database.

        Sent (or found already recorded): the file is removed. Database unreachable or
        locked: the file stays and flushing stops, to be tried again later. Refused by a
        rule (the outcome can never be saved as it is): moved to `rejected/` with the
        reason, for a team lead to re-enter. An unexpected error leaves the file in place
        and is raised once the others have been tried.
        """
        sent = 0
        bug: BaseException | None = None
        self.waiting_for = None
        for path, outcome in self._entries():
            try:
                saved = calls.record(actor, outcome)
            except _TRY_LATER as later:
                self.waiting_for = later
                break
            except KnownError as refused:
                kept = _set_aside(path, self.rejected_directory, str(refused))
                log.warning(
                    "outcome %s refused, kept in %s: %s", outcome.client_token, kept, refused
                )
                continue
            except Exception as exc:  # raised after the other files
                log.exception("outcome %s could not be sent", outcome.client_token)
                bug = bug or exc
                continue
            path.unlink(missing_ok=True)
            sent += 1
            log.info(
                "outcome %s sent as call %s%s",
                outcome.client_token,
                saved.call_id,
                " (already recorded)" if saved.duplicate else "",
            )
        if bug is not None:
            raise bug
        return sent

    def rejected(self) -> list[tuple[Path, str]]:
        """Outcomes set aside by `flush` or `pending`, with the reason."""
        if not self.rejected_directory.is_dir():
            return []
        found = []
        for path in sorted(self.rejected_directory.glob("*.json")):
            reason_file = path.with_suffix(".reason.txt")
            reason = reason_file.read_text(encoding="utf-8").strip() if reason_file.exists() else ""
            found.append((path, reason))
        return found

    def _path(self, client_token: str) -> Path:
        name = _SAFE_NAME.sub("_", client_token)
        if not name:
            raise ValueError("an outcome needs a client token")
        return self.directory / f"{name}.json"

    def _entries(self) -> list[tuple[Path, CallOutcome]]:
        if not self.directory.is_dir():
            return []
        entries: list[tuple[Path, CallOutcome]] = []
        for path in self.directory.glob("*.json"):
            try:
                outcome = outcome_from_json(json.loads(path.read_text(encoding="utf-8")))
            except FileNotFoundError:
                continue  # sent meanwhile by another flush
            except ValueError as exc:
                _set_aside(path, self.rejected_directory, f"unreadable: {exc}")
                log.warning("unreadable outcome file %s set aside: %s", path.name, exc)
                continue
            entries.append((path, outcome))
        entries.sort(key=lambda entry: (entry[1].started_at, entry[1].client_token))
        return entries
