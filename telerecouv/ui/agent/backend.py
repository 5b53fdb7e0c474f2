"""What the agent's workspace needs from the back end, behind one object.

Every method here runs on a worker thread (`TaskRunner`): it may touch the database or the
workstation's files. The workspace never calls them from the GUI thread. The composition
root builds `AgentBackend` from the real services; tests give fakes with the same methods.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

from telerecouv.domain.scripts import ScriptLibrary, load_library
from telerecouv.services.call_outcome import CallOutcome, SavedCall
from telerecouv.services.debtor_file import DebtorFile
from telerecouv.services.outbox import TRY_LATER, DraftStore, Outbox
from telerecouv.services.permissions import Actor
from telerecouv.store.errors import SchemaTooNew

# The database cannot take the outcome now (down, locked, not ready, or migrated by a newer
# version): keep it in the local outbox (services/outbox.TRY_LATER, the same list).


class LeaseLike(Protocol):
    item_id: int
    debtor_id: int
    token: str
    expires_at: datetime
    explanation: str
    callback: bool


class QueuePort(Protocol):
    def next_item(self, actor: Actor, *, queue_ids: Sequence[int] | None = None) -> Any: ...
    def heartbeat(self, actor: Actor, item_id: int, token: str) -> datetime: ...
    def release(self, actor: Actor, item_id: int, token: str | None) -> None: ...
    def counts(self, actor: Actor) -> list[Any]: ...


class FilePort(Protocol):
    def load(self, actor: Actor, debtor_id: int) -> DebtorFile: ...
    def reveal_identifier(self, actor: Actor, debtor_id: int) -> str: ...


class CallPort(Protocol):
    def record(self, actor: Actor, outcome: CallOutcome) -> SavedCall: ...


@dataclass(frozen=True)
class Claimed:
    """The next call: the lease on the work item and the debtor's file."""

    lease: Any  # LeaseLike
    file: DebtorFile


@dataclass(frozen=True)
class Recorded:
    """What became of an outcome: saved in the database, or kept in the local outbox."""

    saved: SavedCall | None
    queued: bool  # True: kept locally, to be sent when the database answers
    reason: str = ""
    update_needed: bool = False  # kept because the database is newer than this workstation


@dataclass(frozen=True)
class Counts:
    waiting: int
    callbacks_due_today: int
    in_call: int


class AgentBackend:
    def __init__(
        self,
        *,
        queue: QueuePort,
        files: FilePort,
        calls: CallPort,
        contacts: Any,
        letters: Any,
        outbox: Outbox,
        drafts: DraftStore,
        scripts_dir: Path,
        letters_dir: Path,
        settings: Callable[[], dict[str, Any]] = dict,
        reminders: Any = None,
    ) -> None:
        self.queue = queue
        self.files = files
        self.calls = calls
        self.contacts = contacts
        self.letters = letters
        self.outbox = outbox
        self.drafts = drafts
        self.scripts_dir = scripts_dir
        self.letters_dir = letters_dir
        self.settings = settings
        self.reminders = reminders  # jobs.sweeps.ReminderPoller of this agent, or None

    # --- queue ----------------------------------------------------------------------------

    def next_call(self, actor: Actor) -> Claimed | None:
        lease = self.queue.next_item(actor)
        if lease is None:
            return None
        try:
            file = self.files.load(actor, lease.debtor_id)
        except Exception:
            self.queue.release(actor, lease.item_id, lease.token)
            raise
        return Claimed(lease, file)

    def counts(self, actor: Actor) -> Counts:
        rows = self.queue.counts(actor)
        return Counts(
            waiting=sum(int(getattr(r, "waiting", 0)) for r in rows),
            callbacks_due_today=sum(int(getattr(r, "callbacks_due_today", 0)) for r in rows),
            in_call=sum(int(getattr(r, "leased", 0)) for r in rows),
        )

    def heartbeat(self, actor: Actor, item_id: int, token: str) -> datetime:
        return self.queue.heartbeat(actor, item_id, token)

    def release(self, actor: Actor, item_id: int, token: str) -> None:
        self.queue.release(actor, item_id, token)

    def load_file(self, actor: Actor, debtor_id: int) -> DebtorFile:
        return self.files.load(actor, debtor_id)

    def reveal(self, actor: Actor, debtor_id: int) -> str:
        return self.files.reveal_identifier(actor, debtor_id)

    # --- saving ---------------------------------------------------------------------------

    def record(self, actor: Actor, outcome: CallOutcome) -> Recorded:
        """Save the outcome; when the database does not answer, keep it in the outbox."""
        try:
            saved = self.calls.record(actor, outcome)
        except TRY_LATER as down:
            self.outbox.put(outcome)
            self.drafts.clear()  # the outbox holds it now
            return Recorded(None, True, str(down), isinstance(down, SchemaTooNew))
        self.drafts.clear()
        return Recorded(saved, False)

    def flush_outbox(self, actor: Actor) -> tuple[int, int]:
        """Send what waits in the outbox; returns (sent, still waiting)."""
        sent = self.outbox.flush(self.calls, actor)
        return sent, len(self.outbox.pending())

    @property
    def update_needed(self) -> bool:
        """The last attempt found a database newer than this workstation."""
        return isinstance(self.outbox.waiting_for, SchemaTooNew)

    def pending_outcomes(self) -> int:
        return len(self.outbox.pending())

    # --- local files ----------------------------------------------------------------------

    def save_draft(self, draft: dict[str, Any]) -> None:
        self.drafts.save(draft)

    def load_draft(self) -> dict[str, Any] | None:
        return self.drafts.load()

    def clear_draft(self) -> None:
        self.drafts.clear()

    def due_reminders(self, now: datetime) -> list[Any]:
        """The agent's personal call-backs due soon, each announced once."""
        return list(self.reminders.poll(now)) if self.reminders is not None else []

    def dial_template(self) -> str:
        """The workstation's softphone URI template (settings.json "dial_template")."""
        value = self.settings().get("dial_template")
        return str(value) if value else "tel:{e164}"

    def load_scripts(self) -> ScriptLibrary:
        return load_library(self.scripts_dir)

    def write_confirmation(self, actor: Actor, plan_id: int) -> Path | None:
        """The plan's confirmation letter as a PDF in the data directory, filed on the letter
        row. None when the plan has no letter yet (it waits for a team lead's approval)."""
        from telerecouv.ui.agent.letter_pdf import write_letter_pdf

        letter = self.letters.plan_confirmation(actor, plan_id)
        if letter.letter_id is None:
            return None
        path = write_letter_pdf(letter, self.letters_dir)
        self.letters.attach_file(actor, letter.letter_id, str(path))
        return path

    # --- contact data ---------------------------------------------------------------------

    def change_contact(
        self, actor: Actor, debtor_id: int, dialog: str, values: dict[str, Any]
    ) -> None:
        """Apply what a contact dialog (by its class name) submitted."""
        source = values["source"]
        if dialog == "PhoneDialog":
            self.contacts.add_phone(actor, debtor_id, values["raw"], source=source)
        elif dialog == "EmailDialog":
            self.contacts.set_email(actor, debtor_id, values["email"], source=source)
        elif dialog == "AddressDialog":
            self.contacts.set_address(
                actor,
                debtor_id,
                values["address"],
                values["postal_code"],
                values["city"],
                values["country"],
                source=source,
            )
        elif dialog == "RepresentativeDialog":
            self.contacts.set_representative(actor, debtor_id, values["name"], source=source)
        else:
            raise ValueError(f"unknown contact dialog {dialog}")

    def deactivate_phone(self, actor: Actor, contact_id: int, reason: str) -> None:
        self.contacts.deactivate_phone(actor, contact_id, reason)
