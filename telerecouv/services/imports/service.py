"""ImportService: a creditor file in, every row accepted or reported, all or nothing.

Atomicity (docs/formats.md): a file is imported in ONE database transaction. Rows are read,
parsed and written chunk by chunk (the file is streamed, memory stays flat), but nothing is
committed before the last row, the queue synchronisation and the payment matching are done.
A crash, a Ctrl-C or a cancel from the GUI rolls the whole file back; the journal row in
`import_runs` (written in its own short transactions before and after) then says "failed", or
stays "running" when the process died. On SQLite the transaction starts with BEGIN IMMEDIATE,
so a second import or an agent's write waits rather than failing half-way.
"""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from operator import itemgetter
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from telerecouv.services import audit
from telerecouv.services.imports.mapping import MappingError, MappingProfile
from telerecouv.services.imports.readers import (
    MIXED_ENCODING,
    FileUnreadable,
    ReadOptions,
    open_table,
)
from telerecouv.services.imports.report import (
    JOURNAL_ERRORS,
    Counts,
    ImportKind,
    ImportReport,
    kind_name,
)
from telerecouv.services.imports.schema import KIND_SPECS, Context, OrgInfo, RowParser
from telerecouv.services.imports.writers import WRITERS, Row, Writer
from telerecouv.services.permissions import Actor, Permission, require
from telerecouv.store.engine import WRITE_LOCK
from telerecouv.store.errors import KnownError, NotFound, msg
from telerecouv.store.models import ImportRun, Organisation
from telerecouv.store.types import utcnow

CHUNK = 5000
PREVIEW_ROWS = 20
# While a file is imported, Python's cyclic garbage collector runs after every 50,000 new
# objects instead of 700: the import makes millions of short-lived rows and dicts that
# reference counting frees anyway, and collecting every 700 of them cost 18 % of a 500,000-row
# import (docs/benchmarks.md). Process-wide, restored when the last import ends.
GC_FIRST_GENERATION = 50_000
_gc_lock = threading.Lock()
_gc_imports = 0
_gc_saved: tuple[int, int, int] | None = None


@contextmanager
def fewer_collections() -> Iterator[None]:
    global _gc_imports, _gc_saved
    with _gc_lock:
        if _gc_imports == 0:
            _gc_saved = gc.get_threshold()
            gc.set_threshold(max(GC_FIRST_GENERATION, _gc_saved[0]), *_gc_saved[1:])
        _gc_imports += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_imports -= 1
            if _gc_imports == 0 and _gc_saved is not None:
                gc.set_threshold(*_gc_saved)
                _gc_saved = None


class ImportCancelled(KnownError):
    """The user cancelled: nothing of the file was kept."""


@dataclass(frozen=True)
class FileSniff:
    """What the import wizard shows before importing: how the file was read, first rows."""

    path: Path
    format: str  # "csv" or "xlsx"
    encoding: str | None
    delimiter: str | None
    sheet: str | None
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]  # the first rows, as text
    canonical: tuple[str, ...]  # our column name for each header (as the profile maps it)


class ImportService:
    def __init__(
        self, sessions: sessionmaker[Session], *, clock: Callable[[], datetime] = utcnow
    ) -> None:
        self._sessions = sessions
        self._clock = clock

    def sniff(self, path: Path, mapping: MappingProfile | None = None) -> FileSniff:
        """Encoding, delimiter, headers and the first rows, without touching the database."""
        profile = mapping or MappingProfile()
        with open_table(path, profile.read_options) as table:
            rows: list[tuple[str, ...]] = []
            for _, cells in table.rows():
                rows.append(tuple(cells))
                if len(rows) >= PREVIEW_ROWS:
                    break
            info = table.info
            return FileSniff(
                path=Path(path),
                format=info.format,
                encoding=info.encoding,
                delimiter=info.delimiter,
                sheet=info.sheet,
                headers=tuple(table.headers),
                rows=tuple(rows),
                canonical=tuple(profile.canonical(h) for h in table.headers),
            )

    def run(
        self,
        actor: Actor,
        kind: ImportKind | str,
        path: Path,
        *,
        dry_run: bool = False,
        mapping: MappingProfile | None = None,
        progress: Callable[[int, int], None] | None = None,
        cancel: Callable[[], bool] | None = None,
        organisation: str | None = None,
    ) -> ImportReport:
        """Import one file. FileUnreadable (exit code 2) when the file itself cannot be used.

        `organisation` is the code of the organisation the file belongs to; by default the
        profile's, else the only organisation of the database. `progress(done, total)` is
        called after each chunk (bytes of a CSV; rows of an XLSX with total 0 = unknown).
        """
        try:
            kind = ImportKind(kind)
        except ValueError:
            raise KnownError(
                msg("Unknown kind of file {kind!r}.", kind=kind),
                msg("Choose one of: {kinds}.", kinds=", ".join(k.value for k in ImportKind)),
            ) from None
        require(actor, Permission.IMPORT_FILES, "import creditor files")
        profile = mapping or MappingProfile()
        if profile.kind is not None and profile.kind != kind.value:
            raise MappingError(
                msg(
                    "The mapping profile {name!r} is for {kind}, not {wanted}.",
                    name=profile.name,
                    kind=kind_name(profile.kind),
                    wanted=kind_name(kind),
                )
            )
        started = time.perf_counter()
        now = self._clock()
        org = self._organisation(organisation or profile.organisation)
        ctx = Context(org, now)
        spec = KIND_SPECS[kind.value]
        options = profile.read_options
        with open_table(path, ReadOptions(options.encoding, options.delimiter, options.sheet,
                                          options.header_row)) as table:  # fmt: skip
            parser = RowParser(spec, ctx, table.headers, profile)
            counts = Counts()
            for header in parser.ignored:
                name = kind_name(kind)
                counts.warn(
                    msg("column {header!r} is not used for {kind}", header=header, kind=name)
                )
            if table.info.encoding == MIXED_ENCODING:
                counts.warn(msg(
                    "{name} is not entirely UTF-8: the lines that are not were read as "
                    "Windows-1252; check the accents of the rows sent from another export.",
                    name=table.info.path.name,
                ))  # fmt: skip
            run_id = self._journal_start(actor, kind, table.info.path, table.info.sha256, org,
                                         dry_run)  # fmt: skip
            try:
                with fewer_collections():
                    details = self._import(
                        actor, kind, table, parser, ctx, counts, dry_run, progress, cancel, run_id
                    )
            except BaseException as exc:
                self._journal_end(run_id, counts, "failed", str(exc) or type(exc).__name__)
                raise
        self._journal_end(run_id, counts, "done", None)
        accepted = counts.inserted + counts.updated + counts.unchanged
        return ImportReport(
            kind=kind.value,
            file=str(table.info.path),
            organisation=org.code,
            dry_run=dry_run,
            accepted=accepted,
            rejected=len(counts.rejected_lines),
            inserted=counts.inserted,
            updated=counts.updated,
            unchanged=counts.unchanged,
            errors=tuple(sorted(counts.errors)),
            errors_omitted=counts.errors_omitted,
            warnings=tuple(counts.warnings),
            run_id=run_id,
            seconds=round(time.perf_counter() - started, 3),
            details=details,
        )

    # -- the transaction ----------------------------------------------------------------------

    def _import(
        self,
        actor: Actor,
        kind: ImportKind,
        table: Any,
        parser: RowParser,
        ctx: Context,
        counts: Counts,
        dry_run: bool,
        progress: Callable[[int, int], None] | None,
        cancel: Callable[[], bool] | None,
        run_id: int,
    ) -> dict[str, Any]:
        key_names = parser.kind.key
        seen: dict[Any, int] = {}
        key_of = itemgetter(*key_names)  # the row's key (a value, or a tuple of values)
        with self._sessions() as session:
            session.connection(execution_options=WRITE_LOCK)
            writer = WRITERS[kind.value](session, ctx, counts, actor)
            batch: list[Row] = []
            for lines, rows in self._chunks(table):
                counts.read += len(rows)
                for line, (record, problems) in zip(lines, parser.parse_many(rows), strict=True):
                    if problems:
                        for field, reason in problems:
                            counts.reject(line, field, reason)
                        continue
                    key = key_of(record)
                    first = seen.get(key)
                    if first is not None:
                        same = " + ".join(key_names)
                        counts.reject(
                            line,
                            key_names[0],
                            msg("the same {same} as line {first}", same=same, first=first),
                        )
                        continue
                    seen[key] = line
                    batch.append((line, record))
                if len(batch) >= CHUNK:
                    self._flush(writer, batch, table, progress, cancel)
                    batch = []
                else:  # mostly refused rows: still say how far it is, and heed a cancel
                    self._flush(writer, [], table, progress, cancel)
            self._flush(writer, batch, table, progress, cancel)
            after = time.perf_counter()
            details = self._after(session, kind, writer, ctx)
            details["seconds_after_rows"] = round(time.perf_counter() - after, 3)
            # The rows' own statements (lookups, inserts, updates): with the queue
            # synchronisation after them, the time no faster parsing could save.
            details["seconds_writing_rows"] = round(writer.bulk.seconds, 3)
            audit.record(
                session, actor, "import_dry_run" if dry_run else "import", "import_run", run_id,
                after={"kind": kind.value, "file": table.info.path.name,
                       "inserted": counts.inserted, "updated": counts.updated,
                       "unchanged": counts.unchanged,
                       "rejected": len(counts.rejected_lines)},
            )  # fmt: skip
            if dry_run:
                session.rollback()
            else:
                session.commit()
        return details

    @staticmethod
    def _chunks(table: Any) -> Iterator[tuple[list[int], list[list[str]]]]:
        """The file's rows, CHUNK at a time: their line numbers and their cells."""
        lines: list[int] = []
        rows: list[list[str]] = []
        for line, cells in table.rows():
            lines.append(line)
            rows.append(cells)
            if len(rows) >= CHUNK:
                yield lines, rows
                lines, rows = [], []
        if rows:
            yield lines, rows

    @staticmethod
    def _flush(
        writer: Writer,
        batch: list[Row],
        table: Any,
        progress: Callable[[int, int], None] | None,
        cancel: Callable[[], bool] | None,
    ) -> None:
        if cancel is not None and cancel():
            raise ImportCancelled(msg("Import cancelled: nothing of the file was kept."))
        if batch:
            writer.write(batch)
        if progress is not None:
            progress(*table.position())

    @staticmethod
    def _after(session: Session, kind: ImportKind, writer: Writer, ctx: Context) -> dict[str, Any]:
        """Queue synchronisation and payment matching, in the import's transaction."""
        details: dict[str, Any] = {}
        if kind is ImportKind.PAYMENTS and writer.new_ids:
            from telerecouv.services.matching import match_payments

            matched = match_payments(session, now=ctx.now, payment_ids=writer.new_ids)
            details["matching"] = matched.to_json()
        if writer.touches_files and writer.debtor_ids:
            from telerecouv.services.queue.sync import sync_work_items

            report = sync_work_items(  # set-based: one statement per step, any size
                session, debtor_ids=writer.debtor_ids, now=ctx.now, in_sql=True
            )
            details["queue"] = {
                "queued": report.queued,
                "to_locate": report.to_locate,
                "excluded": report.excluded,
                "closed": report.closed,
                "failed": report.failed,
                "held": report.held,
                "changed": report.changed,
            }
        return details

    # -- organisation and journal -------------------------------------------------------------

    def _organisation(self, code: str | None) -> OrgInfo:
        with self._sessions() as session:
            orgs = list(session.scalars(select(Organisation).order_by(Organisation.code)))
        if code is not None:
            found = [o for o in orgs if o.code.lower() == code.strip().lower()]
            if not found:
                raise NotFound(
                    msg("No organisation {code!r}.", code=code),
                    msg(
                        "Known organisations: {codes}.",
                        codes=", ".join(o.code for o in orgs) or msg("none"),
                    ),
                )
            org = found[0]
        elif len(orgs) == 1:
            org = orgs[0]
        elif not orgs:
            raise NotFound(
                msg("The database has no organisation to import files for."),
                msg("An administrator creates it first (or run 'telerecouv demo')."),
            )
        else:
            raise KnownError(
                msg("Several organisations: say which one the file belongs to."),
                msg(
                    "Use --organisation with one of: {codes}.",
                    codes=", ".join(o.code for o in orgs),
                ),
            )
        return OrgInfo(
            id=org.id,
            code=org.code,
            region=org.region,
            timezone=org.timezone,
            limitation_years=org.limitation_years,
            limitation_years_fraud=org.limitation_years_fraud,
            promise_kept_threshold=org.promise_kept_threshold,
            promise_grace_days=org.promise_grace_days,
        )

    def _journal_start(
        self, actor: Actor, kind: ImportKind, path: Path, sha: str, org: OrgInfo, dry_run: bool
    ) -> int:
        with self._sessions.begin() as session:
            run = ImportRun(
                kind=kind.value,
                file_name=str(path)[-500:],
                file_sha256=sha,
                organisation_id=org.id,
                user_id=actor.user_id,
                user_login=actor.login,
                started_at=self._clock(),
                dry_run=dry_run,
            )
            session.add(run)
            session.flush()
            return run.id

    def _journal_end(self, run_id: int, counts: Counts, status: str, failure: str | None) -> None:
        errors: list[Any] = [e.to_json() for e in sorted(counts.errors)[:JOURNAL_ERRORS]]
        if failure:
            errors.insert(0, {"line": 0, "field": "", "reason": failure[:500]})
        try:
            with self._sessions.begin() as session:
                run = session.get(ImportRun, run_id)
                if run is None:
                    return
                run.status = status
                run.finished_at = utcnow()
                run.accepted = counts.inserted + counts.updated + counts.unchanged
                run.rejected = len(counts.rejected_lines)
                run.errors = errors
        except Exception:  # the journal must not hide the import's own error
            if status == "done":
                raise


__all__ = [
    "FileSniff",
    "FileUnreadable",
    "ImportCancelled",
    "ImportKind",
    "ImportReport",
    "ImportService",
]
