"""Helpers shared by the sub-commands."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from telerecouv.config import resolve_database_url
from telerecouv.services.database import Database, open_database


def database(args: argparse.Namespace, *, migrate_schema: bool = True) -> Database:
    return open_database(resolve_database_url(args.database_url), migrate_schema=migrate_schema)


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")
