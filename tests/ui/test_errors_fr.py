"""Service refusals read in French in the interface; the English stays for logs and the CLI."""

from __future__ import annotations

import pickle
import string
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from telerecouv.domain.enums import Role
from telerecouv.services.admin import AdminService
from telerecouv.services.agreements import RuleViolation
from telerecouv.services.database import Database
from telerecouv.services.imports.mapping import MappingError, profile_from_json
from telerecouv.services.permissions import SYSTEM, Actor
from telerecouv.services.users import UserService
from telerecouv.store.errors import Conflict, NotFound, ValidationError, msg
from telerecouv.ui.admin.users import UsersScreen
from telerecouv.ui.agent.errors import error_message
from telerecouv.ui.errors import error_text, translate
from telerecouv.ui.tasks import SyncTaskRunner

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
import i18n


def _fields(text: str) -> list[tuple[str, str, str]]:
    return sorted(
        (name, conversion or "", spec or "")
        for _literal, name, spec, conversion in string.Formatter().parse(text)
        if name is not None
    )


def _catalogue() -> dict[str, str]:
    tree = ET.parse(i18n.ts_path(i18n.SERVICES_CONTEXT))
    return {
        message.findtext("source") or "": message.findtext("translation") or ""
        for message in tree.iter("message")
    }


def test_every_template_has_french_with_the_same_placeholders() -> None:
    templates = i18n.msg_templates()
    catalogue = _catalogue()
    assert len(templates) > 150
    assert set(templates) == set(catalogue), "run tools/i18n.py services, then fill"
    for template, french in catalogue.items():
        assert french.strip(), template
        assert french != template or template in {"agent"}, template
        assert _fields(french) == _fields(template), template


def test_english_message_unchanged_and_template_kept() -> None:
    text = msg("No user {login!r}.", login="lea")
    error = NotFound(text, msg("Check the login."))
    assert error.message == "No user 'lea'." and str(error) == "No user 'lea'. Check the login."
    assert text.template == "No user {login!r}." and text.params == {"login": "lea"}
    copy = pickle.loads(pickle.dumps(error.message))
    assert copy == "No user 'lea'." and copy.template == text.template


def test_service_refusals_in_french(french: None, database: Database) -> None:
    users = UserService(database.sessions)
    with pytest.raises(ValidationError) as short:
        users.add_user(SYSTEM, "lea", Role.AGENT, "court")
    assert short.value.message == "The password must have at least 8 characters."
    assert error_text(short.value) == "Le mot de passe doit comporter au moins 8 caractères."

    users.add_user(SYSTEM, "lea", Role.AGENT, "long-enough")
    with pytest.raises(Conflict) as twice:
        AdminService(database.sessions).create_user(SYSTEM, "lea", Role.AGENT, "long-enough")
    assert error_text(twice.value) == (
        "Un utilisateur 'lea' existe déjà. Choisissez un autre identifiant."
    )


def test_a_message_inside_a_message_is_translated(french: None) -> None:
    with pytest.raises(MappingError) as bad:
        profile_from_json([], name="banque")
    assert bad.value.message == "The mapping profile 'banque' must be a JSON object."
    assert error_text(bad.value) == "Le profil d'import 'banque' doit être un objet JSON."


def test_plain_text_and_unknown_templates_fall_back_to_english(french: None) -> None:
    assert error_text(NotFound("Plain English.", "Plain hint.")) == "Plain English. Plain hint."
    unknown = msg("Not in the catalogue: {n}.", n=3)
    assert error_text(Conflict(unknown)) == "Not in the catalogue: 3."


class _BadTranslator(QTranslator):
    """A translation naming a placeholder the service does not give."""

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if context == "services" and source == "No user {login!r}.":
            return "Aucun utilisateur {identifiant}."
        return ""


def test_a_broken_translation_shows_the_english(qapp: QApplication) -> None:
    bad = _BadTranslator()
    qapp.installTranslator(bad)
    try:
        assert QCoreApplication.translate("services", "No user {login!r}.") != "No user {login!r}."
        assert translate(msg("No user {login!r}.", login="x")) == "No user 'x'."
    finally:
        qapp.removeTranslator(bad)


def _screen(qtbot: QtBot, database: Database, runner: SyncTaskRunner) -> UsersScreen:
    admin = UserService(database.sessions).add_user(SYSTEM, "boss", Role.ADMIN, "boss-secret")
    screen = UsersScreen(
        Actor(admin.id, "boss", Role.ADMIN), AdminService(database.sessions), runner
    )
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.show()
    return screen


def test_admin_reads_the_refusal_in_french(
    french: None, qtbot: QtBot, sqlite_database: Database, runner: SyncTaskRunner
) -> None:
    screen = _screen(qtbot, sqlite_database, runner)
    qtbot.mouseClick(screen.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(screen.login_edit, "x")
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    assert screen.message.text() == (
        "Identifiant 'x' non valide : utilisez de 2 à 64 lettres minuscules, chiffres, "
        "« . », « _ » ou « - »."
    )
    assert screen.user_table.rowCount() == 1

    # Themselves: refused, with the hint, in French.
    screen.user_table.setCurrentCell(0, 0)
    qtbot.mouseClick(screen.active_button, Qt.MouseButton.LeftButton)
    assert screen.message.text() == "Vous ne pouvez pas vous désactiver vous-même."


def test_supervisor_reads_the_permission_refusal_in_french(
    french: None, qtbot: QtBot, sqlite_database: Database, runner: SyncTaskRunner
) -> None:
    screen = UsersScreen(
        Actor(None, "super1", Role.SUPERVISOR), AdminService(sqlite_database.sessions), runner
    )
    qtbot.addWidget(screen)
    screen.show()
    assert screen.message.text() == (
        "super1 (superviseur) n'a pas le droit de lister les utilisateurs. "
        "Demandez à un utilisateur qui a le rôle nécessaire."
    )


def test_agent_code_table_first_then_the_services_catalogue(french: None) -> None:
    closed = RuleViolation(
        "claim_closed", msg("Claim {external_id} is not open.", external_id="C-7"), "relief.claim"
    )
    assert error_message(closed) == "La créance C-7 n'est pas ouverte."
    unknown_code = RuleViolation("new_rule", msg("Choose the number of months."), "plan.months")
    assert error_message(unknown_code) == "Choisissez le nombre de mois."
