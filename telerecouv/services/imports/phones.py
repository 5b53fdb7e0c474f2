"""Phone normalisation at import speed: `normalise_phone`, remembered per number block.

`telerecouv.domain.phones.normalise_phone` costs 100-300 µs a number (it tries every territory
of the French plan), far too slow for half a million debtors with two numbers each. Numbering
plans are allocated by blocks: in France (ARCEP, "ZABPQ" + "MCDU") and in Morocco (ANRT) the
last four digits are subscriber digits inside a block of 10,000 numbers, and every property
the domain function derives from the number (validity, territory, line type, time zones)
depends on the block, never on those last four digits. So the result is computed once per
block and address region, and reused with the subscriber digits swapped in.

Valid results whose E.164 form ends with the digits typed are reused, and so are refusals
of a whole block (0639 0x xx xx: no such Mayotte range), with the text shown in the message
swapped; anything else goes through `normalise_phone` every time.
tests/services/imports/test_parsers.py checks, number by number, that the cache returns
exactly what the domain function returns (message included).
"""

from __future__ import annotations

import re

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


class PhoneBook:
    """Normalises the numbers of one organisation's file (use from one thread)."""

    def __init__(self, default_region: str) -> None:
        self.region = default_region.strip().upper()
        self._blocks: dict[tuple[bool, str, str | None], PhoneNumber | None] = {}
        self._zones: dict[str | None, tuple[str, ...]] = {}
        self._mainland: dict[tuple[str, str | None], PhoneNumber | None] = {}
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
        compact = _SEPARATORS.sub("", raw.strip())
        if not _DIGITS.fullmatch(compact):
            return normalise_phone(raw, self.region, postal_code=postal_code, country=country)
        address = self.address_region(postal_code, country)
        if (
            self.region == "FR"
            and len(compact) == 10
            and compact[0] == "0"
            and compact[1] in _MAINLAND_FIRST
            and compact[1:4] not in _OVERSEAS_BLOCKS
            and not raw.lstrip().startswith("+")
        ):
            return self._mainland_number(raw, compact, address, postal_code, country)
        # The leading "+" as typed decides how the digits are read (international or not).
        key = (raw.lstrip().startswith("+"), compact[:-4], address)
        subscriber = compact[-4:]
        if key in self._blocks:
            template = self._blocks[key]
            if template is None:  # a block not reusable
                return normalise_phone(raw, self.region, postal_code=postal_code, country=country)
            self.hits += 1
            if not template.valid:  # the whole block is invalid: only the text shown differs
                shown = template.raw.strip()
                message = (template.message or "").replace(shown, raw.strip())
                return PhoneNumber(raw, None, False, None, template.phone_type,
                                   template.time_zones, template.error, message)  # fmt: skip
            assert template.e164 is not None
            return PhoneNumber(
                raw, template.e164[:-4] + subscriber, True, template.region,
                template.phone_type, template.time_zones, None, None,
            )  # fmt: skip
        self.misses += 1
        result = normalise_phone(raw, self.region, postal_code=postal_code, country=country)
        if result.valid:
            reusable = result.e164 is not None and result.e164.endswith(subscriber)
        else:  # validity is decided by the block's digits: so is the refusal
            shown = raw.strip()
            reusable = result.message is not None and result.message.count(shown) == 1
        if len(self._blocks) < MAX_BLOCKS:
            self._blocks[key] = result if reusable else None
        return result

    def _mainland_number(
        self,
        raw: str,
        compact: str,
        address: str | None,
        postal_code: str | None,
        country: str | None,
    ) -> PhoneNumber:
        """A 10-digit number of the mainland plan: its validity and type depend on its first
        three significant digits only (ARCEP plan, as in the library's FR metadata: fixed
        [1-5]x, mobile 6xx/7xx, VoIP 9x; the 08 ranges, where deeper digits matter, and the
        overseas blocks 0262, 0692... are excluded), so one result per prefix and address."""
        key = (compact[:4], address)
        if key not in self._mainland:
            self.misses += 1
            result = normalise_phone(raw, self.region, postal_code=postal_code, country=country)
            usable = result.valid and result.region == "FR" and result.e164 == "+33" + compact[1:]
            if len(self._mainland) < MAX_BLOCKS:
                self._mainland[key] = result if usable else None
            return result
        template = self._mainland[key]
        if template is None:
            return normalise_phone(raw, self.region, postal_code=postal_code, country=country)
        self.hits += 1
        return PhoneNumber(
            raw, "+33" + compact[1:], True, "FR", template.phone_type, template.time_zones,
            None, None,
        )  # fmt: skip

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
