"""Locating debtors (SPEC.md §3.8): agents add or correct numbers, e-mail, address and
representative. Every change keeps its source, its date and the old value in
`contact_changes` (exported later for the creditor's database); nothing is overwritten
without a trace. Numbers are validated with the domain rules and stored in E.164.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime

import phonenumbers
from sqlalchemy import exc as sa_exc
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from telerecouv.domain.enums import ContactKind, ContactSource
from telerecouv.domain.phones import debtor_time_zones, normalise_phone
from telerecouv.services import audit
from telerecouv.services.debtor_file import PhoneView, phone_view
from telerecouv.services.domain_messages import phone_problem
from telerecouv.services.permissions import Actor, Permission, require
from telerecouv.services.queue.sync import sync_work_items
from telerecouv.store.engine import write_transaction
from telerecouv.store.errors import Conflict, NotFound, ValidationError, msg
from telerecouv.store.models import (
    CallAttempt,
    ContactChange,
    ContactPoint,
    Debtor,
    Organisation,
)
from telerecouv.store.types import utcnow

__all__ = ["ContactService", "normalise_country", "refresh_location", "validate_email"]

_EMAIL = re.compile(r"^[^@\s\"<>(),;:]{1,64}@(?P<domain>[^@\s\"<>(),;:]+\.[^@\s\"<>(),;:.]{2,})$")
_COUNTRY_NAMES = {"FRANCE": "FR", "FRA": "FR", "MAROC": "MA", "MOROCCO": "MA", "MAR": "MA"}
_FIVE_DIGITS = re.compile(r"^\d{5}$")


def validate_email(raw: str) -> str | None:
    """The address with its domain in lower case; None for an empty text (clears it).

    Raises ValidationError(field="email") naming what is wrong.
    """
    text = (raw or "").strip()
    if not text:
        return None
    match = _EMAIL.match(text)
    if match is None or ".." in text or len(text) > 254:
        raise ValidationError(
            msg("{text!r} is not an e-mail address: expected name@domain.tld.", text=text),
            field="email",
        )
    local = text[: match.start("domain") - 1]
    return f"{local}@{match.group('domain').lower()}"


def normalise_country(raw: str) -> str:
    """ISO 3166 two-letter code from "fr", "France", "Maroc"...; ValidationError otherwise."""
    text = (raw or "").strip().upper()
    code = _COUNTRY_NAMES.get(text, text)
    if len(code) != 2 or code not in phonenumbers.SUPPORTED_REGIONS:
        raise ValidationError(
            msg("Unknown country {raw!r}: use the two-letter code (FR, MA, BE...).", raw=raw),
            field="country",
        )
    return code


def refresh_location(session: Session, debtor: Debtor, organisation: Organisation) -> bool:
    """Recompute the debtor's time zones and "to locate" flag from their numbers and address.

    The primary number (first valid active one) decides the zones, the address settling
    shared ranges; with no valid number the address decides and the debtor is to locate.
    Returns True when the "to locate" flag changed.
    """
    primary = session.scalar(
        select(ContactPoint.value)
        .where(
            ContactPoint.debtor_id == debtor.id,
            ContactPoint.kind == ContactKind.PHONE,
            ContactPoint.active.is_(True),
            ContactPoint.valid.is_(True),
        )
        .order_by(ContactPoint.position, ContactPoint.id)
        .limit(1)
    )
    zones = debtor_time_zones(
        primary,
        postal_code=debtor.postal_code,
        country=debtor.country,
        default_region=organisation.region,
    )
    if zones:
        debtor.time_zones = ",".join(zones)
    to_locate = primary is None
    changed = debtor.to_locate != to_locate
    debtor.to_locate = to_locate
    return changed


class ContactService:
    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._sessions = session_factory

    # --- phones ----------------------------------------------------------------------------

    def add_phone(
        self,
        actor: Actor,
        debtor_id: int,
        raw: str,
        *,
        source: ContactSource = ContactSource.DEBTOR,
        call_id: int | None = None,
    ) -> PhoneView:
        """Add (or re-activate) a number; it becomes the debtor's first number."""
        require(actor, Permission.WORK_CALLS, "change contact data")
        with self._change(actor, debtor_id, call_id) as (session, debtor, org, now):
            number = normalise_phone(
                raw, org.region, postal_code=debtor.postal_code, country=debtor.country
            )
            if not number.valid or number.e164 is None:
                raise ValidationError(
                    phone_problem(number) or msg("{raw!r} is not valid.", raw=raw), field="phone"
                )
            point = session.scalar(
                select(ContactPoint).where(
                    ContactPoint.debtor_id == debtor.id,
                    ContactPoint.kind == ContactKind.PHONE,
                    ContactPoint.value == number.e164,
                )
            )
            top = session.scalar(
                select(func.min(ContactPoint.position)).where(
                    ContactPoint.debtor_id == debtor.id, ContactPoint.kind == ContactKind.PHONE
                )
            )
            position = (top if top is not None else 1) - 1
            was_active = point is not None and point.active
            if point is None:
                point = ContactPoint(debtor_id=debtor.id, kind=ContactKind.PHONE, value=number.e164)
                session.add(point)
            point.raw = raw.strip()
            point.phone_type = number.phone_type
            point.valid = True
            point.active = True
            point.source = source
            point.position = position
            point.verified_at = now
            point.updated_at = now
            if not was_active:
                _change_row(
                    session,
                    actor,
                    debtor,
                    ContactKind.PHONE,
                    "phone",
                    None,
                    number.e164,
                    source,
                    now,
                    call_id,
                )
                audit.record(
                    session,
                    actor,
                    "contact.add_phone",
                    "debtor",
                    debtor.id,
                    after={"phone": number.e164, "source": source},
                )
            session.flush()
            refresh_location(session, debtor, org)
            _resync(session, debtor.id, now)
            return phone_view(point, debtor, org.region)

    def deactivate_phone(self, actor: Actor, contact_id: int, reason: str) -> None:
        """Stop offering a number (wrong number, no longer attributed...); the row is kept."""
        require(actor, Permission.WORK_CALLS, "change contact data")
        why = (reason or "").strip()
        if not why:
            raise ValidationError(msg("Say why the number is removed."), field="reason")
        with self._sessions() as probe:
            debtor_id = probe.scalar(
                select(ContactPoint.debtor_id).where(ContactPoint.id == contact_id)
            )
        if debtor_id is None:
            raise NotFound(msg("No contact point with id {contact_id}.", contact_id=contact_id))
        with self._change(actor, debtor_id, None) as (session, debtor, org, now):
            point = session.get(ContactPoint, contact_id)
            if point is None or not point.active:
                return
            point.active = False
            point.updated_at = now
            _change_row(
                session,
                actor,
                debtor,
                point.kind,
                point.kind.value,
                point.value,
                None,
                ContactSource.AGENT,
                now,
                None,
            )
            audit.record(
                session,
                actor,
                "contact.deactivate_phone",
                "debtor",
                debtor.id,
                before={"phone": point.value},
                detail=why,
                always=True,
            )
            session.flush()
            refresh_location(session, debtor, org)
            _resync(session, debtor.id, now)

    # --- other contact data ----------------------------------------------------------------

    def set_email(
        self,
        actor: Actor,
        debtor_id: int,
        email: str,
        *,
        source: ContactSource = ContactSource.DEBTOR,
        call_id: int | None = None,
    ) -> None:
        """Set the e-mail address (an empty text removes it); the old one is kept."""
        require(actor, Permission.WORK_CALLS, "change contact data")
        value = validate_email(email)
        with self._change(actor, debtor_id, call_id) as (session, debtor, _org, now):
            if debtor.email != value:
                _change_row(
                    session,
                    actor,
                    debtor,
                    ContactKind.EMAIL,
                    "email",
                    debtor.email,
                    value,
                    source,
                    now,
                    call_id,
                )
                audit.record(
                    session,
                    actor,
                    "contact.set_email",
                    "debtor",
                    debtor.id,
                    before={"email": debtor.email},
                    after={"email": value},
                )
                debtor.email = value

    def set_address(
        self,
        actor: Actor,
        debtor_id: int,
        address: str,
        postal_code: str,
        city: str,
        country: str,
        *,
        source: ContactSource = ContactSource.DEBTOR,
        call_id: int | None = None,
    ) -> tuple[str, ...]:
        """Set the postal address; returns the debtor's time zones recomputed from it."""
        require(actor, Permission.WORK_CALLS, "change contact data")
        values = _checked_address(address, postal_code, city, country)
        with self._change(actor, debtor_id, call_id) as (session, debtor, org, now):
            before = {field: getattr(debtor, field) for field in values}
            for field, value in values.items():
                if before[field] != value:
                    _change_row(
                        session,
                        actor,
                        debtor,
                        ContactKind.ADDRESS,
                        field,
                        before[field],
                        value,
                        source,
                        now,
                        call_id,
                    )
                    setattr(debtor, field, value)
            if before != values:
                audit.record(
                    session,
                    actor,
                    "contact.set_address",
                    "debtor",
                    debtor.id,
                    before=before,
                    after=values,
                )
            refresh_location(session, debtor, org)
            _resync(session, debtor.id, now)
            return tuple(z for z in debtor.time_zones.split(",") if z)

    def set_representative(
        self,
        actor: Actor,
        debtor_id: int,
        name: str,
        *,
        source: ContactSource = ContactSource.DEBTOR,
        call_id: int | None = None,
    ) -> None:
        """Set the legal representative (of a company, or a person's guardian)."""
        require(actor, Permission.WORK_CALLS, "change contact data")
        value = " ".join((name or "").split())
        if not value:
            raise ValidationError(msg("Type the representative's name."), field="representative")
        if len(value) > 200:
            raise ValidationError(
                msg("The representative's name is longer than 200 characters."),
                field="representative",
            )
        with self._change(actor, debtor_id, call_id) as (session, debtor, _org, now):
            if debtor.representative != value:
                _change_row(
                    session,
                    actor,
                    debtor,
                    ContactKind.REPRESENTATIVE,
                    "representative",
                    debtor.representative,
                    value,
                    source,
                    now,
                    call_id,
                )
                audit.record(
                    session,
                    actor,
                    "contact.set_representative",
                    "debtor",
                    debtor.id,
                    before={"representative": debtor.representative},
                    after={"representative": value},
                )
                debtor.representative = value

    # --- plumbing --------------------------------------------------------------------------

    @contextmanager
    def _change(
        self, actor: Actor, debtor_id: int, call_id: int | None
    ) -> Iterator[tuple[Session, Debtor, Organisation, datetime]]:
        """One transaction around a change; a concurrent identical change becomes Conflict."""
        now = utcnow()
        try:
            with write_transaction(self._sessions) as session:
                row = session.execute(
                    select(Debtor, Organisation)
                    .join(Organisation, Organisation.id == Debtor.organisation_id)
                    .where(Debtor.id == debtor_id)
                ).one_or_none()
                if row is None:
                    raise NotFound(msg("No debtor with id {debtor_id}.", debtor_id=debtor_id))
                debtor, org = row
                if call_id is not None:
                    owner = session.scalar(
                        select(CallAttempt.debtor_id).where(CallAttempt.id == call_id)
                    )
                    if owner != debtor.id:
                        raise ValidationError(
                            msg(
                                "Call {call_id} is not a call to debtor {external_id}.",
                                call_id=call_id,
                                external_id=debtor.external_id,
                            ),
                            field="call_id",
                        )
                yield session, debtor, org, now
        except sa_exc.IntegrityError:
            raise Conflict(
                msg("Someone changed this debtor's contact data at the same moment."),
                msg("Reload the file and try again."),
            ) from None


def _change_row(
    session: Session,
    actor: Actor,
    debtor: Debtor,
    kind: ContactKind,
    field: str,
    old: str | None,
    new: str | None,
    source: ContactSource,
    now: datetime,
    call_id: int | None,
) -> None:
    session.add(
        ContactChange(
            debtor_id=debtor.id,
            kind=kind,
            field=field,
            old_value=old,
            new_value=new,
            source=ContactSource(source),
            changed_at=now,
            changed_by_id=actor.user_id,
            call_id=call_id,
        )
    )


def _checked_address(address: str, postal_code: str, city: str, country: str) -> dict[str, str]:
    code = normalise_country(country)
    street = " ".join((address or "").split())
    town = " ".join((city or "").split())
    postal = "".join((postal_code or "").split()).upper()
    if not street:
        raise ValidationError(msg("Type the street address."), field="address")
    if len(street) > 300:
        raise ValidationError(msg("The address is longer than 300 characters."), field="address")
    if not town or len(town) > 120:
        raise ValidationError(msg("Type the city (at most 120 characters)."), field="city")
    if code in ("FR", "MA") and not _FIVE_DIGITS.match(postal):
        raise ValidationError(
            msg(
                "{postal_code!r} is not a postal code of {code}: expected five digits.",
                postal_code=postal_code,
                code=code,
            ),
            field="postal_code",
        )
    if not postal or len(postal) > 16:
        raise ValidationError(
            msg("Type the postal code (at most 16 characters)."), field="postal_code"
        )
    return {"address": street, "postal_code": postal, "city": town, "country": code}


def _resync(session: Session, debtor_id: int, now: datetime) -> None:
    """Let the queue engine move the file in or out of "to locate" and copy the new zones
    onto the work item (a file leased by an agent stays leased)."""
    sync_work_items(session, debtor_ids=[debtor_id], now=now)
