"""The canonical columns of each kind of file, and turning a row of text into a record.

A record is a dict of canonical column -> parsed value, completed by the kind's `prepare`
(cross-field checks and derived values such as normalised phones). Parsing runs away from the
database (on the reader thread), so everything that needs no lookup happens here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from itertools import repeat
from operator import itemgetter
from typing import Any
from zoneinfo import ZoneInfo

from telerecouv.domain.enums import (
    CallResult,
    DebtorKind,
    ExclusionReason,
    Origin,
    PaymentMeans,
    Procedure,
    Reachability,
    Responsibility,
    Stage,
)
from telerecouv.services.imports import parsers as p
from telerecouv.services.imports.mapping import MappingError, MappingProfile
from telerecouv.services.imports.phones import PhoneBook
from telerecouv.services.imports.readers import FileUnreadable
from telerecouv.store.errors import msg

Problem = tuple[str, str]  # (field, reason)


@dataclass(frozen=True)
class OrgInfo:
    """The settings of the organisation a file belongs to, as plain data."""

    id: int
    code: str
    region: str
    timezone: str
    limitation_years: int
    limitation_years_fraud: int
    promise_kept_threshold: Any = None
    promise_grace_days: int = 3


@dataclass(frozen=True)
class Column:
    name: str
    parse: Callable[[str], Any]
    required: bool = False
    default: Any = None
    # Values repeat (dates, codes, yes/no): the parsed value of a text is remembered per file.
    cached: bool = False


CACHE_LIMIT = 20_000  # distinct texts remembered per column
_MISSING = object()


class Context:
    """What parsing needs to know: the organisation, its zone, today's date, the phone book."""

    def __init__(self, organisation: OrgInfo, now: datetime) -> None:
        self.organisation = organisation
        self.zone = ZoneInfo(organisation.timezone)
        self.now = now
        self.today = now.astimezone(self.zone).date()
        self.phones = PhoneBook(organisation.region)


# --- vocabularies with the French words creditors use ---------------------------------------

KIND_ALIASES = {
    "personne physique": DebtorKind.PERSON, "physique": DebtorKind.PERSON,
    "pp": DebtorKind.PERSON, "particulier": DebtorKind.PERSON, "personne": DebtorKind.PERSON,
    "personne morale": DebtorKind.COMPANY, "morale": DebtorKind.COMPANY,
    "pm": DebtorKind.COMPANY, "entreprise": DebtorKind.COMPANY, "societe": DebtorKind.COMPANY,
    "employeur": DebtorKind.COMPANY,
}  # fmt: skip
ORIGIN_ALIASES = {
    "prestation": Origin.BENEFIT, "prestations": Origin.BENEFIT, "indu": Origin.BENEFIT,
    "allocation": Origin.BENEFIT, "cotisation": Origin.CONTRIBUTION,
    "cotisations": Origin.CONTRIBUTION, "retraite": Origin.PENSION,
}  # fmt: skip
RESPONSIBILITY_ALIASES = {
    "organisme": Responsibility.BODY, "erreur organisme": Responsibility.BODY,
    "caisse": Responsibility.BODY, "tiers": Responsibility.THIRD_PARTY,
    "erreur tiers": Responsibility.THIRD_PARTY, "allocataire": Responsibility.DEBTOR,
    "debiteur": Responsibility.DEBTOR, "assure": Responsibility.DEBTOR,
    "erreur allocataire": Responsibility.DEBTOR,
}  # fmt: skip
PROCEDURE_ALIASES = {
    "aucune": Procedure.NONE, "aucun": Procedure.NONE, "non": Procedure.NONE,
    "surendettement": Procedure.OVERINDEBTEDNESS, "bdf": Procedure.OVERINDEBTEDNESS,
    "redressement": Procedure.INSOLVENCY, "redressement judiciaire": Procedure.INSOLVENCY,
    "liquidation": Procedure.INSOLVENCY, "liquidation judiciaire": Procedure.INSOLVENCY,
    "sauvegarde": Procedure.INSOLVENCY, "procedure collective": Procedure.INSOLVENCY,
    "force": Procedure.FORCED, "recouvrement force": Procedure.FORCED,
    "execution forcee": Procedure.FORCED, "controle": Procedure.INSPECTION,
}  # fmt: skip
STAGE_ALIASES = {
    "M+1": Stage.DEFAULT_M1, "M1": Stage.DEFAULT_M1, "defaillance M+1": Stage.DEFAULT_M1,
    "premiere defaillance": Stage.DEFAULT_M1, "M+2": Stage.DEFAULT_M2, "M2": Stage.DEFAULT_M2,
    "defaillance M+2": Stage.DEFAULT_M2, "deuxieme defaillance": Stage.DEFAULT_M2,
    "seconde defaillance": Stage.DEFAULT_M2, "fin de droits": Stage.END_OF_RIGHTS,
    "fin de droit": Stage.END_OF_RIGHTS, "fin de perception de droits": Stage.END_OF_RIGHTS,
    "mise en indu": Stage.NEW_CLAIM_NO_RIGHTS, "indu sans droit": Stage.NEW_CLAIM_NO_RIGHTS,
    "sans droit": Stage.NEW_CLAIM_NO_RIGHTS, "echeancier non respecte": Stage.BROKEN_PLAN,
    "promesse non tenue": Stage.BROKEN_PROMISE,
}  # fmt: skip
MEANS_ALIASES = {
    "virement": PaymentMeans.TRANSFER, "vir": PaymentMeans.TRANSFER,
    "prelevement": PaymentMeans.DIRECT_DEBIT, "prelevement sepa": PaymentMeans.DIRECT_DEBIT,
    "sepa": PaymentMeans.DIRECT_DEBIT, "carte": PaymentMeans.CARD, "cb": PaymentMeans.CARD,
    "carte bancaire": PaymentMeans.CARD, "chq": PaymentMeans.CHEQUE,
    "especes": PaymentMeans.CASH, "numeraire": PaymentMeans.CASH, "guichet": PaymentMeans.CASH,
    "retenue": PaymentMeans.BENEFIT_DEDUCTION,
    "retenue sur prestations": PaymentMeans.BENEFIT_DEDUCTION,
    "compensation": PaymentMeans.BENEFIT_DEDUCTION,
}  # fmt: skip
REACHABILITY_ALIASES = {
    "debiteur joint": Reachability.RIGHT_PARTY, "joint": Reachability.RIGHT_PARTY,
    "tiers joint": Reachability.THIRD_PARTY, "pas de reponse": Reachability.NO_ANSWER,
    "non reponse": Reachability.NO_ANSWER, "occupe": Reachability.BUSY,
    "messagerie": Reachability.VOICEMAIL, "repondeur": Reachability.VOICEMAIL,
    "faux numero": Reachability.WRONG_NUMBER, "mauvais numero": Reachability.WRONG_NUMBER,
    "numero invalide": Reachability.INVALID_NUMBER,
}  # fmt: skip
RESULT_ALIASES = {
    "echeancier": CallResult.PLAN_AGREED, "echeancier accorde": CallResult.PLAN_AGREED,
    "promesse paiement total": CallResult.FULL_PAYMENT_PROMISED,
    "deja paye": CallResult.ALREADY_PAID,
    "promesse paiement partiel": CallResult.PARTIAL_PAYMENT_PROMISED,
    "rappel": CallResult.CALLBACK_REQUESTED, "rappel demande": CallResult.CALLBACK_REQUESTED,
    "contestation": CallResult.DISPUTE, "remise": CallResult.RELIEF_REQUESTED,
    "demande de remise": CallResult.RELIEF_REQUESTED, "refus": CallResult.REFUSAL,
    "orientation sociale": CallResult.HARDSHIP_REFERRAL,
}  # fmt: skip

PROCEDURE_EXCLUSIONS = {
    Procedure.OVERINDEBTEDNESS: ExclusionReason.OVERINDEBTEDNESS,
    Procedure.INSOLVENCY: ExclusionReason.INSOLVENCY,
    Procedure.FORCED: ExclusionReason.FORCED_RECOVERY,
    Procedure.INSPECTION: ExclusionReason.INSPECTION,
}

EXTERNAL_ID = p.text(64)


# --- the five kinds --------------------------------------------------------------------------


class Kind:
    name = ""
    key: tuple[str, ...] = ()  # columns identifying a row (duplicates in a file are refused)

    def columns(self, ctx: Context) -> tuple[Column, ...]:
        raise NotImplementedError

    def prepare(self, record: dict[str, Any], ctx: Context) -> list[Problem]:
        """Cross-field checks and derived values; returns the problems found."""
        return []


class Debtors(Kind):
    name = "debtors"
    key = ("external_id",)

    def columns(self, ctx: Context) -> tuple[Column, ...]:
        return (
            Column("external_id", EXTERNAL_ID, required=True),
            Column(
                "kind", p.choice(DebtorKind, KIND_ALIASES), default=DebtorKind.PERSON, cached=True
            ),
            Column("last_name", p.text(120)),
            Column("first_name", p.text(120)),
            Column("company_name", p.text(200)),
            Column("representative", p.text(200)),
            Column("birth_date", p.day, cached=True),
            Column("national_id", p.text(32)),
            Column("address", p.text(300)),
            Column("postal_code", p.text(16)),
            Column("city", p.text(120)),
            Column("country", p.country, cached=True),
            Column("phone_1", p.text(254)),
            Column("phone_2", p.text(254)),
            Column("email", p.email),
            Column("household_quotient", p.non_negative_cents),
            Column("has_active_rights", p.boolean, default=False, cached=True),
        )

    def prepare(self, record: dict[str, Any], ctx: Context) -> list[Problem]:
        problems: list[Problem] = []
        if record["kind"] is DebtorKind.PERSON and not record["last_name"]:
            problems.append(("last_name", msg("a person needs a last name")))
        if record["kind"] is DebtorKind.COMPANY and not record["company_name"]:
            problems.append(("company_name", msg("a company needs a company name")))
        born = record["birth_date"]
        if born is not None and born > ctx.today:
            problems.append(("birth_date", msg("{day:%d/%m/%Y} is in the future", day=born)))
        postal, country = record["postal_code"], record["country"]
        phones: list[tuple[int, str, str, str, bool]] = []  # position, value, raw, type, valid
        values: list[str] = []
        zones: set[str] = set()
        located = False  # a valid number
        fields = ctx.phones.fields
        for position, column in enumerate(("phone_1", "phone_2")):
            raw = record[column]
            if not raw:
                continue
            e164, phone_type, number_zones = fields(raw, postal_code=postal, country=country)
            value = e164 or raw
            if value in values:
                continue  # the same number twice
            values.append(value)
            phones.append((position, value, raw, phone_type, e164 is not None))
            if e164 is not None:
                located = True
                zones.update(number_zones)
        if not zones:
            zones.update(ctx.phones.address_zones(postal, country))
        record["phones"] = phones
        record["to_locate"] = not located
        record["time_zones"] = ",".join(sorted(zones))[:100] or "Europe/Paris"
        record["country"] = country or ctx.organisation.region
        return problems


class Claims(Kind):
    name = "claims"
    key = ("external_id",)

    def columns(self, ctx: Context) -> tuple[Column, ...]:
        return (
            Column("external_id", EXTERNAL_ID, required=True),
            Column("debtor_external_id", EXTERNAL_ID, required=True),
            Column("origin", p.choice(Origin, ORIGIN_ALIASES), required=True, cached=True),
            Column("initial_amount", p.non_negative_cents, required=True),
            Column("balance", p.non_negative_cents, required=True),
            Column("notified_on", p.day, cached=True),
            Column(
                "responsibility",
                p.choice(Responsibility, RESPONSIBILITY_ALIASES),
                default=Responsibility.DEBTOR,
                cached=True,
            ),
            Column("fraud", p.boolean, default=False, cached=True),
            Column(
                "procedure",
                p.choice(Procedure, PROCEDURE_ALIASES),
                default=Procedure.NONE,
                cached=True,
            ),
            Column("limitation_on", p.day, cached=True),
            Column("notification_ref", p.text(64)),
            Column("written_off", p.boolean, default=False, cached=True),
        )

    def prepare(self, record: dict[str, Any], ctx: Context) -> list[Problem]:
        notified, limitation = record["notified_on"], record["limitation_on"]
        if limitation is None and notified is not None:
            org = ctx.organisation
            years = org.limitation_years_fraud if record["fraud"] else org.limitation_years
            limitation = add_years(notified, years)
            record["limitation_on"] = limitation
        if notified is not None and notified > ctx.today:
            return [("notified_on", msg("{day:%d/%m/%Y} is in the future", day=notified))]
        if notified is not None and limitation is not None and limitation < notified:
            return [("limitation_on", msg("the limitation date is before the notification date"))]
        reason: ExclusionReason | None = None
        if record["fraud"]:
            reason = ExclusionReason.FRAUD
        elif record["procedure"] in PROCEDURE_EXCLUSIONS:
            reason = PROCEDURE_EXCLUSIONS[record["procedure"]]
        elif record["written_off"]:
            reason = ExclusionReason.WRITTEN_OFF
        record["exclusion_reason"] = reason
        return []


class Defaults(Kind):
    name = "defaults"
    key = ("claim_external_id", "stage", "occurred_on")

    def columns(self, ctx: Context) -> tuple[Column, ...]:
        return (
            Column("claim_external_id", EXTERNAL_ID, required=True),
            Column("stage", p.choice(Stage, STAGE_ALIASES), required=True, cached=True),
            Column("occurred_on", p.day, required=True, cached=True),
            Column("formal_notice_due_on", p.day, cached=True),
        )

    def prepare(self, record: dict[str, Any], ctx: Context) -> list[Problem]:
        occurred, due = record["occurred_on"], record["formal_notice_due_on"]
        if occurred > ctx.today:
            return [("occurred_on", msg("{day:%d/%m/%Y} is in the future", day=occurred))]
        if due is not None and due < occurred:
            return [
                (
                    "formal_notice_due_on",
                    msg("the formal-notice deadline is before the default"),
                )
            ]
        return []


class Payments(Kind):
    name = "payments"
    key = ("external_id",)

    def columns(self, ctx: Context) -> tuple[Column, ...]:
        return (
            Column("external_id", EXTERNAL_ID, required=True),
            Column("claim_external_id", EXTERNAL_ID, required=True),
            Column("amount", p.positive_cents, required=True),
            Column("paid_on", p.day, required=True, cached=True),
            Column("means", p.choice(PaymentMeans, MEANS_ALIASES), cached=True),
        )

    def prepare(self, record: dict[str, Any], ctx: Context) -> list[Problem]:
        if record["paid_on"] > ctx.today:
            return [("paid_on", msg("{day:%d/%m/%Y} is in the future", day=record["paid_on"]))]
        return []


class Calls(Kind):
    name = "calls"
    key = ("external_id",)

    def columns(self, ctx: Context) -> tuple[Column, ...]:
        moment = p.moment(ctx.zone)
        return (
            Column("external_id", EXTERNAL_ID, required=True),
            Column("debtor_external_id", EXTERNAL_ID, required=True),
            Column("claim_external_id", EXTERNAL_ID),
            Column("agent_login", p.text(64)),
            Column("started_at", moment, required=True),
            Column("ended_at", moment),
            Column("number", p.text(64)),
            Column("reachability", p.choice(Reachability, REACHABILITY_ALIASES), required=True),
            Column("result", p.choice(CallResult, RESULT_ALIASES)),
            Column("notes", p.text(4000)),
        )

    def prepare(self, record: dict[str, Any], ctx: Context) -> list[Problem]:
        problems: list[Problem] = []
        started, ended = record["started_at"], record["ended_at"]
        if started > ctx.now:
            problems.append(("started_at", msg("the call starts in the future")))
        if ended is not None and ended < started:
            problems.append(("ended_at", msg("the call ends before it starts")))
        result, reach = record["result"], record["reachability"]
        if (
            result is not None
            and reach is not Reachability.RIGHT_PARTY
            and result is not CallResult.CALLBACK_REQUESTED
        ):
            problems.append(
                (
                    "result",
                    msg(
                        "a result needs the debtor reached (RIGHT_PARTY), not {reachability}",
                        reachability=reach.value,
                    ),
                )
            )
        number = record["number"]
        if number:
            phone = ctx.phones.normalise(number)
            record["number"] = ((phone.e164 if phone.valid else None) or number)[:32]
        return problems


KIND_SPECS: dict[str, Kind] = {
    kind.name: kind for kind in (Debtors(), Claims(), Defaults(), Payments(), Calls())
}


def add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


# --- from cells to records -------------------------------------------------------------------


class RowParser:
    """Maps a file's headers to a kind's columns and parses each row into a record."""

    def __init__(
        self, kind: Kind, ctx: Context, headers: list[str], profile: MappingProfile
    ) -> None:
        self.kind = kind
        self.ctx = ctx
        self.width = len(headers)
        columns = {column.name: column for column in kind.columns(ctx)}
        plan: list[tuple[int, Column, dict[str, str] | None, str | None]] = []
        seen: dict[str, str] = {}
        self.ignored: list[str] = []
        for index, header in enumerate(headers):
            name = profile.canonical(header)
            if name not in columns:
                if header:
                    self.ignored.append(header)
                continue
            if name in seen:
                raise FileUnreadable(
                    msg(
                        "The columns {seen!r} and {header!r} are both read as {name!r}.",
                        seen=seen[name],
                        header=header,
                        name=name,
                    ),
                    msg("Remove one of them or fix the mapping profile."),
                )
            seen[name] = header
            values = profile.values.get(name)
            plan.append((index, columns[name], values, profile.defaults.get(name)))
        missing = [
            name
            for name, column in columns.items()
            if column.required and name not in seen and name not in profile.defaults
        ]
        if missing:
            raise FileUnreadable(
                msg(
                    "The file has no column {missing} for an import of {kind}; its columns are: "
                    "{columns}.",
                    missing=", ".join(missing),
                    kind=kind.name,
                    columns=", ".join(h for h in headers if h) or msg("none"),
                ),
                msg(
                    "Rename the headers (see docs/formats.md) or use a mapping profile (--mapping)."
                ),
            )
        self.plan = plan
        self._steps: list[
            tuple[int, Column, dict[str, str] | None, str | None, dict[str, Any] | None]
        ] = [
            (index, column, values, fallback, {} if column.cached else None)
            for index, column, values, fallback in plan
        ]
        self.constants: dict[str, Any] = {}
        for name, column in columns.items():
            if name in seen:
                continue
            text = profile.defaults.get(name)
            if text is None:
                self.constants[name] = column.default
                continue
            try:
                self.constants[name] = column.parse(text.strip())
            except p.FieldError as exc:
                raise MappingError(
                    msg(
                        "The mapping profile's default for {name!r} is wrong: {reason}.",
                        name=name,
                        reason=exc.reason,
                    )
                ) from None

    def parse_many(self, rows: Sequence[list[str]]) -> list[tuple[dict[str, Any], list[Problem]]]:
        """`[self.parse(cells) for cells in rows]`, column by column: the same records and
        problems, several times faster on the clean rows of a large file.

        Each column is read for the whole chunk with its parser (and its cache of texts
        already parsed); a row where any cell is refused, or that has extra cells, goes
        through `parse` itself, so its problems are reported exactly as one at a time.
        """
        count = len(rows)
        if count == 0:
            return []
        width = self.width
        short = min(map(len, rows)) < width  # rows with missing trailing cells
        redo = bytearray(count)  # 1: the row is parsed again by `parse`
        names: list[str] = list(self.constants)
        columns: list[Any] = [repeat(value, count) for value in self.constants.values()]
        for index, column, values, fallback, cache in self._steps:
            if short:
                texts = [cells[index].strip() if index < len(cells) else "" for cells in rows]
            else:
                texts = list(map(str.strip, map(itemgetter(index), rows)))
            if values is not None:
                texts = [values.get(raw, raw) for raw in texts]
            if fallback is not None:
                default_text = fallback.strip()
                texts = [raw or default_text for raw in texts]
            names.append(column.name)
            columns.append(self._column(column, texts, cache, redo))
        records = [dict(zip(names, values, strict=True)) for values in zip(*columns, strict=True)]
        if max(map(len, rows)) > width:
            for position, cells in enumerate(rows):
                if len(cells) > width and any(cell.strip() for cell in cells[width:]):
                    redo[position] = 1
        prepare, ctx = self.kind.prepare, self.ctx
        return [
            self.parse(cells) if redo[position] else (record, prepare(record, ctx))
            for position, (cells, record) in enumerate(zip(rows, records, strict=True))
        ]

    @staticmethod
    def _column(
        column: Column, texts: list[str], cache: dict[str, Any] | None, redo: bytearray
    ) -> list[Any]:
        """The parsed values of one column; a refused or missing cell marks its row in `redo`."""
        parse, default = column.parse, column.default
        todo: Sequence[int]
        if cache is not None:
            values = list(map(cache.get, texts, repeat(_MISSING)))
            todo = [position for position, value in enumerate(values) if value is _MISSING]
        elif isinstance(parse, p.text):  # free text: only its length can be wrong
            longest = parse.max_length
            values = [raw if raw else default for raw in texts]
            todo = [position for position, raw in enumerate(texts) if not raw or len(raw) > longest]
            if not column.required:
                todo = [position for position in todo if texts[position]]
        else:
            values = list(texts)
            todo = range(len(texts))
        for position in todo:
            raw = texts[position]
            if not raw:
                if column.required:
                    redo[position] = 1
                values[position] = default
                continue
            try:
                value = parse(raw)
            except p.FieldError:
                redo[position] = 1
                continue
            values[position] = value
            if cache is not None and len(cache) < CACHE_LIMIT:
                cache[raw] = value
        return values

    def parse(self, cells: list[str]) -> tuple[dict[str, Any], list[Problem]]:
        record = dict(self.constants)
        problems: list[Problem] = []
        count = len(cells)
        for index, column, values, fallback, cache in self._steps:
            raw = cells[index].strip() if index < count else ""
            if values is not None:
                raw = values.get(raw, raw)
            if not raw and fallback is not None:
                raw = fallback.strip()
            if not raw:
                if column.required:
                    problems.append((column.name, msg("required value is empty")))
                record[column.name] = column.default
                continue
            if cache is not None:
                value = cache.get(raw, _MISSING)
                if value is not _MISSING:
                    record[column.name] = value
                    continue
            try:
                value = column.parse(raw)
            except p.FieldError as exc:
                problems.append((column.name, exc.reason))
                continue
            record[column.name] = value
            if cache is not None and len(cache) < CACHE_LIMIT:
                cache[raw] = value  # only values that parsed: a bad text is reported each time
        if count > self.width and any(cell.strip() for cell in cells[self.width :]):
            problems.append(
                (
                    "",
                    msg(
                        "the row has {count} cells but the header only {width}",
                        count=count,
                        width=self.width,
                    ),
                )
            )
        if not problems:
            problems = self.kind.prepare(record, self.ctx)
        return record, problems
