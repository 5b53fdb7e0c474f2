"""The fast French-plan parse (only the territories whose ranges can hold the number) gives
exactly what the exhaustive search (every overseas territory, every time) gave."""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from telerecouv.domain import phones
from telerecouv.domain.phones import OVERSEAS_REGIONS, PhoneNumber, normalise_phone

# An address in each territory of the French plan, the mainland, Morocco, none.
ADDRESSES: list[tuple[str | None, str | None]] = [
    (None, None), ("75011", "FR"), ("97410", "FR"), ("97600", None), ("97100", "FR"),
    ("97133", "FR"), ("97150", None), ("97200", "FR"), ("97300", "FR"), ("20000", "MA"),
    ("20250", None),
]  # fmt: skip
OVERSEAS_BLOCKS = sorted(phones._OVERSEAS_BLOCKS)


def _fields(number: PhoneNumber) -> tuple[object, ...]:
    return (number.raw, number.e164, number.valid, number.region, number.phone_type,
            number.time_zones, number.error, number.message)  # fmt: skip


def _reference(
    raw: str, region: str, postal: str | None, country: str | None
) -> tuple[object, ...]:
    with pytest.MonkeyPatch.context() as patch:
        # The exhaustive search: every overseas territory, whatever the number.
        patch.setattr(phones, "_overseas_candidates", lambda nsn: OVERSEAS_REGIONS)
        return _fields(normalise_phone(raw, region, postal_code=postal, country=country))


def _forms(rng: random.Random, digits: str) -> str:
    """`digits` ("0" + 9 digits, or other lengths) as people and files write it."""
    nsn = digits[1:]
    return rng.choice([
        digits, " ".join(digits[i : i + 2] for i in range(0, len(digits), 2)),
        "+33" + nsn, "+33 " + nsn, "0033" + nsn, "33" + nsn, "+33 0" + nsn,
        "+262" + nsn, "+590" + nsn, "+594" + nsn, "+596" + nsn, "00262" + nsn,
        digits.replace("0", "\u0660"),  # Arabic-Indic digits
    ])  # fmt: skip


def _numbers(rng: random.Random) -> Iterator[str]:
    tail = lambda n: "".join(rng.choice("0123456789") for _ in range(n))  # noqa: E731
    for block in OVERSEAS_BLOCKS:  # every overseas block, down to its ranges of 10^5
        for follow in range(100):
            yield _forms(rng, f"0{block}{follow:02d}{tail(4)}")
    for prefix in range(100, 1000):  # every mainland-looking prefix of three digits
        yield _forms(rng, f"0{prefix}{tail(6)}")
    for _ in range(300):  # too short, too long, no leading zero
        yield _forms(rng, "0" + tail(rng.choice([1, 2, 5, 7, 8, 10, 11, 14, 16])))
        yield tail(rng.choice([9, 10, 11, 12]))


def test_fast_french_parse_equals_the_exhaustive_search() -> None:
    rng = random.Random(2026)
    compared = valid = overseas = 0
    for raw in _numbers(rng):
        postal, country = rng.choice(ADDRESSES)
        got = _fields(normalise_phone(raw, "FR", postal_code=postal, country=country))
        assert got == _reference(raw, "FR", postal, country), (raw, postal, country)
        compared += 1
        valid += bool(got[2])
        overseas += got[3] in OVERSEAS_REGIONS
    assert compared > 2500
    assert valid > 800 and overseas > 400 and compared - valid > 800  # all kinds were met


def test_fast_french_parse_for_an_overseas_organisation() -> None:
    rng = random.Random(974)
    for region in ("RE", "GP", "MQ"):
        for block in OVERSEAS_BLOCKS:
            raw = _forms(rng, f"0{block}{rng.randrange(10**6):06d}")
            postal, country = rng.choice(ADDRESSES)
            got = _fields(normalise_phone(raw, region, postal_code=postal, country=country))
            assert got == _reference(raw, region, postal, country), (raw, region)


def test_candidates_are_the_territories_whose_ranges_hold_the_number() -> None:
    assert phones._overseas_candidates("612345678") == []  # a mainland mobile: no parse
    assert phones._overseas_candidates("692123456") == ["RE"]
    assert phones._overseas_candidates("690123456") == ["GP", "BL", "MF"]  # shared range
    assert phones._overseas_candidates("0612345678") == OVERSEAS_REGIONS  # unusual: all
    assert phones._overseas_candidates("") == OVERSEAS_REGIONS


@settings(max_examples=300, deadline=None)
@given(
    digits=st.text(alphabet="0123456789", min_size=1, max_size=16),
    plus=st.booleans(),
    address=st.sampled_from(ADDRESSES),
)
def test_fast_french_parse_equals_the_exhaustive_search_on_any_digits(
    digits: str, plus: bool, address: tuple[str | None, str | None]
) -> None:
    raw = ("+" if plus else "") + digits
    postal, country = address
    got = _fields(normalise_phone(raw, "FR", postal_code=postal, country=country))
    assert got == _reference(raw, "FR", postal, country)
