"""The supervisor's board: organisations with their hours, queues with counts, agents."""

from __future__ import annotations

import pytest
from sqlalchemy import insert, select

from telerecouv.domain.enums import Role, Stage
from telerecouv.services.database import Database
from telerecouv.services.demo import DemoBuilder
from telerecouv.services.permissions import Actor
from telerecouv.services.supervision import SupervisionService
from telerecouv.store.errors import PermissionDenied
from telerecouv.store.models import Queue, User, user_queues

SUPERVISOR = Actor(None, "super", Role.SUPERVISOR)


def test_board_of_the_demo(database: Database) -> None:
    DemoBuilder(database.sessions).build(debtors=30, seed=3)
    with database.sessions.begin() as session:
        agent = session.scalar(select(User).where(User.login == "agent2"))
        assert agent is not None
        queue_id = session.scalar(select(Queue.id).where(Queue.stage == Stage.DEFAULT_M2))
        session.execute(insert(user_queues), [{"user_id": agent.id, "queue_id": queue_id}])
    board = SupervisionService(database.sessions).board(SUPERVISOR)
    assert [o.code for o in board.organisations] == ["CAF-DEMO", "CARSAT-DEMO", "CNSS-DEMO"]
    assert board.organisations[0].calling_hours["0"] == [["09:00", "12:30"], ["13:30", "19:00"]]
    assert len(board.queues) == 18
    assert sum(q.waiting for q in board.queues) > 0
    logins = {a.login: a for a in board.agents}
    assert {"agent1", "agent2", "lead1"} <= set(logins)
    assert "admin" not in logins and "super1" not in logins
    assert logins["agent2"].queue_ids == (queue_id,)
    assert logins["agent1"].queue_ids == ()


def test_agents_may_not(database: Database) -> None:
    with pytest.raises(PermissionDenied):
        SupervisionService(database.sessions).board(Actor(None, "a", Role.AGENT))
