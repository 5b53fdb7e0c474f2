"""Agents update contact data; every change keeps the old value, its source and date."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from telerecouv.domain.enums import (
    ContactKind,
    ContactSource,
    PhoneType,
    Role,
    WorkItemStatus,
)
from telerecouv.services.contacts import ContactService
from telerecouv.services.database import Database
from telerecouv.store.errors import ValidationError
from telerecouv.store.models import AuditEntry, ContactChange, ContactPoint, Debtor, WorkItem
from tests.services.agent.factory import make_debtor, make_org, make_user


def _changes(db: Database, debtor_id: int) -> list[tuple[str, str | None, str | None, str]]:
    with db.sessions() as session:
        rows = session.scalars(
            select(ContactChange)
            .where(ContactChange.debtor_id == debtor_id)
            .order_by(ContactChange.id)
        )
        return [(c.field, c.old_value, c.new_value, c.source.value) for c in rows]


def test_found_number_takes_the_file_out_of_to_locate(database: Database) -> None:
    org = make_org(database)
    agent = make_user(database, "agent1")
    file = make_debtor(database, org, "300.00", phone=None)
    with database.sessions() as session:
        assert session.get(WorkItem, file.item_id).status is WorkItemStatus.TO_LOCATE

    view = ContactService(database.sessions).add_phone(
        agent, file.debtor_id, "06 98 76 54 32", source=ContactSource.THIRD_PARTY
    )

    assert view.e164 == "+33698765432" and view.display == "06 98 76 54 32"
    assert view.valid and view.phone_type is PhoneType.MOBILE
    assert view.time_zones == ("Europe/Paris",)
    with database.sessions() as session:
        debtor = session.get(Debtor, file.debtor_id)
        assert debtor is not None and not debtor.to_locate
        assert session.get(WorkItem, file.item_id).status is WorkItemStatus.QUEUED
    assert _changes(database, file.debtor_id) == [("phone", None, "+33698765432", "third_party")]


def test_invalid_number_is_refused_naming_the_field(database: Database) -> None:
    org = make_org(database)
    agent = make_user(database, "agent1")
    file = make_debtor(database, org, "300.00")
    with pytest.raises(ValidationError) as refused:
        ContactService(database.sessions).add_phone(agent, file.debtor_id, "06 12 34")
    assert refused.value.field == "phone"
    assert "too short" in refused.value.message
    assert _changes(database, file.debtor_id) == []


def test_overseas_number_and_address_set_the_debtors_zone(database: Database) -> None:
    org = make_org(database)
    agent = make_user(database, "agent1")
    file = make_debtor(database, org, "300.00", phone=None)
    contacts = ContactService(database.sessions)

    zones = contacts.set_address(
        agent, file.debtor_id, " 5  rue Jean Chatel ", "97400", "Saint-Denis", "France"
    )
    assert zones == ("Indian/Reunion",)
    view = contacts.add_phone(agent, file.debtor_id, "0692 12 34 56")
    assert view.e164 == "+262692123456" and view.time_zones == ("Indian/Reunion",)
    with database.sessions() as session:
        debtor = session.get(Debtor, file.debtor_id)
        assert debtor is not None
        assert (debtor.address, debtor.postal_code, debtor.country) == (
            "5 rue Jean Chatel",
            "97400",
            "FR",
        )
        assert debtor.time_zones == "Indian/Reunion"
        item = session.get(WorkItem, file.item_id)
        assert item is not None and item.time_zones == "Indian/Reunion"
    changes = _changes(database, file.debtor_id)
    assert ("address", "12 rue de la République", "5 rue Jean Chatel", "debtor") in changes
    assert ("postal_code", "75011", "97400", "debtor") in changes
    assert ("city", "Paris", "Saint-Denis", "debtor") in changes
    assert not any(field == "country" for field, *_ in changes)  # unchanged: no row


def test_address_errors_name_the_field(database: Database) -> None:
    org = make_org(database)
    agent = make_user(database, "agent1")
    file = make_debtor(database, org, "300.00")
    contacts = ContactService(database.sessions)
    for args, field in (
        (("1 rue X", "7501", "Paris", "FR"), "postal_code"),
        (("", "75011", "Paris", "FR"), "address"),
        (("1 rue X", "75011", "Paris", "Atlantis"), "country"),
    ):
        with pytest.raises(ValidationError) as refused:
            contacts.set_address(agent, file.debtor_id, *args)
        assert refused.value.field == field
    assert _changes(database, file.debtor_id) == []


def test_email_and_representative_keep_the_old_value(database: Database) -> None:
    org = make_org(database)
    agent = make_user(database, "agent1")
    file = make_debtor(database, org, "300.00", email="old@example.org")
    contacts = ContactService(database.sessions)

    with pytest.raises(ValidationError) as refused:
        contacts.set_email(agent, file.debtor_id, "marie.dupont@")
    assert refused.value.field == "email"
    contacts.set_email(agent, file.debtor_id, "Marie.Dupont@Example.ORG")
    contacts.set_email(agent, file.debtor_id, "Marie.Dupont@example.org")  # same: no change row
    contacts.set_representative(
        agent, file.debtor_id, "  Jean   Dupont ", source=ContactSource.AGENT
    )

    with database.sessions() as session:
        debtor = session.get(Debtor, file.debtor_id)
        assert debtor is not None
        assert debtor.email == "Marie.Dupont@example.org"
        assert debtor.representative == "Jean Dupont"
    assert _changes(database, file.debtor_id) == [
        ("email", "old@example.org", "Marie.Dupont@example.org", "debtor"),
        ("representative", None, "Jean Dupont", "agent"),
    ]


def test_removing_the_last_number_keeps_it_and_puts_the_file_to_locate(database: Database) -> None:
    org = make_org(database)
    agent = make_user(database, "agent1")
    file = make_debtor(database, org, "300.00")
    with database.sessions() as session:
        contact_id = session.scalar(
            select(ContactPoint.id).where(ContactPoint.debtor_id == file.debtor_id)
        )
    contacts = ContactService(database.sessions)
    with pytest.raises(ValidationError):
        contacts.deactivate_phone(agent, contact_id, "  ")

    contacts.deactivate_phone(agent, contact_id, "Faux numéro : ne connaît pas le débiteur")

    with database.sessions() as session:
        point = session.get(ContactPoint, contact_id)
        assert point is not None and not point.active and point.value == "+33612345678"
        debtor = session.get(Debtor, file.debtor_id)
        assert debtor is not None and debtor.to_locate
        assert session.get(WorkItem, file.item_id).status is WorkItemStatus.TO_LOCATE
        reason = session.scalar(
            select(AuditEntry.detail).where(AuditEntry.action == "contact.deactivate_phone")
        )
        assert reason == "Faux numéro : ne connaît pas le débiteur"
    assert _changes(database, file.debtor_id) == [("phone", "+33612345678", None, "agent")]


def test_re_adding_a_known_number_moves_it_first_without_a_duplicate(database: Database) -> None:
    org = make_org(database)
    agent = make_user(database, "agent1")
    file = make_debtor(database, org, "300.00")
    contacts = ContactService(database.sessions)
    contacts.add_phone(agent, file.debtor_id, "01 42 68 53 00")
    again = contacts.add_phone(agent, file.debtor_id, "+33 6 12 34 56 78")
    with database.sessions() as session:
        numbers = session.scalars(
            select(ContactPoint.value)
            .where(ContactPoint.debtor_id == file.debtor_id, ContactPoint.kind == ContactKind.PHONE)
            .order_by(ContactPoint.position)
        ).all()
    assert numbers == ["+33612345678", "+33142685300"]
    assert again.e164 == "+33612345678"
    # The number was already active: confirming it is not a change of contact data.
    assert _changes(database, file.debtor_id) == [("phone", None, "+33142685300", "debtor")]


def test_changes_by_a_team_lead_are_audited(database: Database) -> None:
    org = make_org(database)
    lead = make_user(database, "lead1", Role.TEAM_LEAD)
    file = make_debtor(database, org, "300.00")
    ContactService(database.sessions).set_email(lead, file.debtor_id, "new@example.org")
    with database.sessions() as session:
        entry = session.scalar(select(AuditEntry).where(AuditEntry.action == "contact.set_email"))
        assert entry is not None and entry.user_login == "lead1"
        assert entry.after == {"email": "new@example.org"}


def test_deactivating_the_primary_number_recomputes_the_time_zones(database: Database) -> None:
    """A Martinique mobile added (it becomes the primary number), then removed: the debtor's
    calling hours are Paris time alone again, in the debtor record and in the queued file."""
    org = make_org(database)
    agent = make_user(database, "agent1")
    file = make_debtor(database, org, "300.00", phone="+33142685300")
    contacts = ContactService(database.sessions)
    contacts.add_phone(agent, file.debtor_id, "+596 696 12 34 56")

    def zones() -> tuple[str, str]:
        with database.sessions() as session:
            debtor = session.get(Debtor, file.debtor_id)
            item = session.get(WorkItem, file.item_id)
            assert debtor is not None and item is not None and not debtor.to_locate
            return debtor.time_zones, item.time_zones

    # A Martinique mobile on a Paris address: both zones (the debtor may have moved).
    both = "America/Martinique,Europe/Paris"
    assert zones() == (both, both)
    with database.sessions() as session:
        mobile = session.scalar(
            select(ContactPoint.id).where(ContactPoint.value == "+596696123456")
        )
    contacts.deactivate_phone(agent, mobile, "Numéro attribué à une autre personne")
    assert zones() == ("Europe/Paris", "Europe/Paris")
