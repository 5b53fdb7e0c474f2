"""The plan confirmation (letter and SMS/e-mail text) restates the claims and the schedule."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from telerecouv.domain.enums import PaymentMeans, PlanStatus
from telerecouv.services.agreements import create_plan
from telerecouv.services.database import Database
from telerecouv.services.letters import LetterService, add_plan_letter, plan_sms_text
from telerecouv.store.errors import NotFound, ValidationError
from telerecouv.store.models import Letter, Organisation
from tests.services.agent.factory import make_debtor, make_org, make_user
from tests.services.agent.test_agreements import IBAN, _ctx, plan


def _plan_with_letter(database: Database, months: int = 10, **kw: object) -> tuple[int, int]:
    org = make_org(database, code="CAF-T")
    file = make_debtor(database, org, "800.00", "440.05")
    with database.sessions.begin() as session:
        ctx = _ctx(session, file)
        made = create_plan(session, ctx, **plan(claim_ids=file.claim_ids, months=months, **kw))
        session.flush()
        organisation = session.get(Organisation, org)
        assert organisation is not None
        letter = add_plan_letter(session, made, organisation, file.claim_ids[0])
        session.flush()
        return made.id, letter.id


def test_confirmation_restates_claims_schedule_and_means(database: Database) -> None:
    agent = make_user(database, "agent1")
    plan_id, letter_id = _plan_with_letter(
        database, means=PaymentMeans.DIRECT_DEBIT, iban=IBAN, first_due_on=date(2025, 7, 5)
    )

    letter = LetterService(database.sessions).plan_confirmation(agent, plan_id)

    assert letter.letter_id == letter_id
    assert letter.reference == f"ECH-CAF-T-{plan_id:07d}"
    assert letter.status is PlanStatus.ACTIVE
    assert letter.recipient[:3] == ("Dupont Marie", "12 rue de la République", "75011 Paris")
    assert letter.iban_masked == "FR76 •••• •••• 0189"
    assert [c.amount for c in letter.claims] == [Decimal("800.00"), Decimal("440.05")]
    assert len(letter.instalments) == 10 and letter.total == Decimal("1240.05")
    text = letter.text()
    # R124-4: the notification letter of every claim is restated.
    for claim in letter.claims:
        assert claim.notification_ref is not None and claim.notification_ref in text
    assert "10 mensualités de 124,00\xa0€" in text
    assert "dernière échéance : 124,05\xa0€" in text
    assert "par prélèvement SEPA" in text
    assert "05/07/2025" in text and "05/04/2026" in text


def test_sms_text_is_short_and_says_when_approval_is_pending(database: Database) -> None:
    plan_id, _ = _plan_with_letter(database, months=30, justification="Revenus très faibles")
    with database.sessions() as session:
        sms = plan_sms_text(session, plan_id)
    assert "à confirmer après validation" in sms
    assert "30 x 41,33\xa0€ (dernière 41,48\xa0€) dès le 05/07/2025" in sms
    assert "Réf. ECH-CAF-T-" in sms and "notif. NOT-2025-" in sms
    assert len(sms) <= 306


def test_attach_file_records_the_pdf_and_sending(database: Database) -> None:
    agent = make_user(database, "agent1")
    _, letter_id = _plan_with_letter(database)
    service = LetterService(database.sessions)
    with pytest.raises(ValidationError):
        service.attach_file(agent, letter_id, "  ")
    with pytest.raises(NotFound):
        service.attach_file(agent, 999_999, "/tmp/x.pdf")
    service.attach_file(agent, letter_id, "/data/letters/ECH.pdf", sent=True)
    with database.sessions() as session:
        row = session.get(Letter, letter_id)
        assert row is not None and row.path == "/data/letters/ECH.pdf"
        assert row.sent_at is not None
