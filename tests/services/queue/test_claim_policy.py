"""The priority policy as claims see it: SQL score = domain score, a change seen at once, lists."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select, update

from telerecouv.domain.enums import Stage
from telerecouv.domain.priority import PriorityInputs, PriorityPolicy, score
from telerecouv.services.database import Database
from telerecouv.services.queue.hopper import inputs_of
from telerecouv.services.queue.policy import QueuePolicyService, load_settings
from telerecouv.store.claiming import WORK_ITEMS, score_sql
from telerecouv.store.models import HopperBuild, HopperEntry, WorkItem

from .claim_helpers import MONDAY_10H, build, supervisor
from .factory import make_world


def _save_priority(database: Database, policy: PriorityPolicy, login: str = "super") -> None:
    """The supervisor saves new weights (a new priority version)."""
    service = QueuePolicyService(database.sessions)
    service.save(supervisor(database, login), replace(service.load(), priority=policy))


def test_the_sql_score_is_the_domain_score(database: Database) -> None:
    rng = random.Random(7)
    today = date(2025, 3, 10)
    policy = PriorityPolicy(notice_weight=33.0, age_horizon_days=45, attempts_horizon=3)
    with database.sessions.begin() as session:
        world = make_world(session)
        debtor = world.debtor()
        world.claim(debtor)
        from telerecouv.services.queue.sync import sync_work_items

        sync_work_items(session, debtor_ids=[debtor.id], now=MONDAY_10H)
        template = session.scalars(select(WorkItem)).one()
        cases = []
        for n in range(40):
            inputs = PriorityInputs(
                stage=rng.choice(list(Stage)),
                balance=Decimal(rng.randrange(0, 2_000_000)) / 100,
                formal_notice_due_on=rng.choice([None, today + timedelta(rng.randint(-5, 40))]),
                limitation_on=rng.choice([None, today + timedelta(rng.randint(-5, 120))]),
                default_since=rng.choice([None, today - timedelta(rng.randint(-3, 200))]),
                attempts=rng.randint(0, 6),
                manual_priority=rng.choice([0, 0, 0, 1]),
            )
            debtor = world.debtor(phone=None)
            item = WorkItem(
                organisation_id=template.organisation_id,
                debtor_id=debtor.id,
                queue_id=template.queue_id,
                stage=inputs.stage,
                balance_total=inputs.balance,
                formal_notice_due_on=inputs.formal_notice_due_on,
                limitation_on=inputs.limitation_on,
                default_since=inputs.default_since,
                attempts=inputs.attempts,
                manual_priority=inputs.manual_priority,
            )
            session.add(item)
            session.flush()
            cases.append((item.id, score(policy, inputs, today), n))
        dialect = session.get_bind().dialect.name
        sql = dict(
            session.execute(select(WORK_ITEMS.c.id, score_sql(policy, today, dialect))).all()
        )
    for item_id, expected, n in cases:
        assert sql[item_id] == pytest.approx(expected, abs=1e-6), n


FILES = {
    "m2_quiet": {"stage": Stage.DEFAULT_M2, "balance": "50.00"},
    "m1_urgent": {
        "stage": Stage.DEFAULT_M1,
        "balance": "9000.00",
        "formal_notice_due_on": date(2025, 3, 11),
        "limitation_on": date(2025, 3, 20),
    },
}


def _flat(policy: PriorityPolicy) -> PriorityPolicy:
    """Stages 10 points apart: an urgent M+1 file passes a quiet M+2 one."""
    return replace(policy, stage_weights={s: 10.0 for s in Stage})


def test_a_weight_change_is_seen_by_the_next_claim(database: Database) -> None:
    setup = build(database, FILES)
    agent = setup.agents[0]
    lease = setup.service.next_item(agent)  # builds the hoppers under the default policy
    assert lease is not None and setup.label_of(lease.debtor_id) == "m2_quiet"
    setup.service.release(agent, lease.item_id, lease.token)
    _save_priority(database, _flat(PriorityPolicy()))
    lease = setup.service.next_item(agent)
    assert lease is not None and setup.label_of(lease.debtor_id) == "m1_urgent"


def test_list_items_in_offer_order_and_a_preview_of_unsaved_settings(database: Database) -> None:
    setup = build(database, {**FILES, "m1_later": {"stage": Stage.DEFAULT_M1}})
    with database.sessions.begin() as session:
        session.execute(
            update(WorkItem)
            .where(WorkItem.debtor_id == setup.debtors["m1_later"])
            .values(next_eligible_at=MONDAY_10H + timedelta(hours=2))
        )
    rows = setup.service.list_items()
    assert [setup.label_of(r.debtor_id) for r in rows] == ["m2_quiet", "m1_urgent", "m1_later"]
    first = rows[0]
    assert first.stage is Stage.DEFAULT_M2 and first.next_eligible_at is None
    assert first.explanation == "M+2, 50,00\xa0€, aucune tentative"
    assert first.time_zones == ("Europe/Paris",)
    assert len(first.claim_external_ids) == 1 and first.debtor_external_id.startswith("D")
    assert rows[2].next_eligible_at == MONDAY_10H + timedelta(hours=2)
    assert rows[0].score > rows[1].score
    # preview: nothing saved, claims unchanged
    with database.sessions() as session:
        stored = load_settings(session)
    preview = setup.service.list_items(settings=replace(stored, priority=_flat(stored.priority)))
    assert [setup.label_of(r.debtor_id) for r in preview][:2] == ["m1_urgent", "m2_quiet"]
    lease = setup.service.next_item(setup.agents[0])
    assert lease is not None and setup.label_of(lease.debtor_id) == "m2_quiet"
    # filters
    m1 = setup.service.list_items(stage=Stage.DEFAULT_M1, limit=1)
    assert [setup.label_of(r.debtor_id) for r in m1] == ["m1_urgent"]
    assert setup.service.explain(rows[1].item_id).startswith("M+1, mise en demeure dans 1 j")


def test_a_pinned_file_is_offered_first_oldest_pin_first(database: Database) -> None:
    setup = build(database, {**FILES, "m1_small": {"stage": Stage.DEFAULT_M1}})
    policies = QueuePolicyService(database.sessions, clock=setup.clock)
    boss = supervisor(database)
    agent = setup.agents[0]
    assert setup.service.next_item(agent) is not None  # hoppers built before the pins
    policies.pin_to_top(boss, setup.item_of("m1_small").id)
    setup.clock.advance(seconds=1)
    policies.pin_to_top(boss, setup.item_of("m1_urgent").id)
    rows = setup.service.list_items()
    assert [setup.label_of(r.debtor_id) for r in rows] == ["m1_small", "m1_urgent"]
    first = setup.service.next_item(agent)
    second = setup.service.next_item(agent)
    assert first is not None and setup.label_of(first.debtor_id) == "m1_small"
    assert second is not None and setup.label_of(second.debtor_id) == "m1_urgent"


def _builds(database: Database) -> dict[int, tuple[object, int]]:
    with database.sessions() as session:
        return {
            b.queue_id: (b.built_at, b.policy_version) for b in session.scalars(select(HopperBuild))
        }


def test_a_weight_change_rescores_the_hoppers_and_a_horizon_change_rebuilds_them(
    database: Database,
) -> None:
    setup = build(database, {**FILES, "m1_small": {"stage": Stage.DEFAULT_M1, "balance": "5.00"}})
    agent = setup.agents[0]
    lease = setup.service.next_item(agent)
    assert lease is not None and setup.label_of(lease.debtor_id) == "m2_quiet"
    setup.service.release(agent, lease.item_id, lease.token)
    before = _builds(database)
    setup.clock.advance(seconds=30)
    flat = _flat(PriorityPolicy())
    _save_priority(database, flat)
    lease = setup.service.next_item(agent)
    assert lease is not None and setup.label_of(lease.debtor_id) == "m1_urgent"
    after = _builds(database)
    version = load_version(database)
    # Same files in each hopper, new scores: no rebuild (built_at kept), the new version.
    assert {q: b[0] for q, b in after.items()} == {q: b[0] for q, b in before.items()}
    assert {b[1] for b in after.values()} == {version}
    with database.sessions() as session:
        entries = session.execute(
            select(HopperEntry.score, WorkItem)
            .join(WorkItem, WorkItem.id == HopperEntry.work_item_id)
            .order_by(HopperEntry.score.desc())
        ).all()
    today = setup.clock.now.date()
    assert entries, "the hoppers kept their other files"
    for value, item in entries:
        assert value == pytest.approx(score(flat, inputs_of(item), today), abs=1e-6)
    # Within-stage factor weights: re-scored too (the hoppers held every file).
    setup.service.release(agent, lease.item_id, lease.token)
    setup.clock.advance(seconds=30)
    _save_priority(database, replace(flat, balance_weight=0.0, notice_weight=0.0), "super2")
    assert setup.service.next_item(agent) is not None
    assert {q: b[0] for q, b in _builds(database).items()} == {q: b[0] for q, b in before.items()}
    # A horizon changes what the levels are: the hoppers are rebuilt.
    setup.clock.advance(seconds=30)
    _save_priority(database, replace(flat, notice_horizon_days=10), "super3")
    assert setup.service.next_item(agent) is not None
    rebuilt = _builds(database)
    assert all(b[0] == setup.clock.now for b in rebuilt.values())


def test_after_a_weight_change_claims_follow_the_new_scores_exactly(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Hoppers of 4 over a queue of 14 files: after each change of within-stage weights the
    hoppers are re-scored (not rebuilt), entries that a file left outside could pass are
    dropped, and the claims still come in the exact order of the new scores over the whole
    queue (the domain's score), the hopper refilling itself as it runs low."""
    from telerecouv.services.queue import hopper

    monkeypatch.setattr(hopper, "HOPPER_SIZE", 4)
    monkeypatch.setattr(hopper, "LOW_WATER", 2)
    rng = random.Random(11)
    today = MONDAY_10H.date()
    files = {
        f"f{n:02d}": {
            "stage": Stage.DEFAULT_M1,
            "balance": f"{rng.randrange(1, 1_200_000) / 100:.2f}",
            "formal_notice_due_on": rng.choice([None, today + timedelta(rng.randint(-3, 40))]),
            "limitation_on": rng.choice([None, today + timedelta(rng.randint(0, 120))]),
        }
        for n in range(14)
    }
    base = PriorityPolicy()
    policies = [
        replace(base, notice_weight=45.0),  # a small rise: most entries stay
        replace(base, notice_weight=45.0, balance_weight=8.0),  # a fall only: all stay
        replace(base, notice_weight=90.0, balance_weight=0.0, limitation_weight=60.0),  # big
        replace(base, notice_weight=20.0, balance_weight=20.0, attempts_weight=0.0),
    ]
    rescored = 0
    setup = build(database, files)
    agent = setup.agents[0]
    for round_number, policy in enumerate(policies):
        first = setup.service.next_item(agent)  # builds (or re-scores) the hoppers
        assert first is not None
        setup.service.release(agent, first.item_id, first.token)
        before = _builds(database)
        setup.clock.advance(seconds=20)
        _save_priority(database, policy, f"super{round_number}")
        with database.sessions() as session:
            items = session.scalars(select(WorkItem).where(WorkItem.stage == Stage.DEFAULT_M1))
            expected = [
                setup.label_of(item.debtor_id)
                for item in sorted(
                    items, key=lambda i: (-score(policy, inputs_of(i), today), -i.id)
                )
            ]
        leases = []
        for _n in range(len(files)):
            lease = setup.service.next_item(agent)
            assert lease is not None
            leases.append(lease)
            if _n == 0:  # re-scored (built_at kept) unless nothing would have been left
                built = {q: b[0] for q, b in _builds(database).items()}
                rescored += built == {q: b[0] for q, b in before.items()}
        assert [setup.label_of(lease.debtor_id) for lease in leases] == expected, round_number
        for lease in leases:
            setup.service.release(agent, lease.item_id, lease.token)
        setup.clock.advance(seconds=20)
    assert rescored >= 2, "the small changes were served by re-scoring the hoppers"


def test_a_file_left_outside_the_hopper_that_a_new_weight_lifts_is_called_in_its_turn(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Hoppers of 4. Under the default weights the best four are A (notice due today, large
    balance) and three large balances with no notice; E (notice in 20 days, small balance) is
    fifth, outside. Raising the notice weight to 100 lifts E above B, C and D: the re-scored
    hopper keeps only A (the others could be passed by a file outside), and E comes second."""
    from telerecouv.services.queue import hopper

    monkeypatch.setattr(hopper, "HOPPER_SIZE", 4)
    monkeypatch.setattr(hopper, "LOW_WATER", 1)
    today = MONDAY_10H.date()
    m1 = Stage.DEFAULT_M1
    files = {
        "A": {"stage": m1, "balance": "10000.00", "formal_notice_due_on": today},
        "B": {"stage": m1, "balance": "9900.00"},
        "C": {"stage": m1, "balance": "9000.00"},
        "D": {"stage": m1, "balance": "8000.00"},
        "E": {"stage": m1, "balance": "5.00", "formal_notice_due_on": today + timedelta(20)},
        "F": {"stage": m1, "balance": "4.00"},
    }
    setup = build(database, files)
    agent = setup.agents[0]
    lease = setup.service.next_item(agent)
    assert lease is not None and setup.label_of(lease.debtor_id) == "A"
    setup.service.release(agent, lease.item_id, lease.token)
    with database.sessions() as session:
        held = session.scalars(
            select(WorkItem.debtor_id).join(HopperEntry, HopperEntry.work_item_id == WorkItem.id)
        ).all()
    assert sorted(setup.label_of(debtor_id) for debtor_id in held) == list("ABCD")
    before = _builds(database)
    setup.clock.advance(seconds=20)
    _save_priority(database, replace(PriorityPolicy(), notice_weight=100.0))
    order = []
    for _n in range(len(files)):
        lease = setup.service.next_item(agent)
        assert lease is not None
        order.append(setup.label_of(lease.debtor_id))
        if _n == 0:  # served by the re-scored hopper: not rebuilt
            assert {q: b[0] for q, b in _builds(database).items()} == {
                q: b[0] for q, b in before.items()
            }
    assert order == list("AEBCDF")


def load_version(database: Database) -> int:
    with database.sessions() as session:
        return load_settings(session).priority.version


def test_outside_calling_hours_the_list_follows_the_scores_of_the_preview(
    database: Database,
) -> None:
    """At night every file waits for the same opening: the (preview) scores order them."""
    night = MONDAY_10H + timedelta(hours=12)  # Monday 22:00 in Paris
    setup = build(database, FILES, now=night)
    rows = setup.service.list_items()
    assert [setup.label_of(r.debtor_id) for r in rows] == ["m2_quiet", "m1_urgent"]
    assert rows[0].next_eligible_at == rows[1].next_eligible_at is not None
    assert rows[0].next_eligible_at > night
    settings = QueuePolicyService(database.sessions).load()
    preview = replace(settings, priority=_flat(settings.priority))
    rows = setup.service.list_items(settings=preview)
    assert [setup.label_of(r.debtor_id) for r in rows] == ["m1_urgent", "m2_quiet"]
    assert rows[0].score > rows[1].score
