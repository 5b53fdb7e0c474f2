from __future__ import annotations

import pytest
from sqlalchemy import select

from telerecouv.domain.enums import Role
from telerecouv.services.database import Database
from telerecouv.services.permissions import SYSTEM, Actor, Permission
from telerecouv.services.users import AuthenticationFailed, UserService
from telerecouv.store.errors import Conflict, PermissionDenied, ValidationError
from telerecouv.store.models import AuditEntry, User


def test_add_and_authenticate(database: Database) -> None:
    users = UserService(database.sessions)
    info = users.add_user(SYSTEM, "Marie.Dupont", Role.AGENT, "s3cret-pass", team="Équipe A")
    assert info.login == "marie.dupont" and info.team == "Équipe A"
    actor = users.authenticate("marie.dupont", "s3cret-pass")
    assert actor.role is Role.AGENT and actor.can(Permission.WORK_CALLS)
    assert not actor.can(Permission.TUNE_QUEUES)
    with database.sessions() as session:
        stored = session.scalar(select(User.password_hash))
    assert stored is not None and stored.startswith("$argon2") and "s3cret" not in stored


def test_wrong_password_counts_and_says_nothing_specific(database: Database) -> None:
    users = UserService(database.sessions)
    users.add_user(SYSTEM, "agent1", Role.AGENT, "right-password")
    with pytest.raises(AuthenticationFailed) as caught:
        users.authenticate("agent1", "wrong-password")
    with pytest.raises(AuthenticationFailed) as unknown:
        users.authenticate("nobody", "wrong-password")
    assert str(caught.value) == str(unknown.value)
    with database.sessions() as session:
        assert session.scalar(select(User.failed_logins)) == 1


def test_only_admins_add_users_and_each_addition_is_audited(database: Database) -> None:
    users = UserService(database.sessions)
    users.add_user(SYSTEM, "boss", Role.ADMIN, "admin-password")
    agent_info = users.add_user(SYSTEM, "agent1", Role.AGENT, "agent-password")
    agent = Actor(agent_info.id, "agent1", Role.AGENT)
    with pytest.raises(PermissionDenied):
        users.add_user(agent, "intruder", Role.ADMIN, "whatever-pass")
    admin = users.authenticate("boss", "admin-password")
    users.add_user(admin, "lead1", Role.TEAM_LEAD, "lead-password")
    with database.sessions() as session:
        logins = session.scalars(select(User.login)).all()
        rows = session.scalars(select(AuditEntry).where(AuditEntry.action == "user.add")).all()
    assert "intruder" not in logins
    assert [r.after["login"] for r in rows] == ["boss", "agent1", "lead1"]
    assert rows[-1].user_login == "boss" and rows[-1].after["role"] == "team_lead"


def test_bad_input_is_named(database: Database) -> None:
    users = UserService(database.sessions)
    with pytest.raises(ValidationError) as bad_login:
        users.add_user(SYSTEM, "no spaces allowed", Role.AGENT, "long-enough")
    assert bad_login.value.field == "login"
    with pytest.raises(ValidationError) as short:
        users.add_user(SYSTEM, "agent1", Role.AGENT, "short")
    assert short.value.field == "password"
    users.add_user(SYSTEM, "agent1", Role.AGENT, "long-enough")
    with pytest.raises(Conflict):
        users.add_user(SYSTEM, "AGENT1", Role.AGENT, "long-enough")
