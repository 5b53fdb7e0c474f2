"""Call scripts as data (SPEC.md §4): format, loading, validation, selection and rendering.

A script is a TOML file under `resources/scripts/`, editable without code::

    [script]
    id = "caf-m2"                      # stored with every call, with the path taken
    title = "Défaillance M+2"
    organisations = ["CAF*"]           # organisation codes, shell patterns ("*" = any)
    stages = ["DEFAULT_M2"]            # Stage values, or ["*"]
    extends = "family-common"          # optional: id of a script whose steps are inherited
    start = "identify"

    [steps.identify]
    title = "Identifier l'interlocuteur"
    phase = "commercial"               # optional: commercial / personalised / pre_litigation
    text = "Bonjour, je souhaite parler à {name}."
    help = "Advice shown to the agent only."
    choices = [
      { label = "C'est bien {name}", next = "explain", reachability = "RIGHT_PARTY" },
      { label = "Pas de réponse", action = "outcome", reachability = "NO_ANSWER" },
    ]

A choice goes to another step (`next`), opens a form (`action`: plan, promise, relief,
contact, outcome) or both, and may preset the outcome (`reachability`, `result`). A step
without choices must say `end = true`. A script with `abstract = true` is only a base for
others. Fields between braces come from the debtor's file (`FIELDS`); `{{` and `}}` are
literal braces.

Every problem found names the file and the step (`ScriptProblem`), and a broken file never
stops the agent from recording the call: the library reports it and falls back to the next
matching script.

Reading the files (`load_library`) is the only I/O here; everything else is pure.
"""

from __future__ import annotations

import fnmatch
import string
import tomllib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from telerecouv.domain.enums import CallResult, Reachability, Stage

__all__ = [
    "FIELDS",
    "Choice",
    "PathRecorder",
    "Phase",
    "Script",
    "ScriptAction",
    "ScriptError",
    "ScriptLibrary",
    "ScriptProblem",
    "ScriptSelection",
    "Segment",
    "Step",
    "fields_in",
    "load_library",
    "parse_scripts",
    "render",
    "segments",
]

SUFFIX = ".toml"
ANY = "*"
MAX_CHOICES = 9  # choices are picked with the keys 1..9


class Phase(StrEnum):
    """The three steps of a negotiation (SPEC.md §3.10, bank practice)."""

    COMMERCIAL = "commercial"  # obtain a payment, understand the cause of the default
    PERSONALISED = "personalised"  # new agreement when the first failed or does not fit
    PRE_LITIGATION = "pre_litigation"  # last, definitive amicable offer


class ScriptAction(StrEnum):
    PLAN = "plan"
    PROMISE = "promise"
    RELIEF = "relief"
    CONTACT = "contact"
    OUTCOME = "outcome"


# Fields a script may show, with what they hold (the UI fills them from the debtor's file).
FIELDS: dict[str, str] = {
    "name": "debtor's display name (company name for a company)",
    "first_name": "debtor's first name",
    "last_name": "debtor's last name",
    "company": "company name",
    "representative": "company's legal representative",
    "organisation": "creditor organisation's name",
    "agent": "agent's name",
    "balance": "total balance of the open claims, formatted",
    "claims_count": "number of open claims",
    "notification_ref": "reference(s) of the notification letter(s) of the open claims",
    "notified_on": "date(s) of the notification letter(s)",
    "formal_notice_due_on": "nearest formal-notice deadline",
    "limitation_on": "nearest limitation date",
    "stage": "failure stage, in words",
    "minimum_instalment": "smallest monthly instalment allowed, formatted",
    "max_months": "longest plan an agent may agree without approval",
    "broken_amount": "amount of the missed instalment or broken promise, formatted",
    "broken_due_on": "due date of the missed instalment or broken promise",
    "today": "today's date",
}

# Every right-party contact restates the notification letter (R124-4, SPEC.md §4).
RESTATEMENT_FIELDS = ("notification_ref", "notified_on")

_STAGE_NAMES = {stage.value for stage in Stage}
_SCRIPT_KEYS = {"id", "title", "organisations", "stages", "extends", "start", "abstract"}
_STEP_KEYS = {"title", "text", "help", "phase", "choices", "end"}
_CHOICE_KEYS = {"label", "next", "action", "reachability", "result", "key"}


# --------------------------------------------------------------------------- problems


@dataclass(frozen=True)
class ScriptProblem:
    """One thing wrong in a script file; `str()` names the file and the step."""

    file: str
    step: str | None
    message: str

    def __str__(self) -> str:
        where = f"{self.file}, step '{self.step}'" if self.step else self.file
        return f"{where}: {self.message}"


class ScriptError(ValueError):
    def __init__(self, problems: Sequence[ScriptProblem]) -> None:
        self.problems = tuple(problems)
        super().__init__("; ".join(str(p) for p in self.problems))


# --------------------------------------------------------------------------- model


@dataclass(frozen=True)
class Choice:
    label: str
    next: str | None = None
    action: ScriptAction | None = None
    reachability: Reachability | None = None
    result: CallResult | None = None
    key: str = ""  # "1".."9"


@dataclass(frozen=True)
class Step:
    id: str
    title: str
    text: str
    file: str  # where the step is defined (a base file for inherited steps)
    help: str = ""
    phase: Phase | None = None
    choices: tuple[Choice, ...] = ()
    end: bool = False


@dataclass(frozen=True)
class Script:
    id: str
    title: str
    file: str
    organisations: tuple[str, ...]
    stages: tuple[str, ...]  # Stage values or "*"
    start: str
    steps: Mapping[str, Step]

    def step(self, step_id: str) -> Step:
        return self.steps[step_id]

    def matches(self, organisation_code: str, stage: Stage | None) -> bool:
        return self._org_rank(organisation_code) is not None and (
            ANY in self.stages or (stage is not None and stage.value in self.stages)
        )

    def rank(self, organisation_code: str, stage: Stage | None) -> tuple[int, int]:
        """Specificity of a match: an exact organisation beats a pattern, which beats "*";
        a named stage beats "*"."""
        org = self._org_rank(organisation_code) or 0
        return org, 1 if stage is not None and stage.value in self.stages else 0

    def _org_rank(self, code: str) -> int | None:
        best: int | None = None
        for pattern in self.organisations:
            if pattern == ANY:
                rank = 1
            elif pattern.upper() == code.upper():
                rank = 3
            elif fnmatch.fnmatchcase(code.upper(), pattern.upper()):
                rank = 2
            else:
                continue
            best = rank if best is None else max(best, rank)
        return best


# --------------------------------------------------------------------------- fields


@dataclass(frozen=True)
class Segment:
    """A piece of script text: literal text, or a field to fill (`field` set)."""

    text: str
    field: str | None = None


def segments(text: str) -> list[Segment]:
    """Split a text into literal pieces and fields. ValueError on a malformed brace."""
    parts: list[Segment] = []
    for literal, name, spec, conversion in string.Formatter().parse(text):
        if literal:
            parts.append(Segment(literal))
        if name is None:
            continue
        if not name or spec or conversion or not name.isidentifier():
            shown = "{" + name + (f"!{conversion}" if conversion else "")
            shown += (f":{spec}" if spec else "") + "}"
            raise ValueError(f"{shown} is not a field: write {{field_name}}")
        parts.append(Segment(name, field=name))
    return parts


def fields_in(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(s.field for s in segments(text) if s.field))


def render(
    text: str,
    values: Mapping[str, str | None],
    missing: Callable[[str], str] = lambda name: f"[{name}?]",
) -> str:
    """The text with its fields filled; an empty or unknown value shows `missing(name)`."""
    out: list[str] = []
    for part in segments(text):
        if part.field is None:
            out.append(part.text)
        else:
            value = values.get(part.field)
            out.append(value if value else missing(part.field))
    return "".join(out)


# --------------------------------------------------------------------------- parsing


@dataclass
class _Raw:
    """A file read but not yet merged with its base."""

    file: str
    header: dict[str, Any]
    steps: dict[str, Any]


@dataclass(frozen=True)
class ScriptSelection:
    """The script for a file, and the problems of better-matching files that are broken."""

    script: Script | None
    problems: tuple[ScriptProblem, ...] = ()


@dataclass(frozen=True)
class ScriptLibrary:
    scripts: tuple[Script, ...]
    # Broken files, with what they would have matched when their header could be read.
    broken: tuple[tuple[tuple[str, ...], tuple[str, ...], ScriptProblem], ...] = ()

    @property
    def problems(self) -> tuple[ScriptProblem, ...]:
        return tuple(problem for _, _, problem in self.broken)

    def select(self, organisation_code: str, stage: Stage | None) -> ScriptSelection:
        """The most specific script for an organisation and a stage, with the problems of
        broken files that would have matched it (unreadable files concern everyone)."""
        matching = [s for s in self.scripts if s.matches(organisation_code, stage)]
        matching.sort(key=lambda s: (s.rank(organisation_code, stage), s.file), reverse=True)
        best = matching[0] if matching else None
        problems = []
        for orgs, stages, problem in self.broken:
            if not orgs:
                problems.append(problem)
                continue
            candidate = Script("", "", problem.file, orgs, stages, "", {})
            if candidate.matches(organisation_code, stage) and (
                best is None
                or candidate.rank(organisation_code, stage) >= best.rank(organisation_code, stage)
            ):
                problems.append(problem)
        return ScriptSelection(best, tuple(problems))

    def get(self, script_id: str) -> Script | None:
        return next((s for s in self.scripts if s.id == script_id), None)


def load_library(directory: Path) -> ScriptLibrary:
    """Read every `*.toml` of a directory. Never raises on a bad file: it is reported."""
    sources: list[tuple[str, str]] = []
    broken: list[tuple[tuple[str, ...], tuple[str, ...], ScriptProblem]] = []
    for path in sorted(directory.glob(f"*{SUFFIX}")):
        try:
            sources.append((path.name, path.read_text(encoding="utf-8")))
        except (OSError, UnicodeDecodeError) as exc:
            broken.append(((), (), ScriptProblem(path.name, None, f"cannot be read: {exc}")))
    library = parse_scripts(sources)
    return ScriptLibrary(library.scripts, tuple(broken) + library.broken)


def parse_scripts(sources: Iterable[tuple[str, str]]) -> ScriptLibrary:
    """Parse (file name, TOML text) pairs into a library; bases are resolved across files."""
    raws: dict[str, _Raw] = {}
    broken: list[tuple[tuple[str, ...], tuple[str, ...], ScriptProblem]] = []
    for file, text in sources:
        try:
            raw = _read(file, text)
        except ScriptError as error:
            broken.extend(((), (), p) for p in error.problems)
            continue
        script_id = str(raw.header["id"])
        if script_id in raws:
            other = raws[script_id].file
            problem = ScriptProblem(file, None, f"script id '{script_id}' is also used by {other}")
            broken.append((_targets(raw), _stages_of(raw), problem))
            continue
        raws[script_id] = raw
    scripts: list[Script] = []
    for raw in raws.values():
        if raw.header.get("abstract") is True:
            continue
        try:
            scripts.append(_build(raw, raws))
        except ScriptError as error:
            broken.extend((_targets(raw), _stages_of(raw), p) for p in error.problems)
    return ScriptLibrary(tuple(scripts), tuple(broken))


def _targets(raw: _Raw) -> tuple[str, ...]:
    orgs = raw.header.get("organisations")
    return tuple(str(o) for o in orgs) if isinstance(orgs, list) else ()


def _stages_of(raw: _Raw) -> tuple[str, ...]:
    stages = raw.header.get("stages")
    return tuple(str(s) for s in stages) if isinstance(stages, list) else (ANY,)


def _read(file: str, text: str) -> _Raw:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ScriptError([ScriptProblem(file, None, f"not valid TOML: {exc}")]) from None
    header = data.get("script")
    problems: list[ScriptProblem] = []
    if not isinstance(header, dict):
        raise ScriptError([ScriptProblem(file, None, "missing the [script] table")])
    for key in sorted(set(header) - _SCRIPT_KEYS):
        problems.append(ScriptProblem(file, None, f"unknown key '{key}' in [script]"))
    for key in sorted(set(data) - {"script", "steps"}):
        problems.append(ScriptProblem(file, None, f"unknown table [{key}]"))
    if not isinstance(header.get("id"), str) or not header["id"].strip():
        problems.append(ScriptProblem(file, None, "[script] needs an id"))
    steps = data.get("steps", {})
    if not isinstance(steps, dict):
        problems.append(ScriptProblem(file, None, "'steps' must be tables: [steps.some_id]"))
        steps = {}
    if problems:
        raise ScriptError(problems)
    return _Raw(file, header, steps)


def _build(raw: _Raw, raws: Mapping[str, _Raw]) -> Script:
    problems: list[ScriptProblem] = []
    file, header = raw.file, raw.header

    # Inherited steps first, the file's own steps override them.
    chain: list[_Raw] = [raw]
    while (base_id := chain[-1].header.get("extends")) is not None:
        base = raws.get(str(base_id))
        if base is None:
            problems.append(ScriptProblem(chain[-1].file, None, f"extends unknown '{base_id}'"))
            break
        if base in chain:
            problems.append(ScriptProblem(file, None, f"extends itself through '{base_id}'"))
            break
        chain.append(base)
    if problems:  # without its base, everything else would be noise
        raise ScriptError(problems)
    merged: dict[str, tuple[str, Any]] = {}
    for link in reversed(chain):
        for step_id, body in link.steps.items():
            merged[step_id] = (link.file, body)

    title = header.get("title")
    if not isinstance(title, str) or not title.strip():
        problems.append(ScriptProblem(file, None, "[script] needs a title"))
        title = str(header.get("id"))
    organisations = _string_list(file, header, "organisations", problems)
    stages = _string_list(file, header, "stages", problems)
    for stage in stages:
        if stage != ANY and stage not in _STAGE_NAMES:
            problems.append(
                ScriptProblem(
                    file,
                    None,
                    f"unknown stage '{stage}' (one of {', '.join(sorted(_STAGE_NAMES))} or *)",
                )
            )
    start = next((c.header["start"] for c in chain if "start" in c.header), None)
    if not isinstance(start, str):
        problems.append(ScriptProblem(file, None, "[script] needs a start step"))
        start = ""
    elif start not in merged:
        problems.append(ScriptProblem(file, None, f"start step '{start}' does not exist"))

    steps: dict[str, Step] = {}
    for step_id, (source, body) in merged.items():
        step = _step(step_id, source, body, problems)
        if step is not None:
            steps[step_id] = step
    for step in steps.values():
        for number, choice in enumerate(step.choices, start=1):
            if choice.next is not None and choice.next not in merged:
                problems.append(
                    ScriptProblem(
                        step.file, step.id, f"choice {number} goes to unknown step '{choice.next}'"
                    )
                )
    if not problems:
        problems.extend(_graph_problems(file, start, steps))
    if problems:
        raise ScriptError(problems)
    return Script(
        id=str(header["id"]),
        title=title,
        file=file,
        organisations=organisations,
        stages=stages,
        start=start,
        steps=steps,
    )


def _string_list(
    file: str, header: Mapping[str, Any], key: str, problems: list[ScriptProblem]
) -> tuple[str, ...]:
    value = header.get(key)
    if (
        not isinstance(value, list)
        or not value
        or not all(isinstance(v, str) and v.strip() for v in value)
    ):
        problems.append(ScriptProblem(file, None, f"[script] {key} must be a list of names"))
        return ()
    return tuple(v.strip() for v in value)


def _step(step_id: str, file: str, body: Any, problems: list[ScriptProblem]) -> Step | None:
    def problem(message: str) -> None:
        problems.append(ScriptProblem(file, step_id, message))

    if not isinstance(body, dict):
        problem("must be a table with a title, a text and choices")
        return None
    for key in sorted(set(body) - _STEP_KEYS):
        problem(f"unknown key '{key}'")
    title, text, help_text = body.get("title"), body.get("text"), body.get("help", "")
    if not isinstance(title, str) or not title.strip():
        problem("needs a title")
        title = step_id
    if not isinstance(text, str) or not text.strip():
        problem("needs a text")
        text = ""
    if not isinstance(help_text, str):
        problem("help must be text")
        help_text = ""
    for label, value in (("text", text), ("help", help_text), ("title", title)):
        _check_fields(value, label, problem)
    phase: Phase | None = None
    if "phase" in body:
        try:
            phase = Phase(body["phase"])
        except ValueError:
            problem(f"unknown phase '{body['phase']}' (one of {', '.join(p.value for p in Phase)})")
    end = body.get("end", False)
    if not isinstance(end, bool):
        problem("end must be true or false")
        end = False
    raw_choices = body.get("choices", [])
    if not isinstance(raw_choices, list):
        problem("choices must be a list")
        raw_choices = []
    if not raw_choices and not end:
        problem("has no choices: add some or mark it end = true")
    if len(raw_choices) > MAX_CHOICES:
        problem(f"has {len(raw_choices)} choices, at most {MAX_CHOICES} (keys 1 to 9)")
    choices = [
        c
        for number, raw in enumerate(raw_choices, start=1)
        if (c := _choice(number, raw, problem)) is not None
    ]
    return Step(
        id=step_id,
        title=title.strip(),
        text=text.strip(),
        file=file,
        help=help_text.strip(),
        phase=phase,
        choices=tuple(choices),
        end=end,
    )


def _check_fields(text: str, where: str, problem: Callable[[str], None]) -> None:
    try:
        names = fields_in(text)
    except ValueError as exc:
        problem(f"{where}: {exc}")
        return
    for name in names:
        if name not in FIELDS:
            problem(f"{where} uses unknown field {{{name}}} (known: {', '.join(sorted(FIELDS))})")


def _choice(number: int, raw: Any, problem: Callable[[str], None]) -> Choice | None:
    where = f"choice {number}"
    if not isinstance(raw, dict):
        problem(f"{where} must be a table {{ label = ..., next = ... }}")
        return None
    for key in sorted(set(raw) - _CHOICE_KEYS):
        problem(f"{where} has unknown key '{key}'")
    label = raw.get("label")
    if not isinstance(label, str) or not label.strip():
        problem(f"{where} needs a label")
        label = f"({number})"
    _check_fields(label, f"{where} label", problem)
    target = raw.get("next")
    if target is not None and not isinstance(target, str):
        problem(f"{where}: next must be a step id")
        target = None
    action: ScriptAction | None = None
    if "action" in raw:
        try:
            action = ScriptAction(raw["action"])
        except ValueError:
            known = ", ".join(a.value for a in ScriptAction)
            problem(f"{where} has unknown action '{raw['action']}' (one of {known})")
    reachability: Reachability | None = None
    if "reachability" in raw:
        try:
            reachability = Reachability(raw["reachability"])
        except ValueError:
            problem(f"{where} has unknown reachability '{raw['reachability']}'")
    result: CallResult | None = None
    if "result" in raw:
        try:
            result = CallResult(raw["result"])
        except ValueError:
            problem(f"{where} has unknown result '{raw['result']}'")
    if (
        result is not None
        and result is not CallResult.CALLBACK_REQUESTED
        and reachability not in (None, Reachability.RIGHT_PARTY)
    ):
        problem(f"{where}: result {result.value} needs the debtor reached (RIGHT_PARTY)")
    if target is None and action is None:
        problem(f"{where} needs next (a step) or an action")
    return Choice(
        label=label.strip(),
        next=target,
        action=action,
        reachability=reachability,
        result=result,
        key=str(number),
    )


def _graph_problems(file: str, start: str, steps: Mapping[str, Step]) -> list[ScriptProblem]:
    problems: list[ScriptProblem] = []
    reachable = _walk(start, steps, lambda step: True)
    for step_id, step in steps.items():
        if step_id not in reachable and step.file == file:
            problems.append(ScriptProblem(file, step_id, "cannot be reached from the start step"))

    # A debtor may not agree to anything before hearing the notification reference and date.
    def restates(step: Step) -> bool:
        return all(name in fields_in(step.text) for name in RESTATEMENT_FIELDS)

    before_restatement = _walk(start, steps, lambda step: not restates(step))
    for step_id in before_restatement:
        step = steps[step_id]
        if restates(step):
            continue
        for number, choice in enumerate(step.choices, start=1):
            if _commits(choice):
                problems.append(
                    ScriptProblem(
                        step.file,
                        step_id,
                        f"choice {number} records an agreement before any step restates the "
                        "notification letter ({notification_ref} and {notified_on})",
                    )
                )
    return problems


def _commits(choice: Choice) -> bool:
    if choice.action in (ScriptAction.PLAN, ScriptAction.PROMISE, ScriptAction.RELIEF):
        return True
    return choice.result is not None and choice.result is not CallResult.CALLBACK_REQUESTED


def _walk(start: str, steps: Mapping[str, Step], through: Callable[[Step], bool]) -> set[str]:
    """Steps reachable from `start`, only continuing past steps for which `through` holds."""
    seen: set[str] = set()
    todo = [start]
    while todo:
        step_id = todo.pop()
        if step_id in seen or step_id not in steps:
            continue
        seen.add(step_id)
        step = steps[step_id]
        if through(step):
            todo.extend(c.next for c in step.choices if c.next)
    return seen


@dataclass
class PathRecorder:
    """The path an agent takes through a script, stored with the call: the script id, then
    each step visited, then `!action` for each form the script opened."""

    script_id: str
    entries: list[str] = field(default_factory=list)

    def visit(self, step_id: str) -> None:
        self.entries.append(step_id)

    def action(self, action: ScriptAction) -> None:
        self.entries.append(f"!{action.value}")

    def as_tuple(self) -> tuple[str, ...]:
        return (self.script_id, *self.entries)
