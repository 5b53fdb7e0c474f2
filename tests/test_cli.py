"""The command line: database, users, demo, and clean errors."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

from telerecouv.cli import main


def run(
    argv: list[str],
    capsys: pytest.CaptureFixture[str],
    stdin: str = "",
    monkeypatch: pytest.MonkeyPatch | None = None,
) -> tuple[int, str, str]:
    if monkeypatch is not None:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_db_upgrade_then_current(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["--database-url", db_url, "db", "upgrade"], capsys)
    assert code == 0
    code, out, _ = run(["--database-url", db_url, "db", "current", "--json"], capsys)
    status = json.loads(out)
    assert code == 0 and status["up_to_date"] is True and status["current"] == status["head"]


def test_users_add_from_stdin_then_list(
    db_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, err = run(
        [
            "--database-url",
            db_url,
            "users",
            "add",
            "lead1",
            "--role",
            "team_lead",
            "--password-stdin",
        ],
        capsys,
        "lead-password\n",
        monkeypatch,
    )
    assert code == 0, err
    code, out, _ = run(["--database-url", db_url, "users", "list", "--json"], capsys)
    assert [u["login"] for u in json.loads(out)] == ["lead1"]
    code, _, err = run(
        ["--database-url", db_url, "users", "add", "lead1", "--role", "agent", "--password-stdin"],
        capsys,
        "other-password\n",
        monkeypatch,
    )
    assert code == 2 and "already exists" in err and "Traceback" not in err


def test_demo_prints_users(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        ["--database-url", db_url, "demo", "--debtors", "60", "--seed", "3", "--json"], capsys
    )
    report = json.loads(out)
    assert code == 0 and report["debtors"] == 60 and report["users"]["agent1"] == "agent1-demo"


def test_unreachable_database_is_one_clear_line() -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "telerecouv.cli",
            "--database-url",
            "postgresql://clerk:Hunter22@127.0.0.1:1/x",
            "db",
            "upgrade",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and "Hunter22" not in result.stderr
    assert "Cannot reach the database" in result.stderr
