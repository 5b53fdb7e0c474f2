"""Phone normalisation at import speed: `normalise_phone`, remembered per number block.

`telerecouv.domain.phones.normalise_phone` costs ~100 µs a number (a parse and validations
by the library), far too slow for half a million debtors with two numbers each. Numbering
plans are allocated by blocks: in France (ARCEP, "ZABPQ" + "MCDU") and in Morocco (ANRT) the
last four digits are subscriber digits inside a block of 10,000 numbers, and every property
the domain function derives from the number (validity, territory, line type, time zones)
depends on the block, never on those last four digits. So the result is computed once per
block and address region, and reused with the subscriber digits swapped in.

Valid results whose E.164 form ends with the digits typed are reused, and so are refusals
of a whole block (0639 0x xx xx: no such Mayotte range), with the text shown in the message
swapped; anything else goes through `normalise_phone` every time. A hit costs ~1.5 µs with
`fields` (what an import stores), ~3 µs with `normalise` (it builds a PhoneNumber).
tests/services/imports/test_parsers.py checks, number by number, that the cache returns
exactly what the domain function returns (message included).
"""

from __future__ import annotations

import re
from typing import cast

from telerecouv.domain.enums import PhoneType
from telerecouv.domain.phones import (
    _OVERSEAS_BLOCKS,
    OVERSEAS_REGIONS,
    PhoneNumber,
    debtor_time_zones,
    normalise_phone,
    region_for_postal_code,
)

_FRENCH_PLAN = frozenset({"FR", *OVERSEAS_REGIONS})
_SEPARATORS = re.compile(r"[\s.\-/()\u00a0\u202f\u2010-\u2015]+")
_DIGITS = re.compile(r"\+?\d{8,15}")
MAX_BLOCKS = 200_000
_MAINLAND_FIRST = frozenset("12345679")
_UNKNOWN = object()
_BLOCKWISE = object()  # a mainland prefix whose numbers are remembered block by block

# A remembered result: the template (a result of `normalise_phone` for another number of the
# same block), and how a number of the block gets its E.164 form: `head` + compact[start:]
# (head None: the whole block is refused, only the text shown in the message differs).
# None: the block's results cannot be reused.
_Template = tuple[PhoneNumber, str | None, int]
_Entry = _Template | None
# What an import stores of a number: E.164 (None when invalid), line type (its value: "mobile",
# "landline"…), time zones.
Fields = tuple[str | None, str, tuple[str, ...]]
_TYPE_VALUES: dict[PhoneType, str] = {kind: kind.value for kind in PhoneType}  # Enum.value is slow


class PhoneBook:
    """Normalises the numbers of one organisation's file (use from one thread)."""

    def __init__(self, default_region: str) -> None:
        self.region = default_region.strip().upper()
        self._mainland_plan = self.region == "FR"
        # Address region -> block key -> entry. Block keys: 4 digits for a mainland number,
        # "=" (typed without "+") or "+" followed by the digits but the last four otherwise.
        # An entry may also be _BLOCKWISE, under a mainland prefix.
        self._entries: dict[str | None, dict[str, object]] = {}
        self._size = 0
        self._zones: dict[str | None, tuple[str, ...]] = {}
        self._regions: dict[tuple[str | None, str | None], str | None] = {}
        self.hits = 0
        self.misses = 0

    def address_region(self, postal_code: str | None, country: str | None) -> str | None:
        """The region of the debtor's address, as normalise_phone derives it (remembered)."""
        key = (postal_code, country)
        found = self._regions.get(key, _UNKNOWN)
        if found is not _UNKNOWN:
            return found  # type: ignore[return-value]
        if postal_code and not country and self.region not in _FRENCH_PLAN:
            country = self.region  # a postal code without country is in the organisation's
        region = region_for_postal_code(postal_code, country)
        if len(self._regions) < MAX_BLOCKS:
            self._regions[key] = region
        return region

    def normalise(
        self, raw: str, *, postal_code: str | None = None, country: str | None = None
    ) -> PhoneNumber:
        """Exactly `normalise_phone(raw, region, postal_code=…, country=…)`."""
        found = self._lookup(raw, postal_code, country)
        if found is None:
            return normalise_phone(raw, self.region, postal_code=postal_code, country=country)
        if isinstance(found, PhoneNumber):
            return found
        (template, head, start), compact = found
        if head is None:  # the whole block is refused: only the text shown differs
            shown = template.raw.strip()
            message = (template.message or "").replace(shown, raw.strip())
            return PhoneNumber(raw, None, False, None, template.phone_type,
                               template.time_zones, template.error, message)  # fmt: skip
        return PhoneNumber(raw, head + compact[start:], True, template.region,
                           template.phone_type, template.time_zones, None, None)  # fmt: skip

    def fields(
        self, raw: str, *, postal_code: str | None = None, country: str | None = None
    ) -> Fields:
        """What an import keeps of `normalise(raw, …)`, without building it: its E.164 form
        when valid (else None), its line type's value and its time zones."""
        found = self._lookup(raw, postal_code, country)
        if found is None:
            found = normalise_phone(raw, self.region, postal_code=postal_code, country=country)
        if isinstance(found, PhoneNumber):
            e164 = found.e164 if found.valid else None
            return e164, _TYPE_VALUES[found.phone_type], found.time_zones
        (template, head, start), compact = found
        e164 = None if head is None else head + compact[start:]
        return e164, _TYPE_VALUES[template.phone_type], template.time_zones

    def _lookup(
        self, raw: str, postal_code: str | None, country: str | None
    ) -> PhoneNumber | tuple[_Template, str] | None:
        """The remembered entry for `raw`'s block, with `raw`'s compact digits; or the
        domain's result for `raw` (a miss: computed now, remembered when reusable); or None
        when the domain is to compute it (a block whose results cannot be reused)."""
        compact = raw.replace(" ", "")
        if compact.isdigit() and compact.isascii() and 8 <= len(compact) <= 15:
            plus = False  # the common forms: "0612345678", "06 12 34 56 78"
        else:
            compact = _SEPARATORS.sub("", raw.strip())
            if not _DIGITS.fullmatch(compact):
                return None
            # The leading "+" as typed decides how the digits are read (international or not).
            plus = raw.lstrip().startswith("+")
        found = self._regions.get((postal_code, country), _UNKNOWN)
        if found is _UNKNOWN:
            address = self.address_region(postal_code, country)
        else:
            address = cast("str | None", found)
        entries = self._entries.get(address)
        if entries is None:
            entries = self._entries[address] = {}
        prefix = None
        if (
            self._mainland_plan
            and not plus
            and len(compact) == 10
            and compact[0] == "0"
            and compact[1] in _MAINLAND_FIRST
            and compact[1:4] not in _OVERSEAS_BLOCKS
        ):
            # A 10-digit number of the mainland plan: when valid there, its type depends on
            # its first three significant digits only (ARCEP plan, as in the library's FR
            # metadata: fixed [1-5]x, mobile 6xx/7xx, VoIP 9x; the 08 ranges, where deeper
            # digits matter, and the overseas blocks 0262, 0692... are excluded), so one
            # result per prefix and address. A prefix the mainland refuses may still hold
            # overseas ranges deeper down (07092… Réunion): those go block by block.
            prefix = compact[:4]
            entry = entries.get(prefix, _UNKNOWN)
            if entry is not _UNKNOWN and entry is not _BLOCKWISE:
                self.hits += 1
                return cast(_Template, entry), compact
        # One result per block of 10,000: all digits but the last four, "+" as typed.
        key = ("+" if plus else "=") + compact[:-4]
        entry = entries.get(key, _UNKNOWN)
        if entry is not _UNKNOWN:
            if entry is None:  # a block whose results cannot be reused
                return None
            self.hits += 1
            return cast(_Template, entry), compact
        self.misses += 1
        result = normalise_phone(raw, self.region, postal_code=postal_code, country=country)
        if self._size >= MAX_BLOCKS:
            return result
        self._size += 1
        if prefix is not None and prefix not in entries:
            if result.valid and result.region == "FR" and result.e164 == "+33" + compact[1:]:
                entries[prefix] = (result, "+33", 1)
                return result
            entries[prefix] = _BLOCKWISE
        entries[key] = _block_entry(result, raw, compact)
        return result

    def address_zones(self, postal_code: str | None, country: str | None) -> tuple[str, ...]:
        """Zones of a debtor without a valid number: their address, else the organisation's."""
        address = self.address_region(postal_code, country)
        zones = self._zones.get(address)
        if zones is None:
            zones = debtor_time_zones(
                None, postal_code=postal_code, country=country, default_region=self.region
            )
            self._zones[address] = zones
        return zones


def _block_entry(result: PhoneNumber, raw: str, compact: str) -> _Entry:
    """How the other numbers of `result`'s block of 10,000 reuse it, None if they cannot."""
    subscriber = compact[-4:]
    if result.valid:  # reusable when the E.164 form ends with the digits typed
        e164 = result.e164
        if e164 is None or not e164.endswith(subscriber):
            return None
        return result, e164[:-4], len(compact) - 4
    # Validity is decided by the block's digits: so is the refusal, the text shown aside.
    shown = raw.strip()
    if result.message is None or result.message.count(shown) != 1:
        return None
    return result, None, len(compact) - 4
