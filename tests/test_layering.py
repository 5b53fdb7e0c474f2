"""Dependencies point ui -> services -> store/domain: only telerecouv.ui may import Qt."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import telerecouv

PACKAGE = Path(telerecouv.__file__).parent
NON_UI = ("domain", "store", "services", "jobs")


def test_non_ui_packages_import_without_qt() -> None:
    modules = sorted(
        ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        for sub in NON_UI
        for path in (PACKAGE / sub).rglob("*.py")
    )
    code = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path, target=None):\n"
        "        if name.split('.')[0] == 'PySide6': raise ImportError('Qt is forbidden here')\n"
        "sys.meta_path.insert(0, Block())\n"
        f"for m in {modules!r}:\n"
        "    __import__(m.replace('.__init__', ''))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_domain_is_pure() -> None:
    for path in (PACKAGE / "domain").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for forbidden in (
            "import sqlalchemy",
            "from sqlalchemy",
            "PySide6",
            "telerecouv.store",
            "telerecouv.services",
            "telerecouv.ui",
        ):
            assert forbidden not in text, f"{path.name} imports {forbidden}"
