"""`telerecouv queue list|next|release` on both databases."""

from __future__ import annotations

import json

import pytest

from telerecouv.cli import main
from telerecouv.domain.enums import Stage
from telerecouv.services.database import Database
from telerecouv.store.types import utcnow

from .claim_helpers import build
from .test_concurrency import ALWAYS_OPEN

FILES = {
    "m1": {"zones": "UTC", "stage": Stage.DEFAULT_M1, "balance": "80.00"},
    "m2": {"zones": "UTC", "stage": Stage.DEFAULT_M2, "balance": "1240.00"},
}


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_list_next_release_from_the_command_line(
    database: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    setup = build(database, FILES, org_values={"calling_hours": ALWAYS_OPEN}, now=utcnow())
    url = ["--database-url", database.url]
    code, out, err = _run([*url, "queue", "list", "--json"], capsys)
    assert code == 0, err
    rows = json.loads(out)
    assert [r["stage"] for r in rows] == ["DEFAULT_M2", "DEFAULT_M1"]
    first = rows[0]
    assert first["debtor_external_id"].startswith("D") and len(first["claim_external_ids"]) == 1
    assert first["explanation"] == "M+2, 1\u202f240,00\xa0€, aucune tentative"
    assert first["time_zones"] == ["UTC"] and first["next_eligible_at"] is None
    assert first["score"] > rows[1]["score"]
    code, out, _ = _run(
        [*url, "queue", "list", "--stage", "DEFAULT_M1", "--limit", "5", "--json"], capsys
    )
    assert [r["debtor_id"] for r in json.loads(out)] == [setup.debtors["m1"]]

    code, out, err = _run([*url, "queue", "next", "--agent", "agent1", "--json"], capsys)
    assert code == 0, err
    lease = json.loads(out)
    assert lease["item_id"] == first["item_id"] and lease["stage"] == "DEFAULT_M2"
    assert lease["token"] and lease["explanation"].startswith("M+2")
    code, out, _ = _run([*url, "queue", "list", "--json"], capsys)
    assert [r["stage"] for r in json.loads(out)] == ["DEFAULT_M1"]  # the leased one is out

    code, out, err = _run([*url, "queue", "release", str(lease["item_id"])], capsys)
    assert code == 0, err
    code, out, _ = _run([*url, "queue", "next", "--agent", "agent2", "--json"], capsys)
    assert json.loads(out)["item_id"] == lease["item_id"]


def test_clear_errors(database: Database, capsys: pytest.CaptureFixture[str]) -> None:
    url = ["--database-url", database.url]
    code, _, err = _run([*url, "queue", "next", "--agent", "nobody"], capsys)
    assert code == 2 and "no active user 'nobody'" in err
    code, _, err = _run([*url, "queue", "release", "999"], capsys)
    assert code == 2 and "no work item 999" in err
    code, out, _ = _run([*url, "queue", "list"], capsys)
    assert code == 0 and "no queued file" in out


def test_the_queue_benchmark_is_a_bench_subcommand() -> None:
    from telerecouv.cli import build_parser

    args = build_parser().parse_args(
        ["bench", "queue", "--items", "1000", "--claims", "50", "--agents", "1,8", "--skip-sqlite"]
    )
    assert args.items == 1000 and args.agents == "1,8" and args.skip_sqlite
    assert args.handler.__module__ == "telerecouv.benchmarks.queue"
