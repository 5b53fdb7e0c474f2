"""Users and teams for administrators: create, change role or team, deactivate, reset a
password; create, rename, deactivate teams. Every change is audited (before/after).

Guards: an administrator cannot deactivate or demote themselves, and the last active
administrator stays one (nobody could manage users any more). Users are never deleted:
calls, plans and audit rows keep pointing at them.
"""

from __future__ import annotations

import secrets
import string
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from telerecouv.domain.enums import Role
from telerecouv.services import audit
from telerecouv.services.permissions import Actor, Permission, require
from telerecouv.services.users import LOGIN_PATTERN, MIN_PASSWORD_LENGTH, hash_password
from telerecouv.store.engine import write_transaction
from telerecouv.store.errors import Conflict, NotFound, ValidationError, msg
from telerecouv.store.models import Team, User

TEMPORARY_PASSWORD_LENGTH = 12
MAX_TEAM_NAME = 100


@dataclass(frozen=True)
class AdminUser:
    id: int
    login: str
    full_name: str
    role: Role
    team_id: int | None
    team: str | None
    active: bool
    last_login_at: datetime | None
    failed_logins: int


@dataclass(frozen=True)
class TeamInfo:
    id: int
    name: str
    active: bool
    members: int


def temporary_password() -> str:
    alphabet = string.ascii_letters + string.digits
    alphabet = "".join(c for c in alphabet if c not in "0O1lI")
    return "".join(secrets.choice(alphabet) for _ in range(TEMPORARY_PASSWORD_LENGTH))


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(
            msg(
                "The password must have at least {MIN_PASSWORD_LENGTH} characters.",
                MIN_PASSWORD_LENGTH=MIN_PASSWORD_LENGTH,
            ),
            field="password",
        )


class AdminService:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    # -- reading -----------------------------------------------------------------------------
    def users(self, actor: Actor, *, include_inactive: bool = True) -> list[AdminUser]:
        require(actor, Permission.MANAGE_USERS, "list users")
        query = select(User, Team.name).outerjoin(Team, Team.id == User.team_id)
        if not include_inactive:
            query = query.where(User.active.is_(True))
        with self._sessions() as session:
            return [self._user(u, team) for u, team in session.execute(query.order_by(User.login))]

    def teams(self, actor: Actor) -> list[TeamInfo]:
        require(actor, Permission.MANAGE_USERS, "list teams")
        members = (
            select(User.team_id, func.count().label("n"))
            .where(User.active.is_(True))
            .group_by(User.team_id)
            .subquery()
        )
        with self._sessions() as session:
            rows = session.execute(
                select(Team, func.coalesce(members.c.n, 0))
                .outerjoin(members, members.c.team_id == Team.id)
                .order_by(Team.name)
            )
            return [TeamInfo(t.id, t.name, t.active, int(n)) for t, n in rows]

    # -- users -------------------------------------------------------------------------------
    def create_user(
        self,
        actor: Actor,
        login: str,
        role: Role,
        password: str,
        *,
        full_name: str = "",
        team_id: int | None = None,
    ) -> AdminUser:
        require(actor, Permission.MANAGE_USERS, "create users")
        login = login.strip().lower()
        if not LOGIN_PATTERN.match(login):
            raise ValidationError(
                msg(
                    "Invalid login {login!r}: use 2-64 lower-case letters, digits, '.', '_' or "
                    "'-'.",
                    login=login,
                ),
                field="login",
            )
        _check_password(password)
        role = Role(role)
        password_hash = hash_password(password)  # slow: before taking the write lock
        with write_transaction(self._sessions) as session:
            if session.scalar(select(User.id).where(User.login == login)) is not None:
                raise Conflict(
                    msg("A user {login!r} already exists.", login=login),
                    msg("Choose another login."),
                )
            team = self._team(session, team_id) if team_id is not None else None
            user = User(
                login=login,
                full_name=full_name.strip(),
                role=role,
                password_hash=password_hash,
                team_id=team.id if team else None,
            )
            session.add(user)
            session.flush()
            audit.record(
                session,
                actor,
                "user.add",
                "user",
                user.id,
                after=self._snapshot(user, team),
                always=True,
            )
            return self._user(user, team.name if team else None)

    def set_role(self, actor: Actor, user_id: int, role: Role) -> AdminUser:
        role = Role(role)

        def change(session: Session, user: User) -> None:
            if user.role is Role.ADMIN and role is not Role.ADMIN:
                if user.id == actor.user_id:
                    raise ValidationError(
                        msg("You cannot remove your own administrator role."), field="role"
                    )
                self._keep_an_admin(session, user)
            user.role = role

        return self._change(actor, user_id, "user.role", change)

    def set_team(self, actor: Actor, user_id: int, team_id: int | None) -> AdminUser:
        def change(session: Session, user: User) -> None:
            user.team_id = self._team(session, team_id).id if team_id is not None else None

        return self._change(actor, user_id, "user.team", change)

    def set_full_name(self, actor: Actor, user_id: int, full_name: str) -> AdminUser:
        def change(_session: Session, user: User) -> None:
            user.full_name = full_name.strip()

        return self._change(actor, user_id, "user.name", change)

    def set_active(self, actor: Actor, user_id: int, active: bool) -> AdminUser:
        """Deactivate (cannot log in any more) or reactivate a user."""

        def change(session: Session, user: User) -> None:
            if not active:
                if user.id == actor.user_id:
                    raise ValidationError(msg("You cannot deactivate yourself."), field="active")
                if user.role is Role.ADMIN:
                    self._keep_an_admin(session, user)
                # Files they hold go back to the queue when their lease expires.
            user.active = active
            if active:
                user.failed_logins = 0

        return self._change(
            actor, user_id, "user.activate" if active else "user.deactivate", change
        )

    def reset_password(self, actor: Actor, user_id: int, password: str | None = None) -> str:
        """Set a new password (a random temporary one when None); returns it to tell the
        user. The password itself is never audited."""
        require(actor, Permission.MANAGE_USERS, "reset passwords")
        new = password if password is not None else temporary_password()
        _check_password(new)
        password_hash = hash_password(new)  # slow: before taking the write lock
        with write_transaction(self._sessions) as session:
            user = session.get(User, user_id)
            if user is None:
                raise NotFound(msg("No user {user_id}.", user_id=user_id))
            user.password_hash = password_hash
            user.failed_logins = 0
            audit.record(
                session,
                actor,
                "user.password_reset",
                "user",
                user.id,
                detail=f"password of {user.login} reset",
                always=True,
            )
        return new

    # -- teams -------------------------------------------------------------------------------
    def create_team(self, actor: Actor, name: str) -> TeamInfo:
        require(actor, Permission.MANAGE_USERS, "create teams")
        name = self._team_name(name)
        with write_transaction(self._sessions) as session:
            if session.scalar(select(Team.id).where(Team.name == name)) is not None:
                raise Conflict(msg("A team {name!r} already exists.", name=name))
            team = Team(name=name)
            session.add(team)
            session.flush()
            audit.record(session, actor, "team.add", "team", team.id, after={"name": name})
            return TeamInfo(team.id, team.name, True, 0)

    def rename_team(self, actor: Actor, team_id: int, name: str) -> TeamInfo:
        require(actor, Permission.MANAGE_USERS, "rename teams")
        name = self._team_name(name)
        with write_transaction(self._sessions) as session:
            team = self._team(session, team_id, active_only=False)
            other = session.scalar(select(Team.id).where(Team.name == name, Team.id != team_id))
            if other is not None:
                raise Conflict(msg("A team {name!r} already exists.", name=name))
            before = {"name": team.name}
            team.name = name
            audit.record(
                session, actor, "team.rename", "team", team.id, before=before, after={"name": name}
            )
            return self._team_info(session, team)

    def set_team_active(self, actor: Actor, team_id: int, active: bool) -> TeamInfo:
        require(actor, Permission.MANAGE_USERS, "deactivate teams")
        with write_transaction(self._sessions) as session:
            team = self._team(session, team_id, active_only=False)
            if not active:
                members = session.scalar(
                    select(func.count()).where(User.team_id == team_id, User.active.is_(True))
                )
                if members:
                    raise Conflict(
                        msg(
                            "Team {name!r} still has {members} active member(s).",
                            name=team.name,
                            members=members,
                        ),
                        msg("Move them to another team first."),
                    )
            before = {"active": team.active}
            team.active = active
            audit.record(
                session,
                actor,
                "team.activate" if active else "team.deactivate",
                "team",
                team.id,
                before=before,
                after={"active": active},
            )
            return self._team_info(session, team)

    # -- helpers -----------------------------------------------------------------------------
    def _change(
        self, actor: Actor, user_id: int, action: str, change: Callable[[Session, User], None]
    ) -> AdminUser:
        require(actor, Permission.MANAGE_USERS, "change users")
        with write_transaction(self._sessions) as session:
            user = session.get(User, user_id, with_for_update=True)
            if user is None:
                raise NotFound(msg("No user {user_id}.", user_id=user_id))
            before_team = session.get(Team, user.team_id) if user.team_id else None
            before = self._snapshot(user, before_team)
            change(session, user)
            session.flush()
            team = session.get(Team, user.team_id) if user.team_id else None
            after = self._snapshot(user, team)
            if after != before:
                audit.record(
                    session,
                    actor,
                    action,
                    "user",
                    user.id,
                    before={k: v for k, v in before.items() if after[k] != v},
                    after={k: v for k, v in after.items() if before[k] != v},
                    always=True,
                )
            return self._user(user, team.name if team else None)

    @staticmethod
    def _keep_an_admin(session: Session, user: User) -> None:
        others = session.scalar(
            select(func.count()).where(
                User.role == Role.ADMIN, User.active.is_(True), User.id != user.id
            )
        )
        if not others:
            raise Conflict(
                msg("{login} is the last active administrator.", login=user.login),
                msg("Make another user administrator first."),
            )

    @staticmethod
    def _team(session: Session, team_id: int, *, active_only: bool = True) -> Team:
        team = session.get(Team, team_id)
        if team is None:
            raise NotFound(msg("No team {team_id}.", team_id=team_id))
        if active_only and not team.active:
            raise ValidationError(msg("Team {name!r} is inactive.", name=team.name), field="team")
        return team

    @staticmethod
    def _team_name(name: str) -> str:
        name = " ".join((name or "").split())
        if not name or len(name) > MAX_TEAM_NAME:
            raise ValidationError(
                msg(
                    "A team name has 1 to {MAX_TEAM_NAME} characters.", MAX_TEAM_NAME=MAX_TEAM_NAME
                ),
                field="name",
            )
        return name

    @staticmethod
    def _team_info(session: Session, team: Team) -> TeamInfo:
        members = session.scalar(
            select(func.count()).where(User.team_id == team.id, User.active.is_(True))
        )
        return TeamInfo(team.id, team.name, team.active, int(members or 0))

    @staticmethod
    def _snapshot(user: User, team: Team | None) -> dict[str, object]:
        return {
            "login": user.login,
            "full_name": user.full_name,
            "role": user.role.value,
            "team": team.name if team else None,
            "active": user.active,
        }

    @staticmethod
    def _user(user: User, team: str | None) -> AdminUser:
        return AdminUser(
            id=user.id,
            login=user.login,
            full_name=user.full_name,
            role=user.role,
            team_id=user.team_id,
            team=team,
            active=user.active,
            last_login_at=user.last_login_at,
            failed_logins=user.failed_logins,
        )
