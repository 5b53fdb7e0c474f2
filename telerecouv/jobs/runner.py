"""Running the jobs with APScheduler 3.x.

* `SharedJobRunner`: the shared sweeps (jobs.sweeps.SHARED_JOBS). Before each run it takes or
  renews the lease row "shared-jobs"; a runner that does not hold it skips. So with several
  `telerecouv worker` processes on one PostgreSQL exactly one runs the sweeps, and another
  takes over when it dies (after the lease's time to live) or stops (at once).
* On SQLite (embedded mode) the application runs the same SharedJobRunner in-process.
* Each GUI also polls its own agent's call-back reminders (jobs.sweeps.ReminderPoller).
Every process has its own in-memory APScheduler job store: never shared.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from telerecouv.jobs import lease
from telerecouv.jobs.sweeps import SHARED_JOBS, Job
from telerecouv.store.types import utcnow

log = logging.getLogger(__name__)

LEASE_TTL = timedelta(seconds=90)

# How often each shared job runs (seconds); the nightly import also runs at 02:00.
INTERVALS: dict[str, int] = {
    "expire_leases": 60,
    "match_payments": 15 * 60,
    "limitation_alerts": 6 * 3600,
    "nightly_import": 24 * 3600,
    "kpi_rollups": 15 * 60,
}


def default_holder() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


@dataclass(frozen=True)
class JobRun:
    job: str
    ran: bool  # False: another runner holds the lease
    result: dict[str, Any] | None = None
    error: str | None = None


class SharedJobRunner:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        *,
        holder: str | None = None,
        ttl: timedelta = LEASE_TTL,
        clock: Callable[[], datetime] = utcnow,
        jobs: Mapping[str, Job] | None = None,
    ) -> None:
        self.sessions = sessions
        self.holder = holder or default_holder()
        self.ttl = ttl
        self.clock = clock
        self.jobs = dict(SHARED_JOBS if jobs is None else jobs)
        self._lock = threading.Lock()  # one shared job at a time in this process
        self._lease_lock = threading.Lock()  # one lease operation at a time
        self._closed = False
        # Whether this runner held the lease at its last attempt (None: not tried yet); read
        # from other threads (a GUI's status line), written only under the lease attempt.
        self.is_leader: bool | None = None

    def leader(self) -> bool:
        """Take or renew the lease; True when this runner may run the shared jobs."""
        with self._lease_lock:
            if self._closed:
                return False
            held = lease.acquire(
                self.sessions, lease.SHARED_JOBS_LEASE, self.holder, self.ttl, self.clock()
            )
            self.is_leader = held
            return held

    def run(self, name: str) -> JobRun:
        """Run one shared job if this runner holds (or can take) the lease."""
        with self._lock:
            if self._closed:
                return JobRun(name, ran=False)
            if not self.leader():
                log.debug("%s: another runner holds the lease", name)
                return JobRun(name, ran=False)
            try:
                result = self.jobs[name](self.sessions, self.clock())
            except Exception as error:
                log.exception("job %s failed", name)
                return JobRun(name, ran=True, error=f"{type(error).__name__}: {error}")
            log.info("job %s: %s", name, result)
            return JobRun(name, ran=True, result=result)

    def run_all(self) -> list[JobRun]:
        return [self.run(name) for name in self.jobs]

    def stop(self) -> None:
        """Give the lease back so that another runner takes over at once."""
        lease.release(self.sessions, lease.SHARED_JOBS_LEASE, self.holder)

    def close(self, timeout: float = 10.0) -> bool:
        """Run nothing more, wait up to `timeout` s for a job in progress, then give the
        lease back. False when a job was still running (its lease then runs out by itself)."""
        with self._lease_lock:
            self._closed = True
        if not self._lock.acquire(timeout=timeout):
            log.warning("a shared job is still running; its lease will expire by itself")
            return False
        try:
            with self._lease_lock:
                if self.is_leader:
                    self.stop()
                self.is_leader = False
        finally:
            self._lock.release()
        return True

    # -- APScheduler -------------------------------------------------------------------------
    def schedule(self, scheduler: Any, intervals: Mapping[str, int] | None = None) -> None:
        """Add the shared jobs to an APScheduler 3 scheduler (memory job store), each first
        run at once (a sweep catches up whatever happened while nothing ran)."""
        chosen = {**INTERVALS, **(intervals or {})}
        now = datetime.now().astimezone()
        for name in self.jobs:
            scheduler.add_job(
                self.run,
                "interval",
                args=[name],
                seconds=chosen.get(name, 300),
                id=f"shared:{name}",
                next_run_time=now,
                coalesce=True,
                max_instances=1,
                misfire_grace_time=None,
                replace_existing=True,
            )
        if "nightly_import" in self.jobs:
            scheduler.add_job(
                self.run,
                "cron",
                args=["nightly_import"],
                hour=2,
                id="shared:nightly_import:02h",
                coalesce=True,
                max_instances=1,
                replace_existing=True,
            )
        # Keep the lease alive between jobs, well within its time to live.
        scheduler.add_job(
            self.leader,
            "interval",
            seconds=max(5, int(self.ttl.total_seconds() // 3)),
            id="shared:lease",
            next_run_time=now,
            coalesce=True,
            max_instances=1,
            replace_existing=True,
        )


def start_in_process(
    sessions: sessionmaker[Session],
    *,
    shared: bool,
    holder: str | None = None,
    intervals: Mapping[str, int] | None = None,
    ttl: timedelta = LEASE_TTL,
) -> tuple[Any, SharedJobRunner | None]:
    """A background scheduler for the application: the shared jobs when `shared` (embedded
    SQLite mode); returns (scheduler, runner). Call `scheduler.shutdown()` and
    `runner.stop()` at exit (or use EmbeddedJobs, which does both)."""
    from apscheduler.schedulers.background import BackgroundScheduler

    scheduler = BackgroundScheduler(daemon=True)
    runner = SharedJobRunner(sessions, holder=holder, ttl=ttl) if shared else None
    if runner is not None:
        runner.schedule(scheduler, intervals)
    scheduler.start()
    return scheduler, runner


class EmbeddedJobs:
    """The shared sweeps run by the application itself on an embedded (SQLite) database,
    exactly as `telerecouv worker` runs them: same jobs, same lease row, so that of two
    applications on one SQLite file only one runs them. APScheduler's own threads run
    them, never the caller's (the GUI thread)."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        *,
        holder: str | None = None,
        intervals: Mapping[str, int] | None = None,
        ttl: timedelta = LEASE_TTL,
    ) -> None:
        self._sessions = sessions
        self._holder = holder
        self._intervals = intervals
        self._ttl = ttl
        self._scheduler: Any = None
        self.runner: SharedJobRunner | None = None

    def start(self) -> None:
        """Starts the scheduler; touches no database on the calling thread."""
        if self._scheduler is not None:
            return
        self._scheduler, self.runner = start_in_process(
            self._sessions,
            shared=True,
            holder=self._holder,
            intervals=self._intervals,
            ttl=self._ttl,
        )

    @property
    def running_here(self) -> bool | None:
        """True while this process holds the lease and runs the sweeps, False when another
        application does, None before the first attempt."""
        return None if self.runner is None else self.runner.is_leader

    def stop(self, timeout: float = 10.0) -> None:
        """Stop scheduling, let a job in progress finish (up to `timeout` s) and give the
        lease back so that another application takes over at once."""
        if self._scheduler is None:
            return
        self._scheduler.shutdown(wait=False)
        self._scheduler = None
        if self.runner is not None:
            try:
                self.runner.close(timeout)
            except Exception:  # the database went away: the lease runs out by itself
                log.exception("could not give the shared-jobs lease back")
