"""Processes that claim from a shared database (spawned by the concurrency and lease tests)."""

from __future__ import annotations

import json
import sys
import time
from datetime import timedelta
from pathlib import Path

from telerecouv.domain.enums import Role
from telerecouv.services.database import open_database
from telerecouv.services.permissions import Actor
from telerecouv.services.queue.service import QueueService


def claim_all(url: str, user_id: int, out: str, workers: int) -> None:
    """Claim until the queues are empty; write the leased item ids to `out` (JSON).

    The workers start together: each says it is ready (a file beside `out`) and waits for
    the others, however long the machine takes to start them."""
    database = open_database(url, migrate_schema=False)
    service = QueueService(database.sessions)
    agent = Actor(user_id, f"agent{user_id}", Role.AGENT)
    folder = Path(out).parent
    (folder / f"{Path(out).name}.ready").touch()
    deadline = time.monotonic() + 60
    while len(list(folder.glob("*.ready"))) < workers and time.monotonic() < deadline:
        time.sleep(0.001)
    got: list[int] = []
    while (lease := service.next_item(agent)) is not None:
        got.append(lease.item_id)
    database.dispose()
    with open(out, "w", encoding="utf-8") as handle:
        json.dump(got, handle)


def claim_and_die(url: str, user_id: int) -> None:
    """Claim one file, say which, then hang (the test kills the process)."""
    database = open_database(url, migrate_schema=False)
    service = QueueService(database.sessions, lease_duration=timedelta(seconds=30))
    lease = service.next_item(Actor(user_id, f"agent{user_id}", Role.AGENT))
    print(json.dumps(lease.item_id if lease else None), flush=True)
    time.sleep(600)


if __name__ == "__main__":
    if sys.argv[1] == "claim_all":
        claim_all(sys.argv[2], int(sys.argv[3]), sys.argv[4], int(sys.argv[5]))
    else:
        claim_and_die(sys.argv[2], int(sys.argv[3]))
