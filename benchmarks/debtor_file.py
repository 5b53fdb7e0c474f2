"""How long the agent waits for a debtor file (issue #5: at most 150 ms on the demo database).

    python benchmarks/debtor_file.py                     # fresh SQLite demo, 5,000 debtors
    python benchmarks/debtor_file.py --debtors 20000
    python benchmarks/debtor_file.py --database-url postgresql+psycopg://postgres@127.0.0.1/bench

With --database-url the demo is loaded only when the database has no debtor yet. Each sample
is one `DebtorFileService.load` (a new session, every query, the dataclasses built), on
debtors picked at random, the largest files (most calls and claims) included. Prints JSON.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import func, select

from telerecouv.domain.enums import Role
from telerecouv.services.database import open_database
from telerecouv.services.debtor_file import DebtorFileService
from telerecouv.services.demo import DemoBuilder
from telerecouv.services.permissions import Actor
from telerecouv.store.models import CallAttempt, Debtor

BUDGET_MS = 150.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url")
    parser.add_argument("--debtors", type=int, default=5000)
    parser.add_argument("--samples", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as folder:
        url = args.database_url or f"sqlite:///{Path(folder) / 'bench.sqlite3'}"
        db = open_database(url)
        try:
            with db.sessions() as session:
                existing = session.scalar(select(func.count(Debtor.id))) or 0
            started = time.perf_counter()
            if existing == 0:
                DemoBuilder(db.sessions).build(debtors=args.debtors, seed=args.seed)
            build_s = time.perf_counter() - started
            with db.sessions() as session:
                ids = list(session.scalars(select(Debtor.id)))
                busiest = list(
                    session.scalars(
                        select(CallAttempt.debtor_id)
                        .group_by(CallAttempt.debtor_id)
                        .order_by(func.count().desc())
                        .limit(20)
                    )
                )
            rng = random.Random(args.seed)
            picks = busiest + rng.sample(ids, min(len(ids), args.samples))
            service = DebtorFileService(db.sessions)
            agent = Actor(None, "bench", Role.AGENT)
            service.load(agent, picks[0])  # warm the connection pool and the statement cache
            timings = []
            for debtor_id in picks:
                begin = time.perf_counter()
                service.load(agent, debtor_id)
                timings.append((time.perf_counter() - begin) * 1000)
            timings.sort()
            figures = {
                "benchmark": "debtor_file.load",
                "database": db.engine.dialect.name,
                "debtors": len(ids),
                "demo_built_s": round(build_s, 1),
                "samples": len(timings),
                "p50_ms": round(statistics.median(timings), 2),
                "p95_ms": round(timings[int(len(timings) * 0.95) - 1], 2),
                "max_ms": round(timings[-1], 2),
                "budget_ms": BUDGET_MS,
                "within_budget": timings[-1] <= BUDGET_MS,
            }
        finally:
            db.dispose()
    print(json.dumps(figures, indent=2))
    return 0 if figures["within_budget"] else 1


if __name__ == "__main__":
    sys.exit(main())
