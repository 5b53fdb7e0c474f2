"""Debtors, their contact points and the history of every contact-data change."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from telerecouv.domain.enums import ContactKind, ContactSource, DebtorKind, PhoneType
from telerecouv.store.models.base import Base, Timestamped
from telerecouv.store.types import Money, StrEnumType, utcnow


class Debtor(Timestamped, Base):
    """A person or a company (with its legal representative) owing one or more claims."""

    __tablename__ = "debtors"

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"))
    external_id: Mapped[str] = mapped_column(String(64))
    kind: Mapped[DebtorKind] = mapped_column(StrEnumType(DebtorKind), default=DebtorKind.PERSON)
    last_name: Mapped[str | None] = mapped_column(String(120))
    first_name: Mapped[str | None] = mapped_column(String(120))
    company_name: Mapped[str | None] = mapped_column(String(200))
    representative: Mapped[str | None] = mapped_column(String(200))
    birth_date: Mapped[date | None]
    national_id: Mapped[str | None] = mapped_column(String(32))  # NIR, CIN, SIRET...
    address: Mapped[str | None] = mapped_column(String(300))
    postal_code: Mapped[str | None] = mapped_column(String(16))
    city: Mapped[str | None] = mapped_column(String(120))
    country: Mapped[str] = mapped_column(String(2), default="FR")
    email: Mapped[str | None] = mapped_column(String(254))
    household_quotient: Mapped[Decimal | None] = mapped_column(Money())
    has_active_rights: Mapped[bool] = mapped_column(default=False)
    # IANA zones the debtor may be in, comma-separated (two when Réunion/Mayotte is ambiguous).
    time_zones: Mapped[str] = mapped_column(String(100), default="Europe/Paris")
    to_locate: Mapped[bool] = mapped_column(default=False)

    contact_points: Mapped[list[ContactPoint]] = relationship(
        back_populates="debtor", order_by="ContactPoint.position"
    )

    __table_args__ = (
        UniqueConstraint("organisation_id", "external_id"),
        Index(None, "last_name", "first_name"),
        Index(None, "to_locate"),
    )

    @property
    def display_name(self) -> str:
        if self.kind == DebtorKind.COMPANY:
            return self.company_name or self.external_id
        return " ".join(p for p in (self.last_name, self.first_name) if p) or self.external_id


class ContactPoint(Timestamped, Base):
    """A phone number (E.164) or e-mail address of a debtor, with where it came from."""

    __tablename__ = "contact_points"

    id: Mapped[int] = mapped_column(primary_key=True)
    debtor_id: Mapped[int] = mapped_column(ForeignKey("debtors.id", ondelete="CASCADE"))
    kind: Mapped[ContactKind] = mapped_column(StrEnumType(ContactKind), default=ContactKind.PHONE)
    value: Mapped[str] = mapped_column(String(254))  # E.164 when valid, else as written
    raw: Mapped[str | None] = mapped_column(String(254))
    phone_type: Mapped[PhoneType | None] = mapped_column(StrEnumType(PhoneType))
    valid: Mapped[bool] = mapped_column(default=True)
    active: Mapped[bool] = mapped_column(default=True)
    position: Mapped[int] = mapped_column(default=0)
    source: Mapped[ContactSource] = mapped_column(StrEnumType(ContactSource))
    verified_at: Mapped[datetime | None]

    debtor: Mapped[Debtor] = relationship(back_populates="contact_points")

    __table_args__ = (
        UniqueConstraint("debtor_id", "kind", "value"),
        Index(None, "value"),
    )


class ContactChange(Base):
    """One change of contact data: the old value is kept, and the change is exported."""

    __tablename__ = "contact_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    debtor_id: Mapped[int] = mapped_column(ForeignKey("debtors.id", ondelete="CASCADE"))
    kind: Mapped[ContactKind] = mapped_column(StrEnumType(ContactKind))
    field: Mapped[str] = mapped_column(String(64))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    source: Mapped[ContactSource] = mapped_column(StrEnumType(ContactSource))
    changed_at: Mapped[datetime] = mapped_column(default=utcnow)
    changed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    call_id: Mapped[int | None] = mapped_column(ForeignKey("call_attempts.id", ondelete="SET NULL"))
    exported_at: Mapped[datetime | None]

    __table_args__ = (Index(None, "debtor_id", "changed_at"), Index(None, "changed_at"))
