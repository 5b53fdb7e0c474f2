"""`telerecouv worker [--once] [--name NAME]`: runs the shared scheduled jobs (central mode).

Start one on a server, or several for safety: exactly one runs the jobs at a time (lease
row "shared-jobs"); if it dies another takes over after the lease's time to live (90 s).
`--once` runs every shared job once (if this worker gets the lease) and prints a JSON
summary; exit status 0 when it ran them, 1 when another runner holds the lease.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import signal
from typing import Any

from telerecouv.cli.common import database, print_json
from telerecouv.jobs.runner import SharedJobRunner

log = logging.getLogger(__name__)


def register(commands: Any) -> None:
    worker = commands.add_parser("worker", help="run the shared scheduled jobs (central mode)")
    worker.add_argument("--once", action="store_true", help="one sweep of every job, then exit")
    worker.add_argument("--name", help="this runner's name in the lease (default host:pid:id)")
    worker.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    db = database(args)
    runner = SharedJobRunner(db.sessions, holder=args.name)
    try:
        if args.once:
            runs = runner.run_all()
            print_json(
                {
                    "holder": runner.holder,
                    "ran": any(r.ran for r in runs),
                    "jobs": {
                        r.job: r.result if r.error is None else {"error": r.error}
                        for r in runs
                        if r.ran
                    },
                }
            )
            return 0 if any(r.ran for r in runs) else 1
        from apscheduler.schedulers.blocking import BlockingScheduler

        scheduler = BlockingScheduler()
        runner.schedule(scheduler)

        def stop(_signum: int, _frame: Any) -> None:
            scheduler.shutdown(wait=False)

        signal.signal(signal.SIGTERM, stop)
        print(f"worker {runner.holder} on {db.display_url}: Ctrl-C to stop", flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            scheduler.start()
        return 0
    finally:
        runner.stop()
        db.dispose()
