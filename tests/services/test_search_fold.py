"""The review's search in the notes ignores case and accents on SQLite and PostgreSQL, for
calls written by the agents (ORM), imported from a file, built by the demo or by the KPI
benchmark (bulk writers)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select

from telerecouv.benchmarks.kpi import populate
from telerecouv.domain.enums import CallResult
from telerecouv.services.database import Database
from telerecouv.services.demo import DemoBuilder
from telerecouv.services.permissions import SYSTEM
from telerecouv.services.review import CallFilter, ReviewService
from telerecouv.store.models import CallAttempt
from tests.services.imports.helpers import (
    CLAIM_HEADER,
    DEBTOR_HEADER,
    claim_line,
    debtor_line,
    organisation,
    run,
    write,
)
from tests.services.lead_factory import RP, at, build_world

NOV = (date(2026, 11, 1), date(2026, 11, 30))
CALL_HEADER = (
    "external_id;debtor_external_id;claim_external_id;agent_login;started_at;ended_at;"
    "number;reachability;result;notes"
)


def _found(db: Database, text: str, period: tuple[date, date] = NOV) -> int:
    return ReviewService(db.sessions).count(SYSTEM, CallFilter(*period, text=text))


def test_agent_notes_are_found_without_case_or_accents(database: Database) -> None:
    world = build_world(database.sessions)
    world.debtor("D1", balance="100.00", last_name="Lefèvre")
    world.debtor("D2", balance="100.00", last_name="Martin")
    world.call("D1", "a1", at(2), RP, CallResult.PLAN_AGREED, notes="Échéancier accepté, Œuvre")
    world.call("D2", "a1", at(3), RP, CallResult.REFUSAL, notes="Refus net")
    for typed in ("echeancier", "ECHEANCIER", "Échéancier", "ACCEPTE", "oeuvre", "ŒUVRE"):
        assert _found(database, typed) == 1, typed
    assert _found(database, "echeancier oeuvre") == 1  # every word must match
    assert _found(database, "echeancier refus") == 0
    assert _found(database, "REFUS") == 1
    assert _found(database, "e_heancier") == 0  # LIKE wildcards stay literal
    assert _found(database, "") == 2


def test_notes_changed_later_are_searched_as_changed(database: Database) -> None:
    world = build_world(database.sessions)
    world.debtor("D1", balance="100.00")
    call_id = world.call("D1", "a1", at(2), RP, CallResult.PLAN_AGREED, notes="Rappeler")
    with database.sessions.begin() as session:
        call = session.get(CallAttempt, call_id)
        assert call is not None
        call.notes = "Déjà réglé"
    assert _found(database, "rappeler") == 0
    assert _found(database, "DEJA regle") == 1
    with database.sessions.begin() as session:
        call = session.get(CallAttempt, call_id)
        assert call is not None
        call.notes = None
    assert _found(database, "deja") == 0


def test_imported_calls_are_searchable_and_stay_so_when_reimported(
    database: Database, tmp_path: Path
) -> None:
    organisation(database)
    run(database, "debtors", write(tmp_path / "d.csv", DEBTOR_HEADER, [debtor_line("D1")]))
    run(database, "claims", write(tmp_path / "c.csv", CLAIM_HEADER, [claim_line("C1", "D1")]))
    line = "K1;D1;C1;;03/11/2026 10:15;03/11/2026 10:19;0612345678;joint;refus;{}"
    first = run(database, "calls", write(
        tmp_path / "k.csv", CALL_HEADER, [line.format("Échéancier refusé, Œuvre sociale")]
    ))  # fmt: skip
    assert first.inserted == 1, first.errors
    assert _found(database, "echeancier REFUSE oeuvre") == 1
    changed = run(database, "calls", write(
        tmp_path / "k2.csv", CALL_HEADER, [line.format("Prêt à régler en décembre")]
    ))  # fmt: skip
    assert changed.updated == 1, changed.errors
    assert _found(database, "echeancier") == 0
    assert _found(database, "pret a REGLER decembre") == 1


def test_demo_calls_are_searchable(database: Database) -> None:
    today = date(2026, 11, 20)
    DemoBuilder(database.sessions).build(debtors=60, seed=3, today=today)
    with database.sessions() as session:
        with_notes = session.scalar(
            select(CallAttempt.id).where(CallAttempt.notes == "Débiteur joint, accord trouvé.")
        )
    assert with_notes is not None, "the demo wrote no notes"
    year = (date(2025, 11, 1), today)
    assert _found(database, "DEBITEUR accord trouve", year) == _found(database, "débiteur", year)
    assert _found(database, "debiteur joint", year) > 0


def test_benchmark_calls_are_searchable(database: Database) -> None:
    populate(database.engine, 1000, 1)
    october = (date(2026, 10, 1), date(2026, 10, 31))
    hits = _found(database, "conteste", october)
    assert hits > 0
    assert _found(database, "DÉBITEUR Conteste", october) == hits
    assert _found(database, "debiteur rappeler", october) == hits
