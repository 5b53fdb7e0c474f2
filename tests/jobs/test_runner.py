"""The single-runner guarantee (lease row), on SQLite and on one PostgreSQL with two workers."""

from __future__ import annotations

import json
import threading
import time
from datetime import timedelta
from typing import Any

import pytest

from telerecouv.jobs import lease
from telerecouv.jobs.runner import SharedJobRunner
from telerecouv.services.database import Database, open_database
from tests.services.lead_factory import at

TTL = timedelta(seconds=90)


def test_lease_is_held_by_one_holder_until_it_expires_or_is_released(database: Database) -> None:
    s, now = database.sessions, at(2, 9)
    assert lease.acquire(s, "jobs", "A", TTL, now)
    assert not lease.acquire(s, "jobs", "B", TTL, now + timedelta(seconds=30))
    assert lease.acquire(s, "jobs", "A", TTL, now + timedelta(seconds=60))  # renewed
    assert not lease.acquire(s, "jobs", "B", TTL, now + timedelta(seconds=120))
    assert lease.holder_of(s, "jobs", now + timedelta(seconds=120)) == "A"
    # A died: once its lease has run out, B takes over.
    assert lease.acquire(s, "jobs", "B", TTL, now + timedelta(seconds=151))
    assert not lease.acquire(s, "jobs", "A", TTL, now + timedelta(seconds=152))
    lease.release(s, "jobs", "B")
    assert lease.acquire(s, "jobs", "A", TTL, now + timedelta(seconds=153))


def _probe(log: list[str], name: str, pause: float = 0.0) -> Any:
    def job(_sessions: Any, _now: Any) -> dict[str, Any]:
        log.append(name)
        time.sleep(pause)
        return {"ok": True}

    return job


@pytest.mark.postgres
@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_two_workers_on_one_postgresql_run_the_jobs_once(db_url: str) -> None:
    """Two workers, each with its own engine (as two processes would), race for every sweep:
    exactly one runs the jobs; when it dies the other takes over after the time to live."""
    clock = {"now": at(2, 9)}
    ran: list[str] = []
    dbs = [open_database(db_url), open_database(db_url)]
    try:
        workers = [
            SharedJobRunner(
                db.sessions,
                holder=name,
                clock=lambda: clock["now"],
                jobs={"probe": _probe(ran, name, 0.05)},
            )
            for db, name in zip(dbs, ("worker-1", "worker-2"), strict=True)
        ]
        for _round in range(5):
            barrier = threading.Barrier(2)
            results: dict[str, bool] = {}

            def sweep(
                worker: SharedJobRunner,
                barrier: threading.Barrier = barrier,
                results: dict[str, bool] = results,
            ) -> None:
                barrier.wait()
                results[worker.holder] = worker.run("probe").ran

            threads = [threading.Thread(target=sweep, args=(w,)) for w in workers]
            for t in threads:
                t.start()
            for t in threads:
                t.join(10)
            assert sorted(results.values()) == [False, True]
            clock["now"] += timedelta(seconds=30)
        assert len(ran) == 5 and len(set(ran)) == 1  # always the same leader
        leader = ran[0]
        other = next(w for w in workers if w.holder != leader)
        clock["now"] += TTL + timedelta(seconds=1)  # the leader died without releasing
        assert other.run("probe").ran
        assert ran[-1] == other.holder
    finally:
        for db in dbs:
            db.dispose()


def test_a_failing_job_is_reported_and_the_others_still_run(database: Database) -> None:
    def broken(_s: Any, _n: Any) -> dict[str, Any]:
        raise RuntimeError("disk full")

    ran: list[str] = []
    runner = SharedJobRunner(
        database.sessions, holder="w", jobs={"broken": broken, "probe": _probe(ran, "w")}
    )
    runs = {r.job: r for r in runner.run_all()}
    assert runs["broken"].ran and runs["broken"].error == "RuntimeError: disk full"
    assert runs["probe"].result == {"ok": True} and ran == ["w"]
    runner.stop()


def test_scheduler_runs_the_shared_jobs_in_process(sqlite_database: Database) -> None:
    from apscheduler.schedulers.background import BackgroundScheduler

    ran: list[str] = []
    runner = SharedJobRunner(
        sqlite_database.sessions, holder="gui", jobs={"probe": _probe(ran, "gui")}
    )
    scheduler = BackgroundScheduler()
    runner.schedule(scheduler, intervals={"probe": 3600})
    scheduler.start()
    try:
        deadline = time.monotonic() + 5
        while not ran and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        scheduler.shutdown(wait=True)
        runner.stop()
    assert ran == ["gui"]
    assert lease.holder_of(sqlite_database.sessions, lease.SHARED_JOBS_LEASE, at(2)) is None


def test_worker_once_runs_every_shared_job(
    sqlite_database: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    from telerecouv.cli import main

    code = main(["--database-url", sqlite_database.url, "worker", "--once", "--name", "w1"])
    out = json.loads(capsys.readouterr().out)
    assert code == 0 and out["ran"] and out["holder"] == "w1"
    assert set(out["jobs"]) == {
        "expire_leases",
        "match_payments",
        "limitation_alerts",
        "nightly_import",
        "kpi_rollups",
    }
    assert out["jobs"]["limitation_alerts"] == {"alerts": 0}
    assert out["jobs"]["nightly_import"] == {"skipped": "no drop folder configured"}
    # Another worker holding the lease: this one does nothing and says so.
    assert lease.acquire(
        sqlite_database.sessions, lease.SHARED_JOBS_LEASE, "other", TTL, at(2).replace(year=2100)
    )
    code = main(["--database-url", sqlite_database.url, "worker", "--once"])
    assert code == 1 and json.loads(capsys.readouterr().out)["ran"] is False
