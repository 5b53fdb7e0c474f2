"""Users, teams, passwords (argon2) and logging in."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from telerecouv.domain.enums import Role
from telerecouv.services import audit
from telerecouv.services.permissions import Actor, Permission, require
from telerecouv.store.engine import write_transaction
from telerecouv.store.errors import Conflict, KnownError, NotFound, ValidationError, msg
from telerecouv.store.models import Team, User
from telerecouv.store.types import utcnow

_hasher = PasswordHasher()
LOGIN_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")
MIN_PASSWORD_LENGTH = 8


class AuthenticationFailed(KnownError):
    pass


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


@dataclass(frozen=True)
class UserInfo:
    id: int
    login: str
    full_name: str
    role: Role
    team: str | None
    active: bool


def _actor_of(user: User) -> Actor:
    return Actor(
        user_id=user.id,
        login=user.login,
        role=user.role,
        full_name=user.full_name,
        team_id=user.team_id,
    )


class UserService:
    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._sessions = session_factory

    def authenticate(self, login: str, password: str) -> Actor:
        """The actor for these credentials; the same message whatever was wrong. A refusal
        is counted (failed_logins), a success resets the count and stamps last_login_at.

        The slow password check runs outside any transaction; only the short update takes
        the write lock (every workstation's saves wait behind it on SQLite)."""
        login = login.strip().lower()
        with self._sessions() as session:
            user = session.scalar(select(User).where(User.login == login))
        ok = user is not None and user.active and verify_password(user.password_hash, password)
        if user is not None:
            values: dict[str, Any] = {}
            if ok:
                values = {"failed_logins": 0, "last_login_at": utcnow()}
                if _hasher.check_needs_rehash(user.password_hash):
                    values["password_hash"] = hash_password(password)
            else:
                values = {"failed_logins": User.failed_logins + 1}  # the refusal is counted
            with write_transaction(self._sessions) as session:
                session.execute(
                    update(User)
                    .where(User.id == user.id)
                    .values(**values)
                    .execution_options(synchronize_session=False)
                )
        if not ok or user is None:
            raise AuthenticationFailed(
                msg("Unknown login or wrong password."),
                msg("Check the caps-lock key; an administrator can reset your password."),
            )
        return _actor_of(user)

    def add_user(
        self,
        actor: Actor,
        login: str,
        role: Role,
        password: str,
        *,
        full_name: str = "",
        team: str | None = None,
    ) -> UserInfo:
        require(actor, Permission.MANAGE_USERS, "add users")
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
        if len(password) < MIN_PASSWORD_LENGTH:
            raise ValidationError(
                msg(
                    "The password must have at least {MIN_PASSWORD_LENGTH} characters.",
                    MIN_PASSWORD_LENGTH=MIN_PASSWORD_LENGTH,
                ),
                field="password",
            )
        password_hash = hash_password(password)  # slow: before taking the write lock
        with write_transaction(self._sessions) as session:
            if session.scalar(select(User.id).where(User.login == login)) is not None:
                raise Conflict(msg("A user {login!r} already exists.", login=login))
            team_row = self._team(session, team) if team else None
            user = User(
                login=login,
                full_name=full_name,
                role=Role(role),
                password_hash=password_hash,
                team_id=team_row.id if team_row else None,
            )
            session.add(user)
            session.flush()
            audit.record(
                session,
                actor,
                "user.add",
                "user",
                user.id,
                after={"login": login, "role": user.role, "team": team, "full_name": full_name},
            )
            return UserInfo(user.id, login, full_name, user.role, team, True)

    def list_users(self, actor: Actor) -> list[UserInfo]:
        require(actor, Permission.MANAGE_USERS, "list users")
        with self._sessions() as session:
            rows = session.execute(
                select(User, Team.name)
                .outerjoin(Team, Team.id == User.team_id)
                .order_by(User.login)
            )
            return [
                UserInfo(u.id, u.login, u.full_name, u.role, team, u.active) for u, team in rows
            ]

    def set_password(self, actor: Actor, login: str, password: str) -> None:
        if actor.login != login:
            require(actor, Permission.MANAGE_USERS, "change another user's password")
        if len(password) < MIN_PASSWORD_LENGTH:
            raise ValidationError(
                msg(
                    "The password must have at least {MIN_PASSWORD_LENGTH} characters.",
                    MIN_PASSWORD_LENGTH=MIN_PASSWORD_LENGTH,
                ),
                field="password",
            )
        password_hash = hash_password(password)  # slow: before taking the write lock
        with write_transaction(self._sessions) as session:
            user = session.scalar(select(User).where(User.login == login))
            if user is None:
                raise NotFound(msg("No user {login!r}.", login=login))
            user.password_hash = password_hash
            audit.record(session, actor, "user.password", "user", user.id)

    @staticmethod
    def _team(session: Session, name: str) -> Team:
        team = session.scalar(select(Team).where(Team.name == name))
        if team is None:
            team = Team(name=name)
            session.add(team)
            session.flush()
        return team
