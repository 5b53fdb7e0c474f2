"""The whole path on the real queue engine: next call, debtor file, outcome, the item moves on."""

from __future__ import annotations

from decimal import Decimal

from telerecouv.domain.enums import CallResult, Reachability, WorkItemStatus
from telerecouv.services.calls import CallService
from telerecouv.services.database import Database
from telerecouv.services.debtor_file import DebtorFileService
from telerecouv.services.queue.service import QueueService
from telerecouv.store.models import WorkItem
from tests.services.agent.factory import clock, make_debtor, make_org, make_user, outcome
from tests.services.agent.test_calls import ten_months


def test_next_call_file_and_outcome_on_the_real_queue(database: Database) -> None:
    org = make_org(database)
    agent = make_user(database, "agent1")
    files_by_debtor = {
        f.debtor_id: f
        for f in (make_debtor(database, org, "300.00"), make_debtor(database, org, "1240.00"))
    }
    queue = QueueService(database.sessions, clock=clock)
    files = DebtorFileService(database.sessions, explain=queue.explain)
    calls = CallService(database.sessions, clock=clock)

    first = queue.next_item(agent)
    assert first is not None
    file = files.load(agent, first.debtor_id)
    assert file.explanation  # "pourquoi ce dossier", from the queue engine
    saved = calls.record(agent, outcome(files_by_debtor[first.debtor_id], lease=first))
    assert saved.item_status is WorkItemStatus.QUEUED and saved.next_eligible_at is not None

    second = queue.next_item(agent)
    assert second is not None and second.debtor_id != first.debtor_id
    agreeing = files_by_debtor[second.debtor_id]
    saved = calls.record(
        agent,
        outcome(
            agreeing,
            Reachability.RIGHT_PARTY,
            CallResult.PLAN_AGREED,
            lease=second,
            plan=ten_months(agreeing),
        ),
    )
    assert saved.item_status is WorkItemStatus.DONE
    with database.sessions() as session:
        item = session.get(WorkItem, agreeing.item_id)
        assert item is not None and item.lease_token is None and item.attempts == 1
    reloaded = files.load(agent, agreeing.debtor_id)
    assert reloaded.plans[0].total == sum((c.balance for c in reloaded.claims), Decimal(0))
    # Nothing else may be called now: one file waits for its retry delay, one is settled.
    assert queue.next_item(agent) is None
