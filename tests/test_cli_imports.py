"""`telerecouv import`: JSON report and exit codes 0 / 1 / 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from telerecouv.cli import main
from telerecouv.services.database import open_database
from tests.services.imports.helpers import DEBTOR_HEADER, debtor_line, organisation, write


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
    assert json.loads(capsys.readouterr().out) == {"accepted": 2, "rejected": 0, "errors": []}

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
