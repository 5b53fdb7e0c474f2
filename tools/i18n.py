"""Translation workflow: one .ts file per area of the UI, French shipped and used by default.

    python tools/i18n.py update AREA FILE...   # extract tr() strings of FILEs into AREA_fr.ts
    python tools/i18n.py fill AREA PAIRS.json  # write French for {"source": "traduction"}
    python tools/i18n.py release               # compile every .ts into its .qm
    python tools/i18n.py check                 # list unfinished strings (exit 1 if any)

Areas keep parallel work apart (core, agent, lead, supervisor...). The application loads
every `*_fr.qm` of resources/translations.
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIR = ROOT / "resources" / "translations"
BIN = Path(sys.executable).parent


def ts_path(area: str) -> Path:
    return DIR / f"{area}_fr.ts"


def update(area: str, files: list[str]) -> None:
    DIR.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            str(BIN / "pyside6-lupdate"),
            *files,
            "-ts",
            str(ts_path(area)),
            "-no-obsolete",
            "-target-language",
            "fr_FR",
        ],
        check=True,
    )


def fill(area: str, pairs_file: str) -> None:
    pairs: dict[str, str] = json.loads(Path(pairs_file).read_text(encoding="utf-8"))
    path = ts_path(area)
    tree = ET.parse(path)
    done = 0
    for message in tree.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if source in pairs and translation is not None:
            translation.text = pairs[source]
            translation.attrib.pop("type", None)
            done += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    print(f"{done} strings translated in {path.name}")


def unfinished() -> dict[str, list[str]]:
    missing: dict[str, list[str]] = {}
    for path in sorted(DIR.glob("*_fr.ts")):
        for message in ET.parse(path).iter("message"):
            translation = message.find("translation")
            if (
                translation is None
                or translation.get("type") == "unfinished"
                or not (translation.text or "").strip()
            ):
                missing.setdefault(path.name, []).append(message.findtext("source") or "")
    return missing


def release(out_dir: Path | None = None) -> list[Path]:
    produced = []
    for path in sorted(DIR.glob("*_fr.ts")):
        target = (out_dir or DIR) / path.with_suffix(".qm").name
        subprocess.run(
            [str(BIN / "pyside6-lrelease"), "-silent", str(path), "-qm", str(target)], check=True
        )
        produced.append(target)
    return produced


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    command, *rest = argv
    if command == "update":
        update(rest[0], rest[1:])
    elif command == "fill":
        fill(rest[0], rest[1])
    elif command == "release":
        release()
    elif command == "check":
        missing = unfinished()
        for name, sources in missing.items():
            for source in sources:
                print(f"{name}: {source!r}")
        return 1 if missing else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
