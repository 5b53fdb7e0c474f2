"""Dialogs to add or correct a phone number, the e-mail, the address or the representative.

Each one validates as the agent types (the domain's phone rules, the e-mail rule of the
contact service) and keeps the source of the information. The dialog stays open while the
change is saved in the background: a refusal from the service is shown in place, nothing
typed is lost.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from telerecouv.domain.enums import ContactSource
from telerecouv.domain.phones import debtor_time_zones, format_national, normalise_phone
from telerecouv.services.contacts import validate_email
from telerecouv.services.debtor_file import DebtorFile
from telerecouv.store.errors import KnownError, ValidationError
from telerecouv.ui.agent import format as fmt
from telerecouv.ui.agent.labels import phone_type_label, source_label
from telerecouv.ui.errors import error_text

ERROR_STYLE = "color: #b00020;"
OK_STYLE = "color: #1b6e20;"
SOURCES = (ContactSource.DEBTOR, ContactSource.THIRD_PARTY, ContactSource.AGENT)


class ContactDialog(QDialog):
    """Base: a form, a live message, OK/Cancel; emits `submitted(dict)` when valid."""

    submitted = Signal(dict)

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        self.form = QFormLayout()
        self.message = QLabel(objectName="contactMessage")
        self.message.setWordWrap(True)
        self.source = QComboBox(objectName="contactSource")
        self.source.setAccessibleName(self.tr("Source of the information"))
        for source in SOURCES:
            self.source.addItem(source_label(source), source)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def add_source_row(self) -> None:
        self.form.addRow(self.tr("&Source:"), self.source)

    @property
    def ok_button(self):
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def set_message(self, text: str, ok: bool) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)

    def values(self) -> dict | None:  # overridden: None when invalid
        return {}

    def _submit(self) -> None:
        values = self.values()
        if values is None:
            return
        values["source"] = ContactSource(self.source.currentData())
        self.set_busy(True)
        self.submitted.emit(values)

    def set_busy(self, busy: bool) -> None:
        self.buttons.setEnabled(not busy)
        if busy:
            self.set_message(self.tr("Saving..."), True)

    def failed(self, error: BaseException) -> None:
        """The service refused: say why, keep what was typed."""
        self.set_busy(False)
        if isinstance(error, KnownError):
            self.set_message(error_text(error), False)
        else:
            self.set_message(self.tr("Unexpected error: %1").replace("%1", repr(error)), False)


class PhoneDialog(ContactDialog):
    def __init__(self, file: DebtorFile, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Add a phone number"), parent)
        self.setObjectName("phoneDialog")
        self.file = file
        self.number = QLineEdit(objectName="phoneEdit")
        self.number.setAccessibleName(self.tr("Phone number"))
        self.number.setPlaceholderText("06 12 34 56 78")
        self.number.textChanged.connect(self._check)
        self.form.addRow(self.tr("&Number:"), self.number)
        self.add_source_row()
        self._check()

    def _check(self) -> bool:
        text = self.number.text().strip()
        result = normalise_phone(
            text,
            self.file.region,
            postal_code=self.file.postal_code,
            country=self.file.country,
        )
        if result.valid and result.e164:
            zones = ", ".join(fmt.zone_name(z) for z in result.time_zones)
            shown = format_national(result.e164, default_region=self.file.region)
            self.set_message(
                self.tr("%1 - %2 - local time: %3")
                .replace("%1", shown)
                .replace("%2", phone_type_label(result.phone_type))
                .replace("%3", zones),
                True,
            )
        elif not text:
            self.set_message(self.tr("Type the number as the debtor says it."), True)
        else:
            self.set_message(self.phone_error(result.error, text, result.region), False)
        self.ok_button.setEnabled(result.valid)
        return result.valid

    def phone_error(self, code: str | None, text: str, region: str | None) -> str:
        if code == "too_short":
            return self.tr("%1 is too short for a phone number.").replace("%1", text)
        if code == "too_long":
            return self.tr("%1 is too long for a phone number.").replace("%1", text)
        if code == "not_a_number":
            return self.tr("%1 is not a phone number.").replace("%1", text)
        return (
            self.tr("%1 is not a valid number for %2.")
            .replace("%1", text)
            .replace("%2", region or self.file.region)
        )

    def values(self) -> dict | None:
        if not self._check():
            return None
        return {"raw": self.number.text().strip()}


class EmailDialog(ContactDialog):
    def __init__(self, file: DebtorFile, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("E-mail address"), parent)
        self.setObjectName("emailDialog")
        self.email = QLineEdit(file.email or "", objectName="emailEdit")
        self.email.setAccessibleName(self.tr("E-mail address"))
        self.email.textChanged.connect(self._check)
        self.form.addRow(self.tr("&E-mail:"), self.email)
        self.add_source_row()
        self._check()

    def _check(self) -> bool:
        text = self.email.text().strip()
        try:
            validate_email(text)
        except ValidationError:
            self.set_message(self.tr("Expected name@domain.tld."), False)
            self.ok_button.setEnabled(False)
            return False
        self.set_message(self.tr("Empty: the address is removed.") if not text else "", True)
        self.ok_button.setEnabled(True)
        return True

    def values(self) -> dict | None:
        return {"email": self.email.text().strip()} if self._check() else None


class AddressDialog(ContactDialog):
    def __init__(self, file: DebtorFile, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Postal address"), parent)
        self.setObjectName("addressDialog")
        self.file = file
        self.address = QLineEdit(file.address or "", objectName="addressEdit")
        self.address.setAccessibleName(self.tr("Street"))
        self.postal_code = QLineEdit(file.postal_code or "", objectName="postalCodeEdit")
        self.postal_code.setAccessibleName(self.tr("Postal code"))
        self.city = QLineEdit(file.city or "", objectName="cityEdit")
        self.city.setAccessibleName(self.tr("City"))
        self.country = QLineEdit(file.country or "", objectName="countryEdit")
        self.country.setAccessibleName(self.tr("Country (two letters)"))
        self.country.setMaxLength(20)
        for edit in (self.address, self.postal_code, self.city, self.country):
            edit.textChanged.connect(self._check)
        self.form.addRow(self.tr("&Street:"), self.address)
        self.form.addRow(self.tr("&Postal code:"), self.postal_code)
        self.form.addRow(self.tr("C&ity:"), self.city)
        self.form.addRow(self.tr("C&ountry:"), self.country)
        self.add_source_row()
        self._check()

    def _check(self) -> bool:
        missing = [
            name
            for name, edit in (
                (self.tr("street"), self.address),
                (self.tr("postal code"), self.postal_code),
                (self.tr("city"), self.city),
                (self.tr("country"), self.country),
            )
            if not edit.text().strip()
        ]
        if missing:
            self.set_message(self.tr("Missing: %1.").replace("%1", ", ".join(missing)), False)
            self.ok_button.setEnabled(False)
            return False
        zones = debtor_time_zones(
            None,
            postal_code=self.postal_code.text().strip(),
            country=self.country.text().strip(),
            default_region=self.file.region,
        )
        now = datetime.now(UTC)
        self.set_message(
            self.tr("Local time at this address: %1").replace("%1", fmt.local_time(zones, now)),
            True,
        )
        self.ok_button.setEnabled(True)
        return True

    def values(self) -> dict | None:
        if not self._check():
            return None
        return {
            "address": self.address.text().strip(),
            "postal_code": self.postal_code.text().strip(),
            "city": self.city.text().strip(),
            "country": self.country.text().strip(),
        }


class RepresentativeDialog(ContactDialog):
    def __init__(self, file: DebtorFile, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Legal representative"), parent)
        self.setObjectName("representativeDialog")
        self.name = QLineEdit(file.representative or "", objectName="representativeEdit")
        self.name.setAccessibleName(self.tr("Legal representative"))
        self.name.textChanged.connect(self._check)
        self.form.addRow(self.tr("&Name and function:"), self.name)
        self.add_source_row()
        self._check()

    def _check(self) -> bool:
        ok = len(self.name.text().strip()) >= 2
        self.set_message("" if ok else self.tr("Type the representative's name."), ok)
        self.ok_button.setEnabled(ok)
        return ok

    def values(self) -> dict | None:
        return {"name": self.name.text().strip()} if self._check() else None
