"""`telerecouv import`: JSON report and exit codes 0 / 1 / 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from telerecouv.cli import main
from telerecouv.services.database import open_database
from tests.services.imports.helpers import (
    CLAIM_HEADER,
    DEBTOR_HEADER,
    claim_line,
    debtor_line,
    organisation,
    write,
)


def test_import_exit_codes_and_json(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = open_database(db_url)
    organisation(db)
    db.dispose()
    good = write(tmp_path / "good.csv", DEBTOR_HEADER, [debtor_line("D1"), debtor_line("D2")])
    mixed = write(
        tmp_path / "mixed.csv", DEBTOR_HEADER, [debtor_line("D3"), debtor_line("D4", name="")]
    )
    base = ["--database-url", db_url, "import", "debtors"]

    assert main([*base, str(good), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert {key: report[key] for key in ("accepted", "rejected", "errors")} == {
        "accepted": 2, "rejected": 0, "errors": []
    }  # fmt: skip
    assert (report["inserted"], report["updated"], report["dry_run"]) == (2, 0, False)

    assert main([*base, str(mixed), "--json", "--dry-run"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["accepted"] == 1 and report["rejected"] == 1
    assert report["errors"] == [
        {"line": 3, "field": "last_name", "reason": "a person needs a last name"}
    ]

    assert main([*base, str(mixed)]) == 1
    out = capsys.readouterr().out
    assert "1 rows were accepted" in out and "line 3: last_name" in out

    assert main([*base, str(tmp_path / "missing.csv")]) == 2
    assert "No file" in capsys.readouterr().err
    (tmp_path / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 64)
    assert main([*base, str(tmp_path / "old.xls"), "--json"]) == 2
    assert "97-2003" in json.loads(capsys.readouterr().out)["unreadable"]
    assert main([*base, str(good), "--mapping", "no-such-profile"]) == 2
    assert "No mapping profile" in capsys.readouterr().err


def test_the_import_says_what_the_matching_and_the_queue_did(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = open_database(db_url)
    organisation(db)
    db.dispose()
    base = ["--database-url", db_url, "import"]
    debtors = write(tmp_path / "d.csv", DEBTOR_HEADER, [debtor_line("D1"), debtor_line("D2")])
    claims = write(tmp_path / "c.csv", CLAIM_HEADER,
                   [claim_line("C1", "D1", "100,00"), claim_line("C2", "D2", "80,00")])  # fmt: skip
    payments = write(tmp_path / "p.csv", "external_id;claim_external_id;amount;paid_on;means",
                     ["P1;C1;100,00;02/11/2026;virement", "P2;C2;90,00;02/11/2026;"])  # fmt: skip
    assert main([*base, "debtors", str(debtors)]) == 0
    assert main([*base, "claims", str(claims)]) == 0
    assert "queue: files queued: 2" in capsys.readouterr().out
    assert main([*base, "payments", str(payments)]) == 0
    out = capsys.readouterr().out
    assert "payments: payments matched: 2, amount: 190.00, overpaid: 10.00" in out
    assert "claims paid off: 2" in out

    assert main([*base, "payments", str(payments), "--json", "--dry-run"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["unchanged"] == 2 and "matching" not in report  # nothing new to match


def test_json_says_why_nothing_was_imported(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = open_database(db_url)
    organisation(db, "CAF-A")
    organisation(db, "CAF-B")
    db.dispose()
    good = write(tmp_path / "good.csv", DEBTOR_HEADER, [debtor_line("D1")])
    base = ["--database-url", db_url, "import", "debtors", str(good), "--json"]
    assert main(base) == 2
    captured = capsys.readouterr()
    report = json.loads(captured.out)
    assert (report["accepted"], report["rejected"]) == (0, 0)
    assert "Several organisations" in report["error"] and "CAF-A" in captured.err
    assert main([*base, "--organisation", "NOPE"]) == 2
    assert "No organisation 'NOPE'" in json.loads(capsys.readouterr().out)["error"]


def test_ctrl_c_while_the_commands_load_is_a_clean_exit(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import telerecouv.cli as cli

    def interrupted() -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "build_parser", interrupted)
    assert main(["import", "debtors", "x.csv"]) == 130
    assert "interrupted; nothing was half-written" in capsys.readouterr().err
