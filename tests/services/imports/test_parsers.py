"""Cell parsers and the import's phone cache: each accepted form, each refusal."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from telerecouv.domain.enums import Procedure, Stage
from telerecouv.domain.phones import normalise_phone
from telerecouv.services.imports import parsers as p
from telerecouv.services.imports.phones import PhoneBook
from telerecouv.services.imports.schema import PROCEDURE_ALIASES, STAGE_ALIASES


@pytest.mark.parametrize(
    ("text", "cents"),
    [
        ("1234,56", 123456), ("1234.56", 123456), ("1 234 567,89", 123456789),
        ("1\u202f234,5", 123450), ("1\u00a0234", 123400), ("1.234,56", 123456),
        ("12,30 €", 1230), ("0", 0), ("-5,00", -500), ("1,234,567.89", 123456789),
    ],
)  # fmt: skip
def test_amounts_in_french_and_iso_forms(text: str, cents: int) -> None:
    assert p.cents(text) == cents


def test_the_fast_amount_path_agrees_with_the_general_one() -> None:
    rng = random.Random(3)
    shapes = 0
    for _ in range(20_000):
        text = "".join(rng.choice("0123456789 ,.-") for _ in range(rng.randint(1, 12)))
        fast = p._fast_cents(text)
        if fast is None:
            continue
        shapes += 1
        assert fast == p._slow_cents(text), text
    for text in ("1 234 567,89", "0,5", "12", "999 999 999 999,99", "1 000"):
        assert p._fast_cents(text) == p._slow_cents(text)
    assert shapes > 1000


@pytest.mark.parametrize("text", ["12,345", "1,234", "abc", "1 23,4", "10" * 9])
def test_amounts_refused(text: str) -> None:
    with pytest.raises(p.FieldError):
        p.cents(text)


@pytest.mark.parametrize(
    "text", ["05/03/2026", "5/3/2026", "05-03-2026", "05.03.2026", "2026-03-05", "20260305",
             "2026-03-05 00:00:00"],
)  # fmt: skip
def test_dates(text: str) -> None:
    assert p.day(text) == date(2026, 3, 5)


@pytest.mark.parametrize("text", ["05/03/26", "31/02/2026", "2026-13-01", "demain", "05/03/1850"])
def test_dates_refused(text: str) -> None:
    with pytest.raises(p.FieldError):
        p.day(text)


def test_times_are_read_in_the_organisation_zone_and_stored_in_utc() -> None:
    parse = p.moment(ZoneInfo("Europe/Paris"))
    assert parse("05/07/2026 14:30") == datetime(2026, 7, 5, 12, 30, tzinfo=UTC)
    assert parse("2026-01-05T14:30:00Z") == datetime(2026, 1, 5, 14, 30, tzinfo=UTC)
    assert parse("2026-01-05T14:30:00+01:00") == datetime(2026, 1, 5, 13, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "value"),
    [("oui", True), ("NON", False), ("1", True), ("0", False), ("true", True), ("Faux", False)],
)
def test_booleans(text: str, value: bool) -> None:
    assert p.boolean(text) is value


def test_french_codes() -> None:
    assert p.choice(Stage, STAGE_ALIASES)("M+2") is Stage.DEFAULT_M2
    assert p.choice(Stage, STAGE_ALIASES)("Fin de droits") is Stage.END_OF_RIGHTS
    assert p.choice(Procedure, PROCEDURE_ALIASES)("Redressement judiciaire") is (
        Procedure.INSOLVENCY
    )
    with pytest.raises(p.FieldError, match="expected one of"):
        p.choice(Stage)("M+9")


def test_phone_cache_returns_exactly_what_the_domain_returns() -> None:
    rng = random.Random(7)
    prefixes = [
        "01", "02", "03", "04", "05", "06", "07", "09", "0262", "0269", "0590", "0594", "0596",
        "0639", "0690", "0692", "0693", "0694", "0696", "0836", "0800",
        "0400", "0409", "0709", "0708", "0397", "0939", "0976",  # refused, or overseas deeper
    ]  # fmt: skip
    addresses = [(None, None), ("75011", "FR"), ("97410", "FR"), ("97600", None),
                 ("97200", "FR"), ("97150", None), ("20000", "MA")]  # fmt: skip
    book = PhoneBook("FR")
    refused = 0
    for _ in range(6000):
        prefix = rng.choice(prefixes)
        # Few blocks after the long prefixes, so that blocks (valid or not) are met again.
        block = rng.choice(["07", "12", "20", "45", "83", "99"]) if len(prefix) == 4 else ""
        digits = prefix + block
        digits += "".join(rng.choice("0123456789") for _ in range(10 - len(digits)))
        spaced = " ".join(digits[i : i + 2] for i in range(0, 10, 2))
        raw = rng.choice([digits, digits, spaced, "+33" + digits[1:], f" {digits} ",
                          spaced.replace(" ", "."), spaced.replace(" ", "\u00a0"),
                          "0033" + digits[1:], "+33 " + spaced[1:], digits[:-1],
                          digits + "1", "(+33) " + spaced[1:], "+262" + digits[1:]])  # fmt: skip
        postal, country = rng.choice(addresses)
        want = normalise_phone(raw, "FR", postal_code=postal, country=country)
        if rng.random() < 0.5:
            got = book.normalise(raw, postal_code=postal, country=country)
            assert (got.raw, got.e164, got.valid, got.region, got.phone_type, got.time_zones,
                    got.error, got.message) == (want.raw, want.e164, want.valid, want.region,
                                                want.phone_type, want.time_zones, want.error,
                                                want.message), raw  # fmt: skip
        else:  # what an import keeps of it
            fields = book.fields(raw, postal_code=postal, country=country)
            assert fields == (want.e164 if want.valid else None, want.phone_type.value,
                              want.time_zones), raw  # fmt: skip
        refused += not want.valid
    assert book.hits > 1500  # the cache was used, and agreed every time
    assert refused > 1000  # refused numbers too
