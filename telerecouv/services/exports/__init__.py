"""Reports sent back to the creditor: the monthly report and the outcomes of every call.

    files = ExportService(database.sessions).monthly(actor, date(2026, 11, 1), "xlsx", out)

One set of files per organisation (each creditor gets its own): in XLSX one workbook with a
sheet per section, in CSV one file per section. Formats: docs/formats.md.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from telerecouv.services import audit
from telerecouv.services.exports.sections import Month, Sections, outsourcing_fee
from telerecouv.services.exports.tables import Table, write_csv, write_xlsx
from telerecouv.services.permissions import Actor, Permission, require
from telerecouv.store.engine import write_transaction
from telerecouv.store.errors import NotFound, ValidationError, msg
from telerecouv.store.models import ContactChange, Debtor, Organisation
from telerecouv.store.types import utcnow

Format = Literal["csv", "xlsx"]
MONTHLY_SECTIONS = ("agreed", "paid", "arrangements", "refusals", "contact_changes", "relief")


class ExportService:
    def __init__(
        self, sessions: sessionmaker[Session], *, clock: Callable[[], datetime] = utcnow
    ) -> None:
        self._sessions = sessions
        self._clock = clock

    def monthly(
        self,
        actor: Actor,
        month: date,
        fmt: Format,
        out_dir: Path,
        *,
        organisation: str | None = None,
    ) -> list[Path]:
        """The creditor's monthly report; the fee section only for outsourced files.

        Contact changes of the month are marked exported (`contact_changes.exported_at`).
        """
        require(actor, Permission.EXPORT_REPORTS, "export the monthly report")
        return self._export(actor, "monthly", month, fmt, out_dir, organisation)

    def outcomes(
        self,
        actor: Actor,
        month: date,
        fmt: Format,
        out_dir: Path,
        *,
        organisation: str | None = None,
    ) -> list[Path]:
        """Every call of the month with its outcome, for the creditor's own KPIs."""
        require(actor, Permission.EXPORT_REPORTS, "export call outcomes")
        return self._export(actor, "outcomes", month, fmt, out_dir, organisation)

    def _export(
        self,
        actor: Actor,
        report: str,
        month: date,
        fmt: str,
        out_dir: Path,
        organisation: str | None,
    ) -> list[Path]:
        if fmt not in ("csv", "xlsx"):
            raise ValidationError(
                msg("Unknown format {fmt!r}: choose csv or xlsx.", fmt=fmt), field="format"
            )
        out = Path(out_dir)
        out.mkdir(parents=True, exist_ok=True)
        written: list[Path] = []
        marks: list[int] = []
        audits: list[tuple[int, dict[str, Any]]] = []
        # The files are written from one read snapshot, without holding the write lock (on
        # SQLite every agent's save would wait for the whole export); then one short write
        # transaction marks exactly the contact changes the files contain, and audits.
        with self._sessions() as session:
            if session.get_bind().dialect.name == "postgresql":  # one snapshot (SQLite: always)
                session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
            for org in self._organisations(session, organisation):
                period = Month.of(org, month)
                sections = Sections(session, period)
                if report == "monthly":
                    marks += self._changes(session, org.id, period)
                tables = self._tables(report, sections, org)
                stem = f"{report}-{org.code}-{period.first:%Y-%m}"
                files = self._write(tables, fmt, out, stem)
                written += files
                audits.append((org.id, {"month": f"{period.first:%Y-%m}", "format": fmt,
                                        "files": [p.name for p in files]}))  # fmt: skip
        with write_transaction(self._sessions) as session:
            self._mark_exported(session, marks)
            for org_id, after in audits:
                audit.record(
                    session, actor, f"export_{report}", "organisation", org_id, after=after
                )
        return written

    @staticmethod
    def _tables(report: str, sections: Sections, org: Organisation) -> list[Table]:
        if report == "outcomes":
            return [sections.outcomes()]
        tables = [getattr(sections, name)() for name in MONTHLY_SECTIONS]
        if org.outsourced:
            tables.append(sections.fees())
        return tables

    @staticmethod
    def _write(tables: Sequence[Table], fmt: str, out: Path, stem: str) -> list[Path]:
        if fmt == "xlsx":
            path = out / f"{stem}.xlsx"
            write_xlsx(tables, path)
            return [path]
        paths = []
        for table in tables:
            path = out / (f"{stem}-{table.name}.csv" if len(tables) > 1 else f"{stem}.csv")
            write_csv(table, path)
            paths.append(path)
        return paths

    @staticmethod
    def _changes(session: Session, org_id: int, period: Month) -> list[int]:
        """The contact changes of the month not yet exported, in this snapshot: the ones
        the contact_changes section of the files lists."""
        debtors = select(Debtor.id).where(Debtor.organisation_id == org_id)
        return list(
            session.scalars(
                select(ContactChange.id).where(
                    ContactChange.debtor_id.in_(debtors),
                    ContactChange.changed_at >= period.start,
                    ContactChange.changed_at < period.end,
                    ContactChange.exported_at.is_(None),
                )
            )
        )

    def _mark_exported(self, session: Session, ids: list[int]) -> None:
        for chunk in range(0, len(ids), 500):
            session.execute(
                update(ContactChange)
                .where(ContactChange.id.in_(ids[chunk : chunk + 500]))
                .values(exported_at=self._clock())
            )

    @staticmethod
    def _organisations(session: Session, code: str | None) -> list[Organisation]:
        orgs = list(session.scalars(select(Organisation).order_by(Organisation.code)))
        if code is None:
            return orgs
        found = [o for o in orgs if o.code.lower() == code.strip().lower()]
        if not found:
            raise NotFound(
                msg("No organisation {code!r}.", code=code),
                msg(
                    "Known organisations: {codes}.",
                    codes=", ".join(o.code for o in orgs) or msg("none"),
                ),
            )
        return found


__all__ = ["MONTHLY_SECTIONS", "ExportService", "Format", "outsourcing_fee"]
