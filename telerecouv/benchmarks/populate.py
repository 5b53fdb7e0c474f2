"""Big synthetic populations for the benchmarks, generated inside the database (fast).

One organisation open around the clock (so the figures do not depend on the hour the
benchmark runs), six stage queues, N debtors and N queued work items with varied balances,
deadlines, ages, attempts and zones (metropolitan France, Réunion, the ambiguous +262,
Guadeloupe, Morocco). Generated with one INSERT ... SELECT over a number series per table.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Engine, text

from telerecouv.domain.enums import Role, Stage
from telerecouv.services.users import hash_password

ALWAYS_OPEN = {str(day): [["00:00", "24:00"]] for day in range(7)}
ZONES = (
    "Europe/Paris",
    "Europe/Paris",
    "Europe/Paris",
    "Indian/Reunion",
    "Indian/Mayotte,Indian/Reunion",
    "America/Guadeloupe",
    "Africa/Casablanca",
)


def _series(dialect: str, count: int) -> str:
    if dialect == "sqlite":
        return (
            f"WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq "
            f"WHERE n < {int(count)}) "
        )
    return ""


def _from_series(dialect: str, count: int) -> str:
    if dialect == "sqlite":
        return "FROM seq"
    return f"FROM generate_series(1, {int(count)}) AS seq(n)"


def _date_plus(dialect: str, day: str, days_sql: str) -> str:
    if dialect == "sqlite":
        return f"date('{day}', ({days_sql}) || ' days')"
    return f"(DATE '{day}' + ({days_sql}))"


def _stamp(dialect: str, at: datetime) -> str:
    if dialect == "sqlite":
        return "'" + at.strftime("%Y-%m-%d %H:%M:%S.%f") + "'"
    return "'" + at.isoformat() + "'::timestamptz"


def populate(engine: Engine, items: int, agents: int, now: datetime) -> dict[str, int]:
    """Fill an empty, migrated database; returns ids the benchmark needs."""
    import json

    dialect = engine.dialect.name
    stamp = _stamp(dialect, now)
    today = now.date().isoformat()
    stages = list(Stage)
    zones_case = " ".join(f"WHEN {i} THEN '{zone}'" for i, zone in enumerate(ZONES))
    with engine.begin() as connection:
        org_id = connection.execute(
            text(
                "INSERT INTO organisations (code, name, region, currency, timezone, "
                "calling_hours, daily_attempt_cap, weekly_attempt_cap, quiet_days_after_contact,"
                " limitation_years, limitation_years_fraud, outsourced, fee_rate, "
                "promise_kept_threshold, promise_grace_days, minimum_instalment, created_at, "
                "updated_at) VALUES ('BENCH', 'Bench', 'FR', 'EUR', 'Europe/Paris', :hours, 3, "
                f"7, 7, 2, 5, false, 300, 9500, 3, 1500, {stamp}, {stamp}) RETURNING id"
            ),
            {"hours": json.dumps(ALWAYS_OPEN)},
        ).scalar_one()
        queue_ids = []
        for stage in stages:
            queue_ids.append(
                connection.execute(
                    text(
                        "INSERT INTO queues (organisation_id, stage, name, paused) "
                        "VALUES (:org, :stage, :stage, false) RETURNING id"
                    ),
                    {"org": org_id, "stage": stage.value},
                ).scalar_one()
            )
        password = hash_password("bench")
        first_user = None
        for n in range(agents):
            user_id = connection.execute(
                text(
                    "INSERT INTO users (login, full_name, password_hash, role, active, "
                    f"failed_logins, created_at, updated_at) VALUES (:login, :login, :pw, "
                    f":role, true, 0, {stamp}, {stamp}) RETURNING id"
                ),
                {"login": f"bench{n + 1}", "pw": password, "role": Role.AGENT.value},
            ).scalar_one()
            first_user = first_user or user_id
        connection.execute(
            text(
                _series(dialect, items)
                + "INSERT INTO debtors (id, organisation_id, external_id, kind, country, "
                "has_active_rights, time_zones, to_locate, last_name, created_at, updated_at) "
                f"SELECT n, {org_id}, 'B' || n, 'person', 'FR', false, "
                f"CASE (n % {len(ZONES)}) {zones_case} END, false, 'Nom' || n, "
                f"{stamp}, {stamp} " + _from_series(dialect, items)
            )
        )
        stage_case = " ".join(f"WHEN {i} THEN '{stage.value}'" for i, stage in enumerate(stages))
        queue_case = " ".join(f"WHEN {i} THEN {qid}" for i, qid in enumerate(queue_ids))
        connection.execute(
            text(
                _series(dialect, items)
                + "INSERT INTO work_items (organisation_id, debtor_id, queue_id, stage, status, "
                "balance_total, formal_notice_due_on, limitation_on, default_since, attempts, "
                "manual_priority, time_zones, created_at, updated_at) "
                f"SELECT {org_id}, n, CASE (n % 6) {queue_case} END, "
                f"CASE (n % 6) {stage_case} END, 'queued', "
                "(CAST(n AS BIGINT) * 7919) % 1500000, "  # no int4 overflow on PostgreSQL
                f"CASE WHEN n % 3 = 0 THEN NULL ELSE "
                f"{_date_plus(dialect, today, '(n % 45) - 5')} END, "
                f"CASE WHEN n % 4 = 0 THEN NULL ELSE "
                f"{_date_plus(dialect, today, '(n % 400) + 1')} END, "
                f"{_date_plus(dialect, today, '-((n % 300) + 1)')}, "
                f"n % 5, 0, CASE (n % {len(ZONES)}) {zones_case} END, {stamp}, {stamp} "
                + _from_series(dialect, items)
            )
        )
        if dialect == "postgresql":
            connection.execute(
                text("SELECT setval('debtors_id_seq', (SELECT max(id) FROM debtors))")
            )
    if dialect == "postgresql":
        with engine.connect() as connection:
            connection.execution_options(isolation_level="AUTOCOMMIT").execute(
                text("VACUUM ANALYZE")
            )
    else:
        with engine.connect() as connection:
            connection.exec_driver_sql("ANALYZE")
            connection.commit()
    return {"organisation_id": org_id, "first_user_id": first_user or 0}
