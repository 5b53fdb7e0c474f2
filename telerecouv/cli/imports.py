"""`telerecouv import KIND FILE [--dry-run] [--json] [--mapping PROFILE] [--organisation CODE]`.

Exit codes: 0 every row went in, 1 some rows were rejected (the others went in), 2 the file
cannot be read or nothing could be imported (no such organisation...): with --json, stdout
then says why ("unreadable" for the file, "error" otherwise).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from telerecouv.cli.common import database, print_json
from telerecouv.services.permissions import SYSTEM
from telerecouv.store.errors import KnownError

if TYPE_CHECKING:
    from telerecouv.services.imports import ImportReport

EXIT_UNREADABLE = 2
SHOWN_ERRORS = 50


def register(commands: Any) -> None:
    from telerecouv.services.imports.report import KINDS

    parser = commands.add_parser(
        "import",
        help="import a creditor file (debtors, claims, defaults, payments, calls)",
        description="Import a CSV or XLSX file of the creditor. Formats: docs/formats.md. "
        "Exit code 0: every row went in; 1: some rows were rejected; 2: unreadable file.",
    )
    parser.add_argument("kind", choices=KINDS, metavar="KIND", help=" | ".join(KINDS))
    parser.add_argument("file", type=Path, metavar="FILE", help="CSV or XLSX file")
    parser.add_argument("--dry-run", action="store_true", help="check every row, keep nothing")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--mapping", metavar="PROFILE", help="mapping profile (name or path)")
    parser.add_argument(
        "--organisation", metavar="CODE", help="organisation of the file (default: the only one)"
    )
    parser.set_defaults(handler=run_import)


def run_import(args: argparse.Namespace) -> int:
    from telerecouv.services.imports import (
        FileUnreadable,
        ImportService,
        MappingError,
        load_profile,
    )

    try:
        profile = load_profile(args.mapping) if args.mapping else None
    except MappingError as exc:
        return _unreadable(args, str(exc))
    db = database(args)
    try:
        service = ImportService(db.sessions)
        try:
            report = service.run(
                SYSTEM,
                args.kind,
                args.file,
                dry_run=args.dry_run,
                mapping=profile,
                organisation=args.organisation,
            )
        except (FileUnreadable, MappingError) as exc:
            return _unreadable(args, str(exc))
        except KnownError as exc:  # no such organisation, permission, database...
            if args.json:
                print_json({"accepted": 0, "rejected": 0, "errors": [], "error": str(exc)})
            raise
    finally:
        db.dispose()
    if args.json:
        print_json(_json(report))
    else:
        verb = "would be" if report.dry_run else "were"
        print(
            f"{report.file}: {report.accepted} rows {verb} accepted "
            f"({report.inserted} new, {report.updated} updated, {report.unchanged} unchanged), "
            f"{report.rejected} rejected, in {report.seconds:.1f} s."
        )
        for error in report.errors[:SHOWN_ERRORS]:
            print(f"  line {error.line}: {error.field or 'row'}: {error.reason}")
        if len(report.errors) > SHOWN_ERRORS:
            print(f"  ... and {len(report.errors) - SHOWN_ERRORS} more (use --json for all)")
        for warning in report.warnings:
            print(f"  note: {warning}")
        for line in _after_rows(report.details):
            print(f"  {line}")
        if report.dry_run:
            print("Dry run: nothing was kept.")
    return report.exit_code


def _json(report: ImportReport) -> dict[str, Any]:
    """{"accepted", "rejected", "errors"} (issue #3), then the counts and what followed."""
    data = report.to_json()
    data.update(
        inserted=report.inserted,
        updated=report.updated,
        unchanged=report.unchanged,
        dry_run=report.dry_run,
        warnings=list(report.warnings),
        errors_omitted=report.errors_omitted,
    )
    for key in ("queue", "matching"):
        if key in report.details:
            data[key] = report.details[key]
    return data


# What the queue synchronisation and the payment matching did, in words, when they did it.
QUEUE_WORDS = {
    "queued": "files queued", "to_locate": "to locate", "excluded": "excluded",
    "closed": "closed", "failed": "failed to queue", "held": "held", "changed": "files changed",
}  # fmt: skip
MATCHING_WORDS = {
    "payments": "payments matched", "amount": "amount", "overpaid": "overpaid",
    "claims_paid_off": "claims paid off", "instalments_paid": "instalments paid",
    "instalments_late": "instalments paid late", "instalments_missed": "instalments missed",
    "promises_kept": "promises kept", "promises_broken": "promises broken",
    "plans_completed": "plans completed", "plans_broken": "plans broken",
    "plans_restored": "plans restored (paid in time, known late)",
    "promises_restored": "promises kept (paid in time, known late)",
    "requeued": "files back in a queue",
}  # fmt: skip


def _after_rows(details: dict[str, Any]) -> list[str]:
    lines: list[str] = []
    for key, title, words in (("matching", "payments", MATCHING_WORDS),
                              ("queue", "queue", QUEUE_WORDS)):  # fmt: skip
        figures = details.get(key)
        if not figures:
            continue
        parts = [
            f"{words.get(name, name.replace('_', ' '))}: {value}"
            for name, value in figures.items()
            if value not in (0, "0", "0.00", None) and name != "allocated"
        ]
        if parts:
            lines.append(f"{title}: " + ", ".join(parts))
    return lines


def _unreadable(args: argparse.Namespace, message: str) -> int:
    if args.json:
        print_json({"accepted": 0, "rejected": 0, "errors": [], "unreadable": message})
    print(f"telerecouv: {message}", file=sys.stderr)
    return EXIT_UNREADABLE
