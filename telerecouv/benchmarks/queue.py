"""`telerecouv bench queue`: next_item and the bare claim statement at scale, as JSON.

What it measures, on a fresh scratch database per engine (SQLite file in a temporary folder;
a scratch PostgreSQL database created next to the one given, dropped afterwards):

- SQLite, one process: next_item p50/p95 and the bare single-statement claim (BEGIN
  IMMEDIATE + the UPDATE ... RETURNING + the hopper delete, nothing else) p50/p95;
- PostgreSQL with 1, 8 and 32 concurrent agents (one process each, as workstations are):
  next_item p50/p95 and the bare statement p50/p95;
- duplicates: files leased twice (must be 0);
- weight change: the supervisor saves new stage weights, then the time until a claim returns
  a file ordered by them (the hoppers are re-scored); factor change: the same with a
  within-stage factor weight changed too (re-scored as well, under a moved floor);
- paced (PostgreSQL, --think-ms): the concurrent next_item run again with each agent
  "talking" for a random time between two claims, beside the tight loop.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import random
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from telerecouv.domain.enums import Role, Stage
from telerecouv.services.database import open_database
from telerecouv.services.permissions import Actor
from telerecouv.services.queue.policy import QueuePolicyService
from telerecouv.services.queue.service import QueueService
from telerecouv.store.claiming import claim_from_hopper, drop_hopper_entry
from telerecouv.store.types import utcnow

from .populate import populate

BENCH_SUPERVISOR = "bench-supervisor"


def _percentiles(samples: list[float]) -> dict[str, float]:
    if not samples:
        return {"p50_ms": 0.0, "p95_ms": 0.0, "n": 0}
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    return {
        "p50_ms": round(statistics.median(ordered) * 1000, 3),
        "p95_ms": round(p95 * 1000, 3),
        "n": len(ordered),
    }


def _agent(user_id: int) -> Actor:
    return Actor(user_id, f"bench{user_id}", Role.AGENT)


def _next_item_run(
    url: str, user_id: int, claims: int, start_at: float, think_ms: float = 0.0
) -> dict[str, Any]:
    """`claims` next_item calls in a row; with `think_ms`, the agent "talks" between two
    claims for a random time around it (0.5x to 1.5x), as agents do."""
    database = open_database(url, migrate_schema=False)
    service = QueueService(database.sessions)
    agent = _agent(user_id)
    service.next_item(agent)  # warm-up: imports, caches, connection
    rng = random.Random(user_id)
    _start_together(start_at)
    if think_ms:  # agents do not all start at the same instant
        time.sleep(rng.uniform(0, think_ms) / 1000)
    latencies, items = [], []
    for _ in range(claims):
        started = time.perf_counter()
        lease = service.next_item(agent)
        latencies.append(time.perf_counter() - started)
        if lease is None:
            break
        items.append(lease.item_id)
        if think_ms:
            time.sleep(rng.uniform(0.5, 1.5) * think_ms / 1000)
    database.dispose()
    return {"latencies": latencies, "items": items}


def _bare_run(url: str, user_id: int, claims: int, start_at: float) -> dict[str, Any]:
    """The claim statement alone, each in its own transaction (the floor)."""
    database = open_database(url, migrate_schema=False)
    dialect = database.engine.dialect.name
    with database.sessions() as session:
        queue_ids = list(session.scalars(text("SELECT id FROM queues ORDER BY id")))
    _start_together(start_at)
    latencies, items = [], []
    for _ in range(claims):
        now = utcnow()
        started = time.perf_counter()
        with database.engine.connect() as connection:
            connection = connection.execution_options(sqlite_begin="IMMEDIATE")
            with connection.begin():
                row = connection.execute(
                    *claim_from_hopper(
                        dialect,
                        queue_ids=queue_ids,
                        agent_id=user_id,
                        token=str(uuid.uuid4()),
                        expires_at=now + timedelta(minutes=2),
                        now=now,
                    )
                ).first()
                if row is not None and dialect != "postgresql":
                    connection.execute(drop_hopper_entry(row.id))
        latencies.append(time.perf_counter() - started)
        if row is None:
            break
        items.append(row.id)
    database.dispose()
    return {"latencies": latencies, "items": items}


# Set in each agent process by the pool's initializer: every agent waits there, warmed up,
# until all are (spawning and importing 32 processes on 2 CPUs takes longer than any fixed
# delay, and the first agents would otherwise be measured against the others' start-up).
_BARRIER: Any = None


def _init_agent(barrier: Any) -> None:
    global _BARRIER
    _BARRIER = barrier


def _start_together(start_at: float) -> None:
    if _BARRIER is not None:
        _BARRIER.wait(timeout=600)
    while time.time() < start_at:
        time.sleep(0.0005)


def _worker(args: tuple[str, str, int, int, float, float]) -> dict[str, Any]:
    kind, url, user_id, claims, start_at, think_ms = args
    if kind == "next_item":
        return _next_item_run(url, user_id, claims, start_at, think_ms)
    return _bare_run(url, user_id, claims, start_at)


def _concurrent(
    kind: str, url: str, first_user: int, agents: int, claims: int, think_ms: float = 0.0
) -> dict[str, Any]:
    if agents == 1:
        results = [_worker((kind, url, first_user, claims, 0.0, think_ms))]
    else:
        context = multiprocessing.get_context("spawn")
        barrier = context.Barrier(agents)
        jobs = [(kind, url, first_user + n, claims, 0.0, think_ms) for n in range(agents)]
        with context.Pool(agents, initializer=_init_agent, initargs=(barrier,)) as pool:
            results = pool.map(_worker, jobs, chunksize=1)
    latencies = [x for r in results for x in r["latencies"]]
    items = [x for r in results for x in r["items"]]
    result = {
        **_percentiles(latencies),
        "agents": agents,
        "claims": len(items),
        "duplicates": len(items) - len(set(items)),
    }
    if think_ms:
        result["think_ms"] = think_ms
    return result


def _release_all(url: str) -> None:
    """Put every leased file back (between runs), and drop the hoppers' leftovers."""
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(
            text(
                "UPDATE work_items SET status = 'queued', leased_by_id = NULL, "
                "lease_token = NULL, lease_expires_at = NULL WHERE status = 'leased'"
            )
        )
        connection.execute(text("UPDATE queue_hopper_builds SET stale_after = NULL"))
    engine.dispose()


def _weight_change(url: str, first_user: int, *, factors: float = 0.0) -> dict[str, Any]:
    """Seconds from saving new stage weights until a claim reflects them (the hoppers are
    re-scored); with `factors`, the notice and balance weights rise by that many points too
    (re-scored under a floor moved by their sum: services/queue/hopper.py::rescore; a rise
    that leaves no entry above it rebuilds the hoppers)."""
    database = open_database(url, migrate_schema=False)
    policies = QueuePolicyService(database.sessions)
    service = QueueService(database.sessions)
    agent = _agent(first_user)
    from telerecouv.services.users import UserService

    with database.sessions() as session:
        exists = session.scalar(
            text("SELECT id FROM users WHERE login = :login"), {"login": BENCH_SUPERVISOR}
        )
    if exists is None:
        UserService(database.sessions).add_user(
            _system(), BENCH_SUPERVISOR, Role.SUPERVISOR, "bench-supervisor-pw"
        )
    with database.sessions() as session:
        sup_id = session.scalar(
            text("SELECT id FROM users WHERE login = :login"), {"login": BENCH_SUPERVISOR}
        )
    boss = Actor(sup_id, BENCH_SUPERVISOR, Role.SUPERVISOR)
    before = service.next_item(agent)
    settings = policies.load()
    # NEW_CLAIM_NO_RIGHTS (last by default) first: the next file must come from its queue
    weights = {stage: 100.0 for stage in Stage}
    weights[Stage.NEW_CLAIM_NO_RIGHTS] = 10_000.0
    priority = replace(settings.priority, stage_weights=weights)
    if factors:
        priority = replace(
            priority,
            balance_weight=priority.balance_weight + factors,
            notice_weight=priority.notice_weight + factors,
        )
    flat = replace(settings, priority=priority)
    started = time.perf_counter()
    policies.save(boss, flat)
    after = service.next_item(agent)
    elapsed = time.perf_counter() - started
    policies.save(boss, settings)  # back to what it was
    database.dispose()
    return {
        "seconds": round(elapsed, 3),
        "stage_before": before.stage.value if before else None,
        "stage_after": after.stage.value if after else None,
        "visible": bool(after and after.stage is Stage.NEW_CLAIM_NO_RIGHTS),
    }


def _system() -> Actor:
    from telerecouv.services.permissions import SYSTEM

    return SYSTEM


def _timed(label: str, fn: Callable[[], Any], log: Callable[[str], None]) -> Any:
    started = time.perf_counter()
    result = fn()
    log(f"{label}: {time.perf_counter() - started:.1f} s")
    return result


def bench_engine(
    url: str,
    *,
    items: int,
    claims: int,
    agent_counts: list[int],
    log: Callable[[str], None],
    think_ms: float = 0.0,
) -> dict[str, Any]:
    database = open_database(url)
    ids = _timed(
        f"populate {items} items",
        lambda: populate(database.engine, items, max(agent_counts), utcnow()),
        log,
    )
    dialect = database.engine.dialect.name
    database.dispose()
    first = ids["first_user_id"]
    result: dict[str, Any] = {"items": items}
    # The first claim builds every hopper: reported on its own.
    started = time.perf_counter()
    database = open_database(url, migrate_schema=False)
    QueueService(database.sessions).next_item(_agent(first))
    database.dispose()
    result["first_claim_builds_hoppers_s"] = round(time.perf_counter() - started, 3)
    runs: dict[str, Any] = {}
    for agents in agent_counts:
        per_agent = max(1, claims // agents)
        _release_all(url)
        nxt = _timed(
            f"{dialect} next_item x{agents}",
            lambda a=agents, c=per_agent: _concurrent("next_item", url, first, a, c),
            log,
        )
        _release_all(url)
        bare = _timed(
            f"{dialect} bare claim x{agents}",
            lambda a=agents, c=per_agent: _concurrent("bare", url, first, a, c),
            log,
        )
        runs[str(agents)] = {"next_item": nxt, "bare_claim": bare}
    if think_ms and dialect == "postgresql":
        for agents in agent_counts:
            if agents > 1:
                _release_all(url)
                runs[str(agents)]["next_item_paced"] = _timed(
                    f"{dialect} next_item x{agents}, think time {think_ms:g} ms",
                    lambda a=agents: _concurrent(
                        "next_item", url, first, a, max(1, claims // a), think_ms
                    ),
                    log,
                )
    result["agents"] = runs
    _release_all(url)
    result["weight_change"] = _timed("weight change", lambda: _weight_change(url, first), log)
    result["factor_change"] = _timed(
        "within-stage factor change +1", lambda: _weight_change(url, first, factors=1.0), log
    )
    result["factor_change_large"] = _timed(
        "within-stage factor change +20", lambda: _weight_change(url, first, factors=20.0), log
    )
    return result


def _scratch_pg(url: str) -> tuple[str, Callable[[], None]]:
    """A new database on the server of `url`, and how to drop it."""
    name = f"telerecouv_bench_{os.getpid()}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    scratch = make_url(url).set(database=name).render_as_string(hide_password=False)

    def drop() -> None:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

    return scratch, drop


def run(
    *,
    items: int,
    claims: int,
    postgresql_url: str | None,
    agent_counts: list[int],
    skip_sqlite: bool = False,
    log: Callable[[str], None] = lambda _m: None,
    think_ms: float = 0.0,
) -> dict[str, Any]:
    report: dict[str, Any] = {
        "benchmark": "queue",
        "items": items,
        "claims_per_run": claims,
        "machine": {"cpus": os.cpu_count(), "load_average_1m": os.getloadavg()[0]},
        "targets": {
            "sqlite_next_item_p95_ms": 5,
            "postgresql_32_agents_next_item_p95_ms": 20,
            "next_item_vs_bare_ratio": 2,
            "duplicates": 0,
            "weight_change_s": 1,
        },
    }
    if not skip_sqlite:
        with tempfile.TemporaryDirectory() as folder:
            url = f"sqlite:///{Path(folder) / 'bench.sqlite3'}"
            report["sqlite"] = bench_engine(
                url, items=items, claims=claims, agent_counts=[1], log=log
            )
    if postgresql_url:
        scratch, drop = _scratch_pg(postgresql_url)
        try:
            report["postgresql"] = bench_engine(
                scratch,
                items=items,
                claims=claims,
                agent_counts=agent_counts,
                log=log,
                think_ms=think_ms,
            )
        finally:
            drop()
    report["machine"]["load_average_1m_end"] = os.getloadavg()[0]
    return report


def dumps(report: dict[str, Any]) -> str:
    return json.dumps(report, indent=2)


# -- command line ----------------------------------------------------------------------------
def add_command(subcommands: Any) -> None:
    parser = subcommands.add_parser(
        "queue",
        help="next_item and the bare claim at scale (SQLite, PostgreSQL 1/8/32 agents)",
        description=__doc__,
    )
    parser.add_argument("--items", type=int, default=1_000_000, help="queued files (1,000,000)")
    parser.add_argument(
        "--claims", type=int, default=2000, help="claims per run, shared by the agents (2000)"
    )
    parser.add_argument(
        "--postgresql",
        default=os.environ.get(
            "TELERECOUV_BENCH_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
        ),
        help="a PostgreSQL URL; a scratch database is created beside it and dropped "
        "(default: the local test server); 'none' to skip",
    )
    parser.add_argument(
        "--agents", default="1,8,32", help="concurrent agents on PostgreSQL (1,8,32)"
    )
    parser.add_argument("--skip-sqlite", action="store_true")
    parser.add_argument(
        "--think-ms",
        type=float,
        default=200.0,
        help="also run PostgreSQL's concurrent next_item paced: each agent talks for a random "
        "0.5x-1.5x this time between two claims (200; 0 to skip)",
    )
    parser.set_defaults(handler=_command)


def _command(args: Any) -> int:
    import sys

    from telerecouv.store.errors import ValidationError

    if args.items < 1 or args.claims < 1:
        raise ValidationError("--items and --claims must be at least 1.", field="items")
    try:
        agents = [int(a) for a in str(args.agents).split(",") if a.strip()]
    except ValueError:
        raise ValidationError("--agents is a list like 1,8,32.", field="agents") from None
    pg = None if str(args.postgresql).lower() == "none" else args.postgresql
    report = run(
        items=args.items,
        claims=args.claims,
        postgresql_url=pg,
        agent_counts=agents,
        skip_sqlite=args.skip_sqlite,
        think_ms=args.think_ms,
        log=lambda message: print(message, file=sys.stderr, flush=True),
    )
    print(dumps(report))
    return 0
