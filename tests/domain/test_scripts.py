"""Call scripts: the shipped files, validation naming file and step, selection, rendering."""

from __future__ import annotations

from pathlib import Path

import pytest

from telerecouv.domain.enums import CallResult, Reachability, Stage
from telerecouv.domain.scripts import (
    FIELDS,
    PathRecorder,
    Phase,
    ScriptAction,
    ScriptError,
    Segment,
    fields_in,
    load_library,
    parse_scripts,
    render,
    segments,
)
from telerecouv.paths import SCRIPTS_DIR

GOOD = """
[script]
id = "mini"
title = "Mini"
organisations = ["ORG*"]
stages = ["DEFAULT_M1"]
start = "hello"

[steps.hello]
title = "Bonjour"
text = "Bonjour {name}."
choices = [
  { label = "C'est lui", next = "explain", reachability = "RIGHT_PARTY" },
  { label = "Pas de réponse", action = "outcome", reachability = "NO_ANSWER" },
]

[steps.explain]
title = "Expliquer"
text = "Lettre {notification_ref} du {notified_on} : {balance}."
choices = [
  { label = "Accord", action = "plan", next = "bye", result = "PLAN_AGREED" },
]

[steps.bye]
title = "Au revoir"
text = "Au revoir."
end = true
"""


def parse_one(text: str, file: str = "mini.toml"):
    library = parse_scripts([(file, text)])
    if library.problems:
        raise ScriptError(library.problems)
    (script,) = library.scripts
    return script


def problems_of(text: str, file: str = "bad.toml") -> list[str]:
    return [str(p) for p in parse_scripts([(file, text)]).problems]


class TestShippedScripts:
    def test_every_file_is_valid(self) -> None:
        library = load_library(SCRIPTS_DIR)
        assert library.problems == ()
        assert len(library.scripts) >= 8

    @pytest.mark.parametrize("stage", list(Stage))
    def test_family_benefits_have_one_script_per_stage(self, stage: Stage) -> None:
        selection = load_library(SCRIPTS_DIR).select("CAF-DEMO", stage)
        assert selection.script is not None
        assert stage.value in selection.script.stages
        assert selection.script.id.startswith("family-")

    def test_moroccan_contributions_and_fallback(self) -> None:
        library = load_library(SCRIPTS_DIR)
        cnss = library.select("CNSS-DEMO", Stage.DEFAULT_M1).script
        assert cnss is not None and cnss.id == "cnss-contributions"
        assert "{representative}" in cnss.step("identify").text
        pension = library.select("CARSAT-DEMO", Stage.BROKEN_PLAN).script
        assert pension is not None and pension.id == "generic-three-steps"

    def test_generic_script_has_the_three_negotiation_steps(self) -> None:
        script = load_library(SCRIPTS_DIR).get("generic-three-steps")
        assert script is not None
        phases = {step.phase for step in script.steps.values()}
        assert {Phase.COMMERCIAL, Phase.PERSONALISED, Phase.PRE_LITIGATION} <= phases

    def test_every_script_restates_the_notification_and_reaches_each_form(self) -> None:
        for script in load_library(SCRIPTS_DIR).scripts:
            texts = [step.text for step in script.steps.values()]
            assert any(
                "notification_ref" in fields_in(t) and "notified_on" in fields_in(t) for t in texts
            ), script.file
            actions = {c.action for s in script.steps.values() for c in s.choices}
            assert {ScriptAction.PLAN, ScriptAction.PROMISE, ScriptAction.OUTCOME} <= actions

    def test_a_refusal_is_always_possible_and_no_answer_is_one_choice_away(self) -> None:
        for script in load_library(SCRIPTS_DIR).scripts:
            start = script.step(script.start)
            assert any(c.reachability is Reachability.NO_ANSWER for c in start.choices), script.id
            results = {c.result for s in script.steps.values() for c in s.choices}
            assert CallResult.REFUSAL in results, script.id


class TestValidation:
    def test_a_good_script_parses(self) -> None:
        script = parse_one(GOOD)
        assert script.start == "hello"
        assert [c.key for c in script.step("hello").choices] == ["1", "2"]
        assert script.step("explain").choices[0].action is ScriptAction.PLAN
        assert script.matches("ORG-1", Stage.DEFAULT_M1)
        assert not script.matches("ORG-1", Stage.DEFAULT_M2)
        assert not script.matches("CAF", Stage.DEFAULT_M1)

    def test_unknown_next_step_names_file_step_and_choice(self) -> None:
        text = GOOD.replace('next = "explain"', 'next = "explian"')
        assert "bad.toml, step 'hello': choice 1 goes to unknown step 'explian'" in problems_of(
            text
        )

    def test_unknown_field_names_the_step(self) -> None:
        text = GOOD.replace("{balance}", "{balanse}")
        (problem,) = problems_of(text)
        assert problem.startswith("bad.toml, step 'explain': text uses unknown field {balanse}")

    def test_format_specs_are_refused(self) -> None:
        text = GOOD.replace("{balance}", "{balance:>10}")
        assert any("{balance:>10} is not a field" in p for p in problems_of(text))

    def test_unknown_action_reachability_and_result(self) -> None:
        text = GOOD.replace('action = "plan"', 'action = "plane"')
        text = text.replace('reachability = "NO_ANSWER"', 'reachability = "NOANSWER"')
        text = text.replace('result = "PLAN_AGREED"', 'result = "AGREED"')
        problems = problems_of(text)
        assert any("step 'explain': choice 1 has unknown action 'plane'" in p for p in problems)
        assert any(
            "step 'hello': choice 2 has unknown reachability 'NOANSWER'" in p for p in problems
        )
        assert any("step 'explain': choice 1 has unknown result 'AGREED'" in p for p in problems)

    def test_a_result_needs_the_right_party(self) -> None:
        text = GOOD.replace(
            '{ label = "Pas de réponse", action = "outcome", reachability = "NO_ANSWER" }',
            '{ label = "X", action = "outcome", reachability = "NO_ANSWER", result = "REFUSAL" }',
        )
        assert any("result REFUSAL needs the debtor reached" in p for p in problems_of(text))

    def test_a_step_without_choices_must_be_an_end(self) -> None:
        text = GOOD.replace("end = true", "")
        assert any("step 'bye': has no choices" in p for p in problems_of(text))

    def test_unreachable_step(self) -> None:
        text = GOOD + '\n[steps.orphan]\ntitle = "O"\ntext = "o"\nend = true\n'
        assert "bad.toml, step 'orphan': cannot be reached from the start step" in problems_of(text)

    def test_agreement_before_restating_the_notification_is_refused(self) -> None:
        text = GOOD.replace("Lettre {notification_ref} du {notified_on} : ", "")
        problems = problems_of(text)
        assert any(
            "step 'explain': choice 1 records an agreement before any step restates" in p
            for p in problems
        )

    def test_missing_start_and_header(self) -> None:
        assert any(
            "start step 'nowhere' does not exist" in p
            for p in problems_of(GOOD.replace('start = "hello"', 'start = "nowhere"'))
        )
        assert problems_of("[steps.a]\ntitle='a'") == ["bad.toml: missing the [script] table"]

    def test_toml_syntax_error_names_file_and_line(self) -> None:
        (problem,) = problems_of(GOOD.replace('title = "Mini"', 'title = "Mini'))
        assert problem.startswith("bad.toml: not valid TOML:")
        assert "line 4" in problem

    def test_unknown_keys_and_too_many_choices(self) -> None:
        text = GOOD.replace('title = "Bonjour"', 'title = "Bonjour"\ncolour = "red"')
        assert any("step 'hello': unknown key 'colour'" in p for p in problems_of(text))
        many = ", ".join(f'{{ label = "c{i}", next = "bye" }}' for i in range(10))
        text = GOOD.replace(
            "[steps.bye]",
            f'[steps.many]\ntitle = "M"\ntext = "m"\nchoices = [{many}]\n\n[steps.bye]',
        ).replace('next = "bye", result', 'next = "many", result')
        assert any("step 'many': has 10 choices, at most 9" in p for p in problems_of(text))

    def test_unknown_stage_and_duplicate_ids(self) -> None:
        text = GOOD.replace('"DEFAULT_M1"', '"DEFAULT_M3"')
        assert any("unknown stage 'DEFAULT_M3'" in p for p in problems_of(text))
        library = parse_scripts([("a.toml", GOOD), ("b.toml", GOOD)])
        assert [s.file for s in library.scripts] == ["a.toml"]
        assert [str(p) for p in library.problems] == [
            "b.toml: script id 'mini' is also used by a.toml"
        ]


BASE = """
[script]
id = "base"
title = "Base"
abstract = true
organisations = ["ORG*"]
stages = ["*"]
start = "hello"

[steps.hello]
title = "Bonjour"
text = "Bonjour {name}."
choices = [{ label = "Lui", next = "explain", reachability = "RIGHT_PARTY" }]

[steps.bye]
title = "Fin"
text = "Au revoir, {naem}."
end = true
"""

CHILD = """
[script]
id = "child"
title = "Enfant"
organisations = ["ORG-1"]
stages = ["DEFAULT_M2"]
extends = "base"

[steps.explain]
title = "Expliquer"
text = "Notification {notification_ref} du {notified_on}."
choices = [{ label = "Fin", next = "bye" }]
"""


class TestInheritance:
    def test_steps_are_inherited_and_problems_name_the_base_file(self) -> None:
        library = parse_scripts([("base.toml", BASE), ("child.toml", CHILD)])
        assert library.scripts == ()
        assert [str(p) for p in library.problems] == [
            "base.toml, step 'bye': text uses unknown field {naem} (known: "
            + ", ".join(sorted(FIELDS))
            + ")"
        ]

    def test_child_overrides_base_steps(self) -> None:
        base = BASE.replace("{naem}", "{name}")
        child = CHILD + '\n[steps.bye]\ntitle = "Fin"\ntext = "Merci."\nend = true\n'
        library = parse_scripts([("base.toml", base), ("child.toml", child)])
        (script,) = library.scripts
        assert script.step("bye").text == "Merci."
        assert script.step("hello").file == "base.toml"
        assert script.step("explain").file == "child.toml"

    def test_unknown_base(self) -> None:
        library = parse_scripts([("child.toml", CHILD)])
        assert [str(p) for p in library.problems] == ["child.toml: extends unknown 'base'"]


class TestSelection:
    def test_most_specific_script_wins(self) -> None:
        generic = GOOD.replace('id = "mini"', 'id = "generic"').replace('["ORG*"]', '["*"]')
        generic = generic.replace('["DEFAULT_M1"]', '["*"]')
        library = parse_scripts([("mini.toml", GOOD), ("generic.toml", generic)])
        assert library.select("ORG-9", Stage.DEFAULT_M1).script.id == "mini"
        assert library.select("ORG-9", Stage.DEFAULT_M2).script.id == "generic"
        assert library.select("OTHER", Stage.DEFAULT_M1).script.id == "generic"

    def test_a_broken_specific_file_is_reported_and_the_fallback_used(self) -> None:
        generic = GOOD.replace('id = "mini"', 'id = "generic"').replace('["ORG*"]', '["*"]')
        generic = generic.replace('["DEFAULT_M1"]', '["*"]')
        broken = GOOD.replace('next = "explain"', 'next = "nowhere"')
        library = parse_scripts([("mini.toml", broken), ("generic.toml", generic)])
        selection = library.select("ORG-1", Stage.DEFAULT_M1)
        assert selection.script is not None and selection.script.id == "generic"
        assert [str(p) for p in selection.problems] == [
            "mini.toml, step 'hello': choice 1 goes to unknown step 'nowhere'"
        ]
        # The broken file does not concern other organisations.
        assert library.select("OTHER", Stage.DEFAULT_M1).problems == ()

    def test_an_unreadable_file_concerns_everyone(self, tmp_path: Path) -> None:
        (tmp_path / "good.toml").write_text(GOOD, encoding="utf-8")
        (tmp_path / "bad.toml").write_bytes(b"\xff\xfe not utf-8")
        library = load_library(tmp_path)
        selection = library.select("ORG-1", Stage.DEFAULT_M1)
        assert selection.script is not None
        assert len(selection.problems) == 1
        assert str(selection.problems[0]).startswith("bad.toml: cannot be read")


class TestRendering:
    def test_fields_are_filled_and_missing_ones_are_visible(self) -> None:
        text = "Lettre {notification_ref} du {notified_on}, {balance} {{brut}}"
        values = {"notification_ref": "IND-1", "notified_on": "", "balance": "12,00 €"}
        assert render(text, values) == "Lettre IND-1 du [notified_on?], 12,00 € {brut}"
        assert render(text, values, missing=lambda n: "…") == "Lettre IND-1 du …, 12,00 € {brut}"

    def test_segments(self) -> None:
        assert segments("A {name}!") == [Segment("A "), Segment("name", "name"), Segment("!")]
        assert fields_in("{a} {b} {a}") == ("a", "b")
        with pytest.raises(ValueError):
            segments("{unclosed")

    def test_path_recorder(self) -> None:
        path = PathRecorder("mini")
        path.visit("hello")
        path.visit("explain")
        path.action(ScriptAction.PLAN)
        assert path.as_tuple() == ("mini", "hello", "explain", "!plan")
