"""Writing parsed records: one writer per kind, a chunk of rows at a time, in bulk SQL.

Each writer looks the chunk's external ids up in one query, inserts the new rows (COPY on
PostgreSQL, executemany on SQLite), updates the rows whose values changed and leaves the
others alone, so that importing the same file twice changes nothing. Contact data that changes
on a debtor already known is kept as history (`contact_changes`, source "import").
Rows that only the database can refuse (unknown debtor, a claim that would move to another
debtor, a payment that changed) are reported like parsing errors and skipped.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from enum import Enum
from typing import Any

from sqlalchemy.orm import Session

from telerecouv.domain.enums import (
    ClaimStatus,
    ContactKind,
    ContactSource,
    ExclusionReason,
    Phase,
    Stage,
)
from telerecouv.domain.text import fold_or_none
from telerecouv.services.imports.bulk import Bulk
from telerecouv.services.imports.report import Counts
from telerecouv.services.imports.schema import Context
from telerecouv.services.permissions import Actor
from telerecouv.store.errors import msg

Row = tuple[int, dict[str, Any]]  # (line number, record)

# Debtor columns a re-import may change, and the contact data among them (kept as history).
DEBTOR_FIELDS = (
    "kind", "last_name", "first_name", "company_name", "representative", "birth_date",
    "national_id", "address", "postal_code", "city", "country", "email", "household_quotient",
    "has_active_rights",
)  # fmt: skip
CONTACT_FIELDS = {
    "email": ContactKind.EMAIL,
    "address": ContactKind.ADDRESS,
    "postal_code": ContactKind.ADDRESS,
    "city": ContactKind.ADDRESS,
    "country": ContactKind.ADDRESS,
    "representative": ContactKind.REPRESENTATIVE,
}
CLAIM_FIELDS = (
    "origin", "notification_ref", "notified_on", "initial_amount", "balance", "imported_balance",
    "responsibility", "fraud", "procedure", "limitation_on", "exclusion_reason", "status",
)  # fmt: skip
_BALANCE = CLAIM_FIELDS.index("balance")
_IMPORTED_BALANCE = CLAIM_FIELDS.index("imported_balance")
_STATUS = CLAIM_FIELDS.index("status")
CALL_FIELDS = (
    "claim_id", "agent_id", "team_id", "number", "started_at", "ended_at", "reachability",
    "result", "notes",
)  # fmt: skip
DAY_FIELDS = frozenset(
    {"birth_date", "notified_on", "limitation_on", "occurred_on", "formal_notice_due_on",
     "paid_on", "stage_since"}
)  # fmt: skip
MOMENT_FIELDS = frozenset({"started_at", "ended_at"})
FLAG_FIELDS = frozenset({"has_active_rights", "fraud", "to_locate", "valid", "active"})


def _plain(value: Any) -> Any:
    return value._value_ if isinstance(value, Enum) else value


def _iso_day(value: Any) -> Any:
    return None if value is None else value.isoformat()


def _same_value(value: Any) -> Any:
    return value


def _encoder(name: str, bulk: Bulk) -> Callable[[Any], Any]:
    if name in DAY_FIELDS:
        return _same_value if bulk.pg else _iso_day
    if name in MOMENT_FIELDS:
        return bulk.moment
    if name in FLAG_FIELDS:
        as_flag = bool if bulk.pg else int

        def flag(value: Any) -> Any:
            return None if value is None else as_flag(bool(value))

        return flag
    return _plain


def _compile_row_encoder(
    names: tuple[str, ...], bulk: Bulk
) -> Callable[[dict[str, Any]], tuple[Any, ...]]:
    """One function reading and encoding the record's `names` the way `_encoder` does cell by
    cell, generated once per writer and column list: a row costs one call instead of one per
    cell (the import encodes millions of rows). The source is built from our own column names.
    """
    reads: list[str] = []
    values: list[str] = []
    for position, name in enumerate(names):
        value = f"v{position}"
        reads.append(f"    {value} = record[{name!r}]")
        if name in DAY_FIELDS:
            values.append(value if bulk.pg else f"None if {value} is None else {value}.isoformat()")
        elif name in MOMENT_FIELDS:
            values.append(f"moment({value})")
        elif name in FLAG_FIELDS:
            flag = "bool" if bulk.pg else "int"
            values.append(f"None if {value} is None else {flag}(bool({value}))")
        else:  # an enum's stored code, anything else as it is
            values.append(f"getattr({value}, '_value_', {value})")
    source = "\n".join(["def encode(record):", *reads, f"    return ({', '.join(values)},)"])
    scope: dict[str, Any] = {"moment": bulk.moment}
    exec(source, scope)
    encode: Callable[[dict[str, Any]], tuple[Any, ...]] = scope["encode"]
    return encode


class Writer:
    """Base: the shared connection helpers and the encoding of values as stored."""

    touches_files = True  # the queue is re-synchronised for the debtors written

    def __init__(self, session: Session, ctx: Context, counts: Counts, actor: Actor) -> None:
        self.session = session
        self.bulk = Bulk(session.connection())
        self.ctx = ctx
        self.org = ctx.organisation.id
        self.counts = counts
        self.actor = actor
        self.now = self.bulk.moment(ctx.now)
        self.debtor_ids: set[int] = set()  # files to re-synchronise
        self.new_ids: list[int] = []  # rows inserted (payments: to match)
        self._encoders: dict[str, Callable[[Any], Any]] = {}
        self._row_encoders: dict[tuple[str, ...], Callable[[dict[str, Any]], tuple[Any, ...]]] = {}

    def encode(self, name: str, value: Any) -> Any:
        """A record value in the form the column stores (cents, ISO days on SQLite...)."""
        return self.encoder(name)(value)

    def encoder(self, name: str) -> Callable[[Any], Any]:
        """The encoding of one column, chosen once (the hot path calls it per cell)."""
        found = self._encoders.get(name)
        if found is None:
            found = _encoder(name, self.bulk)
            self._encoders[name] = found
        return found

    def encode_all(self, names: tuple[str, ...], record: dict[str, Any]) -> tuple[Any, ...]:
        """The record's values of `names`, encoded, in order (as `encode` one by one)."""
        encode = self._row_encoders.get(names)
        if encode is None:
            encode = _compile_row_encoder(names, self.bulk)
            self._row_encoders[names] = encode
        return encode(record)

    def same(self, name: str, stored: Any, value: Any) -> bool:
        """Whether a stored value equals a record value (compared as stored)."""
        return self.same_encoded(name, stored, self.encode(name, value))

    @staticmethod
    def same_encoded(name: str, stored: Any, encoded: Any) -> bool:
        """Whether a stored value equals an encoded record value."""
        if name in FLAG_FIELDS:
            return bool(stored) == bool(encoded)
        return bool(stored == encoded)

    def lookup(
        self, table: str, columns: str, key: str, values: Sequence[Any]
    ) -> list[tuple[Any, ...]]:
        """Rows of this organisation whose `key` is one of `values`, in one query."""
        if not values:
            return []
        if self.bulk.pg:
            # A join on the unnested keys: the planner walks the unique index per key. With
            # `key = ANY(array)` it may scan the table and test each row against the whole
            # array (a table COPY'd in a moment ago has no statistics yet): seconds a chunk.
            return self.bulk.fetch(
                f"SELECT {columns} FROM unnest(CAST(? AS text[])) AS wanted(_key) "
                f"JOIN {table} ON {table}.{key} = wanted._key WHERE organisation_id = ?",
                (list(values), self.org),
            )
        condition, param = self.bulk.any_of(key, values)
        return self.bulk.fetch(
            f"SELECT {columns} FROM {table} WHERE organisation_id = ? AND {condition}",
            (self.org, param),
        )

    def debtor_map(self, external_ids: Sequence[str]) -> dict[str, tuple[int, bool]]:
        rows = self.lookup("debtors", "external_id, id, has_active_rights", "external_id",
                           sorted(set(external_ids)))  # fmt: skip
        return {str(ext): (int(i), bool(rights)) for ext, i, rights in rows}

    def claim_map(self, external_ids: Sequence[str]) -> dict[str, tuple[Any, ...]]:
        columns = "external_id, id, debtor_id, stage, stage_since, formal_notice_due_on"
        rows = self.lookup("claims", columns, "external_id", sorted(set(external_ids)))
        return {str(row[0]): row[1:] for row in rows}

    def write(self, rows: list[Row]) -> None:
        raise NotImplementedError


# --- debtors ---------------------------------------------------------------------------------


class DebtorWriter(Writer):
    def write(self, rows: list[Row]) -> None:
        bulk, counts = self.bulk, self.counts
        names = ", ".join(("external_id", "id", "time_zones", *DEBTOR_FIELDS))
        keys = [record["external_id"] for _, record in rows]
        existing = {
            str(row[0]): row[1:] for row in self.lookup("debtors", names, "external_id", keys)
        }
        new = [(line, record) for line, record in rows if record["external_id"] not in existing]
        known = [(line, record) for line, record in rows if record["external_id"] in existing]
        ids = bulk.allocate_ids("debtors", len(new))
        bulk.insert(
            "debtors",
            ("id", "organisation_id", "external_id", *DEBTOR_FIELDS, "time_zones", "to_locate",
             "created_at", "updated_at"),
            [
                (debtor_id, self.org, record["external_id"],
                 *self.encode_all(DEBTOR_FIELDS, record),
                 record["time_zones"], bulk.flag(record["to_locate"]), self.now, self.now)
                for debtor_id, (_, record) in zip(ids, new, strict=True)
            ],
        )  # fmt: skip
        # The new debtors' numbers, built inline (a million of them in a large file).
        phone, source, now = ContactKind.PHONE.value, ContactSource.IMPORT.value, self.now
        yes, no = bulk.flag(True), bulk.flag(False)
        phones: list[tuple[Any, ...]] = [
            (debtor_id, phone, value, raw[:254], phone_type, yes if valid else no, yes, position,
             source, now, now)
            for debtor_id, (_, record) in zip(ids, new, strict=True)
            for position, value, raw, phone_type, valid in record["phones"]
        ]  # fmt: skip
        counts.inserted += len(new)
        if known:
            self._update(known, existing, phones)
        bulk.insert("contact_points", PHONE_COLUMNS, phones)

    def _phone_row(
        self, debtor_id: int, position: int, value: str, raw: str, phone_type: str, valid: bool
    ) -> tuple[Any, ...]:
        flag = self.bulk.flag
        return (debtor_id, ContactKind.PHONE.value, value, raw[:254], phone_type, flag(valid),
                flag(True), position, ContactSource.IMPORT.value, self.now, self.now)  # fmt: skip

    def _update(
        self, known: list[Row], existing: dict[str, tuple[Any, ...]], phones: list[tuple[Any, ...]]
    ) -> None:
        bulk = self.bulk
        ids = [int(existing[record["external_id"]][0]) for _, record in known]
        stored_phones: dict[int, list[tuple[Any, ...]]] = {}
        condition, param = bulk.any_of("debtor_id", ids)
        for row in bulk.fetch(
            "SELECT debtor_id, id, value, position, source, active, verified_at "
            f"FROM contact_points WHERE kind = 'phone' AND {condition}",
            (param,),
        ):
            stored_phones.setdefault(int(row[0]), []).append(row[1:])
        updates: list[tuple[Any, ...]] = []
        changes: list[tuple[Any, ...]] = []
        retired: list[tuple[Any, ...]] = []
        for _, record in known:
            debtor_id, _zones, *stored = existing[record["external_id"]]
            debtor_id = int(debtor_id)
            changed = False
            for name, old in zip(DEBTOR_FIELDS, stored, strict=True):
                if self.same(name, old, record[name]):
                    continue
                changed = True
                if name in CONTACT_FIELDS:
                    changes.append(self._change(debtor_id, CONTACT_FIELDS[name], name, old,
                                                record[name]))  # fmt: skip
            current = stored_phones.get(debtor_id, [])
            values = {row[1] for row in current}
            file_values = {phone[1] for phone in record["phones"]}
            for position, value, raw, phone_type, valid in record["phones"]:
                if value in values:
                    continue
                changed = True
                phones.append(self._phone_row(debtor_id, position, value, raw, phone_type, valid))
                replaced = next(
                    (row for row in current
                     if row[2] == position and row[3] == ContactSource.IMPORT.value and row[4]
                     and row[5] is None and row[1] not in file_values),
                    None,
                )  # fmt: skip
                if replaced is not None:
                    retired.append((bulk.flag(False), self.now, int(replaced[0])))
                changes.append(self._change(
                    debtor_id, ContactKind.PHONE, f"phone_{position + 1}",
                    replaced[1] if replaced is not None else None, value,
                ))  # fmt: skip
            if not changed:
                self.counts.unchanged += 1
                continue
            self.counts.updated += 1
            self.debtor_ids.add(debtor_id)
            updates.append((
                *self.encode_all(DEBTOR_FIELDS, record),
                record["time_zones"], self.now, debtor_id,
            ))  # fmt: skip
        sets = ", ".join(f"{name} = ?" for name in (*DEBTOR_FIELDS, "time_zones", "updated_at"))
        bulk.many(f"UPDATE debtors SET {sets} WHERE id = ?", updates)
        bulk.many("UPDATE contact_points SET active = ?, updated_at = ? WHERE id = ?", retired)
        bulk.insert("contact_changes", CHANGE_COLUMNS, changes)

    def _change(
        self, debtor_id: int, kind: ContactKind, field: str, old: Any, new: Any
    ) -> tuple[Any, ...]:
        def text(value: Any) -> str | None:
            if value is None:
                return None
            if isinstance(value, date):
                return value.isoformat()
            return str(getattr(value, "value", value))

        return (debtor_id, kind.value, field, text(old), text(new), ContactSource.IMPORT.value,
                self.now, self.actor.user_id)  # fmt: skip


PHONE_COLUMNS = (
    "debtor_id", "kind", "value", "raw", "phone_type", "valid", "active", "position", "source",
    "created_at", "updated_at",
)  # fmt: skip
CHANGE_COLUMNS = (
    "debtor_id", "kind", "field", "old_value", "new_value", "source", "changed_at",
    "changed_by_id",
)  # fmt: skip


# --- claims ----------------------------------------------------------------------------------


class ClaimWriter(Writer):
    def write(self, rows: list[Row]) -> None:
        bulk, counts = self.bulk, self.counts
        debtors = self.debtor_map([record["debtor_external_id"] for _, record in rows])
        names = ", ".join(("external_id", "id", "debtor_id", *CLAIM_FIELDS))
        keys = [record["external_id"] for _, record in rows]
        existing = {
            str(row[0]): row[1:] for row in self.lookup("claims", names, "external_id", keys)
        }
        inserts: list[tuple[Any, ...]] = []
        updates: list[tuple[Any, ...]] = []
        for line, record in rows:
            debtor = debtors.get(record["debtor_external_id"])
            if debtor is None:
                counts.reject(line, "debtor_external_id",
                              msg("no debtor {debtor!r}: import the debtors file first",
                                  debtor=record["debtor_external_id"]))  # fmt: skip
                continue
            debtor_id, has_rights = debtor
            stored = existing.get(record["external_id"])
            if stored is None:
                record["imported_balance"] = record["balance"]
                status = self._status(record, None)
                stage = None
                if record["exclusion_reason"] is None and not has_rights:
                    stage = Stage.NEW_CLAIM_NO_RIGHTS  # "mise en indu, allocataire sans droit"
                record["status"] = status
                inserts.append((
                    self.org, debtor_id, record["external_id"],
                    *self.encode_all(CLAIM_FIELDS, record),
                    Phase.AMICABLE.value, Bulk.code(stage),
                    bulk.day(record["notified_on"] or self.ctx.today) if stage else None,
                    self.now, self.now,
                ))  # fmt: skip
                self.debtor_ids.add(debtor_id)
                continue
            claim_id, stored_debtor, *values = stored
            if int(stored_debtor) != debtor_id:
                counts.reject(line, "debtor_external_id",
                              msg("claim {claim!r} belongs to another debtor; a claim cannot "
                                  "move between debtors", claim=record["external_id"]))  # fmt: skip
                continue
            # The balance the file states moves the claim's balance only when it differs from
            # the previous file's: an unchanged file must not undo the payments matched since.
            file_balance = record["balance"]
            if values[_IMPORTED_BALANCE] is not None and values[_IMPORTED_BALANCE] == file_balance:
                record["balance"] = values[_BALANCE]
            record["imported_balance"] = file_balance
            record["status"] = self._status(record, ClaimStatus(values[_STATUS]))
            encoded = self.encode_all(CLAIM_FIELDS, record)
            if all(
                self.same_encoded(n, old, new)
                for n, old, new in zip(CLAIM_FIELDS, values, encoded, strict=True)
            ):
                counts.unchanged += 1
                continue
            counts.updated += 1
            self.debtor_ids.add(debtor_id)
            updates.append((*encoded, self.now, int(claim_id)))
        ids = bulk.allocate_ids("claims", len(inserts))
        bulk.insert(
            "claims",
            ("id", "organisation_id", "debtor_id", "external_id", *CLAIM_FIELDS, "phase", "stage",
             "stage_since", "created_at", "updated_at"),
            [(claim_id, *row) for claim_id, row in zip(ids, inserts, strict=True)],
        )  # fmt: skip
        counts.inserted += len(inserts)
        sets = ", ".join(f"{name} = ?" for name in (*CLAIM_FIELDS, "updated_at"))
        bulk.many(f"UPDATE claims SET {sets} WHERE id = ?", updates)

    @staticmethod
    def _status(record: dict[str, Any], current: ClaimStatus | None) -> ClaimStatus:
        """The file's balance decides paid/open; a status set here (échec amiable) stays."""
        if record["exclusion_reason"] is ExclusionReason.WRITTEN_OFF:
            return ClaimStatus.WRITTEN_OFF
        if current in (None, ClaimStatus.OPEN, ClaimStatus.PAID):
            return ClaimStatus.PAID if record["balance"] == 0 else ClaimStatus.OPEN
        assert current is not None
        return current


# --- defaults --------------------------------------------------------------------------------


class DefaultWriter(Writer):
    def write(self, rows: list[Row]) -> None:
        bulk, counts = self.bulk, self.counts
        claims = self.claim_map([record["claim_external_id"] for _, record in rows])
        ids = sorted({int(claim[0]) for claim in claims.values()})
        stored: dict[tuple[int, str, Any], tuple[int, Any]] = {}
        if ids:
            condition, param = bulk.any_of("claim_id", ids)
            for default_id, claim_id, stored_stage, stored_on, due in bulk.fetch(
                "SELECT id, claim_id, stage, occurred_on, formal_notice_due_on FROM defaults "
                f"WHERE {condition}",
                (param,),
            ):
                key = (int(claim_id), str(stored_stage), bulk.read_day(stored_on))
                stored[key] = (int(default_id), due)
        state = {int(c[0]): [c[2], bulk.read_day(c[3])] for c in claims.values()}
        inserts: list[tuple[Any, ...]] = []
        updates: list[tuple[Any, ...]] = []
        stage_changes: dict[int, tuple[Any, ...]] = {}
        for line, record in rows:
            claim = claims.get(record["claim_external_id"])
            if claim is None:
                counts.reject(line, "claim_external_id",
                              msg("no claim {claim!r}: import the claims file first",
                                  claim=record["claim_external_id"]))  # fmt: skip
                continue
            claim_id, debtor_id = int(claim[0]), int(claim[1])
            stage = record["stage"]
            occurred = record["occurred_on"]
            due = record["formal_notice_due_on"]
            key = (claim_id, stage.value, occurred)
            if key in stored:
                default_id, stored_due = stored[key]
                if self.same("formal_notice_due_on", stored_due, due):
                    counts.unchanged += 1
                    continue
                updates.append((bulk.day(due), default_id))
                counts.updated += 1
            else:
                inserts.append((claim_id, stage.value, bulk.day(occurred), bulk.day(due), self.now))
                counts.inserted += 1
            self.debtor_ids.add(debtor_id)
            since = state[claim_id][1]
            if since is None or occurred >= since:  # the latest default sets the stage
                state[claim_id] = [stage.value, occurred]
                stage_changes[claim_id] = (stage.value, bulk.day(occurred), bulk.day(due),
                                           self.now, claim_id)  # fmt: skip
        bulk.insert(
            "defaults",
            ("claim_id", "stage", "occurred_on", "formal_notice_due_on", "created_at"),
            inserts,
        )
        bulk.many("UPDATE defaults SET formal_notice_due_on = ? WHERE id = ?", updates)
        bulk.many(
            "UPDATE claims SET stage = ?, stage_since = ?, "
            "formal_notice_due_on = COALESCE(?, formal_notice_due_on), updated_at = ? "
            "WHERE id = ?",
            list(stage_changes.values()),
        )


# --- payments --------------------------------------------------------------------------------


class PaymentWriter(Writer):
    def write(self, rows: list[Row]) -> None:
        bulk, counts = self.bulk, self.counts
        claims = self.claim_map([record["claim_external_id"] for _, record in rows])
        existing = {
            str(row[0]): row[1:]
            for row in self.lookup("payments", "external_id, id, claim_id, amount, paid_on, means",
                                   "external_id", [r["external_id"] for _, r in rows])
        }  # fmt: skip
        inserts: list[tuple[Any, ...]] = []
        means_updates: list[tuple[Any, ...]] = []
        for line, record in rows:
            claim = claims.get(record["claim_external_id"])
            if claim is None:
                counts.reject(line, "claim_external_id",
                              msg("no claim {claim!r}: import the claims file first",
                                  claim=record["claim_external_id"]))  # fmt: skip
                continue
            claim_id = int(claim[0])
            stored = existing.get(record["external_id"])
            if stored is None:
                inserts.append((self.org, record["external_id"], claim_id, record["amount"],
                                bulk.day(record["paid_on"]), Bulk.code(record["means"]),
                                self.now))  # fmt: skip
                continue
            payment_id, stored_claim, amount, paid_on, means = stored
            if (
                int(stored_claim) != claim_id
                or int(amount) != record["amount"]
                or not self.same("paid_on", paid_on, record["paid_on"])
            ):
                counts.reject(line, "external_id",
                              msg("payment {payment!r} was already imported with another "
                                  "claim, amount or date; a payment cannot change (the "
                                  "accounting sends a new payment to correct one)",
                                  payment=record["external_id"]))  # fmt: skip
                continue
            if self.same("means", means, record["means"]):
                counts.unchanged += 1
            else:
                counts.updated += 1
                means_updates.append((Bulk.code(record["means"]), int(payment_id)))
        ids = bulk.allocate_ids("payments", len(inserts))
        bulk.insert(
            "payments",
            ("id", "organisation_id", "external_id", "claim_id", "amount", "paid_on", "means",
             "created_at"),
            [(payment_id, *row) for payment_id, row in zip(ids, inserts, strict=True)],
        )  # fmt: skip
        counts.inserted += len(inserts)
        self.new_ids.extend(ids)
        bulk.many("UPDATE payments SET means = ? WHERE id = ?", means_updates)


# --- calls -----------------------------------------------------------------------------------


class CallWriter(Writer):
    touches_files = False  # history: the queue state comes from claims, not from past calls

    def __init__(self, session: Session, ctx: Context, counts: Counts, actor: Actor) -> None:
        super().__init__(session, ctx, counts, actor)
        self._agents: dict[str, tuple[int, int | None] | None] = {}

    def _agent(self, login: str | None) -> tuple[int | None, int | None]:
        if not login:
            return None, None
        key = login.strip().lower()
        if key not in self._agents:
            rows = self.bulk.fetch("SELECT id, team_id FROM users WHERE login = ?", (key,))
            self._agents[key] = (int(rows[0][0]), rows[0][1]) if rows else None
            if not rows:
                self.counts.warn(
                    msg("unknown agent login {login!r}: calls kept without an agent", login=login)
                )
        found = self._agents[key]
        return (found[0], found[1]) if found else (None, None)

    def write(self, rows: list[Row]) -> None:
        bulk, counts = self.bulk, self.counts
        debtors = self.debtor_map([record["debtor_external_id"] for _, record in rows])
        claims = self.claim_map([r["claim_external_id"] for _, r in rows if r["claim_external_id"]])
        names = ", ".join(("external_id", "id", *CALL_FIELDS))
        existing = {
            str(row[0]): row[1:]
            for row in self.lookup("call_attempts", names, "external_id",
                                   [r["external_id"] for _, r in rows])
        }  # fmt: skip
        inserts: list[tuple[Any, ...]] = []
        updates: list[tuple[Any, ...]] = []
        for line, record in rows:
            debtor = debtors.get(record["debtor_external_id"])
            if debtor is None:
                counts.reject(line, "debtor_external_id",
                              msg("no debtor {debtor!r}: import the debtors file first",
                                  debtor=record["debtor_external_id"]))  # fmt: skip
                continue
            debtor_id = debtor[0]
            claim_id: int | None = None
            if record["claim_external_id"]:
                claim = claims.get(record["claim_external_id"])
                if claim is None or int(claim[1]) != debtor_id:
                    counts.reject(line, "claim_external_id",
                                  msg("no claim {claim!r} for debtor {debtor!r}",
                                      claim=record["claim_external_id"],
                                      debtor=record["debtor_external_id"]))  # fmt: skip
                    continue
                claim_id = int(claim[0])
            record["claim_id"] = claim_id
            record["agent_id"], record["team_id"] = self._agent(record["agent_login"])
            encoded = self.encode_all(CALL_FIELDS, record)
            values = [*encoded, fold_or_none(record["notes"])]  # notes_folded, for the search
            stored = existing.get(record["external_id"])
            if stored is None:
                inserts.append((self.org, record["external_id"], debtor_id, *values, self.now))
                continue
            call_id, *old = stored
            if all(
                self.same_encoded(n, o, v)
                for n, o, v in zip(CALL_FIELDS, old, encoded, strict=True)
            ):
                counts.unchanged += 1
                continue
            counts.updated += 1
            updates.append((*values, int(call_id)))
        bulk.insert(
            "call_attempts",
            (
                "organisation_id",
                "external_id",
                "debtor_id",
                *CALL_FIELDS,
                "notes_folded",
                "created_at",
            ),
            inserts,
        )
        counts.inserted += len(inserts)
        sets = ", ".join(f"{name} = ?" for name in (*CALL_FIELDS, "notes_folded"))
        bulk.many(f"UPDATE call_attempts SET {sets} WHERE id = ?", updates)


WRITERS: dict[str, type[Writer]] = {
    "debtors": DebtorWriter,
    "claims": ClaimWriter,
    "defaults": DefaultWriter,
    "payments": PaymentWriter,
    "calls": CallWriter,
}
