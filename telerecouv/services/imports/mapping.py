"""Mapping profiles: how a creditor's own headers and codes map to our canonical columns.

A profile is a small JSON file (format in docs/formats.md, example in resources/examples/):

    {"kind": "claims", "description": "...", "organisation": "CAF-DEMO",
     "encoding": "cp1252", "delimiter": ";",
     "sheet": "Créances", "header_row": 2,
     "columns": {"N° indu": "external_id", "Matricule": "debtor_external_id"},
     "values": {"procedure": {"SURENDET": "overindebtedness"}},
     "defaults": {"origin": "benefit"}}

`--mapping NAME` looks for NAME (or NAME.json) as a path, then in the `mappings` folder of the
data directory, then among the examples shipped in resources/examples.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from telerecouv.config import data_dir
from telerecouv.paths import EXAMPLES_DIR
from telerecouv.services.imports.parsers import fold
from telerecouv.services.imports.readers import ReadOptions
from telerecouv.services.imports.report import KINDS
from telerecouv.store.errors import KnownError, msg

SHIPPED = EXAMPLES_DIR
_KEYS = {
    "kind", "description", "organisation", "encoding", "delimiter", "sheet", "header_row",
    "columns", "values", "defaults",
}  # fmt: skip


class MappingError(KnownError):
    """A mapping profile that cannot be used."""


@dataclass(frozen=True)
class MappingProfile:
    name: str = ""
    kind: str | None = None
    description: str = ""
    organisation: str | None = None  # code of the organisation the files belong to
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None
    header_row: int = 1
    columns: dict[str, str] = field(default_factory=dict)  # file header -> canonical column
    values: dict[str, dict[str, str]] = field(default_factory=dict)  # column -> {file: ours}
    defaults: dict[str, str] = field(default_factory=dict)  # column -> text when absent/empty

    @property
    def read_options(self) -> ReadOptions:
        return ReadOptions(self.encoding, self.delimiter, self.sheet, self.header_row)

    def canonical(self, header: str) -> str:
        """Our column name for a file header (mapped, else the header itself, folded)."""
        mapped = self._folded_columns().get(fold(header))
        return mapped if mapped is not None else fold(header)

    def _folded_columns(self) -> dict[str, str]:
        return {fold(k): v for k, v in self.columns.items()}

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "description": self.description,
            "organisation": self.organisation,
            "encoding": self.encoding,
            "delimiter": self.delimiter,
            "sheet": self.sheet,
            "header_row": self.header_row,
            "columns": self.columns,
            "values": self.values,
            "defaults": self.defaults,
        }

    def save(self, path: str | Path) -> None:
        Path(path).write_text(
            json.dumps(self.to_json(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )


def profile_from_json(data: Any, name: str = "") -> MappingProfile:
    """Validate a decoded profile; MappingError names the first problem."""
    where = msg("mapping profile {name!r}", name=name) if name else msg("mapping profile")
    if not isinstance(data, dict):
        raise MappingError(msg("The {where} must be a JSON object.", where=where))
    unknown = sorted(set(data) - _KEYS)
    if unknown:
        raise MappingError(
            msg("The {where} has unknown keys: {unknown}.", where=where, unknown=", ".join(unknown))
        )

    def string_map(key: str) -> dict[str, str]:
        value = data.get(key) or {}
        if not isinstance(value, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in value.items()
        ):
            raise MappingError(
                msg("In the {where}, {key!r} must map texts to texts.", where=where, key=key)
            )
        return dict(value)

    values = data.get("values") or {}
    if not isinstance(values, dict) or not all(
        isinstance(v, dict) and all(isinstance(a, str) and isinstance(b, str) for a, b in v.items())
        for v in values.values()
    ):
        raise MappingError(
            msg("In the {where}, 'values' must map columns to {{text: text}}.", where=where)
        )
    kind = data.get("kind")
    if kind is not None and kind not in KINDS:
        raise MappingError(
            msg(
                "In the {where}, 'kind' must be one of: {KINDS}.",
                where=where,
                KINDS=", ".join(KINDS),
            )
        )
    header_row = data.get("header_row", 1)
    if not isinstance(header_row, int) or isinstance(header_row, bool) or header_row < 1:
        raise MappingError(
            msg("In the {where}, 'header_row' must be a line number from 1.", where=where)
        )
    delimiter = data.get("delimiter")
    if delimiter is not None and (not isinstance(delimiter, str) or len(delimiter) != 1):
        raise MappingError(msg("In the {where}, 'delimiter' must be one character.", where=where))
    for key in ("kind", "encoding", "sheet", "description", "organisation"):
        if data.get(key) is not None and not isinstance(data[key], str):
            raise MappingError(msg("In the {where}, {key!r} must be a text.", where=where, key=key))
    return MappingProfile(
        name=name,
        kind=data.get("kind"),
        description=data.get("description") or "",
        organisation=data.get("organisation") or None,
        encoding=data.get("encoding") or None,
        delimiter=delimiter,
        sheet=data.get("sheet") or None,
        header_row=header_row,
        columns=string_map("columns"),
        values={str(column): dict(mapping) for column, mapping in values.items()},
        defaults=string_map("defaults"),
    )


def profile_dirs() -> list[Path]:
    return [data_dir() / "mappings", SHIPPED]


def find_profile(name: str) -> Path:
    candidates = [Path(name), Path(name + ".json")]
    for folder in profile_dirs():
        candidates += [folder / name, folder / (name + ".json")]
    for path in candidates:
        if path.is_file():
            return path
    known = sorted({p.stem for folder in profile_dirs() if folder.is_dir()
                    for p in folder.glob("*.json")})  # fmt: skip
    raise MappingError(
        msg("No mapping profile {name!r}.", name=name),
        msg("Known profiles: {names}.", names=", ".join(known))
        if known
        else msg("Give the path of a JSON profile."),
    )


def save_profile(profile: MappingProfile, path: str | Path) -> None:
    """Write a profile as JSON (the GUI wizard saves what the supervisor mapped)."""
    profile.save(path)


def load_profile(name: str | Path) -> MappingProfile:
    """A profile by path, or by name among the saved and shipped profiles."""
    path = find_profile(str(name))
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise MappingError(
            msg("Cannot read the mapping profile {path}: {exc}.", path=path, exc=exc)
        ) from None
    except json.JSONDecodeError as exc:
        raise MappingError(
            msg(
                "The mapping profile {path} is not valid JSON (line {lineno}: {msg}).",
                path=path,
                lineno=exc.lineno,
                msg=exc.msg,
            )
        ) from None
    return profile_from_json(data, path.stem)
