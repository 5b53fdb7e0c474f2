"""Small hand-made populations for the queue-engine tests (no demo randomness)."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from telerecouv.domain.enums import (
    ClaimStatus,
    ContactKind,
    ContactSource,
    Origin,
    Phase,
    Procedure,
    Responsibility,
    Role,
    Stage,
)
from telerecouv.services.permissions import Actor
from telerecouv.store.models import Claim, ContactPoint, Debtor, Organisation, Team, User

_counter = itertools.count(1)


@dataclass
class World:
    session: Session
    org: Organisation

    def organisation(self, code: str = "ORG", **values: Any) -> Organisation:
        org = Organisation(code=code, name=code, **values)
        self.session.add(org)
        self.session.flush()
        return org

    def debtor(
        self,
        *,
        phone: str | None = "+33612345678",
        valid: bool = True,
        zones: str = "Europe/Paris",
        org: Organisation | None = None,
        **values: Any,
    ) -> Debtor:
        n = next(_counter)
        debtor = Debtor(
            organisation_id=(org or self.org).id,
            external_id=f"D{n:05d}",
            last_name=f"Nom{n}",
            first_name="Prénom",
            time_zones=zones,
            **values,
        )
        self.session.add(debtor)
        self.session.flush()
        if phone is not None:
            self.session.add(
                ContactPoint(
                    debtor_id=debtor.id,
                    kind=ContactKind.PHONE,
                    value=phone,
                    raw=phone,
                    valid=valid,
                    source=ContactSource.IMPORT,
                )
            )
            self.session.flush()
        return debtor

    def claim(
        self,
        debtor: Debtor,
        balance: str = "100.00",
        *,
        stage: Stage | None = Stage.DEFAULT_M1,
        status: ClaimStatus = ClaimStatus.OPEN,
        phase: Phase = Phase.AMICABLE,
        fraud: bool = False,
        procedure: Procedure = Procedure.NONE,
        formal_notice_due_on: date | None = None,
        limitation_on: date | None = None,
        stage_since: date | None = None,
        **values: Any,
    ) -> Claim:
        n = next(_counter)
        claim = Claim(
            organisation_id=debtor.organisation_id,
            debtor_id=debtor.id,
            external_id=f"C{n:05d}",
            origin=Origin.BENEFIT,
            initial_amount=Decimal(balance),
            balance=Decimal(balance),
            responsibility=Responsibility.DEBTOR,
            fraud=fraud,
            procedure=procedure,
            phase=phase,
            status=status,
            stage=stage,
            stage_since=stage_since,
            formal_notice_due_on=formal_notice_due_on,
            limitation_on=limitation_on,
            **values,
        )
        self.session.add(claim)
        self.session.flush()
        return claim

    def user(self, login: str, role: Role = Role.AGENT, team: str | None = None) -> Actor:
        team_id = None
        if team is not None:
            row = self.session.query(Team).filter_by(name=team).one_or_none()
            if row is None:
                row = Team(name=team)
                self.session.add(row)
                self.session.flush()
            team_id = row.id
        user = User(login=login, role=role, full_name=login, password_hash="x", team_id=team_id)
        self.session.add(user)
        self.session.flush()
        return Actor(user.id, login, role, login, team_id)


def make_world(session: Session, **org_values: Any) -> World:
    org = Organisation(code=f"ORG{next(_counter)}", name="Caisse test", **org_values)
    session.add(org)
    session.flush()
    return World(session, org)


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)  # type: ignore[misc]
