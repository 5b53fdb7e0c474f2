"""The priority score of a file and its explanation in words (SPEC.md §3.1)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from telerecouv.domain.enums import DEFAULT_STAGE_ORDER, Stage
from telerecouv.domain.priority import (
    PolicyError,
    PriorityInputs,
    PriorityPolicy,
    explain,
    score,
    score_parts,
)

TODAY = date(2026, 11, 23)
NBSP, NNBSP = "\u00a0", "\u202f"


def item(stage: Stage = Stage.DEFAULT_M1, **kwargs: object) -> PriorityInputs:
    values: dict[str, object] = {"balance": Decimal("100.00"), **kwargs}
    return PriorityInputs(stage=stage, **values)  # type: ignore[arg-type]


def test_explanation_reads_like_the_issue_example() -> None:
    file = item(
        Stage.DEFAULT_M2,
        balance=Decimal("1240.00"),
        formal_notice_due_on=TODAY + timedelta(days=3),
        attempts=1,
        default_since=TODAY - timedelta(days=10),
    )
    assert explain(PriorityPolicy(), file, TODAY) == (
        f"M+2, mise en demeure dans 3 j, 1{NNBSP}240,00{NBSP}€, 1 tentative"
    )


def test_explanation_words_for_deadlines_attempts_and_pins() -> None:
    policy = PriorityPolicy()
    file = item(
        Stage.BROKEN_PROMISE,
        balance=Decimal("80.50"),
        formal_notice_due_on=TODAY - timedelta(days=2),
        limitation_on=TODAY + timedelta(days=20),
        default_since=TODAY - timedelta(days=60),
        attempts=3,
        manual_priority=1,
    )
    assert explain(policy, file, TODAY) == (
        f"remonté en tête, promesse non tenue, mise en demeure dépassée de 2 j, "
        f"prescription dans 20 j, 80,50{NBSP}€, 3 tentatives, défaillance depuis 60 j"
    )
    today_notice = item(formal_notice_due_on=TODAY, limitation_on=TODAY)
    assert explain(policy, today_notice, TODAY) == (
        f"M+1, mise en demeure aujourd'hui, prescrit ce jour, 100,00{NBSP}€, aucune tentative"
    )
    # A limitation date far beyond its horizon is not worth a word; MAD is written as a code.
    far = item(Stage.END_OF_RIGHTS, limitation_on=TODAY + timedelta(days=400))
    assert explain(policy, far, TODAY, currency="MAD") == (
        f"fin de droits, 100,00{NBSP}MAD, aucune tentative"
    )


def test_default_weights_follow_the_spec_stage_order() -> None:
    policy = PriorityPolicy()
    assert policy.stage_order == DEFAULT_STAGE_ORDER
    assert policy.stage_order[0] is Stage.DEFAULT_M2
    assert policy.stage_order[-1] is Stage.NEW_CLAIM_NO_RIGHTS


inputs = st.builds(
    PriorityInputs,
    stage=st.sampled_from(list(Stage)),
    balance=st.decimals(min_value=0, max_value=1_000_000, places=2),
    formal_notice_due_on=st.none() | st.dates(date(2020, 1, 1), date(2032, 1, 1)),
    limitation_on=st.none() | st.dates(date(2020, 1, 1), date(2032, 1, 1)),
    default_since=st.none() | st.dates(date(2015, 1, 1), date(2026, 11, 23)),
    attempts=st.integers(0, 500),
)


@given(a=inputs, b=inputs)
def test_with_default_weights_a_higher_stage_always_comes_first(
    a: PriorityInputs, b: PriorityInputs
) -> None:
    policy = PriorityPolicy()
    rank = DEFAULT_STAGE_ORDER.index
    if rank(a.stage) < rank(b.stage):
        assert score(policy, a, TODAY) > score(policy, b, TODAY)


@given(file=inputs)
def test_score_is_the_sum_of_its_parts_and_factors_stay_in_range(file: PriorityInputs) -> None:
    policy = PriorityPolicy()
    parts = score_parts(policy, file, TODAY)
    assert score(policy, file, TODAY) == pytest.approx(sum(p.points for p in parts))
    for part in parts:
        if part.factor not in ("stage", "manual"):
            assert 0.0 <= part.value <= 1.0


def test_within_a_stage_urgency_balance_and_attempts_order_files() -> None:
    policy = PriorityPolicy()
    near = item(formal_notice_due_on=TODAY + timedelta(days=3))
    far = item(formal_notice_due_on=TODAY + timedelta(days=25))
    none = item()
    assert score(policy, near, TODAY) > score(policy, far, TODAY) > score(policy, none, TODAY)
    big = item(balance=Decimal("5000.00"))
    assert score(policy, big, TODAY) > score(policy, none, TODAY)
    tried = item(attempts=3)
    assert score(policy, tried, TODAY) < score(policy, none, TODAY)
    limitation = item(limitation_on=TODAY + timedelta(days=10))
    assert score(policy, limitation, TODAY) > score(policy, none, TODAY)
    old = item(default_since=TODAY - timedelta(days=80))
    assert score(policy, old, TODAY) > score(policy, none, TODAY)
    pinned = item(Stage.NEW_CLAIM_NO_RIGHTS, manual_priority=1)
    assert score(policy, pinned, TODAY) > score(policy, item(Stage.DEFAULT_M2), TODAY)


def test_narrowing_stage_gaps_lets_an_urgent_m1_pass_a_quiet_m2() -> None:
    urgent_m1 = item(Stage.DEFAULT_M1, formal_notice_due_on=TODAY + timedelta(days=1))
    quiet_m2 = item(Stage.DEFAULT_M2)
    default = PriorityPolicy()
    assert score(default, quiet_m2, TODAY) > score(default, urgent_m1, TODAY)
    weights = dict(default.stage_weights)
    weights[Stage.DEFAULT_M1] = weights[Stage.DEFAULT_M2] - 10
    narrowed = PriorityPolicy(stage_weights=weights)
    assert score(narrowed, urgent_m1, TODAY) > score(narrowed, quiet_m2, TODAY)
    assert narrowed.stage_order[:2] == (Stage.DEFAULT_M2, Stage.DEFAULT_M1)


def test_json_round_trip_and_partial_documents() -> None:
    weights = dict(PriorityPolicy().stage_weights)
    weights[Stage.END_OF_RIGHTS] = 650.0
    policy = PriorityPolicy(stage_weights=weights, balance_weight=30.0, version=7)
    assert PriorityPolicy.from_json(policy.to_json()) == policy
    # A stored document missing keys (an older version) takes the defaults for them.
    partial = PriorityPolicy.from_json({"notice_weight": 50, "stage_weights": {"DEFAULT_M1": 1}})
    assert partial.notice_weight == 50.0
    assert partial.stage_weights[Stage.DEFAULT_M1] == 1.0
    assert (
        partial.stage_weights[Stage.DEFAULT_M2] == PriorityPolicy().stage_weights[Stage.DEFAULT_M2]
    )
    assert policy.with_version(8).version == 8


@pytest.mark.parametrize(
    ("document", "field"),
    [
        ({"notice_weight": -1}, "notice_weight"),
        ({"notice_weight": "nan"}, "notice_weight"),
        ({"balance_weight": "beaucoup"}, "balance_weight"),
        ({"notice_horizon_days": 0}, "notice_horizon_days"),
        ({"age_horizon_days": 2.5}, "age_horizon_days"),
        ({"stage_weights": {"DEFAULT_M9": 3}}, "stage_weights"),
        ({"stage_weights": {"DEFAULT_M1": 2_000_000}}, "stage_weights.DEFAULT_M1"),
        ({"stage_weights": [1, 2]}, "stage_weights"),
        ({"balance_points": [["0", 0.5], ["100", 0.2]]}, "balance_points"),
        ({"balance_points": [["10", 0.0], ["100", 1.0]]}, "balance_points"),
        ({"colour": "blue"}, "colour"),
    ],
)
def test_bad_settings_are_refused_naming_the_field(document: dict[str, object], field: str) -> None:
    with pytest.raises(PolicyError) as caught:
        PriorityPolicy.from_json(document)
    assert caught.value.field == field
    assert str(caught.value)


def test_a_missing_stage_weight_is_refused() -> None:
    with pytest.raises(PolicyError, match="NEW_CLAIM_NO_RIGHTS is missing") as caught:
        PriorityPolicy(stage_weights={Stage.DEFAULT_M1: 1.0})
    assert caught.value.field == "stage_weights"
