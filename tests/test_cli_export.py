"""`telerecouv export`: files written per organisation, bad month refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from telerecouv.cli import main
from telerecouv.services.database import open_database
from tests.services.imports.helpers import organisation


def test_export_monthly_and_outcomes(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = open_database(db_url)
    organisation(db, "CAF-T")
    db.dispose()
    base = ["--database-url", db_url, "export"]
    assert main([*base, "monthly", "--month", "2026-11", "--format", "csv", "--out",
                 str(tmp_path), "--json"]) == 0  # fmt: skip
    files = json.loads(capsys.readouterr().out)["files"]
    assert sorted(Path(f).name for f in files) == [
        f"monthly-CAF-T-2026-11-{name}.csv"
        for name in sorted(("agreed", "paid", "arrangements", "refusals", "contact_changes",
                            "relief"))
    ]  # fmt: skip
    assert main([*base, "outcomes", "--month", "2026-11", "--out", str(tmp_path)]) == 0
    assert capsys.readouterr().out.strip().endswith("outcomes-CAF-T-2026-11.xlsx")
    with pytest.raises(SystemExit):
        main([*base, "outcomes", "--month", "2026-13", "--out", str(tmp_path)])
    assert "not a month" in capsys.readouterr().err
