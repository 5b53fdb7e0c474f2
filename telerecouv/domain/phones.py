"""Phone numbers: parsing, validation, E.164 storage and the debtor's time zones.

SPEC.md §3.4 (calling windows in the debtor's local time) and §3.8 (numbers parsed for the
organisation's region, stored in E.164). Built on `phonenumbers`, corrected where French and
Moroccan recovery needs it: the overseas departments share the French national plan (and the
library takes 0269… Mayotte and 0596… Martinique for metropolitan landlines), its time zones are
country-level for every mobile (both Réunion and Mayotte for any +262 mobile), and it puts
Morocco in "Atlantic/Canary".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

import phonenumbers
from phonenumbers import NumberParseException, PhoneMetadata, PhoneNumberFormat, PhoneNumberType
from phonenumbers import PhoneNumber as _Number
from phonenumbers import ValidationResult as _Possible
from phonenumbers.timezone import (
    UNKNOWN_TIMEZONE,
    _country_level_time_zones_for_number,
    time_zones_for_number,
)

from telerecouv.domain.enums import PhoneType

# Territories of the French national plan outside the mainland, in order of preference.
OVERSEAS_REGIONS: tuple[str, ...] = ("RE", "YT", "GP", "BL", "MF", "MQ", "GF")
_FRENCH_PLAN = frozenset({"FR", *OVERSEAS_REGIONS})
_FRENCH_PLAN_CODES = frozenset({33, 262, 590, 594, 596})
_MOBILE_FIRST_DIGITS = {33: "67", 262: "67", 590: "67", 594: "67", 596: "67", 212: "67"}

# Blocks reserved for the overseas departments (three digits after the "0").
_OVERSEAS_BLOCKS: dict[str, str] = {
    "262": "RE", "263": "RE", "692": "RE", "693": "RE", "269": "YT", "639": "YT",
    "590": "GP", "690": "GP", "691": "GP", "596": "MQ", "696": "MQ", "697": "MQ",
    "594": "GF", "694": "GF",
}  # fmt: skip

# Zones we trust over the library's; other regions use its country-level data.
_REGION_ZONES: dict[str, tuple[str, ...]] = {
    "FR": ("Europe/Paris",), "RE": ("Indian/Reunion",), "YT": ("Indian/Mayotte",),
    "GP": ("America/Guadeloupe",), "BL": ("America/St_Barthelemy",),
    "MF": ("America/Marigot",), "MQ": ("America/Martinique",), "GF": ("America/Cayenne",),
    "MA": ("Africa/Casablanca",), "EH": ("Africa/El_Aaiun",),
}  # fmt: skip
_ZONE_FIXES: dict[tuple[int, str], str] = {(212, "Atlantic/Canary"): "Africa/Casablanca"}

# French postal codes outside the mainland (first three digits), plus two exact codes.
_POSTAL_PREFIXES: dict[str, str] = {
    "971": "GP", "972": "MQ", "973": "GF", "974": "RE", "975": "PM", "976": "YT",
    "977": "BL", "978": "MF", "980": "MC", "986": "WF", "987": "PF", "988": "NC",
}  # fmt: skip
_POSTAL_EXACT: dict[str, str] = {"97133": "BL", "97150": "MF"}
_COUNTRY_ALIASES = {"FRANCE": "FR", "FRA": "FR", "MAROC": "MA", "MOROCCO": "MA", "MAR": "MA"}

_REGION_NAMES: dict[str, str] = {
    "FR": "French", "RE": "Réunion", "YT": "Mayotte", "GP": "Guadeloupe",
    "BL": "Saint-Barthélemy", "MF": "Saint-Martin", "MQ": "Martinique",
    "GF": "French Guiana", "MA": "Moroccan",
}  # fmt: skip
_MESSAGES: dict[str, str] = {
    "empty": "No phone number given",
    "not_a_number": "{shown} is not a phone number",
    "too_short": "{shown} is too short for a {name} number",
    "too_long": "{shown} is too long for a {name} number",
    "invalid_for_region": "{shown} is not a valid {name} number",
}

# Digits with the separators people type: spaces (incl. non-breaking), dots, dashes, slashes.
_ALLOWED = re.compile(r"\+?[\d\s.\-/()\u2010-\u2015]+")
_POSSIBLE_ERRORS = {_Possible.TOO_SHORT: "too_short", _Possible.IS_POSSIBLE_LOCAL_ONLY: "too_short",
                    _Possible.TOO_LONG: "too_long"}  # fmt: skip
_PARSE_ERRORS = {  # NOT_A_NUMBER comes after letters were rejected: too few digits
    NumberParseException.NOT_A_NUMBER: "too_short", NumberParseException.TOO_LONG: "too_long",
    NumberParseException.TOO_SHORT_NSN: "too_short",
    NumberParseException.TOO_SHORT_AFTER_IDD: "too_short",
}  # fmt: skip
_TYPES = {PhoneNumberType.MOBILE: PhoneType.MOBILE, PhoneNumberType.FIXED_LINE: PhoneType.LANDLINE,
          PhoneNumberType.VOIP: PhoneType.VOIP}  # fmt: skip


@dataclass(frozen=True)
class PhoneNumber:
    raw: str
    e164: str | None  # "+262692123456", None when invalid
    valid: bool
    region: str | None  # ISO region ("FR", "RE", "MA", …); None when invalid
    phone_type: PhoneType
    time_zones: tuple[str, ...]  # IANA zones, sorted; several when the location is ambiguous
    error: str | None  # "empty", "not_a_number", "invalid_for_region", "too_short", "too_long"
    message: str | None  # short English explanation naming the problem


class _ParseError(Exception):
    """Internal: why a text is not a valid number, and which region it was read for."""

    def __init__(self, code: str, region: str | None = None) -> None:
        super().__init__(code)
        self.code = code
        self.region = region


def normalise_phone(
    raw: str,
    default_region: str = "FR",
    *,
    postal_code: str | None = None,
    country: str | None = None,
) -> PhoneNumber:
    """Parse a number as typed or imported, for an organisation in `default_region`.

    Never raises on bad input: an invalid number comes back with `valid=False`, an error code
    and a message (an unknown `default_region` is a configuration error: ValueError). The
    debtor's address picks the territory when several share a number, and feeds the zones.
    """
    default = _checked_region(default_region)
    shown = (raw or "").strip()
    address = _address_region(postal_code, country, default)
    try:
        number, region = _parse(shown, default, address)
    except _ParseError as problem:
        name = _REGION_NAMES.get(problem.region or "", problem.region or "phone")
        message = _MESSAGES[problem.code].format(shown=shown, name=name)
        if problem.code == "invalid_for_region" and problem.region is None:
            message = f"{shown} has no known country code"
        zones = _region_zones(address) or _region_zones(default)
        return PhoneNumber(raw, None, False, None, PhoneType.UNKNOWN, zones, problem.code, message)
    e164 = phonenumbers.format_number(number, PhoneNumberFormat.E164)
    kind = _phone_type(number)
    zones = _number_zones(number, address, kind)
    return PhoneNumber(raw, e164, True, region, kind, zones, None, None)


def debtor_time_zones(
    e164: str | None,
    *,
    postal_code: str | None = None,
    country: str | None = None,
    default_region: str = "FR",
) -> tuple[str, ...]:
    """IANA zones the debtor may be in; a call must fit all of them (SPEC.md §3.4).

    A valid number decides, the address settling ranges shared by several territories
    (+262 between Réunion and Mayotte); a non-landline number whose address lies elsewhere adds
    the address's zone. With no valid number the address decides, then the organisation's region.
    """
    default = _checked_region(default_region)
    address = _address_region(postal_code, country, default)
    number = _parse_e164(e164)
    if number is not None and phonenumbers.is_valid_number(number):
        return _number_zones(number, address)
    return _region_zones(address) or _region_zones(default)


def format_national(e164: str, *, default_region: str | None = None) -> str:
    """Display form: "06 12 34 56 78", "0692 12 34 56".

    With `default_region`, a number that cannot be dialled nationally from there (a French
    number for a Moroccan organisation) is shown internationally: "+33 6 12 34 56 78".
    Text that is not a number comes back unchanged.
    """
    number = _parse_e164(e164)
    if number is None:
        return e164
    if default_region is not None:
        own = phonenumbers.country_code_for_region(default_region.strip().upper())
        code = _code(number)
        if own != code and not {own, code} <= _FRENCH_PLAN_CODES:
            return phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
    return phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)


def region_for_postal_code(postal_code: str | None, country: str | None = None) -> str | None:
    """Region of an address: "974xx" → "RE", "976xx" → "YT", "75001" → "FR", country "MA" → "MA"."""
    region = _normalise_country(country)
    if region is not None and region != "FR":
        return region
    code = re.sub(r"\s", "", postal_code or "")
    if not re.fullmatch(r"\d{5}", code):
        return region
    return _POSTAL_EXACT.get(code) or _POSTAL_PREFIXES.get(code[:3], "FR")


# --- parsing -------------------------------------------------------------------------------


def _parse(text: str, default: str, address: str | None) -> tuple[_Number, str]:
    """The valid number written in `text` and its region, or raise `_ParseError`."""
    if not text:
        raise _ParseError("empty")
    digits = "".join(str(unicodedata.decimal(char)) for char in text if char.isdecimal())
    if not digits or not _ALLOWED.fullmatch(text):
        raise _ParseError("not_a_number")
    if text.startswith("+"):
        return _parse_international(digits, address)
    if digits.startswith("00"):  # the international prefix of France and Morocco
        return _parse_international(digits[2:], address)
    if not digits.startswith("0") and len(digits) >= 11:  # "33612345678", "212612345678"
        try:
            return _parse_international(digits, address)
        except _ParseError:
            pass
    if default in _FRENCH_PLAN:
        return _parse_french(digits.removeprefix("0"), address)
    number = _try_parse(digits, default)
    return _accept(number, address, default)


def _parse_international(digits: str, address: str | None) -> tuple[_Number, str]:
    number = _try_parse("+" + digits, None)
    nsn = phonenumbers.national_significant_number(number)
    if _code(number) == 33:  # "+33 6 92 …" is a Réunion mobile dialled the wrong way
        return _parse_french(nsn, address)
    block = _OVERSEAS_BLOCKS.get(nsn[:3])  # names Mayotte for an invalid "+262 269 …"
    same_code = block is not None and phonenumbers.country_code_for_region(block) == _code(number)
    return _accept(number, address, block if same_code else None)


def _parse_french(nsn: str, address: str | None) -> tuple[_Number, str]:
    """A number of the French plan, without its leading "0".

    The overseas territories are tried when the mainland rejects the number, and an overseas
    block (0692…, 0269…) never means the mainland, although the library accepts 0269… and
    0596… as metropolitan landlines. The debtor's address settles prefixes several
    territories share (0690… between Guadeloupe, Saint-Martin and Saint-Barthélemy).
    """
    overseas: dict[str, _Number] = {}
    for region in _overseas_candidates(nsn):
        try:
            candidate = phonenumbers.parse("0" + nsn, region)
        except NumberParseException:
            continue
        if phonenumbers.is_valid_number_for_region(candidate, region):
            overseas[region] = candidate
    block = _OVERSEAS_BLOCKS.get(nsn[:3])
    mainland = _try_parse("0" + nsn, "FR")
    if overseas and not phonenumbers.is_valid_number(mainland):
        chosen = address if address in overseas else next(iter(overseas))
        return overseas[chosen], chosen
    region = block or "FR"  # an overseas block is never read as the mainland
    # Parsing is deterministic: the mainland reading is the one just made.
    return _accept(mainland if region == "FR" else _try_parse("0" + nsn, region), address, region)


# Every kind of number the library knows for a region: a number it calls valid there matches
# one of these descriptions (phonenumbers' _number_type_helper returns UNKNOWN otherwise).
_NUMBER_KINDS = ("premium_rate", "toll_free", "shared_cost", "voip", "personal_number", "pager",
                 "uan", "voicemail", "fixed_line", "mobile")  # fmt: skip


def _region_pattern(region: str) -> re.Pattern[str]:
    """One pattern matching the national significant numbers valid in `region` (a superset
    of them: lengths are not checked)."""
    metadata = PhoneMetadata.metadata_for_region(region)
    assert metadata is not None, region
    patterns = [
        desc.national_number_pattern
        for desc in (getattr(metadata, kind, None) for kind in _NUMBER_KINDS)
        if desc is not None and desc.national_number_pattern
    ]
    return re.compile("|".join(f"(?:{pattern})" for pattern in patterns) or "(?!)")


_OVERSEAS_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (region, _region_pattern(region)) for region in OVERSEAS_REGIONS
)


def _overseas_candidates(nsn: str) -> Sequence[str]:
    """The overseas territories where "0" + `nsn` may be valid, in order of preference.

    Parsing "0" + digits for a territory of the French plan (national prefix "0",
    international prefix "00", country codes that cannot start with "0") gives a number of the
    territory's country code whose significant number is `nsn` (prefix stripped) or "0" + `nsn`
    (kept): a territory none of whose descriptions matches either cannot validate it, and is
    not worth parsing for (a parse and a validation cost ~100 µs; the match ~1 µs).
    Anything else (empty, a leading "0", non-ASCII digits) tries every territory, as before.
    """
    if not nsn or nsn[0] == "0" or not (nsn.isascii() and nsn.isdigit()):
        return OVERSEAS_REGIONS
    kept = "0" + nsn
    return [
        region
        for region, pattern in _OVERSEAS_PATTERNS
        if pattern.fullmatch(nsn) or pattern.fullmatch(kept)
    ]


def _try_parse(text: str, region: str | None) -> _Number:
    try:
        return phonenumbers.parse(text, region)
    except NumberParseException as exc:
        raise _ParseError(_PARSE_ERRORS.get(exc.error_type, "invalid_for_region"), region) from exc


def _accept(number: _Number, address: str | None, region: str | None = None) -> tuple[_Number, str]:
    """`number` with its region (the address's when shared), or raise why it is invalid."""
    regions = _valid_regions(number)
    if regions:
        return number, address if address in regions else regions[0]
    reason = phonenumbers.is_possible_number_with_reason(number)
    if reason == _Possible.INVALID_COUNTRY_CODE:
        raise _ParseError("invalid_for_region", None)
    region = region or phonenumbers.region_code_for_country_code(_code(number))
    raise _ParseError(_POSSIBLE_ERRORS.get(reason, "invalid_for_region"), region)


def _valid_regions(number: _Number) -> list[str]:
    regions = phonenumbers.region_codes_for_country_code(_code(number))
    return [region for region in regions if phonenumbers.is_valid_number_for_region(number, region)]


def _code(number: _Number) -> int:
    return number.country_code or 0


def _parse_e164(e164: str | None) -> _Number | None:
    try:
        return phonenumbers.parse((e164 or "").strip(), None)
    except NumberParseException:
        return None


def _phone_type(number: _Number) -> PhoneType:
    kind = phonenumbers.number_type(number)
    if kind == PhoneNumberType.FIXED_LINE_OR_MOBILE:
        first_digit = phonenumbers.national_significant_number(number)[:1]
        mobile = first_digit and first_digit in _MOBILE_FIRST_DIGITS.get(_code(number), "")
        return PhoneType.MOBILE if mobile else PhoneType.OTHER
    return _TYPES.get(kind, PhoneType.OTHER)


# --- regions and time zones ----------------------------------------------------------------


def _checked_region(region: str) -> str:
    code = region.strip().upper()
    if phonenumbers.country_code_for_region(code) == 0:
        raise ValueError(f"unknown region {region!r}")
    return code


def _normalise_country(country: str | None) -> str | None:
    code = (country or "").strip().upper()
    code = _COUNTRY_ALIASES.get(code, code)
    return code if len(code) == 2 and code.isalpha() else None


def _address_region(postal_code: str | None, country: str | None, default: str) -> str | None:
    # A postal code without a country is in the organisation's country: "20250" is
    # Casablanca for a Moroccan organisation, not Corsica.
    if postal_code and not _normalise_country(country) and default not in _FRENCH_PLAN:
        country = default
    return region_for_postal_code(postal_code, country)


def _region_zones(region: str | None) -> tuple[str, ...]:
    if region is None or region in _REGION_ZONES:
        return _REGION_ZONES.get(region or "", ())
    code = phonenumbers.country_code_for_region(region)
    if code == 0:
        return ()
    zones = _country_level_time_zones_for_number(_Number(country_code=code))
    return tuple(sorted(set(zones) - {UNKNOWN_TIMEZONE}))


def _number_zones(
    number: _Number, address: str | None, kind: PhoneType | None = None
) -> tuple[str, ...]:
    """`kind`: `_phone_type(number)` when the caller already has it."""
    regions = _valid_regions(number)
    if address in regions:  # a shared range (+262 80…, +590 690…): the address decides
        return _region_zones(address)
    if len(regions) == 1 and regions[0] in _REGION_ZONES:
        zones = set(_REGION_ZONES[regions[0]])
    else:  # the library's zones, corrected (Morocco)
        found = time_zones_for_number(number)
        zones = {_ZONE_FIXES.get((_code(number), zone), zone) for zone in found}
        zones = (zones - {UNKNOWN_TIMEZONE}) or {z for r in regions for z in _region_zones(r)}
    if kind is None:
        kind = _phone_type(number)
    if kind != PhoneType.LANDLINE:  # a mobile travels with its owner
        zones |= set(_region_zones(address))
    return tuple(sorted(zones))
