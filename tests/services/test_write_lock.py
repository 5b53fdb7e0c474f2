"""Every write use-case survives another connection committing between its first read and its
write. On SQLite in WAL mode a DEFERRED transaction that read first fails at once with
"database is locked" (SQLITE_BUSY_SNAPSHOT) when it then writes: each transaction that writes
must take the write lock first (store.engine.write_transaction).

The probe: after the first SELECT of every transaction the use-case begins, a second
connection (another engine, like another workstation or the embedded sweeps) commits a
write. It gets half a second; when the use-case holds the write lock it waits for it (and
must then succeed too).
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, select

from telerecouv.domain.enums import CallResult, PlanStatus, Reachability, Role
from telerecouv.jobs import lease, sweeps
from telerecouv.services import kpi_rollups
from telerecouv.services.admin import AdminService
from telerecouv.services.approvals import ApprovalService
from telerecouv.services.call_outcome import CallOutcome
from telerecouv.services.calls import CallService
from telerecouv.services.contacts import ContactService
from telerecouv.services.database import Database
from telerecouv.services.debtor_file import DebtorFileService
from telerecouv.services.exports import ExportService
from telerecouv.services.letters import LetterService
from telerecouv.services.review import ReviewService
from telerecouv.services.users import UserService
from telerecouv.store.engine import make_engine, make_session_factory
from telerecouv.store.models import AppSetting, AuditEntry, Debtor, Letter, PlanClaim, User
from tests.services.lead_factory import RP, World, at, build_world

MAX_PROBES = 3  # concurrent commits per use-case (one per transaction, the first ones)


class ConcurrentWriter:
    """Commits a write from another connection right after the first read of each
    transaction begun on `database` (at most MAX_PROBES times)."""

    def __init__(self, database: Database) -> None:
        self._database = database
        self._engine = make_engine(database.url)
        self._sessions = make_session_factory(self._engine)
        self._fresh: set[int] = set()
        self.threads: list[threading.Thread] = []
        self.errors: list[BaseException] = []
        self.committed = 0

    def _write(self) -> None:
        try:
            with self._sessions.begin() as session:
                session.add(AppSetting(key=f"noise.{uuid.uuid4().hex}", value={"n": 1}))
            self.committed += 1
        except BaseException as exc:  # noqa: BLE001 - reported by the test
            self.errors.append(exc)

    def _on_begin(self, connection: Any) -> None:
        self._fresh.add(id(connection.connection.dbapi_connection))

    def _after_execute(self, conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        key = id(conn.connection.dbapi_connection)
        if key not in self._fresh or not statement.lstrip().upper().startswith("SELECT"):
            return
        self._fresh.discard(key)
        if len(self.threads) >= MAX_PROBES:
            return
        thread = threading.Thread(target=self._write, daemon=True)
        self.threads.append(thread)
        thread.start()
        thread.join(0.5)  # done at once unless the use-case holds the write lock

    def __enter__(self) -> ConcurrentWriter:
        engine = self._database.engine
        event.listen(engine, "begin", self._on_begin)
        event.listen(engine, "after_cursor_execute", self._after_execute)
        return self

    def __exit__(self, *exc: object) -> None:
        engine = self._database.engine
        event.remove(engine, "after_cursor_execute", self._after_execute)
        event.remove(engine, "begin", self._on_begin)
        for thread in self.threads:
            thread.join(10)
        self._engine.dispose()


# -- the use-cases: (setup -> action) returning something to check ---------------------------
Action = Callable[[], Any]
Setup = Callable[[World, Database, Path], Action]


def _pending_plan(w: World) -> int:
    call = w.call("D1", "a1", at(2), RP, CallResult.PLAN_AGREED)
    plan = w.plan("D1", "a1", call, months=36, total="3600.00", status=PlanStatus.PENDING_APPROVAL)
    w.add(PlanClaim(plan_id=plan, claim_id=w.claims["D1"], amount=Decimal("3600.00")))
    return plan


def approve_plan(w: World, db: Database, _tmp: Path) -> Action:
    plan, lead = _pending_plan(w), w.actor("lead1")
    return lambda: ApprovalService(w.sessions).approve(lead, plan, "Vu").approved


def reject_plan(w: World, db: Database, _tmp: Path) -> Action:
    plan, lead = _pending_plan(w), w.actor("lead1")
    return lambda: ApprovalService(w.sessions).reject(lead, plan, "Trop long").status


def review_call(w: World, db: Database, _tmp: Path) -> Action:
    call, lead = w.call("D1", "a1", at(3), RP, CallResult.REFUSAL), w.actor("lead1")
    return lambda: ReviewService(w.sessions).review(lead, call, 8, "Bien mené")


def review_sample(w: World, db: Database, _tmp: Path) -> Action:
    w.call("D1", "a1", at(3), RP, CallResult.REFUSAL)
    lead = w.actor("lead1")
    return lambda: ReviewService(w.sessions).select_sample(lead, date(2026, 11, 2), 2, seed=1)


def reveal_identifier(w: World, db: Database, _tmp: Path) -> Action:
    with w.sessions.begin() as session:
        debtor = session.get(Debtor, w.debtors["D1"])
        assert debtor is not None
        debtor.national_id = "1850775123456"
    agent = w.actor("a1")
    return lambda: DebtorFileService(w.sessions).reveal_identifier(agent, w.debtors["D1"])


def create_user(w: World, db: Database, _tmp: Path) -> Action:
    admin = w.actor("admin")
    return lambda: AdminService(w.sessions).create_user(admin, "new1", Role.AGENT, "secret-123")


def change_role(w: World, db: Database, _tmp: Path) -> Action:
    admin = w.actor("admin")
    return lambda: AdminService(w.sessions).set_role(admin, w.users["a2"], Role.TEAM_LEAD)


def reset_password(w: World, db: Database, _tmp: Path) -> Action:
    admin = w.actor("admin")
    return lambda: AdminService(w.sessions).reset_password(admin, w.users["a2"])


def create_team(w: World, db: Database, _tmp: Path) -> Action:
    admin = w.actor("admin")
    return lambda: AdminService(w.sessions).create_team(admin, "Team C")


def rename_team(w: World, db: Database, _tmp: Path) -> Action:
    admin = w.actor("admin")
    return lambda: AdminService(w.sessions).rename_team(admin, w.teams["Team B"], "Team Bis")


def add_user_cli(w: World, db: Database, _tmp: Path) -> Action:
    admin = w.actor("admin")
    return lambda: UserService(w.sessions).add_user(admin, "new2", Role.AGENT, "secret-123")


def log_in(w: World, db: Database, _tmp: Path) -> Action:
    return lambda: UserService(w.sessions).authenticate("a1", "password-123").login


def set_own_password(w: World, db: Database, _tmp: Path) -> Action:
    agent = w.actor("a1")
    return lambda: UserService(w.sessions).set_password(agent, "a1", "another-456")


def file_letter(w: World, db: Database, tmp: Path) -> Action:
    letter = w.add(Letter(debtor_id=w.debtors["D1"], kind="plan_confirmation"))
    agent = w.actor("a1")
    path = str(tmp / "letter.pdf")
    return lambda: LetterService(w.sessions).attach_file(agent, letter, path, sent=True)


def add_phone(w: World, db: Database, _tmp: Path) -> Action:
    agent = w.actor("a1")
    return lambda: ContactService(w.sessions).add_phone(agent, w.debtors["D1"], "06 12 34 56 78")


def record_call(w: World, db: Database, _tmp: Path) -> Action:
    agent = w.actor("a1")
    now = datetime.now(UTC)
    outcome = CallOutcome(
        client_token=str(uuid.uuid4()),
        debtor_id=w.debtors["D1"],
        item_id=None,
        lease_token=None,
        number=None,
        started_at=now - timedelta(minutes=2),
        ended_at=now,
        reachability=Reachability.NO_ANSWER,
        result=None,
        notes="",
        script_path=(),
        callback_at=None,
        callback_scope=None,
    )
    return lambda: CallService(w.sessions).record(agent, outcome).call_id


def export_monthly(w: World, db: Database, tmp: Path) -> Action:
    w.call("D1", "a1", at(3), RP, CallResult.REFUSAL)
    admin = w.actor("admin")
    return lambda: ExportService(w.sessions).monthly(admin, date(2026, 11, 1), "csv", tmp / "x")


def sweep_matching(w: World, db: Database, _tmp: Path) -> Action:
    return lambda: sweeps.match_payments(w.sessions, at(20))


def sweep_limitation(w: World, db: Database, _tmp: Path) -> Action:
    return lambda: sweeps.limitation_alerts(w.sessions, at(20))


def sweep_kpi_rollups(w: World, db: Database, _tmp: Path) -> Action:
    for day in (2, 3, 4):
        w.call("D1", "a1", at(day), RP, CallResult.REFUSAL)
        w.call("D2", "a2", at(day, 11), Reachability.NO_ANSWER)
    return lambda: kpi_rollups.refresh(w.sessions, at(20))


def take_runner_lease(w: World, db: Database, _tmp: Path) -> Action:
    now = datetime.now(UTC)
    return lambda: lease.acquire(w.sessions, "shared-jobs", "me", timedelta(minutes=1), now)


USE_CASES: dict[str, Setup] = {
    f.__name__: f
    for f in (
        approve_plan,
        reject_plan,
        review_call,
        review_sample,
        reveal_identifier,
        create_user,
        change_role,
        reset_password,
        create_team,
        rename_team,
        add_user_cli,
        log_in,
        set_own_password,
        file_letter,
        add_phone,
        record_call,
        export_monthly,
        sweep_matching,
        sweep_limitation,
        sweep_kpi_rollups,
        take_runner_lease,
    )
}


@pytest.fixture
def world(database: Database) -> Iterator[World]:
    w = build_world(database.sessions)
    w.debtor("D1", balance="3600.00")
    w.debtor("D2", balance="900.00", last_name="Petit")
    yield w


@pytest.mark.parametrize("name", sorted(USE_CASES))
def test_write_use_case_survives_a_concurrent_commit(
    name: str, database: Database, world: World, tmp_path: Path
) -> None:
    action = USE_CASES[name](world, database, tmp_path)
    audits_before = _count(database, AuditEntry)
    with ConcurrentWriter(database) as writer:
        result = action()
    assert result is not None or name in _RETURN_NONE
    assert writer.errors == [], writer.errors
    assert writer.threads, "the use-case read nothing: the probe did not run"
    assert writer.committed == len(writer.threads)  # the other connection's writes landed too
    if name in _AUDITED:
        assert _count(database, AuditEntry) > audits_before


_RETURN_NONE = {"review_call", "file_letter", "set_own_password"}
_AUDITED = {
    "approve_plan",
    "reject_plan",
    "review_call",
    "review_sample",
    "reveal_identifier",
    "create_user",
    "change_role",
    "reset_password",
    "create_team",
    "rename_team",
    "export_monthly",
}


def _count(database: Database, model: Any) -> int:
    with database.sessions() as session:
        return len(session.scalars(select(model.id)).all())


def test_login_counts_a_failure_under_a_concurrent_commit(database: Database, world: World) -> None:
    from telerecouv.services.users import AuthenticationFailed

    with ConcurrentWriter(database) as writer, pytest.raises(AuthenticationFailed):
        UserService(world.sessions).authenticate("a1", "wrong-password")
    assert writer.errors == []
    with database.sessions() as session:
        failed = session.scalar(select(User.failed_logins).where(User.login == "a1"))
    assert failed == 1
