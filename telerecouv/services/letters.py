"""Content of the letters and short messages a call produces (SPEC.md §3.5, §3.3).

The plan confirmation is built here as structured French text; the UI renders it to PDF
with Qt and records the file with `LetterService.attach_file`. Every letter restates the
reference and date of each claim's notification letter (R124-4). A CNSS-style outsourced
organisation also gets a refusal report ("PV de refus") row when a debtor refuses.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from telerecouv.domain.enums import DebtorKind, PaymentMeans, PlanStatus
from telerecouv.domain.money import format_money
from telerecouv.services import audit
from telerecouv.services.permissions import Actor, Permission, require
from telerecouv.store.engine import write_transaction
from telerecouv.store.errors import NotFound, ValidationError, msg
from telerecouv.store.models import (
    CallAttempt,
    Claim,
    Debtor,
    Instalment,
    Letter,
    Organisation,
    PaymentPlan,
    PlanClaim,
)
from telerecouv.store.types import utcnow

__all__ = [
    "MEANS_TEXT",
    "LetterClaim",
    "LetterService",
    "PlanConfirmation",
    "add_plan_letter",
    "add_refusal_report",
    "build_plan_confirmation",
    "plan_reference",
    "plan_sms_text",
]

PLAN_CONFIRMATION = "plan_confirmation"
REFUSAL_REPORT = "refusal_report"

# How the debtor pays, as the letter says it.
MEANS_TEXT: dict[PaymentMeans, str] = {
    PaymentMeans.TRANSFER: "par virement",
    PaymentMeans.DIRECT_DEBIT: "par prélèvement SEPA",
    PaymentMeans.CARD: "par carte bancaire",
    PaymentMeans.CHEQUE: "par chèque",
    PaymentMeans.CASH: "en espèces à un guichet d'encaissement",
    PaymentMeans.BENEFIT_DEDUCTION: "par retenue sur vos prestations",
}


@dataclass(frozen=True)
class LetterClaim:
    external_id: str
    notification_ref: str | None
    notified_on: date | None
    amount: Decimal  # the part of the claim the plan covers


@dataclass(frozen=True)
class PlanConfirmation:
    """Everything a plan confirmation letter shows, ready to lay out."""

    plan_id: int
    letter_id: int | None
    reference: str
    status: PlanStatus
    letter_date: date
    place: str  # the organisation's name, as sender
    currency: str
    recipient: tuple[str, ...]  # address block, one line each
    subject: str
    salutation: str
    paragraphs: tuple[str, ...]
    claims: tuple[LetterClaim, ...]
    instalments: tuple[tuple[int, date, Decimal], ...]  # number, due date, amount
    total: Decimal
    means: PaymentMeans
    iban_masked: str | None
    closing: str

    def text(self) -> str:
        """Plain-text version (e-mail body, preview)."""
        money = self.currency
        lines = [self.place, "", *self.recipient, "", f"Le {_day(self.letter_date)}", ""]
        lines += [f"Objet : {self.subject}", f"Référence : {self.reference}", ""]
        lines += [self.salutation, ""]
        for paragraph in self.paragraphs:
            lines += [paragraph, ""]
        lines.append("Créances concernées :")
        for claim in self.claims:
            lines.append(f"  - {_claim_text(claim)} : {format_money(claim.amount, money)}")
        lines += ["", "Échéances :"]
        for number, due_on, amount in self.instalments:
            lines.append(f"  {number:>3}. {_day(due_on)}  {format_money(amount, money)}")
        lines += ["", f"Total : {format_money(self.total, money)}", "", self.closing]
        return "\n".join(lines)


def plan_reference(organisation: Organisation, plan_id: int) -> str:
    return f"ECH-{organisation.code}-{plan_id:07d}"


def add_plan_letter(
    session: Session, plan: PaymentPlan, organisation: Organisation, claim_id: int | None
) -> Letter:
    """The confirmation letter row of a plan (its PDF is attached later by the UI)."""
    letter = Letter(
        debtor_id=plan.debtor_id,
        claim_id=claim_id,
        plan_id=plan.id,
        kind=PLAN_CONFIRMATION,
        reference=plan_reference(organisation, plan.id),
        created_at=utcnow(),
    )
    session.add(letter)
    return letter


def add_refusal_report(
    session: Session, call: CallAttempt, organisation: Organisation, claim_id: int | None
) -> Letter:
    """The "PV de refus" an outsourced firm owes its client for a refusal (SPEC.md §3.3)."""
    letter = Letter(
        debtor_id=call.debtor_id,
        claim_id=claim_id,
        kind=REFUSAL_REPORT,
        reference=f"PVR-{organisation.code}-{call.id:07d}",
        created_at=utcnow(),
    )
    session.add(letter)
    return letter


def build_plan_confirmation(session: Session, plan_id: int) -> PlanConfirmation:
    plan, debtor, org = _plan_context(session, plan_id)
    claims = _plan_claims(session, plan.id)
    instalments = session.scalars(
        select(Instalment).where(Instalment.plan_id == plan.id).order_by(Instalment.number)
    ).all()
    letter = session.scalar(
        select(Letter)
        .where(Letter.plan_id == plan.id, Letter.kind == PLAN_CONFIRMATION)
        .order_by(Letter.id.desc())
        .limit(1)
    )
    money = org.currency
    months = len(instalments)
    last = instalments[-1] if instalments else None
    schedule = (
        f"en {months} mensualité{'s' if months > 1 else ''} de "
        f"{format_money(plan.instalment_amount, money)}"
    )
    if last is not None and last.amount != plan.instalment_amount:
        schedule += f" (dernière échéance : {format_money(last.amount, money)})"
    dates = ""
    if instalments:
        dates = f", du {_day(instalments[0].due_on)} au {_day(instalments[-1].due_on)}"
    pending = plan.status is PlanStatus.PENDING_APPROVAL
    paragraphs = [
        (
            "Suite à notre entretien téléphonique, nous avons bien enregistré votre demande "
            "d'échéancier. Compte tenu de sa durée, elle est soumise à la validation de notre "
            "service ; nous vous confirmerons sa mise en place."
            if pending
            else "Suite à notre entretien téléphonique, nous vous confirmons l'échéancier "
            "convenu pour le remboursement de votre dette."
        ),
        f"Vous réglerez la somme de {format_money(plan.total, money)} {schedule}{dates}, "
        f"{MEANS_TEXT[plan.means]}.",
        "Chaque paiement doit nous parvenir au plus tard à sa date d'échéance. Une échéance "
        "non réglée met fin à cet accord et la totalité du solde redevient exigible.",
        "Pour toute question, rappelez la référence de ce courrier.",
    ]
    return PlanConfirmation(
        plan_id=plan.id,
        letter_id=letter.id if letter is not None else None,
        reference=letter.reference
        if letter is not None and letter.reference
        else plan_reference(org, plan.id),
        status=plan.status,
        letter_date=_local_date(org, letter.created_at if letter else plan.created_at),
        place=org.name,
        currency=money,
        recipient=_recipient(debtor),
        subject=(
            "Votre demande d'échéancier de paiement"
            if pending
            else "Confirmation de votre échéancier de paiement"
        ),
        salutation=_salutation(debtor),
        paragraphs=tuple(paragraphs),
        claims=claims,
        instalments=tuple((i.number, i.due_on, i.amount) for i in instalments),
        total=plan.total,
        means=plan.means,
        iban_masked=_mask_iban(plan.iban),
        closing="Nous vous prions d'agréer nos salutations distinguées.",
    )


def plan_sms_text(session: Session, plan_id: int) -> str:
    """Short confirmation (SMS or e-mail) for an agreed or submitted plan, in French.

    Kept short (about 300 characters for a plan over two claims): the claims are named by the
    reference of their notification letter (R124-4), or their number when it has none.
    """
    plan, _debtor, org = _plan_context(session, plan_id)
    claims = _plan_claims(session, plan.id)
    money = org.currency
    refs = ", ".join(_claim_short(c) for c in claims)
    rows = session.execute(
        select(Instalment.due_on, Instalment.amount)
        .where(Instalment.plan_id == plan.id)
        .order_by(Instalment.number)
    ).all()
    when = f" dès le {_day(rows[0][0])}" if rows else ""
    last = ""
    if rows and rows[-1][1] != plan.instalment_amount:
        last = f" (dernière {format_money(rows[-1][1], money)})"
    core = (
        f"{plan.months} x {format_money(plan.instalment_amount, money)}{last}{when} "
        f"{MEANS_TEXT[plan.means]}, total {format_money(plan.total, money)}"
    )
    if plan.status is PlanStatus.PENDING_APPROVAL:
        head = f"{org.name} : demande d'échéancier ({core}) à confirmer après validation."
    else:
        head = f"{org.name} : échéancier confirmé, {core}."
    return f"{head} Dette : {refs}. Réf. {plan_reference(org, plan.id)}."


def _claim_short(claim: LetterClaim) -> str:
    if claim.notification_ref and claim.notified_on:
        return f"notif. {claim.notification_ref} du {_day(claim.notified_on)}"
    return claim.notification_ref or f"créance {claim.external_id}"


class LetterService:
    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._sessions = session_factory

    def plan_confirmation(self, actor: Actor, plan_id: int) -> PlanConfirmation:
        require(actor, Permission.WORK_CALLS, "read a plan confirmation")
        with self._sessions() as session:
            return build_plan_confirmation(session, plan_id)

    def attach_file(self, actor: Actor, letter_id: int, path: str, *, sent: bool = False) -> None:
        """Record where the rendered PDF was saved (and, with `sent`, that it went out)."""
        require(actor, Permission.WORK_CALLS, "file a letter")
        where = (path or "").strip()
        if not where or len(where) > 500:
            raise ValidationError(msg("The letter's file path is empty or too long."), field="path")
        with write_transaction(self._sessions) as session:
            letter = session.get(Letter, letter_id)
            if letter is None:
                raise NotFound(msg("No letter with id {letter_id}.", letter_id=letter_id))
            before = {"path": letter.path, "sent_at": letter.sent_at}
            letter.path = where
            if sent and letter.sent_at is None:
                letter.sent_at = utcnow()
            audit.record(
                session,
                actor,
                "letter.attach",
                "letter",
                letter.id,
                before=before,
                after={"path": letter.path, "sent_at": letter.sent_at},
            )


# --- helpers -------------------------------------------------------------------------------


def _plan_context(session: Session, plan_id: int) -> tuple[PaymentPlan, Debtor, Organisation]:
    row = session.execute(
        select(PaymentPlan, Debtor, Organisation)
        .join(Debtor, Debtor.id == PaymentPlan.debtor_id)
        .join(Organisation, Organisation.id == Debtor.organisation_id)
        .where(PaymentPlan.id == plan_id)
    ).one_or_none()
    if row is None:
        raise NotFound(msg("No payment plan with id {plan_id}.", plan_id=plan_id))
    plan, debtor, org = row
    return plan, debtor, org


def _plan_claims(session: Session, plan_id: int) -> tuple[LetterClaim, ...]:
    rows = session.execute(
        select(Claim, PlanClaim.amount)
        .join(PlanClaim, PlanClaim.claim_id == Claim.id)
        .where(PlanClaim.plan_id == plan_id)
        .order_by(Claim.notified_on, Claim.external_id)
    ).all()
    return tuple(
        LetterClaim(c.external_id, c.notification_ref, c.notified_on, amount) for c, amount in rows
    )


def _claim_text(claim: LetterClaim) -> str:
    text = f"créance {claim.external_id}"
    if claim.notification_ref:
        text += f", notification {claim.notification_ref}"
    if claim.notified_on:
        text += f" du {_day(claim.notified_on)}"
    return text


def _recipient(debtor: Debtor) -> tuple[str, ...]:
    lines = [debtor.display_name]
    if debtor.kind is DebtorKind.COMPANY and debtor.representative:
        lines.append(f"À l'attention de {debtor.representative}")
    if debtor.address:
        lines.append(debtor.address)
    town = " ".join(p for p in (debtor.postal_code, debtor.city) if p)
    if town:
        lines.append(town)
    if debtor.country not in ("FR", ""):
        lines.append({"MA": "Maroc"}.get(debtor.country, debtor.country))
    return tuple(lines)


def _salutation(debtor: Debtor) -> str:
    # The file does not record civility; the neutral form is the administrative usage.
    return "Madame, Monsieur,"


def _mask_iban(iban: str | None) -> str | None:
    if not iban:
        return None
    return f"{iban[:4]} •••• •••• {iban[-4:]}"


def _day(value: date) -> str:
    return value.strftime("%d/%m/%Y")


def _local_date(org: Organisation, moment: datetime) -> date:
    return moment.astimezone(ZoneInfo(org.timezone)).date()
