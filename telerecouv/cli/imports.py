"""`telerecouv import KIND FILE [--dry-run] [--json] [--mapping PROFILE] [--organisation CODE]`.

Exit codes: 0 every row went in, 1 some rows were rejected (the others went in), 2 the file
cannot be read (nothing was imported).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from telerecouv.cli.common import database, print_json
from telerecouv.services.permissions import SYSTEM

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
    finally:
        db.dispose()
    if args.json:
        print_json(report.to_json())
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
        if report.dry_run:
            print("Dry run: nothing was kept.")
    return report.exit_code


def _unreadable(args: argparse.Namespace, message: str) -> int:
    if args.json:
        print_json({"accepted": 0, "rejected": 0, "errors": [], "unreadable": message})
    print(f"telerecouv: {message}", file=sys.stderr)
    return EXIT_UNREADABLE
