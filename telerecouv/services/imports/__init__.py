"""Imports of the creditor's files: debtors, claims, defaults, payments, calls (issue #3).

    service = ImportService(database.sessions)
    report = service.run(actor, ImportKind.CLAIMS, Path("claims.csv"), dry_run=True)

Formats, rules and the atomicity choice are documented in docs/formats.md.
"""

from telerecouv.services.imports.mapping import (
    MappingError,
    MappingProfile,
    load_profile,
    save_profile,
)
from telerecouv.services.imports.readers import FileUnreadable
from telerecouv.services.imports.report import ImportKind, ImportReport, RowError
from telerecouv.services.imports.service import FileSniff, ImportCancelled, ImportService

__all__ = [
    "FileSniff",
    "FileUnreadable",
    "ImportCancelled",
    "ImportKind",
    "ImportReport",
    "ImportService",
    "MappingError",
    "MappingProfile",
    "RowError",
    "load_profile",
    "save_profile",
]
