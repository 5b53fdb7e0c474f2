"""Several processes claiming from one database: every file is claimed exactly once."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from telerecouv.domain.enums import Stage
from telerecouv.services.database import Database

from .claim_helpers import build

ALWAYS_OPEN = {str(day): [["00:00", "24:00"]] for day in range(7)}
PROCESSES = 4
FILES = 480  # long enough a race that a process waiting for SQLite's lock gets its turn


def run_worker(*args: str) -> subprocess.Popen[str]:
    root = Path(__file__).resolve().parents[3]
    return subprocess.Popen(
        [sys.executable, "-m", "tests.services.queue.claim_worker", *args],
        cwd=root,
        stdout=subprocess.PIPE,
        text=True,
    )


def test_processes_claiming_at_once_get_each_file_exactly_once(
    database: Database, tmp_path: Path
) -> None:
    # zones without holidays and hours open all week: the real clock is used
    stages = [Stage.DEFAULT_M2, Stage.DEFAULT_M1, Stage.END_OF_RIGHTS]
    files = {
        f"f{n}": {"zones": "UTC", "stage": stages[n % 3], "balance": f"{10 + n}.00"}
        for n in range(FILES)
    }
    setup = build(database, files, agents=PROCESSES, org_values={"calling_hours": ALWAYS_OPEN})
    outputs = [tmp_path / f"claims{n}.json" for n in range(PROCESSES)]
    workers = [
        run_worker("claim_all", database.url, str(agent.user_id), str(out), str(PROCESSES))
        for agent, out in zip(setup.agents, outputs, strict=True)
    ]
    for worker in workers:
        worker.communicate(timeout=120)
        assert worker.returncode == 0
    claims = [json.loads(out.read_text()) for out in outputs]
    every = [item for got in claims for item in got]
    assert len(every) == FILES
    assert len(set(every)) == FILES  # no file twice
    assert sum(1 for got in claims if got) >= 2  # they did work side by side
