"""The supervisor's queue settings: priority, retries, caps, pauses, assignments, pins, hours.

Settings live in `app_settings` as JSON under three keys:

- "queue.priority": `PriorityPolicy.to_json()` (stage weights, within-stage factors, version);
- "queue.retry": per reachability outcome `{"delay_minutes": 240, "max_attempts": 6}`;
- "queue.caps": `{"max_attempts_per_day": 3, "max_attempts_per_week": 7,
  "callback_grace_minutes": 15}`.

Every save is validated first (the message names the field, nothing is written on error),
audited with before/after and bumps the priority version, which the claim side compares with
the version its ordering was built with: a change takes effect on the next claim.

Default retry rules (SPEC.md §3.3-3.4; the source documents set no figures, so these are
choices, all editable). They keep one cycle within the 7-attempts-in-7-days cap and well inside
the month between two failure stages (M+1 → M+2):
- NO_ANSWER: 4 h, 6 attempts - the next try falls in the other half of the day;
- BUSY: 30 min, 6 attempts - somebody is there, call again soon;
- VOICEMAIL: 1 day, 4 attempts - a message was left, give the debtor time to call back;
- THIRD_PARTY: 1 day, 4 attempts - a relative answered; try another day;
- WRONG_NUMBER / INVALID_NUMBER: no delay (the next number is tried at once), 3 attempts - the
  number itself is deactivated, and a file with no valid number left goes to "to locate";
- RIGHT_PARTY without an agreement (dispute, hardship, relief request, no result): 7 days
  (the quiet period after a conversation), 3 conversations, then "échec amiable".
Caps: 3 attempts a day and 7 in 7 days per file (Regulation F §1006.14, quoted by SPEC §3.4);
an organisation's own caps (organisations.daily_attempt_cap / weekly_attempt_cap) may be
stricter: the stricter value applies (`effective_caps`). A personal call-back is reserved to
its agent for 15 minutes after the appointment, then anyone may make it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from functools import lru_cache
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session, sessionmaker

from telerecouv.domain.enums import Reachability, WorkItemStatus
from telerecouv.domain.priority import PolicyError, PriorityPolicy
from telerecouv.domain.windows import CallingHours
from telerecouv.services import audit
from telerecouv.services.domain_messages import policy_problem
from telerecouv.services.permissions import Actor, Permission, require
from telerecouv.store.engine import write_transaction
from telerecouv.store.errors import NotFound, ValidationError, msg
from telerecouv.store.models import AppSetting, Organisation, Queue, User, WorkItem, user_queues
from telerecouv.store.types import utcnow

KEY_PRIORITY = "queue.priority"
KEY_RETRY = "queue.retry"
KEY_CAPS = "queue.caps"
KEYS = (KEY_PRIORITY, KEY_RETRY, KEY_CAPS)

MAX_DELAY = timedelta(days=60)
MAX_ATTEMPTS = 50
MAX_GRACE = timedelta(days=1)
PINNABLE = (WorkItemStatus.QUEUED, WorkItemStatus.LEASED)


@dataclass(frozen=True)
class RetryRule:
    """After an attempt with this outcome: wait `delay`; after `max_attempts` of them in the
    current cycle, the amicable phase has failed."""

    delay: timedelta
    max_attempts: int


DEFAULT_RETRY: Mapping[Reachability, RetryRule] = {
    Reachability.RIGHT_PARTY: RetryRule(timedelta(days=7), 3),
    Reachability.THIRD_PARTY: RetryRule(timedelta(days=1), 4),
    Reachability.NO_ANSWER: RetryRule(timedelta(hours=4), 6),
    Reachability.BUSY: RetryRule(timedelta(minutes=30), 6),
    Reachability.VOICEMAIL: RetryRule(timedelta(days=1), 4),
    Reachability.WRONG_NUMBER: RetryRule(timedelta(0), 3),
    Reachability.INVALID_NUMBER: RetryRule(timedelta(0), 3),
}


def _default_retry() -> Mapping[Reachability, RetryRule]:
    return dict(DEFAULT_RETRY)


@dataclass(frozen=True)
class QueueSettings:
    """Everything a supervisor tunes about the queues (stored as JSON in app_settings)."""

    priority: PriorityPolicy = field(default_factory=PriorityPolicy)
    retry: Mapping[Reachability, RetryRule] = field(default_factory=_default_retry)
    max_attempts_per_day: int = 3
    max_attempts_per_week: int = 7
    callback_grace: timedelta = timedelta(minutes=15)

    # -- JSON -----------------------------------------------------------------------------
    def to_json(self) -> dict[str, dict[str, Any]]:
        return {
            KEY_PRIORITY: self.priority.to_json(),
            KEY_RETRY: {
                reach.value: {
                    "delay_minutes": _minutes(rule.delay),
                    "max_attempts": rule.max_attempts,
                }
                for reach, rule in self.retry.items()
            },
            KEY_CAPS: {
                "max_attempts_per_day": self.max_attempts_per_day,
                "max_attempts_per_week": self.max_attempts_per_week,
                "callback_grace_minutes": _minutes(self.callback_grace),
            },
        }

    @classmethod
    def from_json(cls, stored: Mapping[str, Mapping[str, Any] | None]) -> QueueSettings:
        """Read the three stored documents; absent ones (or keys) take the defaults."""
        defaults = cls()
        try:
            priority = PriorityPolicy.from_json(stored.get(KEY_PRIORITY) or {})
        except PolicyError as exc:
            raise ValidationError(policy_problem(exc), field=f"priority.{exc.field}") from None
        retry = dict(defaults.retry)
        for key, value in (stored.get(KEY_RETRY) or {}).items():
            try:
                reach = Reachability(key)
            except ValueError:
                raise ValidationError(
                    msg("Unknown call outcome {key!r} in the retry rules.", key=key),
                    field=f"retry.{key}",
                ) from None
            if not isinstance(value, Mapping):
                raise ValidationError(
                    msg("The retry rule of {key} must have a delay and a maximum.", key=key),
                    field=f"retry.{key}",
                )
            unknown = set(value) - {"delay_minutes", "max_attempts"}
            if unknown:
                name = sorted(unknown)[0]
                raise ValidationError(
                    msg("Unknown retry setting {name!r}.", name=name), f"retry.{key}.{name}"
                )
            current = retry[reach]
            delay = _read_minutes(
                value.get("delay_minutes", _minutes(current.delay)), f"retry.{key}.delay"
            )
            maximum = _read_int(
                value.get("max_attempts", current.max_attempts), f"retry.{key}.max_attempts"
            )
            retry[reach] = RetryRule(delay, maximum)
        caps = dict(stored.get(KEY_CAPS) or {})
        unknown = set(caps) - {
            "max_attempts_per_day",
            "max_attempts_per_week",
            "callback_grace_minutes",
        }
        if unknown:
            name = sorted(unknown)[0]
            raise ValidationError(msg("Unknown queue setting {name!r}.", name=name), f"caps.{name}")
        settings = cls(
            priority=priority,
            retry=retry,
            max_attempts_per_day=_read_int(
                caps.get("max_attempts_per_day", defaults.max_attempts_per_day),
                "caps.max_attempts_per_day",
            ),
            max_attempts_per_week=_read_int(
                caps.get("max_attempts_per_week", defaults.max_attempts_per_week),
                "caps.max_attempts_per_week",
            ),
            callback_grace=_read_minutes(
                caps.get("callback_grace_minutes", _minutes(defaults.callback_grace)),
                "caps.callback_grace",
            ),
        )
        validate(settings)
        return settings


def _minutes(value: timedelta) -> int:
    return int(value.total_seconds() // 60)


def _read_int(value: Any, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int | float) or int(value) != value:
        raise ValidationError(
            msg("{name} must be a whole number, not {value!r}.", name=name, value=value), field=name
        )
    return int(value)


def _read_minutes(value: Any, name: str) -> timedelta:
    return timedelta(minutes=_read_int(value, name))


def validate(settings: QueueSettings) -> None:
    """Refuse settings out of range; the ValidationError's field names the setting."""
    try:
        # Re-run the priority checks: a PriorityPolicy may have been built by replace().
        PriorityPolicy.from_json(settings.priority.to_json())
    except PolicyError as exc:
        raise ValidationError(policy_problem(exc), field=f"priority.{exc.field}") from None
    for reach in Reachability:
        rule = settings.retry.get(reach)
        name = f"retry.{reach.value}"
        if rule is None:
            raise ValidationError(
                msg("The retry rule of {reach} is missing.", reach=reach.value), field=name
            )
        if not timedelta(0) <= rule.delay <= MAX_DELAY:
            raise ValidationError(
                msg(
                    "The retry delay after {reach} must be between 0 and {days} days.",
                    reach=reach.value,
                    days=MAX_DELAY.days,
                ),
                field=f"{name}.delay",
            )
        if rule.delay % timedelta(minutes=1):
            raise ValidationError(
                msg("The retry delay after {reach} must be whole minutes.", reach=reach.value),
                field=f"{name}.delay",
            )
        if not 1 <= rule.max_attempts <= MAX_ATTEMPTS:
            raise ValidationError(
                msg(
                    "The maximum attempts after {reach} must be from 1 to {MAX_ATTEMPTS}.",
                    reach=reach.value,
                    MAX_ATTEMPTS=MAX_ATTEMPTS,
                ),
                field=f"{name}.max_attempts",
            )
    if not 1 <= settings.max_attempts_per_day <= MAX_ATTEMPTS:
        raise ValidationError(
            msg(
                "The attempts per day must be from 1 to {MAX_ATTEMPTS}.", MAX_ATTEMPTS=MAX_ATTEMPTS
            ),
            field="caps.max_attempts_per_day",
        )
    if not settings.max_attempts_per_day <= settings.max_attempts_per_week <= MAX_ATTEMPTS:
        raise ValidationError(
            msg(
                "The attempts per week must be at least the attempts per day and at most "
                "{MAX_ATTEMPTS}.",
                MAX_ATTEMPTS=MAX_ATTEMPTS,
            ),
            field="caps.max_attempts_per_week",
        )
    grace = settings.callback_grace
    if not timedelta(0) <= grace <= MAX_GRACE or grace % timedelta(minutes=1):
        raise ValidationError(
            msg("The call-back grace time must be whole minutes, from 0 to 24 hours."),
            field="caps.callback_grace",
        )


def effective_caps(settings: QueueSettings, organisation: Organisation) -> tuple[int, int]:
    """(per day, per week) for a file of this organisation: the stricter of the two."""
    return (
        min(settings.max_attempts_per_day, organisation.daily_attempt_cap),
        min(settings.max_attempts_per_week, organisation.weekly_attempt_cap),
    )


def _stored(session: Session) -> dict[str, dict[str, Any] | None]:
    rows = session.execute(select(AppSetting.key, AppSetting.value).where(AppSetting.key.in_(KEYS)))
    found: dict[str, dict[str, Any] | None] = dict.fromkeys(KEYS)
    for key, value in rows:
        found[key] = value
    return found


def load_settings(session: Session) -> QueueSettings:
    """The queue settings, inside the caller's transaction (defaults when nothing stored)."""
    return QueueSettings.from_json(_stored(session))


@lru_cache(maxsize=8)
def settings_from_documents(documents: tuple[tuple[str, str], ...]) -> QueueSettings:
    """The settings from their stored JSON texts ((key, text) pairs, sorted), parsed and
    validated once per distinct content: a claim reads the texts at every claim (a change is
    seen at once) but only parses them when they changed."""
    found: dict[str, dict[str, Any] | None] = dict.fromkeys(KEYS)
    for key, document in documents:
        if key in found:
            found[key] = json.loads(document)
    return QueueSettings.from_json(found)


class QueuePolicyService:
    """Supervisor operations on the queues (permission TUNE_QUEUES, audited)."""

    def __init__(
        self, sessions: sessionmaker[Session], *, clock: Callable[[], datetime] = utcnow
    ) -> None:
        self._sessions = sessions
        self._clock = clock

    def load(self) -> QueueSettings:
        with self._sessions() as session:
            return load_settings(session)

    def save(self, actor: Actor, settings: QueueSettings) -> int:
        """Validate, store and audit the settings; returns the new priority version."""
        require(actor, Permission.TUNE_QUEUES, "change the queue settings")
        validate(settings)
        with write_transaction(self._sessions) as session:
            # Serialise concurrent saves, which would compute the same next version (PostgreSQL
            # row locks; SQLite is already serialised by BEGIN IMMEDIATE).
            session.execute(
                select(AppSetting.key).where(AppSetting.key.in_(KEYS)).with_for_update()
            )
            before = QueueSettings.from_json(_stored(session))
            version = before.priority.version + 1
            new = replace(settings, priority=settings.priority.with_version(version))
            documents = new.to_json()
            now = self._clock()
            for key in KEYS:
                row = session.get(AppSetting, key)
                if row is None:
                    session.add(
                        AppSetting(
                            key=key,
                            value=documents[key],
                            updated_at=now,
                            updated_by_id=actor.user_id,
                        )
                    )
                else:
                    row.value = documents[key]
                    row.updated_at = now
                    row.updated_by_id = actor.user_id
            old, changed = _diff(before.to_json(), documents)
            audit.record(
                session,
                actor,
                "queue.settings",
                "app_settings",
                "queue",
                before=old,
                after=changed,
                detail=f"priority version {version}",
                always=True,
            )
        return version

    def set_paused(self, actor: Actor, queue_id: int, paused: bool) -> None:
        """Pause a queue (its files are not offered) or resume it."""
        require(actor, Permission.TUNE_QUEUES, "pause or resume a queue")
        with write_transaction(self._sessions) as session:
            queue = session.get(Queue, queue_id)
            if queue is None:
                raise NotFound(msg("No queue with id {queue_id}.", queue_id=queue_id))
            if queue.paused == paused:
                return
            queue.paused = paused
            audit.record(
                session,
                actor,
                "queue.pause" if paused else "queue.resume",
                "queue",
                queue_id,
                before={"paused": not paused},
                after={"paused": paused},
                detail=queue.name,
                always=True,
            )

    def assign(self, actor: Actor, user_id: int, queue_ids: Sequence[int]) -> None:
        """The queues this agent works (none: every queue of the organisation)."""
        require(actor, Permission.TUNE_QUEUES, "assign agents to queues")
        wanted = sorted(set(queue_ids))
        with write_transaction(self._sessions) as session:
            user = session.get(User, user_id)
            if user is None:
                raise NotFound(msg("No user with id {user_id}.", user_id=user_id))
            known = set(session.scalars(select(Queue.id).where(Queue.id.in_(wanted))))
            missing = [q for q in wanted if q not in known]
            if missing:
                raise ValidationError(
                    msg(
                        "No queue with id {queue_id}: {login} was not assigned.",
                        queue_id=missing[0],
                        login=user.login,
                    ),
                    field="queue_ids",
                )
            current = sorted(
                session.scalars(
                    select(user_queues.c.queue_id).where(user_queues.c.user_id == user_id)
                )
            )
            if current == wanted:
                return
            session.execute(delete(user_queues).where(user_queues.c.user_id == user_id))
            if wanted:
                session.execute(
                    insert(user_queues), [{"user_id": user_id, "queue_id": q} for q in wanted]
                )
            audit.record(
                session,
                actor,
                "queue.assign",
                "user",
                user_id,
                before={"queues": current},
                after={"queues": wanted},
                detail=user.login,
                always=True,
            )

    def assigned_queues(self, user_id: int) -> list[int]:
        """The queues assigned to this user (empty: every queue)."""
        with self._sessions() as session:
            return sorted(
                session.scalars(
                    select(user_queues.c.queue_id).where(user_queues.c.user_id == user_id)
                )
            )

    def pin_to_top(self, actor: Actor, work_item_id: int) -> None:
        """Offer this file first in its queue (pins are served oldest first)."""
        require(actor, Permission.TUNE_QUEUES, "move a file to the top of its queue")
        with write_transaction(self._sessions) as session:
            item = self._pinnable(session, work_item_id)
            if item.pinned_at is not None:
                return
            item.pinned_at = self._clock()
            item.manual_priority = 1
            audit.record(
                session,
                actor,
                "queue.pin",
                "work_item",
                work_item_id,
                before={"pinned_at": None},
                after={"pinned_at": item.pinned_at},
                always=True,
            )

    def unpin(self, actor: Actor, work_item_id: int) -> None:
        """Put a pinned file back in its ordinary place."""
        require(actor, Permission.TUNE_QUEUES, "unpin a file")
        with write_transaction(self._sessions) as session:
            item = session.get(WorkItem, work_item_id)
            if item is None:
                raise NotFound(
                    msg("No work item with id {work_item_id}.", work_item_id=work_item_id)
                )
            if item.pinned_at is None and item.manual_priority == 0:
                return
            before = item.pinned_at
            item.pinned_at = None
            item.manual_priority = 0
            audit.record(
                session,
                actor,
                "queue.unpin",
                "work_item",
                work_item_id,
                before={"pinned_at": before},
                after={"pinned_at": None},
                always=True,
            )

    @staticmethod
    def _pinnable(session: Session, work_item_id: int) -> WorkItem:
        item = session.get(WorkItem, work_item_id)
        if item is None:
            raise NotFound(msg("No work item with id {work_item_id}.", work_item_id=work_item_id))
        if item.status not in PINNABLE:
            raise ValidationError(
                msg(
                    "Work item {work_item_id} is not waiting in a queue (status {status}): it "
                    "cannot be moved to the top.",
                    work_item_id=work_item_id,
                    status=item.status.value,
                ),
                field="work_item_id",
            )
        return item

    def set_calling_hours(self, actor: Actor, organisation_id: int, hours: CallingHours) -> None:
        """The organisation's calling hours, applied in each debtor's local time."""
        require(actor, Permission.TUNE_QUEUES, "change the calling hours")
        if len(hours.ranges) != 7:
            raise ValidationError(msg("Calling hours need seven weekdays."), field="calling_hours")
        document = hours.to_json()
        CallingHours.from_json(document)  # the same checks as on reading
        with write_transaction(self._sessions) as session:
            org = session.get(Organisation, organisation_id)
            if org is None:
                raise NotFound(
                    msg(
                        "No organisation with id {organisation_id}.",
                        organisation_id=organisation_id,
                    )
                )
            before = dict(org.calling_hours or {})
            if before == document:
                return
            org.calling_hours = document
            audit.record(
                session,
                actor,
                "organisation.calling_hours",
                "organisation",
                organisation_id,
                before={"calling_hours": before},
                after={"calling_hours": document},
                detail=org.code,
                always=True,
            )


def calling_hours_of(organisation: Organisation) -> CallingHours:
    """The organisation's stored hours, read with the same checks as on saving."""
    return CallingHours.from_json(organisation.calling_hours or {})


def _flatten(document: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in document.items():
        name = f"{prefix}{key}"
        if isinstance(value, Mapping):
            flat.update(_flatten(value, f"{name}."))
        else:
            flat[name] = value
    return flat


def _diff(
    before: Mapping[str, Any], after: Mapping[str, Any]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Only the settings that changed, as dotted names ("queue.retry.BUSY.max_attempts")."""
    old, new = _flatten(before), _flatten(after)
    names = sorted(n for n in old.keys() | new.keys() if old.get(n) != new.get(n))
    return {n: old.get(n) for n in names}, {n: new.get(n) for n in names}
