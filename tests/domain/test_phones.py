from __future__ import annotations

from zoneinfo import ZoneInfo

import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from phonenumbers import PhoneNumberType
from phonenumbers.timezone import time_zones_for_geographical_number, time_zones_for_number

from telerecouv.domain.enums import PhoneType
from telerecouv.domain.phones import (
    PhoneNumber,
    debtor_time_zones,
    format_national,
    normalise_phone,
    region_for_postal_code,
)

NBSP = "\u00a0"
NNBSP = "\u202f"
PARIS = ("Europe/Paris",)
REUNION = ("Indian/Reunion",)
MAYOTTE = ("Indian/Mayotte",)
BOTH_INDIAN_OCEAN = ("Indian/Mayotte", "Indian/Reunion")
CASABLANCA = ("Africa/Casablanca",)
ERROR_CODES = {"empty", "not_a_number", "invalid_for_region", "too_short", "too_long"}


def assert_valid(
    result: PhoneNumber, e164: str, region: str, phone_type: PhoneType, zones: tuple[str, ...]
) -> None:
    assert (result.valid, result.error, result.message) == (True, None, None)
    assert (result.e164, result.region, result.phone_type) == (e164, region, phone_type)
    assert result.time_zones == zones


class TestLibraryPremises:
    """What phonenumbers says on its own: the reasons for the corrections in phones.py.

    If one of these fails after a library upgrade, re-check the matching correction.
    """

    def test_mobile_zones_are_country_level_so_every_262_mobile_gets_both_zones(self) -> None:
        for e164 in ("+262692123456", "+262639012345"):
            number = phonenumbers.parse(e164)
            assert time_zones_for_number(number) == BOTH_INDIAN_OCEAN

    def test_prefix_zones_split_262_except_the_80_ranges(self) -> None:
        assert time_zones_for_geographical_number(phonenumbers.parse("+262692123456")) == REUNION
        assert time_zones_for_geographical_number(phonenumbers.parse("+262639012345")) == MAYOTTE
        shared = phonenumbers.parse("+262800012345")
        assert time_zones_for_geographical_number(shared) == BOTH_INDIAN_OCEAN
        assert phonenumbers.is_valid_number_for_region(shared, "RE")
        assert phonenumbers.is_valid_number_for_region(shared, "YT")

    def test_morocco_is_put_in_the_canaries(self) -> None:
        assert time_zones_for_number(phonenumbers.parse("+212612345678")) == ("Atlantic/Canary",)

    @pytest.mark.parametrize("national", ["0269601234", "0596612345"])
    def test_some_overseas_landlines_pass_as_metropolitan(self, national: str) -> None:
        assert phonenumbers.is_valid_number(phonenumbers.parse(national, "FR"))

    @pytest.mark.parametrize("national", ["0692123456", "0639012345", "0690123456"])
    def test_overseas_mobiles_are_invalid_as_fr(self, national: str) -> None:
        assert not phonenumbers.is_valid_number(phonenumbers.parse(national, "FR"))


class TestMetropolitanFrance:
    @pytest.mark.parametrize(
        "raw",
        [
            "06 12 34 56 78",
            "06.12.34.56.78",
            "0612345678",
            "06-12-34-56-78",
            "06/12/34/56/78",
            f"06{NBSP}12{NBSP}34{NBSP}56{NBSP}78",
            f"06{NNBSP}12{NNBSP}34{NNBSP}56{NNBSP}78",
            "  06 12 34 56 78  ",
            "6 12 34 56 78",
            "+33 6 12 34 56 78",
            "+33612345678",
            "+33 (0)6 12 34 56 78",
            "+33(0)612345678",
            "+33 06 12 34 56 78",
            "0033 6 12 34 56 78",
            "00 33 6 12 34 56 78",
            "0033612345678",
            "00.33.6.12.34.56.78",
            "33612345678",
        ],
    )
    def test_every_written_form_gives_the_same_e164(self, raw: str) -> None:
        result = normalise_phone(raw)
        assert_valid(result, "+33612345678", "FR", PhoneType.MOBILE, PARIS)
        assert result.raw == raw

    @pytest.mark.parametrize(
        ("raw", "e164", "phone_type"),
        [
            ("01 23 45 67 89", "+33123456789", PhoneType.LANDLINE),
            ("05 22 12 34 56", "+33522123456", PhoneType.LANDLINE),
            ("07 56 12 34 56", "+33756123456", PhoneType.MOBILE),
            ("09 70 12 34 56", "+33970123456", PhoneType.VOIP),
            ("0800 12 34 56", "+33800123456", PhoneType.OTHER),  # toll-free
            ("0809 12 34 56", "+33809123456", PhoneType.OTHER),  # shared cost, all territories
        ],
    )
    def test_types(self, raw: str, e164: str, phone_type: PhoneType) -> None:
        assert_valid(normalise_phone(raw), e164, "FR", phone_type, PARIS)


# raw (national, as written in France), E.164, region, type, zones
OVERSEAS = [
    ("0692 12 34 56", "+262692123456", "RE", PhoneType.MOBILE, REUNION),
    ("0693 12 34 56", "+262693123456", "RE", PhoneType.MOBILE, REUNION),
    ("0262 21 23 45", "+262262212345", "RE", PhoneType.LANDLINE, REUNION),
    ("0263 01 23 45", "+262263012345", "RE", PhoneType.LANDLINE, REUNION),
    ("0639 01 23 45", "+262639012345", "YT", PhoneType.MOBILE, MAYOTTE),
    ("0269 60 12 34", "+262269601234", "YT", PhoneType.LANDLINE, MAYOTTE),
    ("0690 12 34 56", "+590690123456", "GP", PhoneType.MOBILE, ("America/Guadeloupe",)),
    ("0691 28 12 34", "+590691281234", "GP", PhoneType.MOBILE, ("America/Guadeloupe",)),
    ("0590 21 23 45", "+590590212345", "GP", PhoneType.LANDLINE, ("America/Guadeloupe",)),
    ("0696 12 34 56", "+596696123456", "MQ", PhoneType.MOBILE, ("America/Martinique",)),
    ("0697 12 34 56", "+596697123456", "MQ", PhoneType.MOBILE, ("America/Martinique",)),
    ("0596 61 23 45", "+596596612345", "MQ", PhoneType.LANDLINE, ("America/Martinique",)),
    ("0694 20 12 34", "+594694201234", "GF", PhoneType.MOBILE, ("America/Cayenne",)),
    ("0594 30 12 34", "+594594301234", "GF", PhoneType.LANDLINE, ("America/Cayenne",)),
    # Not in the block table: found because the mainland rejects it (new 0709 mobiles).
    ("0709 20 12 34", "+262709201234", "RE", PhoneType.MOBILE, REUNION),
]


class TestOverseasDepartments:
    @pytest.mark.parametrize(("raw", "e164", "region", "phone_type", "zones"), OVERSEAS)
    def test_national_form_for_a_french_organisation(
        self, raw: str, e164: str, region: str, phone_type: PhoneType, zones: tuple[str, ...]
    ) -> None:
        assert_valid(normalise_phone(raw, "FR"), e164, region, phone_type, zones)

    @pytest.mark.parametrize(("raw", "e164", "region", "phone_type", "zones"), OVERSEAS)
    def test_international_form_from_any_organisation(
        self, raw: str, e164: str, region: str, phone_type: PhoneType, zones: tuple[str, ...]
    ) -> None:
        for default_region in ("FR", "MA", "RE"):
            result = normalise_phone(e164, default_region)
            assert_valid(result, e164, region, phone_type, zones)

    @pytest.mark.parametrize("prefix", ["+33 ", "0033 ", "+33 (0)"])
    @pytest.mark.parametrize(("raw", "e164", "region", "phone_type", "zones"), OVERSEAS)
    def test_written_with_33_by_mistake(
        self,
        prefix: str,
        raw: str,
        e164: str,
        region: str,
        phone_type: PhoneType,
        zones: tuple[str, ...],
    ) -> None:
        mistaken = prefix + raw.replace(" ", "")[1:]  # "+33 692123456"
        for default_region in ("FR", "MA"):
            result = normalise_phone(mistaken, default_region)
            assert_valid(result, e164, region, phone_type, zones)

    @pytest.mark.parametrize(
        ("raw", "e164"),
        [
            ("+262 (0)692 12 34 56", "+262692123456"),
            ("00262 692 12 34 56", "+262692123456"),
            ("262692123456", "+262692123456"),
            ("+590 (0)590 21 23 45", "+590590212345"),
        ],
    )
    def test_other_international_forms(self, raw: str, e164: str) -> None:
        for default_region in ("FR", "MA"):
            assert normalise_phone(raw, default_region).e164 == e164

    def test_an_organisation_overseas_still_reads_metropolitan_numbers(self) -> None:
        assert_valid(normalise_phone("06 12 34 56 78", "RE"), "+33612345678", "FR",
                     PhoneType.MOBILE, PARIS)  # fmt: skip
        assert_valid(normalise_phone("0692 12 34 56", "re"), "+262692123456", "RE",
                     PhoneType.MOBILE, REUNION)  # fmt: skip

    @pytest.mark.parametrize(
        ("postal_code", "country", "region", "zones"),
        [
            (None, None, "GP", ("America/Guadeloupe",)),
            ("97100", None, "GP", ("America/Guadeloupe",)),
            ("97150", None, "MF", ("America/Marigot",)),
            ("97133", "FR", "BL", ("America/St_Barthelemy",)),
            (None, "MF", "MF", ("America/Marigot",)),
            ("97400", None, "GP", ("America/Guadeloupe", "Indian/Reunion")),  # not a candidate
        ],
    )
    def test_shared_prefix_settled_by_the_address(
        self, postal_code: str | None, country: str | None, region: str, zones: tuple[str, ...]
    ) -> None:
        result = normalise_phone("0690 12 34 56", postal_code=postal_code, country=country)
        assert_valid(result, "+590690123456", region, PhoneType.MOBILE, zones)

    def test_shared_voip_prefix_stays_french_but_adds_the_address_zone(self) -> None:
        result = normalise_phone("0976 30 12 34", postal_code="97300")
        assert_valid(result, "+33976301234", "FR", PhoneType.VOIP,
                     ("America/Cayenne", "Europe/Paris"))  # fmt: skip


class TestMorocco:
    @pytest.mark.parametrize(
        "raw",
        [
            "0612345678",
            "06 12 34 56 78",
            "06.12.34.56.78",
            "06-12-34-56-78",
            "+212 6 12 34 56 78",
            "+212612345678",
            "+212 (0)6 12 34 56 78",
            "00212 6 12 34 56 78",
            "00212612345678",
            "212612345678",
            "٠٦١٢٣٤٥٦٧٨",  # Arabic-Indic digits
        ],
    )
    def test_mobile_forms(self, raw: str) -> None:
        assert_valid(normalise_phone(raw, "MA"), "+212612345678", "MA", PhoneType.MOBILE,
                     CASABLANCA)  # fmt: skip

    @pytest.mark.parametrize(
        ("raw", "e164", "phone_type"),
        [
            ("0712345678", "+212712345678", PhoneType.MOBILE),
            ("0522 12 34 56", "+212522123456", PhoneType.LANDLINE),
            ("05 37 12 34 56", "+212537123456", PhoneType.LANDLINE),
        ],
    )
    def test_types(self, raw: str, e164: str, phone_type: PhoneType) -> None:
        assert_valid(normalise_phone(raw, "MA"), e164, "MA", phone_type, CASABLANCA)

    def test_national_zero_means_morocco_for_a_moroccan_organisation(self) -> None:
        assert normalise_phone("0690 12 34 56", "MA").e164 == "+212690123456"

    def test_postal_code_without_country_is_moroccan(self) -> None:
        # 20250 is Casablanca, not Corsica, for a Moroccan organisation.
        result = normalise_phone("06 12 34 56 78", "MA", postal_code="20250")
        assert result.time_zones == CASABLANCA


class TestCrossRegion:
    @pytest.mark.parametrize(
        ("raw", "default_region", "e164", "region", "zones"),
        [
            ("+33 6 12 34 56 78", "MA", "+33612345678", "FR", PARIS),
            ("0033 6 12 34 56 78", "MA", "+33612345678", "FR", PARIS),
            ("+33 1 23 45 67 89", "MA", "+33123456789", "FR", PARIS),
            ("+262 692 12 34 56", "MA", "+262692123456", "RE", REUNION),
            ("+212 6 12 34 56 78", "FR", "+212612345678", "MA", CASABLANCA),
            ("00212 6 12 34 56 78", "FR", "+212612345678", "MA", CASABLANCA),
            ("00212 5 22 12 34 56", "FR", "+212522123456", "MA", CASABLANCA),
            ("212612345678", "FR", "+212612345678", "MA", CASABLANCA),
            ("٠٠٢١٢ ٦١٢٣٤٥٦٧٨", "FR", "+212612345678", "MA", CASABLANCA),  # Arabic-Indic
            ("+32 470 12 34 56", "FR", "+32470123456", "BE", ("Europe/Brussels",)),
            ("+44 (0)20 7946 0958", "MA", "+442079460958", "GB", ("Europe/London",)),
        ],
    )
    def test_international_forms(
        self, raw: str, default_region: str, e164: str, region: str, zones: tuple[str, ...]
    ) -> None:
        result = normalise_phone(raw, default_region)
        assert (result.valid, result.e164, result.region, result.time_zones) == (
            True, e164, region, zones,
        )  # fmt: skip


class TestInvalid:
    @pytest.mark.parametrize(
        ("raw", "default_region", "error", "message"),
        [
            ("", "FR", "empty", "No phone number given"),
            ("   ", "MA", "empty", "No phone number given"),
            ("abc", "FR", "not_a_number", "abc is not a phone number"),
            ("inconnu", "MA", "not_a_number", "inconnu is not a phone number"),
            ("06 12 AB 56 78", "FR", "not_a_number", "06 12 AB 56 78 is not a phone number"),
            ("0800 FLOWERS", "FR", "not_a_number", "0800 FLOWERS is not a phone number"),
            ("06 12 34 56 78 poste 12", "FR", "not_a_number", None),
            ("--", "FR", "not_a_number", "-- is not a phone number"),
            ("06+12 34 56 78", "FR", "not_a_number", None),
            ("0", "FR", "too_short", "0 is too short for a French number"),
            ("0612", "FR", "too_short", "0612 is too short for a French number"),
            ("0692 12 34", "FR", "too_short", "0692 12 34 is too short for a Réunion number"),
            ("0639 01 23", "FR", "too_short", "0639 01 23 is too short for a Mayotte number"),
            ("06 12 34", "MA", "too_short", "06 12 34 is too short for a Moroccan number"),
            ("+33 6 12", "MA", "too_short", "+33 6 12 is too short for a French number"),
            ("061234567890", "FR", "too_long", "061234567890 is too long for a French number"),
            ("06 12 34 56 78 9", "MA", "too_long", None),
            ("0700000000", "FR", "invalid_for_region", "0700000000 is not a valid French number"),
            ("0269 10 12 34", "FR", "invalid_for_region",
             "0269 10 12 34 is not a valid Mayotte number"),
            ("+262 269 10 12 34", "FR", "invalid_for_region",
             "+262 269 10 12 34 is not a valid Mayotte number"),
            ("0912345678", "MA", "invalid_for_region",
             "0912345678 is not a valid Moroccan number"),
            ("+212 4 12 34 56 78", "FR", "invalid_for_region", None),
            ("+999 123456", "FR", "invalid_for_region", "+999 123456 has no known country code"),
        ],
    )  # fmt: skip
    def test_error_code_and_message(
        self, raw: str, default_region: str, error: str, message: str | None
    ) -> None:
        result = normalise_phone(raw, default_region)
        assert (result.valid, result.e164, result.region) == (False, None, None)
        assert result.phone_type is PhoneType.UNKNOWN
        assert result.error == error
        assert result.message is not None
        if message is not None:
            assert result.message == message
        assert result.raw == raw

    def test_zones_of_an_invalid_number_come_from_the_address(self) -> None:
        assert normalise_phone("0692 12 34", postal_code="97400").time_zones == REUNION
        assert normalise_phone("abc", "MA").time_zones == CASABLANCA
        assert normalise_phone("abc").time_zones == PARIS

    def test_unknown_organisation_region_is_a_configuration_error(self) -> None:
        with pytest.raises(ValueError, match="unknown region"):
            normalise_phone("0612345678", "XX")
        with pytest.raises(ValueError, match="unknown region"):
            debtor_time_zones(None, default_region="")


class TestPhoneType:
    def test_fixed_line_or_mobile_is_other_outside_the_french_and_moroccan_plans(self) -> None:
        number = phonenumbers.parse("+12015550123")
        assert phonenumbers.number_type(number) == PhoneNumberType.FIXED_LINE_OR_MOBILE
        assert normalise_phone("+1 201 555 0123").phone_type is PhoneType.OTHER

    @pytest.mark.parametrize(
        ("raw", "expected"),
        [
            ("06 12 34 56 78", PhoneType.MOBILE),
            ("01 23 45 67 89", PhoneType.OTHER),
            ("+212 6 12 34 56 78", PhoneType.MOBILE),
            ("+212 5 22 12 34 56", PhoneType.OTHER),
        ],
    )
    def test_fixed_line_or_mobile_uses_the_mobile_prefix(
        self, monkeypatch: pytest.MonkeyPatch, raw: str, expected: PhoneType
    ) -> None:
        monkeypatch.setattr(
            phonenumbers, "number_type", lambda _: PhoneNumberType.FIXED_LINE_OR_MOBILE
        )
        assert normalise_phone(raw).phone_type is expected


class TestDebtorTimeZones:
    @pytest.mark.parametrize(
        ("e164", "postal_code", "country", "default_region", "expected"),
        [
            ("+33612345678", None, None, "FR", PARIS),
            ("+33123456789", None, None, "MA", PARIS),
            ("+262692123456", None, None, "FR", REUNION),
            ("+262262212345", None, None, "FR", REUNION),
            ("+262639012345", None, None, "FR", MAYOTTE),
            ("+262269601234", None, None, "FR", MAYOTTE),
            ("+590690123456", None, None, "FR", ("America/Guadeloupe",)),
            ("+596596612345", None, None, "FR", ("America/Martinique",)),
            ("+594694201234", None, None, "FR", ("America/Cayenne",)),
            ("+212612345678", None, None, "FR", CASABLANCA),  # not Atlantic/Canary
            ("+212522123456", None, None, "MA", CASABLANCA),
            # +262 80… is valid for both Réunion and Mayotte: the address decides.
            ("+262800012345", None, None, "FR", BOTH_INDIAN_OCEAN),
            ("+262800012345", "97400", None, "FR", REUNION),
            ("+262800012345", "97600", None, "FR", MAYOTTE),
            ("+262800012345", "97600", "FR", "FR", MAYOTTE),
            ("+262800012345", None, "RE", "FR", REUNION),
            ("+262800012345", None, "YT", "FR", MAYOTTE),
            # A landline stays put; a mobile may travel: the address's zone is added.
            ("+262262212345", "97600", None, "FR", REUNION),
            ("+33123456789", "97400", None, "FR", PARIS),
            ("+262692123456", "97600", None, "FR", BOTH_INDIAN_OCEAN),
            ("+33612345678", "97400", None, "FR", ("Europe/Paris", "Indian/Reunion")),
            ("+33612345678", "75011", None, "FR", PARIS),
            ("+212612345678", None, "FR", "MA", ("Africa/Casablanca", "Europe/Paris")),
            # No valid number: the address, then the organisation's region.
            (None, "97400", None, "FR", REUNION),
            (None, "97600", None, "FR", MAYOTTE),
            (None, "97100", None, "FR", ("America/Guadeloupe",)),
            (None, "97200", None, "FR", ("America/Martinique",)),
            (None, "97300", None, "FR", ("America/Cayenne",)),
            (None, "75001", None, "FR", PARIS),
            (None, None, "MA", "FR", CASABLANCA),
            (None, None, "BE", "FR", ("Europe/Brussels",)),
            (None, "20250", None, "MA", CASABLANCA),
            (None, "20250", None, "FR", PARIS),  # Corsica
            (None, None, None, "FR", PARIS),
            (None, None, None, "MA", CASABLANCA),
            (None, None, None, "RE", REUNION),
            ("", None, None, "FR", PARIS),
            ("not a number", "97600", None, "FR", MAYOTTE),
            ("+262639123456", "97600", None, "FR", MAYOTTE),  # unassigned range: invalid
            ("+262639123456", None, None, "MA", CASABLANCA),
        ],
    )
    def test_zones(
        self,
        e164: str | None,
        postal_code: str | None,
        country: str | None,
        default_region: str,
        expected: tuple[str, ...],
    ) -> None:
        zones = debtor_time_zones(
            e164, postal_code=postal_code, country=country, default_region=default_region
        )
        assert zones == expected
        for zone in zones:
            ZoneInfo(zone)  # a real IANA key

    def test_agrees_with_normalise_phone(self) -> None:
        for raw, *_ in OVERSEAS:
            for postal_code in (None, "97400", "97600", "75001"):
                result = normalise_phone(raw, postal_code=postal_code)
                assert result.time_zones == debtor_time_zones(result.e164, postal_code=postal_code)


class TestFormatNational:
    @pytest.mark.parametrize(
        ("e164", "default_region", "expected"),
        [
            ("+33612345678", None, "06 12 34 56 78"),
            ("+33123456789", None, "01 23 45 67 89"),
            ("+262692123456", None, "0692 12 34 56"),
            ("+596596612345", None, "0596 61 23 45"),
            ("+212612345678", None, "06 12 34 56 78"),
            ("+212522123456", None, "05 22 12 34 56"),
            ("+33612345678", "FR", "06 12 34 56 78"),
            ("+262692123456", "FR", "0692 12 34 56"),  # same national plan
            ("+33612345678", "RE", "06 12 34 56 78"),
            ("+212612345678", "MA", "06 12 34 56 78"),
            ("+33612345678", "MA", "+33 6 12 34 56 78"),
            ("+262692123456", "MA", "+262 692 12 34 56"),
            ("+212612345678", "FR", "+212 6 12 34 56 78"),
            ("not a number", None, "not a number"),
            ("", None, ""),
        ],
    )
    def test_display(self, e164: str, default_region: str | None, expected: str) -> None:
        assert format_national(e164, default_region=default_region) == expected


class TestRegionForPostalCode:
    @pytest.mark.parametrize(
        ("postal_code", "country", "expected"),
        [
            ("97400", None, "RE"),
            ("97 490", None, "RE"),
            ("97600", None, "YT"),
            ("97100", None, "GP"),
            ("97133", None, "BL"),
            ("97150", None, "MF"),
            ("97200", None, "MQ"),
            ("97300", None, "GF"),
            ("75001", None, "FR"),
            ("20000", None, "FR"),
            ("98000", None, "MC"),
            ("97400", "FR", "RE"),
            ("97400", "France", "RE"),
            ("75001", "fr", "FR"),
            ("20000", "MA", "MA"),
            ("20000", "Maroc", "MA"),
            (None, "MA", "MA"),
            (None, "RE", "RE"),
            ("1000", "BE", "BE"),
            (None, "FR", "FR"),
            (None, None, None),
            ("974", None, None),
            ("ABCDE", None, None),
            ("", "", None),
            (None, "Atlantis", None),
        ],
    )
    def test_region(self, postal_code: str | None, country: str | None, expected: str) -> None:
        assert region_for_postal_code(postal_code, country) == expected


class TestProperties:
    @settings(max_examples=300, deadline=None)
    @given(raw=st.text(max_size=30), default_region=st.sampled_from(["FR", "MA", "RE"]))
    def test_never_raises_and_is_consistent(self, raw: str, default_region: str) -> None:
        result = normalise_phone(raw, default_region)
        assert result.valid == (result.e164 is not None) == (result.error is None)
        assert result.valid == (result.region is not None) == (result.message is None)
        assert result.error is None or result.error in ERROR_CODES
        assert result.time_zones

    @settings(max_examples=300, deadline=None)
    @given(
        national=st.from_regex(r"0[1-9][0-9]{8}", fullmatch=True),
        default_region=st.sampled_from(["FR", "MA"]),
    )
    def test_e164_is_a_fixed_point(self, national: str, default_region: str) -> None:
        first = normalise_phone(national, default_region)
        if not first.valid:
            assert first.error in ERROR_CODES
            return
        assert first.e164 is not None
        again = normalise_phone(first.e164, "FR" if default_region == "MA" else "MA")
        assert (again.e164, again.region, again.phone_type) == (
            first.e164, first.region, first.phone_type,
        )  # fmt: skip
        assert again.time_zones == first.time_zones == debtor_time_zones(first.e164)
        assert normalise_phone(format_national(first.e164), default_region).e164 == first.e164
