"""The filter lists (agents, teams, organisations, queues) for team leads and above."""

from __future__ import annotations

import pytest

from telerecouv.domain.enums import Role
from telerecouv.services.database import Database
from telerecouv.services.directory import DirectoryService
from telerecouv.store.errors import PermissionDenied
from tests.services.agent.factory import make_org, make_user


def test_leads_read_the_directory_agents_may_not(database: Database) -> None:
    make_org(database, code="CAF-X")
    agent = make_user(database, "agent1")
    lead = make_user(database, "lead1", Role.TEAM_LEAD, team="Équipe Sud")
    with pytest.raises(PermissionDenied):
        DirectoryService(database.sessions).load(agent)

    found = DirectoryService(database.sessions).load(lead)

    assert [a.login for a in found.agents] == ["agent1", "lead1"]
    assert found.agents[0].label == "agent1 (agent1)"
    assert sorted(t.name for t in found.teams) == ["Équipe Nord", "Équipe Sud"]
    assert [o.code for o in found.organisations] == ["CAF-X"]


def test_dead_server_becomes_database_unreachable() -> None:
    from sqlalchemy import create_engine, text
    from sqlalchemy.orm import sessionmaker

    from telerecouv.services.db_errors import known_db_errors
    from telerecouv.store.errors import DatabaseUnreachable

    engine = create_engine(
        "postgresql+psycopg://user:s3cret@127.0.0.1:1/none", connect_args={"connect_timeout": 2}
    )
    sessions = sessionmaker(bind=engine)
    try:
        with (
            pytest.raises(DatabaseUnreachable) as error,
            known_db_errors(sessions),
            sessions() as session,
        ):
            session.execute(text("SELECT 1"))
        assert "s3cret" not in str(error.value)
    finally:
        engine.dispose()
