"""`telerecouv export monthly|outcomes --month YYYY-MM --format csv|xlsx --out DIR`."""

from __future__ import annotations

import argparse
import re
from datetime import date
from pathlib import Path
from typing import Any

from telerecouv.cli.common import database, print_json
from telerecouv.services.permissions import SYSTEM


def _month(text: str) -> date:
    match = re.fullmatch(r"(\d{4})-(\d{1,2})", text.strip())
    if match is None or not 1 <= int(match.group(2)) <= 12:
        raise argparse.ArgumentTypeError(f"{text!r} is not a month: write YYYY-MM, e.g. 2026-11")
    return date(int(match.group(1)), int(match.group(2)), 1)


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "export",
        help="export the monthly report or the call outcomes for the creditor",
        description="monthly: agreements, payments, arrangement requests, refusals, contact "
        "changes, relief requests and (outsourced files) fees; outcomes: every call of the "
        "month. One set of files per organisation. Formats: docs/formats.md.",
    )
    parser.add_argument("kind", choices=("monthly", "outcomes"), metavar="KIND",
                        help="monthly | outcomes")  # fmt: skip
    parser.add_argument("--month", type=_month, required=True, metavar="YYYY-MM")
    parser.add_argument("--format", choices=("csv", "xlsx"), default="xlsx", dest="fmt")
    parser.add_argument("--out", type=Path, default=Path("."), metavar="DIR")
    parser.add_argument("--organisation", metavar="CODE", help="one organisation only")
    parser.add_argument("--json", action="store_true", help="print the files written as JSON")
    parser.set_defaults(handler=run_export)


def run_export(args: argparse.Namespace) -> int:
    from telerecouv.services.exports import ExportService

    db = database(args)
    try:
        service = ExportService(db.sessions)
        export = service.monthly if args.kind == "monthly" else service.outcomes
        files = export(SYSTEM, args.month, args.fmt, args.out, organisation=args.organisation)
    finally:
        db.dispose()
    if args.json:
        print_json({"files": [str(path) for path in files]})
    else:
        for path in files:
            print(path)
    return 0
