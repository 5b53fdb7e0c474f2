"""`telerecouv demo --debtors N --seed S`."""

from __future__ import annotations

import argparse
import sys
import time
from typing import Any

from telerecouv.cli.common import database, print_json
from telerecouv.services.demo import DemoBuilder


def register(commands: Any) -> None:
    demo = commands.add_parser("demo", help="fill the database with demo data")
    demo.add_argument("--debtors", type=int, default=2000)
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument("--json", action="store_true")
    demo.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    db = database(args)
    started = time.perf_counter()

    def progress(done: int, total: int) -> None:
        if not args.json and sys.stderr.isatty():
            print(f"\r{done}/{total} debtors", end="", file=sys.stderr, flush=True)

    try:
        report = DemoBuilder(db.sessions).build(
            debtors=args.debtors, seed=args.seed, progress=progress
        )
    finally:
        db.dispose()
    elapsed = time.perf_counter() - started
    if args.json:
        print_json({**report.__dict__, "seconds": round(elapsed, 2)})
        return 0
    print(
        f"\n{report.debtors} debtors, {report.claims} claims, {report.work_items} work items, "
        f"{report.calls} calls, {report.plans} plans, {report.promises} promises, "
        f"{report.payments} payments in {elapsed:.1f} s on {db.display_url}"
    )
    print("Demo users (login / password):")
    for login, password in report.users.items():
        print(f"  {login:8} {password}")
    return 0
