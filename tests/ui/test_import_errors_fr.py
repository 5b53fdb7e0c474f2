"""Every refusal of the import's cell parsers is a translatable msg() read in French."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from telerecouv.domain.enums import Origin, Role
from telerecouv.services.database import Database
from telerecouv.services.imports import ImportService
from telerecouv.services.imports import parsers as p
from telerecouv.services.imports.report import kind_name
from telerecouv.services.permissions import Actor
from telerecouv.store.errors import Msg, PermissionDenied, msg
from telerecouv.ui.errors import error_text, translate


@pytest.mark.parametrize(
    ("parse", "value", "expected"),
    [
        (p.text(3), "abcd", "trop long : 4 caractères, 3 au plus"),
        (p.email, "x@", "'x@' n'est pas une adresse e-mail (nom@domaine.fr)"),
        (p.country, "Atlantide", "pays inconnu 'Atlantide' : code ISO attendu (FR, MA, BE…)"),
        (p.cents, "12a", "'12a' n'est pas un montant ; format attendu : des chiffres avec "
                         "éventuellement une virgule ou un point et deux décimales au plus, "
                         "par ex. 1 234,56 ou 1234.56"),
        (p.cents, "-", "'-' n'est pas un montant : il a un signe ou une devise mais aucun chiffre"),
        (p.cents, "1,234", "montant ambigu : '1,234' ; un millier s'écrit 1234 ou 1 234, avec "
                           "deux décimales au plus"),
        (p.cents, "12,3456", "'12,3456' a plus de deux décimales"),
        (p.cents, "9" * 15, f"le montant '{'9' * 15}' est trop élevé"),
        (p.positive_cents, "0", "le montant doit être positif, et non '0'"),
        (p.non_negative_cents, "-1", "le montant ne doit pas être négatif, et non '-1'"),
        (p.boolean, "peut-être", "'peut-être' n'est pas une valeur oui/non (oui/non, 1/0, "
                                 "true/false)"),
        (p.choice(Origin), "loto", "valeur inconnue 'loto' ; valeurs attendues : "
                                   + ", ".join(o.value for o in Origin)),
        (p.day, "1/2/24", "'1/2/24' a une année sur deux chiffres ; format attendu : jj/mm/aaaa"),
        (p.day, "hier", "'hier' n'est pas une date ; format attendu : jj/mm/aaaa ou aaaa-mm-jj"),
        (p.day, "01/01/1800", "'01/01/1800' : l'année 1800 est hors limites"),
        (p.day, "31/02/2024", "'31/02/2024' n'est pas une date valide (jour ou mois hors limites)"),
        (p.moment(ZoneInfo("Europe/Paris")), "demain",
         "'demain' n'est pas une date et heure ; format attendu : jj/mm/aaaa hh:mm ou "
         "aaaa-mm-jjThh:mm:ss"),
        (p.moment(ZoneInfo("Europe/Paris")), "01/02/2024 25:00",
         "'01/02/2024 25:00' : l'heure est hors limites"),
    ],
)  # fmt: skip
def test_cell_refusals_in_french(
    french: None, parse: Callable[[str], Any], value: str, expected: str
) -> None:
    with pytest.raises(p.FieldError) as refused:
        parse(value)
    reason = refused.value.reason
    assert isinstance(reason, Msg)  # English for the CLI, the template for the interface
    assert translate(reason) == expected


def test_the_kinds_of_file_and_a_refused_import_read_in_french(
    french: None, sqlite_database: Database, tmp_path: Path
) -> None:
    note = msg(
        "column {header!r} is not used for {kind}", header="Nature", kind=kind_name("claims")
    )
    assert str(note) == "column 'Nature' is not used for claims"  # the CLI keeps the code
    assert translate(note) == "la colonne 'Nature' n'est pas utilisée pour l'import des créances"
    agent = Actor(None, "agent1", Role.AGENT)
    with pytest.raises(PermissionDenied) as refused:
        ImportService(sqlite_database.sessions).run(agent, "debtors", tmp_path / "d.csv")
    assert "agent1" in error_text(refused.value)
    assert "n'a pas le droit de charger des fichiers du créancier" in error_text(refused.value)
