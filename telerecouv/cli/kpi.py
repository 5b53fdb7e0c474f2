"""`telerecouv kpi --from D --to D [--by CUT] [--json]`: the KPI figures of SPEC.md §5.

The JSON object holds the figures of the whole period at the top level (files_attempted,
files_reached, files_effective, reachability_rate, effectiveness_rate, calls, contact_rate,
...), and with --by a "rows" list with the same figures per day/week/month, agent, team,
stage, queue or organisation. Rates are fractions as strings ("0.6000"), null when their
denominator is zero; amounts are strings to the cent.
"""

from __future__ import annotations

import argparse
from datetime import date, datetime
from typing import Any

from sqlalchemy import select

from telerecouv.cli.common import database, print_json
from telerecouv.domain.enums import Stage
from telerecouv.services.kpi import CUTS, KpiFilter, KpiRow, KpiService
from telerecouv.services.permissions import SYSTEM
from telerecouv.store.errors import NotFound, ValidationError
from telerecouv.store.models import Organisation, Queue, Team, User

TEXT_COLUMNS = (
    ("files_attempted", "attempted"),
    ("files_reached", "reached"),
    ("files_effective", "effective"),
    ("reachability_rate", "reach."),
    ("effectiveness_rate", "effect."),
    ("calls", "calls"),
    ("contact_rate", "contact"),
    ("amount_secured", "secured"),
)


def parse_day(text: str) -> date:
    for fmt in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(f"not a date: {text!r} (use 2026-11-02 or 02/11/2026)")


def register(commands: Any) -> None:
    kpi = commands.add_parser("kpi", help="KPI figures of a period (SPEC §5)")
    kpi.add_argument("--from", dest="date_from", type=parse_day, required=True, metavar="DATE")
    kpi.add_argument("--to", dest="date_to", type=parse_day, required=True, metavar="DATE")
    kpi.add_argument("--by", choices=[c for c in CUTS if c != "total"], help="cut the figures")
    kpi.add_argument("--organisation", metavar="CODE", help="only this organisation")
    kpi.add_argument("--team", metavar="NAME", help="only this team")
    kpi.add_argument("--agent", metavar="LOGIN", help="only this agent")
    kpi.add_argument("--stage", choices=[s.value for s in Stage], help="only this stage")
    kpi.add_argument("--queue", metavar="NAME", help="only this queue (name)")
    kpi.add_argument("--json", action="store_true", help="print JSON")
    kpi.set_defaults(handler=run)


def _lookup(db_sessions: Any, model: Any, column: Any, value: str | None, what: str) -> int | None:
    if value is None:
        return None
    with db_sessions() as session:
        found = session.scalars(select(model.id).where(column == value)).all()
    if not found:
        raise NotFound(f"No {what} {value!r}.")
    if len(found) > 1:
        raise ValidationError(f"Several {what}s are named {value!r}.", field=what)
    return int(found[0])


def run(args: argparse.Namespace) -> int:
    db = database(args)
    try:
        sessions = db.sessions
        base = KpiFilter(
            date_from=args.date_from,
            date_to=args.date_to,
            organisation_id=_lookup(
                sessions, Organisation, Organisation.code, args.organisation, "organisation"
            ),
            team_id=_lookup(sessions, Team, Team.name, args.team, "team"),
            agent_id=_lookup(sessions, User, User.login, args.agent, "agent"),
            stage=Stage(args.stage) if args.stage else None,
            queue_id=_lookup(sessions, Queue, Queue.name, args.queue, "queue"),
        )
        service = KpiService(sessions)
        total = service.total(SYSTEM, base)
        rows: list[KpiRow] = []
        if args.by:
            rows = service.figures(SYSTEM, KpiFilter(**{**base.__dict__, "by": args.by}))
    finally:
        db.dispose()
    if args.json:
        out: dict[str, Any] = {
            "from": args.date_from.isoformat(),
            "to": args.date_to.isoformat(),
            "by": args.by or "total",
        }
        figures = total.to_json()
        figures.pop("key")
        figures.pop("label")
        out.update(figures)
        if args.by:
            out["rows"] = [row.to_json() for row in rows]
        print_json(out)
        return 0
    _print_table(args, total, rows)
    return 0


def _cell(value: Any) -> str:
    return "-" if value is None else str(value)


def _print_table(args: argparse.Namespace, total: KpiRow, rows: list[KpiRow]) -> None:
    print(f"KPIs from {args.date_from:%d/%m/%Y} to {args.date_to:%d/%m/%Y}")
    header = [args.by or ""] + [title for _, title in TEXT_COLUMNS]
    lines = [[row.label] + [_cell(getattr(row, n)) for n, _ in TEXT_COLUMNS] for row in rows]
    lines.append(["total"] + [_cell(getattr(total, n)) for n, _ in TEXT_COLUMNS])
    widths = [max(len(str(c)) for c in column) for column in zip(header, *lines, strict=True)]
    for line in [header, *lines]:
        print("  ".join(str(c).rjust(w) for c, w in zip(line, widths, strict=True)))
