"""Translation workflow: one .ts file per area of the UI, French shipped and used by default.

    python tools/i18n.py update AREA FILE...   # extract tr() strings of FILEs into AREA_fr.ts
    python tools/i18n.py services              # extract msg("...") templates into services_fr.ts
    python tools/i18n.py fill AREA PAIRS.json  # write French for {"source": "traduction"}
    python tools/i18n.py release               # compile every .ts into its .qm
    python tools/i18n.py check                 # list unfinished strings (exit 1 if any)

Areas keep parallel work apart (core, agent, lead, supervisor...). The application loads
every `*_fr.qm` of resources/translations.

The `services` area holds the refusals of the services (`store.errors.msg("No user
{login!r}.", login=login)`): their templates are found by reading the code of SERVICE_PACKAGES
(the CLI keeps English), the French keeps exactly the same {placeholders}, and the interface
translates them in the `services` context (telerecouv/ui/errors.py).
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIR = ROOT / "resources" / "translations"
BIN = Path(sys.executable).parent
SERVICES_CONTEXT = "services"
SERVICE_PACKAGES = ("telerecouv/services", "telerecouv/jobs", "telerecouv/store")


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


def msg_templates() -> dict[str, list[tuple[str, int]]]:
    """Every literal template of a `msg(...)` call in SERVICE_PACKAGES, with where it is, and
    the refused actions named by `require(actor, permission, "action")`."""
    found: dict[str, list[tuple[str, int]]] = {}
    for package in SERVICE_PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
            for node in ast.walk(tree):
                if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                    continue
                relative = path.relative_to(ROOT).as_posix()
                if node.func.id == "require" and len(node.args) == 3:
                    # permissions.require(actor, permission, "the refused action")
                    action = node.args[2]
                    if isinstance(action, ast.Constant) and isinstance(action.value, str):
                        template = action.value.replace("{", "{{").replace("}", "}}")
                        found.setdefault(template, []).append((relative, node.lineno))
                    continue
                if node.func.id != "msg":
                    continue
                first = node.args[0] if node.args else None
                if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                    raise SystemExit(f"{relative}:{node.lineno}: msg() needs a literal template")
                found.setdefault(first.value, []).append((relative, node.lineno))
    return found


def update_services() -> int:
    """Rewrite services_fr.ts from the msg() templates, keeping the French already written."""
    path = ts_path(SERVICES_CONTEXT)
    known: dict[str, str] = {}
    if path.exists():
        for message in ET.parse(path).iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") != "unfinished":
                known[message.findtext("source") or ""] = translation.text or ""
    root = ET.Element("TS", {"version": "2.1", "language": "fr_FR"})
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = SERVICES_CONTEXT
    templates = msg_templates()
    for template in sorted(templates):
        message = ET.SubElement(context, "message")
        # The files only, not the lines: a line moved by an unrelated edit changes nothing here.
        for filename in sorted({filename for filename, _line in templates[template]}):
            ET.SubElement(message, "location", {"filename": f"../../{filename}"})
        ET.SubElement(message, "source").text = template
        translation = ET.SubElement(message, "translation")
        if template in known:
            translation.text = known[template]
        else:
            translation.set("type", "unfinished")
    ET.indent(context, space="    ")  # the layout of lupdate's files
    root.text = context.tail = "\n"
    DIR.mkdir(parents=True, exist_ok=True)
    ET.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)
    missing = sum(1 for template in templates if template not in known)
    print(f"{len(templates)} templates in {path.name}, {missing} to translate")
    return missing


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
    if command == "services" or (command == "update" and rest == [SERVICES_CONTEXT]):
        update_services()
    elif command == "update":
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
