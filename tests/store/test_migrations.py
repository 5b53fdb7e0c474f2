"""Every revision walks up and down on both databases, and the models match the schema."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, inspect, text

from telerecouv.store import migrate
from telerecouv.store.engine import make_engine
from telerecouv.store.models import Base


def _revisions() -> list[str]:
    script = ScriptDirectory.from_config(migrate.alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def empty_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'empty.sqlite3'}"
    return str(request.getfixturevalue("fresh_pg_database"))


def test_every_revision_up_and_down(empty_url: str) -> None:
    engine = make_engine(empty_url)
    revisions = _revisions()
    assert revisions, "no migration found"
    for revision in revisions:
        migrate.upgrade(engine, revision)
        assert migrate.current_revision(engine) == revision
    for previous in [*reversed(revisions[:-1]), "base"]:
        migrate.downgrade(engine, previous if previous != "base" else "base")
        expected = None if previous == "base" else previous
        assert migrate.current_revision(engine) == expected
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    migrate.upgrade(engine)
    assert migrate.current_revision(engine) == migrate.head_revision()
    engine.dispose()


def test_models_match_migrated_schema(empty_url: str) -> None:
    engine = make_engine(empty_url)
    migrate.upgrade(engine)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        diff = compare_metadata(context, Base.metadata)
    engine.dispose()
    assert diff == [], f"models and migrations differ: {diff}"


def test_sqlite_is_backed_up_before_an_upgrade(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'base.sqlite3'}"
    engine = make_engine(url)
    revisions = _revisions()
    migrate.upgrade(engine)
    if len(revisions) < 2:
        # With a single revision, walk back one step to have something to upgrade from.
        migrate.downgrade(engine, "base")
        migrate.upgrade(engine)
        assert not list(tmp_path.glob("*.backup-*"))  # from nothing: nothing to keep
        migrate.downgrade(engine, "base")
        engine.dispose()
        return
    migrate.downgrade(engine, revisions[-2])
    backup = migrate.upgrade(engine)
    assert backup is not None and Path(backup).exists()
    engine.dispose()


def _old_organisation_and_debtor(c: Connection, now: datetime) -> tuple[int, int]:
    org = c.execute(
        text(
            "INSERT INTO organisations (code, name, region, currency, timezone, "
            "calling_hours, daily_attempt_cap, weekly_attempt_cap, quiet_days_after_contact,"
            " limitation_years, limitation_years_fraud, outsourced, fee_rate, "
            "promise_kept_threshold, promise_grace_days, minimum_instalment, created_at, "
            "updated_at) VALUES ('OLD', 'Old', 'FR', 'EUR', 'Europe/Paris', '{}', "
            "3, 7, 7, 2, 5, false, 300, 9500, 3, 1500, :now, :now) RETURNING id"
        ),
        {"now": now},
    ).scalar_one()
    debtor = c.execute(
        text(
            "INSERT INTO debtors (organisation_id, external_id, kind, country, "
            "has_active_rights, time_zones, to_locate, last_name, created_at, updated_at) "
            "VALUES (:org, 'D1', 'person', 'FR', false, 'Europe/Paris', false, 'Lefèvre', "
            ":now, :now) RETURNING id"
        ),
        {"org": org, "now": now},
    ).scalar_one()
    return int(org), int(debtor)


def test_folded_notes_are_backfilled_for_the_calls_stored_before(empty_url: str) -> None:
    """0007 adds call_attempts.notes_folded and folds the notes already there (by chunks)."""
    engine = make_engine(empty_url)
    migrate.upgrade(engine, "0006_hopper_ranking_key")
    now = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
    with engine.begin() as c:
        org, debtor = _old_organisation_and_debtor(c, now)
        # More calls than one backfill chunk, one in three with notes.
        notes = ["Échéancier accepté, Œuvre", None, "  RAPPELER   Hélène "]
        c.execute(
            text(
                "INSERT INTO call_attempts (organisation_id, debtor_id, started_at, "
                "reachability, notes, created_at) "
                "VALUES (:org, :debtor, :now, 'RIGHT_PARTY', :notes, :now)"
            ),
            [
                {"org": org, "debtor": debtor, "now": now, "notes": notes[n % 3]}
                for n in range(12_002)
            ],
        )
    migrate.upgrade(engine)
    with engine.connect() as c:
        folded = c.execute(
            text(
                "SELECT notes_folded, count(*) FROM call_attempts "
                "GROUP BY notes_folded ORDER BY notes_folded"
            )
        ).all()
    engine.dispose()
    assert sorted((tuple(r) for r in folded), key=lambda r: r[0] or "") == [
        (None, 4001),
        ("echeancier accepte, oeuvre", 4001),
        ("rappeler helene", 4000),
    ]


def test_imported_balances_are_backfilled_with_the_payments_matched_before(
    empty_url: str,
) -> None:
    """0008: a claim's imported balance is its balance plus the payments matched on it
    (at most its initial amount); unmatched payments have not lowered it yet."""
    engine = make_engine(empty_url)
    migrate.upgrade(engine, "0007_folded_notes")
    now = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
    with engine.begin() as c:
        org, debtor = _old_organisation_and_debtor(c, now)
        claims = {}
        for external_id, initial, balance in (("C1", 100000, 80000), ("C2", 50000, 50000),
                                              ("C3", 30000, 0)):  # fmt: skip
            claims[external_id] = c.execute(
                text(
                    "INSERT INTO claims (organisation_id, debtor_id, external_id, origin, "
                    "initial_amount, balance, responsibility, fraud, procedure, phase, status, "
                    "created_at, updated_at) VALUES (:org, :debtor, :ext, 'benefit', :initial, "
                    ":balance, 'debtor', false, 'none', 'amicable', 'open', :now, :now) "
                    "RETURNING id"
                ),
                {"org": org, "debtor": debtor, "ext": external_id, "initial": initial,
                 "balance": balance, "now": now},
            ).scalar_one()  # fmt: skip
        for external_id, claim, amount, matched in (
            ("P1", "C1", 15000, now), ("P2", "C1", 5000, now), ("P3", "C2", 7000, None),
            ("P4", "C3", 40000, now),
        ):  # fmt: skip
            c.execute(
                text(
                    "INSERT INTO payments (organisation_id, external_id, claim_id, amount, "
                    "paid_on, matched_at, created_at) VALUES (:org, :ext, :claim, :amount, "
                    "'2026-10-01', :matched, :now)"
                ),
                {"org": org, "ext": external_id, "claim": claims[claim], "amount": amount,
                 "matched": matched, "now": now},
            )  # fmt: skip
    migrate.upgrade(engine)
    with engine.connect() as c:
        rows = c.execute(
            text("SELECT external_id, imported_balance FROM claims ORDER BY external_id")
        ).all()
    engine.dispose()
    assert [tuple(row) for row in rows] == [("C1", 100000), ("C2", 50000), ("C3", 30000)]
