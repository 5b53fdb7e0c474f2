"""`QueueService`: the next call (a lease on the best eligible file), heartbeat, release.

Order of what an agent is offered (SPEC.md §3.1, §3.4):
1. due call-backs of the agent's queues: personal ones only to their agent until the grace
   time has passed, team ones to the agents of that team (anyone after the grace time);
2. files pinned to the top by a supervisor, oldest pin first;
3. the best-scored eligible file of the hopper (services/queue/hopper.py).
Every offer is inside the calling hours in each of the debtor's zones (holidays closed) and
under the daily and weekly attempt caps. Paused queues are skipped; an agent assigned to some
queues (user_queues) only works those.

A lease is a token with an expiry renewed by `heartbeat`; no transaction stays open during a
call. An expired lease returns the file to the queue (`expire_leases`, also swept by every
workstation's claims).
"""

from __future__ import annotations

import time as _time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import (
    Connection,
    Engine,
    and_,
    bindparam,
    case,
    func,
    literal,
    or_,
    select,
    update,
)
from sqlalchemy.orm import Session, sessionmaker

from telerecouv.domain.enums import CallbackScope, Stage, WorkItemStatus
from telerecouv.domain.priority import PriorityPolicy, explain
from telerecouv.domain.windows import caps_state, split_zones
from telerecouv.services import audit
from telerecouv.services.permissions import Actor, Permission, require
from telerecouv.services.queue import hopper, listing
from telerecouv.services.queue.hopper import WindowCache, inputs_of, today_in
from telerecouv.services.queue.policy import (
    QueueSettings,
    effective_caps,
    load_settings,
    settings_from_documents,
)
from telerecouv.store.claiming import (
    WORK_ITEMS,
    claim_item,
    claim_lookup,
    drop_hopper_entry,
    lease_best,
    lease_chosen,
)
from telerecouv.store.engine import WRITE_LOCK
from telerecouv.store.errors import Conflict, NotFound, msg
from telerecouv.store.models import (
    CallAttempt,
    Debtor,
    Organisation,
    Queue,
    User,
    WorkItem,
    user_queues,
)
from telerecouv.store.types import UTCDateTime, utcnow

LEASE_DURATION = timedelta(minutes=2)  # renewed by the workstation's heartbeat every 30 s
EXPIRY_SWEEP_EVERY = timedelta(seconds=15)
CAPS_LOOK_BACK = timedelta(days=8)  # the weekly cap's window, with a margin for time zones
MAX_SKIPS = 20  # candidates refused by the caps check before giving up for this claim
CALLBACK_CANDIDATES = 50
UNBUILT_WAIT_S = 5.0
STATE_CACHE = timedelta(seconds=1)  # queues, assignments and hopper builds, per workstation
MAX_CLAIM_ROUNDS = 40  # claim attempts between hopper refills before answering "nothing"
REFILL_POLL_S = 0.1
LOW_WATER_CHECK_EVERY = 8  # claims between two looks at how full the hopper still is


@dataclass(frozen=True)
class Lease:
    item_id: int
    debtor_id: int
    queue_id: int
    token: str
    expires_at: datetime
    stage: Stage
    explanation: str
    callback: bool


@dataclass(frozen=True)
class QueueRow:
    """One line of `queue list` / the supervisor preview."""

    item_id: int
    debtor_id: int
    debtor_external_id: str
    queue_id: int
    stage: Stage
    score: float
    explanation: str
    next_eligible_at: datetime | None  # None: may be called now
    time_zones: tuple[str, ...]
    claim_external_ids: tuple[str, ...]


@dataclass(frozen=True)
class QueueCount:
    queue_id: int
    organisation: str
    stage: Stage
    paused: bool
    waiting: int  # queued files (eligible now or later)
    leased: int  # being called right now
    callbacks_due_today: int


class CallRefused(Conflict):
    """A manual call that the rules refuse now; `reason` says why, in the agent's words."""

    def __init__(self, reason: str) -> None:
        super().__init__(msg("This file cannot be called now: {reason}.", reason=reason))
        self.reason = reason


class QueueService:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        *,
        clock: Callable[[], datetime] = utcnow,
        lease_duration: timedelta = LEASE_DURATION,
        state_cache: timedelta = STATE_CACHE,
    ) -> None:
        self._sessions = sessions
        bind = sessions.kw.get("bind")
        if not isinstance(bind, Engine):
            raise TypeError("QueueService needs a session factory bound to an engine.")
        self._engine: Engine = bind  # claims run on a plain connection (no ORM session)
        self._clock = clock
        self._lease_duration = lease_duration
        self._last_sweep: datetime | None = None
        self._state_seconds = state_cache.total_seconds()
        self._state_cache: dict[Any, tuple[float, list[int], dict[int, Any]]] = {}
        self._claims = 0

    # -- claiming -------------------------------------------------------------------------
    def next_item(self, actor: Actor, *, queue_ids: Sequence[int] | None = None) -> Lease | None:
        """Lease the best file the agent may call now, or None when there is none."""
        require(actor, Permission.WORK_CALLS, "take the next call")
        now = self._clock()
        self._sweep(now)
        queues, builds = self._queue_state(actor, queue_ids)
        if not queues:
            return None
        refilled = False
        for _attempt in range(MAX_CLAIM_ROUNDS):
            outcome = self._claim(actor, queues, builds, now)
            if isinstance(outcome, Lease):
                return outcome
            settings, stale = outcome
            if stale:  # policy changed, window changed, ran low, or time to refresh
                self._ensure_hoppers(stale, settings.priority, now)
            elif hopper.rebuilding_elsewhere(builds, now):
                # The hoppers ran dry while another workstation refills them: wait for it
                # rather than tell the agent there is nothing to call.
                _time.sleep(REFILL_POLL_S)
            elif refilled:
                return None
            else:
                # Nothing in the hoppers: a hopper may have run dry since its last build.
                refilled = True
                with self._sessions() as session:
                    session.connection(execution_options=WRITE_LOCK)
                    hopper.invalidate(session, _full_queues(session, queues))
                    session.commit()
                if not hopper.refresh(self._sessions, queues, settings.priority, now):
                    with self._sessions() as session:
                        builds = hopper.build_states(session, queues)
                        session.rollback()
                    if not hopper.rebuilding_elsewhere(builds, now):
                        return None
            self._state_cache.clear()
            queues, builds = self._queue_state(actor, queue_ids)
        return None

    def _queue_state(
        self, actor: Actor, wanted: Sequence[int] | None
    ) -> tuple[list[int], dict[int, Any]]:
        """The agent's open queues and their hoppers' build rows, kept `state_cache` seconds
        (pausing a queue or assigning an agent is seen within that time; a new policy
        version at the next claim, which reads the settings every time)."""
        key = (actor.user_id, tuple(wanted) if wanted is not None else None)
        cached = self._state_cache.get(key)
        if cached is not None and _time.monotonic() - cached[0] < self._state_seconds:
            return cached[1], cached[2]
        with self._sessions() as session:
            queues = self._agent_queues(session, actor, wanted)
            builds = hopper.build_states(session, queues)
            session.rollback()
        self._state_cache[key] = (_time.monotonic(), queues, builds)
        return queues, builds

    def _agent_queues(
        self, session: Session, actor: Actor, wanted: Sequence[int] | None
    ) -> list[int]:
        statement = select(Queue.id).where(Queue.paused.is_(False)).order_by(Queue.id)
        if actor.user_id is not None:
            assigned = set(
                session.scalars(
                    select(user_queues.c.queue_id).where(user_queues.c.user_id == actor.user_id)
                )
            )
            if assigned:
                statement = statement.where(Queue.id.in_(assigned))
        if wanted is not None:
            statement = statement.where(Queue.id.in_(list(wanted)))
        return list(session.scalars(statement))

    def _ensure_hoppers(self, queues: list[int], policy: PriorityPolicy, now: datetime) -> None:
        hopper.refresh(self._sessions, queues, policy, now)
        deadline = _time.monotonic() + UNBUILT_WAIT_S
        while True:  # another workstation builds a hopper that never existed: wait for it
            with self._sessions() as session:
                missing = hopper.unbuilt(session, queues)
                session.rollback()
            if not missing or _time.monotonic() > deadline:
                return
            _time.sleep(0.05)
            hopper.refresh(self._sessions, missing, policy, now)

    def _claim(
        self, actor: Actor, queues: list[int], builds: dict[int, Any], now: datetime
    ) -> Lease | tuple[QueueSettings, list[int]]:
        """Lease the best file on a plain connection (no ORM objects): one read (due
        call-backs, pins and the settings' stored texts), then one statement that leases the
        best file and returns all the lease needs; the caps are checked on what it returned
        (the debtor's recent calls are only read when there are some).
        Returns the lease, or the settings and the hoppers to rebuild first (none: empty).

        SQLite: all of it in one BEGIN IMMEDIATE transaction (the write lock serialises the
        claims). PostgreSQL: no surrounding transaction (autocommit, no BEGIN/COMMIT round
        trips): every write is one atomic statement - the lease (FOR UPDATE SKIP LOCKED, hopper
        entry dropped in the same statement) or a compare-and-set on a chosen file - and a
        file refused afterwards (window closed, caps reached) is handed back by the next
        statement. Should the workstation die in between, the lease expires and the file
        comes back (expire_leases), as after any crash during a call."""
        with self._engine.connect() as connection:
            if connection.dialect.name == "postgresql":
                connection.execution_options(isolation_level="AUTOCOMMIT")
                return self._claim_on(connection, actor, queues, builds, now)
            connection.execution_options(**WRITE_LOCK)
            with connection.begin():
                return self._claim_on(connection, actor, queues, builds, now)

    def _claim_on(
        self,
        connection: Connection,
        actor: Actor,
        queues: list[int],
        builds: dict[int, Any],
        now: datetime,
    ) -> Lease | tuple[QueueSettings, list[int]]:
        token = str(uuid.uuid4())
        expires = now + self._lease_duration
        dialect = connection.dialect.name
        looked = connection.execute(
            claim_lookup(dialect, tuple(queues)),
            {
                "now": now,
                "queued": WorkItemStatus.QUEUED.value,
                "limit": CALLBACK_CANDIDATES,
            },
        ).all()
        settings = settings_from_documents(
            tuple(sorted((r.scope, r.doc) for r in looked if r.kind == "setting"))
        )
        version = settings.priority.version
        stale = [q for q in queues if hopper.must_rebuild(builds.get(q), version, now)]
        if stale:
            return settings, stale
        params: dict[str, Any] = {
            "now": now,
            "since": now - CAPS_LOOK_BACK,
            "expires_at": expires,
            "leased": WorkItemStatus.LEASED.value,
            "queued": WorkItemStatus.QUEUED.value,
            "agent_id": actor.user_id,
            "token": token,
        }
        picked: Any = None
        callback = False
        windows = WindowCache(now)
        for item_id, is_callback in self._candidates(actor, looked, settings, now):
            row = connection.execute(lease_chosen(True), {**params, "item_id": item_id}).first()
            if row is None:
                continue
            if not self._callable(connection, row, settings, windows, now):
                continue
            connection.execute(drop_hopper_entry(row.id))
            picked, callback = row, is_callback
            break
        skips = 0
        best = lease_best(dialect, tuple(queues))
        while picked is None and skips < MAX_SKIPS:
            row = connection.execute(best, params).first()
            if row is None:
                break
            if dialect != "postgresql":
                connection.execute(drop_hopper_entry(row.id))
            if self._under_caps(connection, row, settings, now):
                picked = row
            else:
                skips += 1
        if picked is None:
            return settings, []
        self._claims += 1
        if self._claims % LOW_WATER_CHECK_EVERY == 0 and hopper.mark_low(
            connection, picked.queue_id, now
        ):
            self._state_cache.clear()
        return Lease(
            item_id=picked.id,
            debtor_id=picked.debtor_id,
            queue_id=picked.queue_id,
            token=token,
            expires_at=expires,
            stage=Stage(picked.stage),
            explanation=_explanation(settings.priority, picked, now),
            callback=callback,
        )

    def _candidates(
        self, actor: Actor, looked: Sequence[Any], settings: QueueSettings, now: datetime
    ) -> list[tuple[int, bool]]:
        """The due call-backs this agent may take (oldest appointment first), then the
        pinned files (oldest pin first)."""
        callbacks = sorted((r for r in looked if r.kind == "callback"), key=lambda r: (r.at, r.id))
        pinned = sorted((r for r in looked if r.kind == "pinned"), key=lambda r: (r.at, r.id))
        chosen = [(r.id, True) for r in callbacks if _callback_for(actor, r, settings, now)]
        return chosen + [(r.id, False) for r in pinned]

    def _callable(
        self,
        connection: Connection,
        row: Any,
        settings: QueueSettings,
        windows: WindowCache,
        now: datetime,
    ) -> bool:
        """A directly chosen candidate (call-back, pinned): check its window and caps; when
        refused, hand it back (the caller's transaction is still open)."""
        state = windows.state(connection, row.organisation_id, row.time_zones)
        if not state.open:
            _unlease(connection, row.id, now)
            return False
        return self._under_caps(connection, row, settings, now)

    def _under_caps(
        self, connection: Connection, row: Any, settings: QueueSettings, now: datetime
    ) -> bool:
        """True when the debtor may be called again now; else the item is handed back with
        `next_eligible_at` at the moment the caps allow it. `row` is a leased row: it carries
        the organisation's caps and how many calls the debtor had since CAPS_LOOK_BACK."""
        if not row.recent_attempts:
            return True
        attempts = list(
            connection.execute(
                _ATTEMPTS, {"debtor_id": row.debtor_id, "since": now - CAPS_LOOK_BACK}
            ).scalars()
        )
        daily = min(settings.max_attempts_per_day, row.daily_cap)
        weekly = min(settings.max_attempts_per_week, row.weekly_cap)
        state = caps_state(
            attempts, zones=row.time_zones, daily_cap=daily, weekly_cap=weekly, at=now
        )
        if state.allowed_from is None:
            return True
        _unlease(connection, row.id, now, next_eligible_at=state.allowed_from)
        return False

    # -- the lease ------------------------------------------------------------------------
    def heartbeat(self, actor: Actor, item_id: int, token: str) -> datetime:
        """Extend the lease while the call is open; Conflict if it was lost meanwhile."""
        require(actor, Permission.WORK_CALLS, "keep a file open")
        now = self._clock()
        expires = now + self._lease_duration
        w = WORK_ITEMS
        with self._sessions() as session:
            connection = session.connection(execution_options=WRITE_LOCK)
            changed = connection.execute(
                update(w)
                .where(
                    w.c.id == item_id,
                    w.c.status == WorkItemStatus.LEASED,
                    w.c.lease_token == token,
                )
                .values(lease_expires_at=expires)
            ).rowcount
            session.commit()
        if not changed:
            raise Conflict(
                msg(
                    "The file (item {item_id}) is no longer yours: its lease expired and it went "
                    "back to the queue.",
                    item_id=item_id,
                ),
                msg(
                    "Record what happened during the call from the file's history, then take the "
                    "next call."
                ),
            )
        return expires

    def release(self, actor: Actor, item_id: int, token: str | None) -> None:
        """Hand a leased file back to the queue without an outcome.

        With `token`, the agent's own lease; `token=None` forces it (supervisor, command line).
        """
        if token is None:
            require(actor, Permission.TUNE_QUEUES, "release a file leased by someone else")
        else:
            require(actor, Permission.WORK_CALLS, "release a file")
        now = self._clock()
        w = WORK_ITEMS
        with self._sessions() as session:
            connection = session.connection(execution_options=WRITE_LOCK)
            before = session.execute(
                select(w.c.status, w.c.leased_by_id, w.c.lease_token).where(w.c.id == item_id)
            ).first()
            if before is None:
                raise NotFound(msg("There is no work item {item_id}.", item_id=item_id))
            condition = [w.c.id == item_id, w.c.status == WorkItemStatus.LEASED]
            if token is not None:
                condition.append(w.c.lease_token == token)
            changed = connection.execute(
                update(w).where(*condition).values(_unleased(now))
            ).rowcount
            if not changed:
                session.rollback()
                status = WorkItemStatus(before.status).value
                raise Conflict(
                    msg(
                        "Work item {item_id} is not leased with this token (status {status}); "
                        "nothing was changed.",
                        item_id=item_id,
                        status=status,
                    )
                    if token is not None
                    else msg(
                        "Work item {item_id} is not leased (status {status}); nothing was changed.",
                        item_id=item_id,
                        status=status,
                    )
                )
            settings = load_settings(session)
            hopper.offer_again(session, [item_id], settings.priority, now)
            if actor.audited:
                audit.record(
                    session,
                    actor,
                    "queue.release",
                    entity="work_item",
                    entity_id=item_id,
                    before={"status": "leased", "leased_by_id": before.leased_by_id},
                    after={"status": "queued"},
                )
            session.commit()

    def expire_leases(self) -> int:
        """Return every file whose lease has expired to its queue; how many."""
        now = self._clock()
        w = WORK_ITEMS
        with self._sessions() as session:
            connection = session.connection(execution_options=WRITE_LOCK)
            ids = list(
                connection.execute(
                    update(w)
                    .where(w.c.status == WorkItemStatus.LEASED, w.c.lease_expires_at <= now)
                    .values(_unleased(now))
                    .returning(w.c.id)
                ).scalars()
            )
            if ids:
                settings = load_settings(session)
                hopper.offer_again(session, ids, settings.priority, now)
            session.commit()
        self._last_sweep = now
        return len(ids)

    def _sweep(self, now: datetime) -> None:
        if self._last_sweep is None or now - self._last_sweep >= EXPIRY_SWEEP_EVERY:
            self.expire_leases()

    # -- manual calls -----------------------------------------------------------------------
    def check_manual_call(self, debtor_id: int) -> str | None:
        """Why a call to this debtor's file is refused now (in French, for the agent), or None."""
        now = self._clock()
        with self._sessions() as session:
            item = session.scalars(select(WorkItem).where(WorkItem.debtor_id == debtor_id)).first()
            reason = self._manual_refusal(session, item, None, now)
            session.rollback()
        return reason

    def _manual_refusal(
        self, session: Session, item: WorkItem | None, actor: Actor | None, now: datetime
    ) -> str | None:
        if item is None or item.queue_id is None:
            return "ce débiteur n'a aucun dossier en file d'appels"
        if item.status is WorkItemStatus.LEASED:
            if actor is not None and item.leased_by_id == actor.user_id:
                return None
            if item.lease_expires_at is None or item.lease_expires_at > now:
                holder = session.get(User, item.leased_by_id) if item.leased_by_id else None
                who = holder.full_name or holder.login if holder else "un autre poste"
                return f"le dossier est déjà ouvert par {who}"
        elif item.status is not WorkItemStatus.QUEUED:
            return _STATUS_REASONS.get(item.status, "le dossier n'est pas en file d'appels")
        org = session.get(Organisation, item.organisation_id)
        if org is None:
            return "organisme inconnu"
        state = WindowCache(now).state(session, org.id, item.time_zones)
        if not state.open:
            return state.reason or "hors des heures d'appel"
        settings = load_settings(session)
        attempts = list(
            session.scalars(
                select(CallAttempt.started_at).where(
                    CallAttempt.debtor_id == item.debtor_id,
                    CallAttempt.started_at > now - timedelta(days=8),
                )
            )
        )
        daily, weekly = effective_caps(settings, org)
        caps = caps_state(
            attempts, zones=item.time_zones, daily_cap=daily, weekly_cap=weekly, at=now
        )
        if caps.allowed_from is not None:
            return caps.reason
        quiet = org.quiet_days_after_contact
        if item.last_contact_at is not None and item.callback_at is None and quiet > 0:
            days = (now - item.last_contact_at).days
            if days < quiet:
                return (
                    f"le débiteur a été joint il y a {days} j "
                    f"(pas de nouvel appel avant {quiet} j, sauf rappel demandé)"
                )
        return None

    def open_file(self, actor: Actor, debtor_id: int) -> Lease:
        """Lease a chosen debtor's file for a manual call; CallRefused says why not."""
        require(actor, Permission.WORK_CALLS, "call a chosen file")
        now = self._clock()
        token = str(uuid.uuid4())
        expires = now + self._lease_duration
        with self._sessions() as session:
            connection = session.connection(execution_options=WRITE_LOCK)
            item = session.scalars(select(WorkItem).where(WorkItem.debtor_id == debtor_id)).first()
            if session.get(Debtor, debtor_id) is None:
                raise NotFound(msg("There is no debtor {debtor_id}.", debtor_id=debtor_id))
            reason = self._manual_refusal(session, item, actor, now)
            if reason is not None or item is None:
                raise CallRefused(reason or "aucun dossier")
            if item.status is WorkItemStatus.LEASED and item.leased_by_id == actor.user_id:
                token = item.lease_token or token
                connection.execute(
                    update(WORK_ITEMS)
                    .where(WORK_ITEMS.c.id == item.id)
                    .values(lease_expires_at=expires)
                )
            else:
                if item.status is WorkItemStatus.LEASED:  # an expired lease nobody swept yet
                    _unlease(connection, item.id, now)
                row = connection.execute(
                    claim_item(
                        item_id=item.id,
                        agent_id=actor.user_id,
                        token=token,
                        expires_at=expires,
                        now=now,
                        require_eligible=False,
                    )
                ).first()
                if row is None:
                    raise CallRefused("le dossier vient d'être pris par un autre poste")
                connection.execute(drop_hopper_entry(item.id))
            if actor.audited:
                audit.record(
                    session,
                    actor,
                    "queue.open_file",
                    entity="work_item",
                    entity_id=item.id,
                    after={"debtor_id": debtor_id, "leased_by_id": actor.user_id},
                )
            settings = load_settings(session)
            row = self._item_row(session, item.id)
            session.commit()
        return Lease(
            item_id=row.id,
            debtor_id=row.debtor_id,
            queue_id=row.queue_id,
            token=token,
            expires_at=expires,
            stage=Stage(row.stage),
            explanation=_explanation(settings.priority, row, now),
            callback=row.callback_at is not None,
        )

    # -- reading ----------------------------------------------------------------------------
    def _item_row(self, session: Session, item_id: int) -> Any:
        row = session.execute(
            select(WORK_ITEMS, Organisation.timezone, Organisation.currency)
            .join(Organisation, Organisation.id == WORK_ITEMS.c.organisation_id)
            .where(WORK_ITEMS.c.id == item_id)
        ).first()
        if row is None:
            raise NotFound(msg("There is no work item {item_id}.", item_id=item_id))
        return row

    def explain(self, item_id: int) -> str:
        """Why the file sits where it does, in words (French, for agents and supervisors)."""
        now = self._clock()
        with self._sessions() as session:
            settings = load_settings(session)
            row = self._item_row(session, item_id)
            session.rollback()
        if row.stage is None:
            return "hors file d'appels"
        return _explanation(settings.priority, row, now)

    def list_items(
        self,
        *,
        queue_id: int | None = None,
        stage: Stage | None = None,
        limit: int = 50,
        settings: QueueSettings | None = None,
    ) -> list[QueueRow]:
        """Queued files in the order next_item would offer them (call-backs due, then the
        best scores among those callable now), then those waiting for their window, retry
        delay or call-back, soonest first. `settings` previews unsaved settings."""
        now = self._clock()
        with self._sessions() as session:
            settings = settings or load_settings(session)
            rows = listing.ordered_rows(
                session, queue_id=queue_id, stage=stage, limit=limit, settings=settings, now=now
            )
            session.rollback()
        return rows

    def counts(self, actor: Actor) -> list[QueueCount]:
        """Per queue the actor works: files waiting, being called, call-backs due today."""
        now = self._clock()
        w = WORK_ITEMS
        with self._sessions() as session:
            queues = self._agent_queues_all(session, actor)
            end_of_day = case(
                *(
                    (Organisation.id == org_id, literal(_end_of_day(zone, now), UTCDateTime()))
                    for org_id, zone in session.execute(
                        select(Organisation.id, Organisation.timezone)
                    )
                ),
                else_=literal(now, UTCDateTime()),
            )
            rows = session.execute(
                select(
                    Queue.id,
                    Organisation.name,
                    Queue.stage,
                    Queue.paused,
                    func.count(w.c.id).filter(w.c.status == WorkItemStatus.QUEUED),
                    func.count(w.c.id).filter(w.c.status == WorkItemStatus.LEASED),
                    func.count(w.c.id).filter(
                        and_(
                            w.c.status == WorkItemStatus.QUEUED,
                            w.c.callback_at.is_not(None),
                            w.c.callback_at <= end_of_day,
                        )
                    ),
                )
                .join(Organisation, Organisation.id == Queue.organisation_id)
                .outerjoin(w, w.c.queue_id == Queue.id)
                .where(Queue.id.in_(queues))
                .group_by(Queue.id, Organisation.name, Queue.stage, Queue.paused)
                .order_by(Organisation.name, Queue.id)
            ).all()
            session.rollback()
        return [
            QueueCount(
                qid, org, Stage(stage), bool(paused), int(q or 0), int(ld or 0), int(cb or 0)
            )
            for qid, org, stage, paused, q, ld, cb in rows
        ]

    def _agent_queues_all(self, session: Session, actor: Actor) -> list[int]:
        statement = select(Queue.id)
        if actor.user_id is not None and not actor.can(Permission.TUNE_QUEUES):
            assigned = set(
                session.scalars(
                    select(user_queues.c.queue_id).where(user_queues.c.user_id == actor.user_id)
                )
            )
            if assigned:
                statement = statement.where(Queue.id.in_(assigned))
        return list(session.scalars(statement))


def _eligible_at(now: Any) -> Any:
    w = WORK_ITEMS
    return or_(w.c.next_eligible_at.is_(None), w.c.next_eligible_at <= now)


# Statements of every claim, built once (building them costs more than running them).
_NOW = bindparam("now", type_=UTCDateTime())
_QUEUES: Any = bindparam("queues", expanding=True)
_ATTEMPTS = select(CallAttempt.started_at).where(
    CallAttempt.debtor_id == bindparam("debtor_id"),
    CallAttempt.started_at > bindparam("since", type_=UTCDateTime()),
)


_STATUS_REASONS: dict[WorkItemStatus, str] = {
    WorkItemStatus.DONE: "le dossier est soldé ou suivi (échéancier ou promesse en cours)",
    WorkItemStatus.FAILED: "échec amiable : le dossier est passé en mise en demeure",
    WorkItemStatus.TO_LOCATE: "aucun numéro valide : le dossier est à localiser",
    WorkItemStatus.EXCLUDED: "le dossier est hors du champ du recouvrement téléphonique",
}


def _unleased(now: datetime) -> dict[str, Any]:
    return {
        "status": WorkItemStatus.QUEUED,
        "leased_by_id": None,
        "lease_token": None,
        "lease_expires_at": None,
        "updated_at": now,
    }


def _unlease(
    connection: Connection, item_id: int, now: datetime, *, next_eligible_at: datetime | None = None
) -> None:
    values = _unleased(now)
    if next_eligible_at is not None:
        values["next_eligible_at"] = next_eligible_at
    connection.execute(update(WORK_ITEMS).where(WORK_ITEMS.c.id == item_id).values(values))


def _callback_for(actor: Actor, row: Any, settings: QueueSettings, now: datetime) -> bool:
    """May this agent take this due call-back now? `row` is a 'callback' row of
    `claim_lookup`: at = the appointment, scope, user_id = who set it, team_id = their team."""
    if row.at + settings.callback_grace <= now:
        return True  # nobody took it in time: anyone
    if row.scope == CallbackScope.TEAM:
        return row.team_id is None or row.team_id == actor.team_id
    return row.user_id is None or row.user_id == actor.user_id


def _end_of_day(zone: str, now: datetime) -> datetime:
    """The last instant of the organisation's calendar day."""
    day = today_in(zone, now)
    try:
        tz = ZoneInfo(zone)
    except (KeyError, ValueError):
        tz = ZoneInfo("UTC")
    return datetime.combine(day + timedelta(days=1), time(0), tz).astimezone(UTC)


def _full_queues(session: Session, queues: list[int]) -> list[int]:
    """Queues whose last build was full: there may be more eligible items behind."""
    from telerecouv.store.models import HopperBuild

    return list(
        session.scalars(
            select(HopperBuild.queue_id).where(
                HopperBuild.queue_id.in_(queues),
                HopperBuild.size > 0,
            )
        )
    )


def _explanation(policy: PriorityPolicy, row: Any, now: datetime) -> str:
    today = today_in(row.timezone, now)
    text = explain(policy, inputs_of(row), today, currency=row.currency)
    if row.callback_at is not None:
        zones = split_zones(row.time_zones) or ("Europe/Paris",)
        local = row.callback_at.astimezone(ZoneInfo(zones[0]))
        text = f"rappel prévu à {local:%H:%M}, {text}"
    return text
