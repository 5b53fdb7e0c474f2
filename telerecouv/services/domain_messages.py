"""The domain's refusals as translatable messages, with the same English text.

The domain imports nothing of ours, so its messages are plain English strings: a phone
number's `message` (with a stable `error` code), the text of `HoursError` (calling hours), of
`PolicyError` (priority rules) and of `parse_money`'s ValueError (an amount typed in a form).
The services and the interface pass them on through these functions, which rebuild each one as
a `store.errors.msg` of exactly the same English text (the CLI and the logs see no difference)
that the interface shows in French (`services` context).

A message that none of the templates rebuilds exactly (a new or reworded domain message) is
returned as it is: shown in English, never lost.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from telerecouv.domain.phones import PhoneNumber
from telerecouv.domain.priority import PolicyError
from telerecouv.domain.windows import HoursError
from telerecouv.store.errors import Msg, msg

_Rule = tuple[re.Pattern[str], Callable[[re.Match[str]], Msg]]


def _rebuilt(english: str, rules: tuple[_Rule, ...]) -> str:
    """The first rule's msg() whose English is exactly `english`, else `english` itself."""
    for pattern, build in rules:
        match = pattern.fullmatch(english)
        if match is not None:
            built = build(match)
            if built == english:
                return built
    return english


# --- phone numbers (domain/phones.py: PhoneNumber.error and .message) -----------------------


def _region(name: str) -> str:
    """The region named in a phone message ("a French number"), translatable."""
    names: dict[str, Callable[[], Msg]] = {
        "French": lambda: msg("French"),
        "Réunion": lambda: msg("Réunion"),
        "Mayotte": lambda: msg("Mayotte"),
        "Guadeloupe": lambda: msg("Guadeloupe"),
        "Saint-Barthélemy": lambda: msg("Saint-Barthélemy"),
        "Saint-Martin": lambda: msg("Saint-Martin"),
        "Martinique": lambda: msg("Martinique"),
        "French Guiana": lambda: msg("French Guiana"),
        "Moroccan": lambda: msg("Moroccan"),
        "phone": lambda: msg("phone"),
    }
    found = names.get(name)
    return found() if found is not None else name  # another region: its ISO code, as is


_PHONE_RULES: dict[str, tuple[_Rule, ...]] = {
    "empty": ((re.compile(r"No phone number given"), lambda m: msg("No phone number given")),),
    "not_a_number": (
        (
            re.compile(r"(?P<shown>.*) is not a phone number", re.DOTALL),
            lambda m: msg("{shown} is not a phone number", shown=m["shown"]),
        ),
    ),
    "too_short": (
        (
            re.compile(r"(?P<shown>.*) is too short for a (?P<name>.+) number", re.DOTALL),
            lambda m: msg(
                "{shown} is too short for a {name} number",
                shown=m["shown"],
                name=_region(m["name"]),
            ),
        ),
    ),
    "too_long": (
        (
            re.compile(r"(?P<shown>.*) is too long for a (?P<name>.+) number", re.DOTALL),
            lambda m: msg(
                "{shown} is too long for a {name} number",
                shown=m["shown"],
                name=_region(m["name"]),
            ),
        ),
    ),
    "invalid_for_region": (
        (
            re.compile(r"(?P<shown>.*) has no known country code", re.DOTALL),
            lambda m: msg("{shown} has no known country code", shown=m["shown"]),
        ),
        (
            re.compile(r"(?P<shown>.*) is not a valid (?P<name>.+) number", re.DOTALL),
            lambda m: msg(
                "{shown} is not a valid {name} number",
                shown=m["shown"],
                name=_region(m["name"]),
            ),
        ),
    ),
}


def phone_problem(number: PhoneNumber) -> str | None:
    """Why `number` is not valid (its `message`), translatable by its `error` code; None for a
    valid number."""
    if number.message is None:
        return None
    return _rebuilt(number.message, _PHONE_RULES.get(number.error or "", ()))


# --- calling hours (domain/windows.py: HoursError; ui/supervisor/queue_settings.py) ---------

_DAY = r"(?P<day>[^:]+)"
_HOURS_RULES: tuple[_Rule, ...] = (
    (
        re.compile(_DAY + r": (?P<text>.+) is not a time like 09:00", re.DOTALL),
        lambda m: msg("{day}: {text} is not a time like 09:00", day=m["day"], text=m["text"]),
    ),
    (
        re.compile(_DAY + r": (?P<text>.+) is not a range like 09:00-12:30", re.DOTALL),
        lambda m: msg(
            "{day}: {text} is not a range like 09:00-12:30", day=m["day"], text=m["text"]
        ),
    ),
    (
        re.compile(_DAY + r": the range (?P<range>.+) ends before it starts", re.DOTALL),
        lambda m: msg(
            "{day}: the range {range} ends before it starts", day=m["day"], range=m["range"]
        ),
    ),
    (
        re.compile(_DAY + r": two ranges overlap"),
        lambda m: msg("{day}: two ranges overlap", day=m["day"]),
    ),
    (
        re.compile(_DAY + r": a list of ranges is expected, got (?P<raw>.+)", re.DOTALL),
        lambda m: msg("{day}: a list of ranges is expected, got {raw}", day=m["day"], raw=m["raw"]),
    ),
    (
        re.compile(_DAY + r": a range is two times, got (?P<pair>.+)", re.DOTALL),
        lambda m: msg("{day}: a range is two times, got {pair}", day=m["day"], pair=m["pair"]),
    ),
    (
        re.compile(r"calling hours are a mapping of weekday \(0 = Monday\) to ranges"),
        lambda m: msg("calling hours are a mapping of weekday (0 = Monday) to ranges"),
    ),
    (
        re.compile(r"unknown weekday key (?P<key>.+) \(0 = Monday … 6 = Sunday\)", re.DOTALL),
        lambda m: msg("unknown weekday key {key} (0 = Monday … 6 = Sunday)", key=m["key"]),
    ),
)


def hours_problem(error: HoursError) -> str:
    """The text of `error`, translatable."""
    return _rebuilt(str(error), _HOURS_RULES)


# --- priority rules (domain/priority.py: PolicyError) ---------------------------------------

_POLICY_RULES: tuple[_Rule, ...] = (
    (
        re.compile(r"The weight of stage (?P<stage>.+) is missing\."),
        lambda m: msg("The weight of stage {stage} is missing.", stage=m["stage"]),
    ),
    (
        re.compile(r"(?P<name>\S+) must be a whole number from 1 to (?P<most>\d+)\."),
        lambda m: msg(
            "{name} must be a whole number from 1 to {most}.", name=m["name"], most=m["most"]
        ),
    ),
    (
        re.compile(r"(?P<name>\S+) must be a whole number\."),
        lambda m: msg("{name} must be a whole number.", name=m["name"]),
    ),
    (
        re.compile(r"(?P<name>\S+) must be a number\."),
        lambda m: msg("{name} must be a number.", name=m["name"]),
    ),
    (
        re.compile(r"(?P<name>\S+) must be between 0 and (?P<most>[\d,]+)\."),
        lambda m: msg("{name} must be between 0 and {most}.", name=m["name"], most=m["most"]),
    ),
    (
        re.compile(r"The balance scale needs at least two points, starting at 0\."),
        lambda m: msg("The balance scale needs at least two points, starting at 0."),
    ),
    (
        re.compile(r"Balance points must rise in amount and in value \(between 0 and 1\)\."),
        lambda m: msg("Balance points must rise in amount and in value (between 0 and 1)."),
    ),
    (
        re.compile(r"Unknown priority setting (?P<key>.+)\.", re.DOTALL),
        lambda m: msg("Unknown priority setting {key}.", key=m["key"]),
    ),
    (
        re.compile(r"The priority setting (?P<key>\S+) cannot be read: (?P<why>.*)\.", re.DOTALL),
        lambda m: msg(
            "The priority setting {key} cannot be read: {why}.", key=m["key"], why=m["why"]
        ),
    ),
)


def policy_problem(error: PolicyError) -> str:
    """The text of `error`, translatable."""
    return _rebuilt(str(error), _POLICY_RULES)


# --- amounts (domain/money.py: parse_money's ValueError) -------------------------------------

_MONEY_RULES: tuple[_Rule, ...] = (
    (
        re.compile(r"empty amount: type a number such as 1 234,56"),
        lambda m: msg("empty amount: type a number such as 1 234,56"),
    ),
    (
        re.compile(r"not an amount: (?P<text>.+) has a sign or currency but no digits", re.DOTALL),
        lambda m: msg("not an amount: {text} has a sign or currency but no digits", text=m["text"]),
    ),
    (
        re.compile(
            r"not an amount: (?P<text>.+); expected digits with an optional comma or point and "
            r"at most two decimals, e\.g\. 1 234,56 or 1234\.56",
            re.DOTALL,
        ),
        lambda m: msg(
            "not an amount: {text}; expected digits with an optional comma or point and at "
            "most two decimals, e.g. 1 234,56 or 1234.56",
            text=m["text"],
        ),
    ),
    (
        re.compile(
            r"ambiguous amount: (?P<text>.+); write 1234 or 1 234 for a thousand and use at "
            r"most two decimals",
            re.DOTALL,
        ),
        lambda m: msg(
            "ambiguous amount: {text}; write 1234 or 1 234 for a thousand and use at most two "
            "decimals",
            text=m["text"],
        ),
    ),
)


def money_problem(error: ValueError) -> str:
    """The text of `parse_money`'s `error`, translatable."""
    return _rebuilt(str(error), _MONEY_RULES)
