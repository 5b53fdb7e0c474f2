"""Writing and reading the audit log."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from telerecouv.services.permissions import Actor, Permission, require
from telerecouv.store.models import AuditEntry


def jsonable(values: Mapping[str, Any] | None) -> dict[str, Any] | None:
    """Audit snapshots as JSON: Decimal and dates as strings, enums as their value."""
    if values is None:
        return None

    def convert(value: Any) -> Any:
        if isinstance(value, Enum):
            return value.value
        if isinstance(value, Decimal | date | datetime):
            return str(value) if not isinstance(value, date | datetime) else value.isoformat()
        if isinstance(value, Mapping):
            return {str(k): convert(v) for k, v in value.items()}
        if isinstance(value, list | tuple | set | frozenset):
            return [convert(v) for v in value]
        return value

    return {str(k): convert(v) for k, v in values.items()}


def record(
    session: Session,
    actor: Actor,
    action: str,
    entity: str,
    entity_id: object = None,
    *,
    before: Mapping[str, Any] | None = None,
    after: Mapping[str, Any] | None = None,
    detail: str | None = None,
    always: bool = False,
) -> None:
    """Add an audit row in the caller's transaction (so it commits with the change)."""
    if not (actor.audited or always):
        return
    session.add(
        AuditEntry(
            user_id=actor.user_id,
            user_login=actor.login,
            action=action,
            entity=entity,
            entity_id=None if entity_id is None else str(entity_id),
            before=jsonable(before),
            after=jsonable(after),
            detail=detail,
        )
    )


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    user_login: str
    action: str
    entity: str
    entity_id: str | None
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    detail: str | None


class AuditService:
    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._sessions = session_factory

    def recent(
        self, actor: Actor, *, limit: int = 200, entity: str | None = None
    ) -> list[AuditRow]:
        require(actor, Permission.READ_AUDIT, "read the audit log")
        query = select(AuditEntry).order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
        if entity:
            query = query.where(AuditEntry.entity == entity)
        with self._sessions() as session:
            return [
                AuditRow(
                    e.id,
                    e.at,
                    e.user_login,
                    e.action,
                    e.entity,
                    e.entity_id,
                    e.before,
                    e.after,
                    e.detail,
                )
                for e in session.scalars(query.limit(limit))
            ]
