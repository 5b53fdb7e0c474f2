"""The column-by-column parser gives exactly what parsing one row at a time gives."""

from __future__ import annotations

import random
from typing import Any

import pytest

from telerecouv.services.imports.mapping import MappingProfile
from telerecouv.services.imports.schema import KIND_SPECS, Context, OrgInfo, RowParser

from .helpers import NOW

ORG = OrgInfo(
    id=1, code="CAF-T", region="FR", timezone="Europe/Paris", limitation_years=2,
    limitation_years_fraud=5,
)  # fmt: skip

# For each column, texts a creditor may send: good ones, and ones that must be refused.
CELLS: dict[str, list[str]] = {
    "external_id": ["D1", "D2", " D3 ", "C-9", "", "x" * 65],
    "debtor_external_id": ["D1", "D2", "", "y" * 70],
    "claim_external_id": ["C1", "C2", ""],
    "kind": ["person", "PP", "entreprise", "", "robot"],
    "last_name": ["Martin", "Lefèvre", "", "n" * 121],
    "first_name": ["Sophie", ""],
    "company_name": ["ACME", "", "c" * 201],
    "representative": ["", "M. Gérant"],
    "birth_date": ["12/03/1984", "1984-03-12", "", "31/02/1984", "12/03/84", "01/01/2099"],
    "national_id": ["", "184037512345678"],
    "address": ["1 rue A", ""],
    "postal_code": ["75011", "97410", "97200", ""],
    "city": ["Paris", ""],
    "country": ["FR", "France", "", "Atlantide", "ma"],
    "phone_1": ["06 12 34 56 78", "0692 12 34 56", "+33 6 12 34 56 78", "12", "", "abc"],
    "phone_2": ["", "01 44 55 66 77", "0696 11 22 33"],
    "email": ["", "a@b.fr", "pas-un-mail"],
    "household_quotient": ["", "512,30", "-3", "1 234", "douze"],
    "has_active_rights": ["oui", "non", "", "peut-être", "1"],
    "origin": ["benefit", "indu", "", "loterie"],
    "initial_amount": ["1 234,56", "12", "0,5", "", "-1", "1,234", "abc"],
    "balance": ["1 234,56", "0", "", "12,345", "1.234,56 €"],
    "notified_on": ["15/01/2026", "2026-01-15", "", "15/13/2026", "15/01/2099"],
    "responsibility": ["debtor", "tiers", "", "personne"],
    "fraud": ["0", "1", "oui", "", "bof"],
    "procedure": ["none", "surendettement", "", "SURENDET", "magie"],
    "limitation_on": ["", "15/01/2030", "15/01/2020"],
    "stage": ["M+1", "M+2", "fin de droits", "", "M+9"],
    "occurred_on": ["15/01/2026", "", "15/01/2099"],
    "formal_notice_due_on": ["", "20/01/2026", "01/01/2026"],
    "amount": ["12,50", "0", "", "-5"],
    "paid_on": ["15/01/2026", "", "2099-01-01"],
    "means": ["virement", "", "troc"],
    "agent_login": ["agent1", ""],
    "started_at": ["15/01/2026 10:30", "2026-01-15T10:30:00Z", "", "15/01/2026 25:00"],
    "ended_at": ["", "15/01/2026 10:35", "15/01/2026 09:00"],
    "number": ["", "06 12 34 56 78", "12"],
    "reachability": ["RIGHT_PARTY", "pas de reponse", "", "bizarre"],
    "result": ["", "refus", "CALLBACK_REQUESTED", "nope"],
    "notes": ["", "Rappeler lundi"],
}


def _parser(kind: str, headers: list[str], profile: MappingProfile) -> RowParser:
    return RowParser(KIND_SPECS[kind], Context(ORG, NOW), headers, profile)


def _rows(rng: random.Random, headers: list[str], count: int) -> list[list[str]]:
    rows: list[list[str]] = []
    for _ in range(count):
        cells = [rng.choice(CELLS.get(header, ["", "?"])) for header in headers]
        shape = rng.random()
        if shape < 0.05:
            cells = cells[: rng.randrange(len(cells))]  # missing trailing cells
        elif shape < 0.1:
            cells = [*cells, rng.choice(["", " ", "extra"])]  # one cell too many
        rows.append(cells)
    return rows


@pytest.mark.parametrize("kind", sorted(KIND_SPECS))
def test_parse_many_equals_parse_row_by_row(kind: str) -> None:
    rng = random.Random(kind)
    columns = [column.name for column in KIND_SPECS[kind].columns(Context(ORG, NOW))]
    headers = [name for name in columns if name not in ("notification_ref", "written_off")]
    rows = _rows(rng, headers, 3000)
    one_by_one = _parser(kind, headers, MappingProfile())
    expected = [one_by_one.parse(cells) for cells in rows]
    together = _parser(kind, headers, MappingProfile())
    got: list[tuple[dict[str, Any], list[tuple[str, str]]]] = []
    for start in range(0, len(rows), 700):  # several chunks: the caches carry over
        got.extend(together.parse_many(rows[start : start + 700]))
    assert got == expected
    refused = sum(1 for _, problems in expected if problems)
    assert 0 < refused < len(rows)  # both paths were exercised


def test_parse_many_applies_the_profile_values_and_defaults_like_parse() -> None:
    rng = random.Random(7)
    headers = ["external_id", "debtor_external_id", "initial_amount", "balance", "notified_on",
               "procedure", "Nature"]  # fmt: skip
    profile = MappingProfile(
        columns={"Nature": "responsibility"},
        values={"procedure": {"SURENDET": "overindebtedness"}},
        defaults={"origin": "benefit", "notified_on": "01/02/2026"},
    )
    rows = _rows(rng, headers, 1500)
    for cells in rows:
        if len(cells) > 6:
            cells[6] = rng.choice(["tiers", "organisme", "", "???"])
    one_by_one = _parser("claims", headers, profile)
    expected = [one_by_one.parse(cells) for cells in rows]
    assert _parser("claims", headers, profile).parse_many(rows) == expected
    assert any(record.get("procedure") == "overindebtedness" for record, _ in expected)


@pytest.mark.parametrize("pg", [False, True], ids=["sqlite", "postgresql"])
def test_the_compiled_row_encoder_encodes_like_one_cell_at_a_time(pg: bool) -> None:
    from datetime import UTC, date, datetime

    from telerecouv.domain.enums import ExclusionReason, Origin, Procedure
    from telerecouv.services.imports import writers
    from telerecouv.services.imports.bulk import Bulk

    bulk = Bulk.__new__(Bulk)
    bulk.pg = pg
    samples: dict[str, list[Any]] = {
        "origin": [Origin.BENEFIT, "benefit", None],
        "procedure": [Procedure.OVERINDEBTEDNESS, None],
        "exclusion_reason": [ExclusionReason.FRAUD, None],
        "balance": [0, 123456, None],
        "notified_on": [date(2026, 1, 15), None],
        "started_at": [datetime(2026, 1, 15, 9, 30, tzinfo=UTC), None],
        "fraud": [True, False, 0, 1, None],
        "notes": ["Rappeler", "", None],
    }
    names = tuple(samples)
    encode = writers._compile_row_encoder(names, bulk)
    rng = random.Random(5)
    for _ in range(300):
        record = {name: rng.choice(values) for name, values in samples.items()}
        expected = tuple(writers._encoder(name, bulk)(record[name]) for name in names)
        assert encode(record) == expected
        assert [type(value) for value in encode(record)] == [type(value) for value in expected]
