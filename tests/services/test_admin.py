from __future__ import annotations

import pytest
from sqlalchemy import select

from telerecouv.domain.enums import Role
from telerecouv.services.admin import AdminService
from telerecouv.services.database import Database
from telerecouv.services.permissions import SYSTEM, Actor
from telerecouv.services.users import AuthenticationFailed, UserService
from telerecouv.store.errors import Conflict, NotFound, PermissionDenied, ValidationError
from telerecouv.store.models import AuditEntry
from tests.services.lead_factory import World, build_world


@pytest.fixture
def world(database: Database) -> World:
    return build_world(database.sessions)


def test_admin_creates_a_user_who_can_log_in(database: Database, world: World) -> None:
    admin = AdminService(world.sessions)
    me = world.actor("admin")
    user = admin.create_user(
        me,
        " Nouvel.Agent ",
        Role.AGENT,
        "secret-password",
        full_name="Nouvel Agent",
        team_id=world.teams["Team B"],
    )
    assert (user.login, user.team, user.active) == ("nouvel.agent", "Team B", True)
    actor = UserService(world.sessions).authenticate("nouvel.agent", "secret-password")
    assert actor.role is Role.AGENT and actor.team_id == world.teams["Team B"]
    with pytest.raises(Conflict):
        admin.create_user(me, "nouvel.agent", Role.AGENT, "secret-password")
    with pytest.raises(ValidationError) as error:
        admin.create_user(me, "x y", Role.AGENT, "secret-password")
    assert error.value.field == "login"
    with pytest.raises(ValidationError) as error:
        admin.create_user(me, "court", Role.AGENT, "short")
    assert error.value.field == "password"
    with database.sessions() as session:
        entry = session.scalar(select(AuditEntry).where(AuditEntry.action == "user.add"))
        assert entry is not None and entry.after is not None
        assert entry.after["login"] == "nouvel.agent" and "password" not in str(entry.after)


def test_role_team_name_and_deactivation_are_audited(database: Database, world: World) -> None:
    admin = AdminService(world.sessions)
    me = world.actor("admin")
    a1 = world.users["a1"]
    assert admin.set_role(me, a1, Role.TEAM_LEAD).role is Role.TEAM_LEAD
    assert admin.set_team(me, a1, world.teams["Team B"]).team == "Team B"
    assert admin.set_team(me, a1, None).team is None
    assert admin.set_full_name(me, a1, "  Alice  Un ").full_name == "Alice  Un"
    assert not admin.set_active(me, a1, False).active
    with pytest.raises(AuthenticationFailed):
        UserService(world.sessions).authenticate("a1", "password-123")
    assert admin.set_active(me, a1, True).active
    with database.sessions() as session:
        entries = session.scalars(
            select(AuditEntry).where(AuditEntry.entity_id == str(a1)).order_by(AuditEntry.id)
        ).all()
    assert [e.action for e in entries] == [
        "user.role",
        "user.team",
        "user.team",
        "user.name",
        "user.deactivate",
        "user.activate",
    ]
    assert entries[0].before == {"role": "agent"} and entries[0].after == {"role": "team_lead"}
    assert entries[1].after == {"team": "Team B"}


def test_password_reset_gives_a_temporary_password(database: Database, world: World) -> None:
    admin = AdminService(world.sessions)
    temporary = admin.reset_password(world.actor("admin"), world.users["b1"])
    assert len(temporary) == 12
    assert UserService(world.sessions).authenticate("b1", temporary).login == "b1"
    assert (
        admin.reset_password(world.actor("admin"), world.users["b1"], "chosen-pass")
        == "chosen-pass"
    )
    with pytest.raises(NotFound):
        admin.reset_password(world.actor("admin"), 99999)
    with database.sessions() as session:
        entries = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "user.password_reset")
        ).all()
    assert len(entries) == 2 and temporary not in str([e.detail for e in entries])


def test_admins_cannot_lock_everyone_out(world: World) -> None:
    admin = AdminService(world.sessions)
    me = world.actor("admin")
    with pytest.raises(ValidationError):
        admin.set_active(me, world.users["admin"], False)
    with pytest.raises(ValidationError):
        admin.set_role(me, world.users["admin"], Role.AGENT)
    second = admin.create_user(me, "admin2", Role.ADMIN, "secret-password")
    admin.set_role(me, second.id, Role.SUPERVISOR)  # fine: admin stays
    third = admin.create_user(me, "admin3", Role.ADMIN, "secret-password")
    other = Actor(third.id, "admin3", Role.ADMIN)
    admin.set_active(other, world.users["admin"], False)  # admin3 remains
    with pytest.raises(Conflict):  # the command line cannot remove the last admin either
        admin.set_active(SYSTEM, third.id, False)
    with pytest.raises(Conflict):
        admin.set_role(SYSTEM, third.id, Role.AGENT)


def test_teams(world: World) -> None:
    admin = AdminService(world.sessions)
    me = world.actor("admin")
    team = admin.create_team(me, "  Équipe   Nord ")
    assert (team.name, team.members) == ("Équipe Nord", 0)
    with pytest.raises(Conflict):
        admin.create_team(me, "Équipe Nord")
    with pytest.raises(ValidationError):
        admin.create_team(me, "   ")
    assert admin.rename_team(me, team.id, "Équipe Sud").name == "Équipe Sud"
    with pytest.raises(Conflict):
        admin.rename_team(me, team.id, "Team A")
    with pytest.raises(Conflict):  # still has members
        admin.set_team_active(me, world.teams["Team B"], False)
    assert not admin.set_team_active(me, team.id, False).active
    with pytest.raises(ValidationError):
        admin.set_team(me, world.users["a1"], team.id)  # inactive team
    listed = {t.name: t for t in admin.teams(me)}
    assert listed["Team A"].members == 3 and not listed["Équipe Sud"].active
    assert {u.login for u in admin.users(me)} >= {"a1", "a2", "b1", "lead1", "super1", "admin"}


def test_only_admins_manage_users(world: World) -> None:
    admin = AdminService(world.sessions)
    for login in ("a1", "lead1", "super1"):
        with pytest.raises(PermissionDenied):
            admin.users(world.actor(login))
        with pytest.raises(PermissionDenied):
            admin.set_active(world.actor(login), world.users["b1"], False)
        with pytest.raises(PermissionDenied):
            admin.reset_password(world.actor(login), world.users["b1"])
