"""`telerecouv db upgrade|current`."""

from __future__ import annotations

import argparse
from typing import Any

from telerecouv.cli.common import print_json
from telerecouv.config import mask_url, resolve_database_url
from telerecouv.store import migrate
from telerecouv.store.engine import make_engine
from telerecouv.store.errors import KnownError, classify


def register(commands: Any) -> None:
    db = commands.add_parser("db", help="database schema")
    sub = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    up = sub.add_parser("upgrade", help="migrate the schema to the latest revision")
    up.set_defaults(handler=upgrade)
    cur = sub.add_parser("current", help="show the schema revision")
    cur.add_argument("--json", action="store_true")
    cur.set_defaults(handler=current)


def upgrade(args: argparse.Namespace) -> int:
    url = resolve_database_url(args.database_url)
    engine = make_engine(url)
    try:
        backup = migrate.upgrade(engine)
    except KnownError:
        raise
    except Exception as exc:
        known = classify(exc, url)
        if known:
            raise known from None
        raise
    finally:
        engine.dispose()
    print(f"{mask_url(url)}: schema at {migrate.head_revision()}")
    if backup:
        print(f"previous database kept in {backup}")
    return 0


def current(args: argparse.Namespace) -> int:
    url = resolve_database_url(args.database_url)
    engine = make_engine(url)
    try:
        revision = migrate.current_revision(engine)
    except Exception as exc:
        known = classify(exc, url)
        if known:
            raise known from None
        raise
    finally:
        engine.dispose()
    head = migrate.head_revision()
    if args.json:
        print_json(
            {
                "database": mask_url(url),
                "current": revision,
                "head": head,
                "up_to_date": revision == head,
            }
        )
    else:
        state = "up to date" if revision == head else f"behind (head is {head})"
        print(f"{mask_url(url)}: {revision or 'empty'} - {state}")
    return 0
