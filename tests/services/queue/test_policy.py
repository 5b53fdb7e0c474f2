"""Supervisor queue settings: stored, validated, audited, versioned; pauses, assignments, pins."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from telerecouv.domain.enums import Reachability, Role, Stage, WorkItemStatus
from telerecouv.domain.priority import PolicyError
from telerecouv.domain.windows import CallingHours
from telerecouv.services.database import Database
from telerecouv.services.permissions import Actor
from telerecouv.services.queue.policy import (
    DEFAULT_RETRY,
    QueuePolicyService,
    QueueSettings,
    RetryRule,
    calling_hours_of,
    effective_caps,
    load_settings,
)
from telerecouv.services.queue.sync import sync_work_items
from telerecouv.store.errors import NotFound, PermissionDenied, ValidationError
from telerecouv.store.models import (
    AppSetting,
    AuditEntry,
    Organisation,
    Queue,
    WorkItem,
    user_queues,
)

from .factory import make_world, utc

NOW = utc(2026, 11, 23, 9, 0)


def _setup(database: Database) -> tuple[Actor, Actor, int, list[int], list[int]]:
    """A supervisor, an agent, the organisation, two queues and two queued files."""
    with database.sessions.begin() as session:
        world = make_world(session)
        supervisor = world.user("sup", Role.SUPERVISOR)
        agent = world.user("agent", Role.AGENT)
        first = world.debtor()
        world.claim(first, stage=Stage.DEFAULT_M1)
        second = world.debtor()
        world.claim(second, stage=Stage.DEFAULT_M2)
        sync_work_items(session, debtor_ids=[first.id, second.id], now=NOW)
        queues = list(session.scalars(select(Queue.id).order_by(Queue.id)))
        items = list(session.scalars(select(WorkItem.id).order_by(WorkItem.id)))
        return supervisor, agent, world.org.id, queues, items


def _audit(database: Database, action: str) -> list[AuditEntry]:
    with database.sessions() as session:
        return list(
            session.scalars(
                select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id)
            )
        )


def test_defaults_until_a_supervisor_saves(database: Database) -> None:
    service = QueuePolicyService(database.sessions)
    settings = service.load()
    assert settings == QueueSettings()
    assert settings.priority.version == 0
    assert settings.retry[Reachability.NO_ANSWER] == RetryRule(timedelta(hours=4), 6)
    assert (settings.max_attempts_per_day, settings.max_attempts_per_week) == (3, 7)
    assert set(settings.retry) == set(Reachability)


def test_save_stores_audits_and_bumps_the_version(database: Database) -> None:
    supervisor, *_ = _setup(database)
    service = QueuePolicyService(database.sessions)
    current = service.load()
    retry = dict(current.retry)
    retry[Reachability.BUSY] = RetryRule(timedelta(minutes=45), 8)
    changed = dataclasses.replace(
        current,
        priority=dataclasses.replace(current.priority, notice_weight=55.0),
        retry=retry,
        max_attempts_per_day=2,
    )
    assert service.save(supervisor, changed) == 1
    loaded = service.load()
    assert loaded.priority.version == 1
    assert loaded.priority.notice_weight == 55.0
    assert loaded.retry[Reachability.BUSY] == RetryRule(timedelta(minutes=45), 8)
    assert loaded.max_attempts_per_day == 2
    # A second save (even of the same values) takes the next version: claimers re-read.
    assert service.save(supervisor, loaded) == 2
    with database.sessions() as session:
        assert load_settings(session).priority.version == 2
        keys = set(session.scalars(select(AppSetting.key)))
        assert keys == {"queue.priority", "queue.retry", "queue.caps"}
    first, second = _audit(database, "queue.settings")
    assert first.user_login == "sup"
    assert first.before is not None and first.after is not None
    assert first.before["queue.priority.notice_weight"] == 40.0
    assert first.after["queue.priority.notice_weight"] == 55.0
    assert first.before["queue.retry.BUSY.delay_minutes"] == 30
    assert first.after["queue.retry.BUSY.delay_minutes"] == 45
    assert first.after["queue.caps.max_attempts_per_day"] == 2
    assert "queue.priority.balance_weight" not in first.after  # only what changed
    assert second.after == {"queue.priority.version": 2}


def test_an_agent_may_not_tune_the_queues(database: Database) -> None:
    _, agent, _, queues, items = _setup(database)
    service = QueuePolicyService(database.sessions)
    with pytest.raises(PermissionDenied):
        service.save(agent, QueueSettings())
    with pytest.raises(PermissionDenied):
        service.set_paused(agent, queues[0], True)
    with pytest.raises(PermissionDenied):
        service.pin_to_top(agent, items[0])
    with pytest.raises(PermissionDenied):
        service.assign(agent, agent.user_id or 0, queues)
    with database.sessions() as session:
        assert session.scalar(select(func.count()).select_from(AppSetting)) == 0


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"max_attempts_per_day": 0}, "caps.max_attempts_per_day"),
        ({"max_attempts_per_day": 5, "max_attempts_per_week": 4}, "caps.max_attempts_per_week"),
        ({"callback_grace": timedelta(hours=30)}, "caps.callback_grace"),
        ({"callback_grace": timedelta(seconds=30)}, "caps.callback_grace"),
        (
            {"retry": {**DEFAULT_RETRY, Reachability.BUSY: RetryRule(timedelta(minutes=5), 0)}},
            "retry.BUSY.max_attempts",
        ),
        (
            {"retry": {**DEFAULT_RETRY, Reachability.VOICEMAIL: RetryRule(-timedelta(1), 3)}},
            "retry.VOICEMAIL.delay",
        ),
        (
            {"retry": {r: v for r, v in DEFAULT_RETRY.items() if r != Reachability.NO_ANSWER}},
            "retry.NO_ANSWER",
        ),
    ],
)
def test_bad_settings_are_refused_naming_the_field_and_nothing_is_written(
    database: Database, change: dict[str, object], field: str
) -> None:
    supervisor, *_ = _setup(database)
    service = QueuePolicyService(database.sessions)
    with pytest.raises(ValidationError) as caught:
        service.save(supervisor, dataclasses.replace(QueueSettings(), **change))  # type: ignore[arg-type]
    assert caught.value.field == field
    assert _audit(database, "queue.settings") == []
    assert service.load().priority.version == 0


def test_bad_priority_weights_name_the_priority_field() -> None:
    document = QueueSettings().to_json()
    document["queue.priority"]["balance_weight"] = -3
    with pytest.raises(ValidationError) as caught:
        QueueSettings.from_json(document)
    assert caught.value.field == "priority.balance_weight"
    with pytest.raises(PolicyError) as refused:  # a screen building one is told at once
        dataclasses.replace(QueueSettings().priority, balance_weight=-3.0)
    assert refused.value.field == "balance_weight"


def test_stored_documents_are_read_leniently_but_checked(database: Database) -> None:
    with database.sessions.begin() as session:
        session.add(AppSetting(key="queue.retry", value={"BUSY": {"max_attempts": 9}}))
        session.add(AppSetting(key="queue.caps", value={"callback_grace_minutes": 30}))
    settings = QueuePolicyService(database.sessions).load()
    assert settings.retry[Reachability.BUSY] == RetryRule(timedelta(minutes=30), 9)
    assert settings.callback_grace == timedelta(minutes=30)
    assert settings.priority == QueueSettings().priority
    with database.sessions.begin() as session:
        session.add(AppSetting(key="queue.priority", value={"notice_weight": "lots"}))
    with pytest.raises(ValidationError) as caught:
        QueuePolicyService(database.sessions).load()
    assert caught.value.field == "priority.notice_weight"
    for document, field in [
        ({"HANGUP": {"max_attempts": 1}}, "retry.HANGUP"),
        ({"BUSY": {"max_attempts": 2.5}}, "retry.BUSY.max_attempts"),
        ({"BUSY": {"pause": 3}}, "retry.BUSY.pause"),
    ]:
        with pytest.raises(ValidationError) as caught:
            QueueSettings.from_json({"queue.retry": document})
        assert caught.value.field == field


def test_json_round_trip() -> None:
    settings = dataclasses.replace(QueueSettings(), callback_grace=timedelta(minutes=5))
    assert QueueSettings.from_json(settings.to_json()) == settings


def test_pause_and_resume_a_queue(database: Database) -> None:
    supervisor, _, _, queues, _ = _setup(database)
    service = QueuePolicyService(database.sessions)
    service.set_paused(supervisor, queues[0], True)
    service.set_paused(supervisor, queues[0], True)  # already paused: nothing to record
    with database.sessions() as session:
        assert session.get(Queue, queues[0]).paused  # type: ignore[union-attr]
        assert not session.get(Queue, queues[1]).paused  # type: ignore[union-attr]
    service.set_paused(supervisor, queues[0], False)
    with database.sessions() as session:
        assert not session.get(Queue, queues[0]).paused  # type: ignore[union-attr]
    (paused,) = _audit(database, "queue.pause")
    assert (paused.before, paused.after) == ({"paused": False}, {"paused": True})
    assert len(_audit(database, "queue.resume")) == 1
    with pytest.raises(NotFound):
        service.set_paused(supervisor, 9999, True)


def test_assign_agents_to_queues(database: Database) -> None:
    supervisor, agent, _, queues, _ = _setup(database)
    assert agent.user_id is not None
    service = QueuePolicyService(database.sessions)
    assert service.assigned_queues(agent.user_id) == []  # none: every queue
    service.assign(supervisor, agent.user_id, [queues[1], queues[1]])
    assert service.assigned_queues(agent.user_id) == [queues[1]]
    service.assign(supervisor, agent.user_id, queues)
    assert service.assigned_queues(agent.user_id) == sorted(queues)
    with pytest.raises(ValidationError) as caught:
        service.assign(supervisor, agent.user_id, [queues[0], 4242])
    assert caught.value.field == "queue_ids" and "4242" in str(caught.value)
    assert service.assigned_queues(agent.user_id) == sorted(queues)  # unchanged
    service.assign(supervisor, agent.user_id, [])
    assert service.assigned_queues(agent.user_id) == []
    with database.sessions() as session:
        assert session.scalar(select(func.count()).select_from(user_queues)) == 0
    audits = _audit(database, "queue.assign")
    assert [a.after for a in audits] == [
        {"queues": [queues[1]]},
        {"queues": sorted(queues)},
        {"queues": []},
    ]
    with pytest.raises(NotFound):
        service.assign(supervisor, 9999, queues)


def test_pin_to_top_and_unpin(database: Database) -> None:
    supervisor, _, _, _, items = _setup(database)
    clock = iter([utc(2026, 11, 23, 10, 0), utc(2026, 11, 23, 10, 5)])
    service = QueuePolicyService(database.sessions, clock=lambda: next(clock))
    service.pin_to_top(supervisor, items[1])
    service.pin_to_top(supervisor, items[0])
    service.pin_to_top(supervisor, items[0])  # already pinned: the first pin time stays
    with database.sessions() as session:
        second = session.get(WorkItem, items[1])
        first = session.get(WorkItem, items[0])
        assert second is not None and first is not None
        assert second.pinned_at == utc(2026, 11, 23, 10, 0)
        assert first.pinned_at == utc(2026, 11, 23, 10, 5)
        assert first.manual_priority == 1
    service.unpin(supervisor, items[0])
    with database.sessions() as session:
        first = session.get(WorkItem, items[0])
        assert first is not None and first.pinned_at is None and first.manual_priority == 0
    assert len(_audit(database, "queue.pin")) == 2
    assert len(_audit(database, "queue.unpin")) == 1
    with database.sessions.begin() as session:
        failed = session.get(WorkItem, items[0])
        assert failed is not None
        failed.status = WorkItemStatus.FAILED
    with pytest.raises(ValidationError, match="not waiting in a queue") as caught:
        service.pin_to_top(supervisor, items[0])
    assert caught.value.field == "work_item_id"
    with pytest.raises(NotFound):
        service.pin_to_top(supervisor, 9999)


def test_calling_hours_are_stored_on_the_organisation_and_audited(database: Database) -> None:
    supervisor, _, org_id, _, _ = _setup(database)
    service = QueuePolicyService(database.sessions)
    hours = CallingHours.from_json({"0": [["10:00", "13:00"], ["14:00", "20:00"]]})
    service.set_calling_hours(supervisor, org_id, hours)
    service.set_calling_hours(supervisor, org_id, hours)  # unchanged: not audited again
    with database.sessions() as session:
        org = session.get(Organisation, org_id)
        assert org is not None
        assert org.calling_hours == {"0": [["10:00", "13:00"], ["14:00", "20:00"]]}
        assert calling_hours_of(org) == hours
        assert effective_caps(QueueSettings(), org) == (3, 7)
        org.daily_attempt_cap = 2
        assert effective_caps(QueueSettings(), org) == (2, 7)
    (entry,) = _audit(database, "organisation.calling_hours")
    assert entry.before is not None and "4" in entry.before["calling_hours"]
    assert entry.after == {"calling_hours": {"0": [["10:00", "13:00"], ["14:00", "20:00"]]}}
    with pytest.raises(NotFound):
        service.set_calling_hours(supervisor, 9999, hours)
