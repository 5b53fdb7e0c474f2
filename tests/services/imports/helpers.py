"""Writing small creditor files for the import tests, and reading the database back."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from telerecouv.domain.enums import Role
from telerecouv.services.database import Database
from telerecouv.services.imports import ImportReport, ImportService
from telerecouv.services.permissions import Actor
from telerecouv.store.models import Organisation

NOW = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)
SUPERVISOR = Actor(user_id=None, login="super", role=Role.SUPERVISOR)

DEBTOR_HEADER = (
    "external_id;kind;last_name;first_name;company_name;representative;birth_date;national_id;"
    "address;postal_code;city;country;phone_1;phone_2;email;household_quotient;has_active_rights"
)
CLAIM_HEADER = (
    "external_id;debtor_external_id;origin;initial_amount;balance;notified_on;responsibility;"
    "fraud;procedure;limitation_on"
)


def debtor_line(ext: str, name: str = "Martin", phone: str = "06 12 34 56 78", **kw: str) -> str:
    values = {
        "kind": "person", "last_name": name, "first_name": "Sophie", "company_name": "",
        "representative": "", "birth_date": "12/03/1984", "national_id": "", "address": "1 rue A",
        "postal_code": "75011", "city": "Paris", "country": "FR", "phone_1": phone,
        "phone_2": "", "email": "", "household_quotient": "", "has_active_rights": "non",
    }  # fmt: skip
    values.update(kw)
    return ";".join([ext, *values.values()])


def claim_line(
    ext: str, debtor: str, balance: str = "1 234,56", fraud: str = "0", procedure: str = "none"
) -> str:
    return f"{ext};{debtor};benefit;1 234,56;{balance};15/01/2026;debtor;{fraud};{procedure};"


def write(path: Path, header: str, lines: Sequence[str], encoding: str = "utf-8") -> Path:
    path.write_bytes(("\r\n".join([header, *lines]) + "\r\n").encode(encoding))
    return path


def organisation(db: Database, code: str = "CAF-T", **values: Any) -> int:
    with db.sessions.begin() as session:
        org = Organisation(code=code, name=code, **values)
        session.add(org)
        session.flush()
        return org.id


def service(db: Database) -> ImportService:
    return ImportService(db.sessions, clock=lambda: NOW)


def run(db: Database, kind: str, path: Path, **kw: Any) -> ImportReport:
    return service(db).run(SUPERVISOR, kind, path, **kw)


def count(db: Database, model: Any, *where: Any) -> int:
    with db.sessions() as session:
        return int(session.scalar(select(func.count()).select_from(model).where(*where)) or 0)
