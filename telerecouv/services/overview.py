"""Read-only overview of the queues for the home screen."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from telerecouv.domain.enums import Stage, WorkItemStatus
from telerecouv.services.permissions import Actor
from telerecouv.store.models import Organisation, Queue, WorkItem


@dataclass(frozen=True)
class QueueCount:
    organisation: str
    stage: Stage
    paused: bool
    waiting: int
    leased: int


class OverviewService:
    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._sessions = session_factory

    def queue_counts(self, actor: Actor) -> list[QueueCount]:
        query = (
            select(
                Organisation.name,
                Queue.stage,
                Queue.paused,
                func.count(WorkItem.id).filter(WorkItem.status == WorkItemStatus.QUEUED),
                func.count(WorkItem.id).filter(WorkItem.status == WorkItemStatus.LEASED),
            )
            .join(Organisation, Organisation.id == Queue.organisation_id)
            .outerjoin(WorkItem, WorkItem.queue_id == Queue.id)
            .group_by(Organisation.name, Queue.id, Queue.stage, Queue.paused)
            .order_by(Organisation.name, Queue.id)
        )
        with self._sessions() as session:
            return [
                QueueCount(org, stage, paused, int(w or 0), int(leased or 0))
                for org, stage, paused, w, leased in session.execute(query)
            ]
