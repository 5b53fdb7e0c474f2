"""A realistic, reproducible demo population (`telerecouv demo --debtors N --seed S`).

French metropolitan and overseas debtors of a family-benefit fund, Moroccan employers of the
social-security fund handled by an outsourced firm, pensioners of a retirement fund; claims at
every stage, fraud and frozen claims, files without a valid number, and a few months of call
history with about 60 % reachability and 73 % effectiveness, with the plans, promises and
payments those calls produced. Rows go in with bulk Core inserts for speed.
"""

from __future__ import annotations

import random
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import Table, func, insert, select, text
from sqlalchemy.orm import Session, sessionmaker

from telerecouv.domain.enums import (
    CallResult,
    ClaimStatus,
    ContactKind,
    ContactSource,
    DebtorKind,
    ExclusionReason,
    InstalmentStatus,
    Origin,
    PaymentMeans,
    PhoneType,
    PlanStatus,
    Procedure,
    PromiseStatus,
    Reachability,
    Responsibility,
    Role,
    Stage,
    WorkItemStatus,
)
from telerecouv.domain.scripts import Script, load_library
from telerecouv.paths import SCRIPTS_DIR
from telerecouv.services.permissions import SYSTEM, Actor, Permission, require
from telerecouv.services.users import hash_password
from telerecouv.store.engine import write_transaction
from telerecouv.store.models import (
    BmafRate,
    CallAttempt,
    Claim,
    ContactPoint,
    Debtor,
    Default,
    Instalment,
    Organisation,
    Payment,
    PaymentPlan,
    PlanClaim,
    Promise,
    Queue,
    ReliefScaleRow,
    Team,
    User,
    WorkItem,
)

CENT = Decimal("0.01")

LAST_NAMES = [
    "Martin",
    "Bernard",
    "Thomas",
    "Petit",
    "Robert",
    "Richard",
    "Durand",
    "Dubois",
    "Moreau",
    "Laurent",
    "Simon",
    "Michel",
    "Lefebvre",
    "Leroy",
    "Roux",
    "David",
    "Bertrand",
    "Morel",
    "Fournier",
    "Girard",
    "Bonnet",
    "Dupont",
    "Lambert",
    "Fontaine",
    "Rousseau",
    "Vincent",
    "Muller",
    "Lefevre",
    "Faure",
    "Andre",
    "Mercier",
    "Blanc",
    "Guerin",
    "Boyer",
    "Garnier",
    "Chevalier",
    "Payet",
    "Hoarau",
    "Grondin",
    "Fontaine",
    "Techer",
    "Boyer",
    "Maillot",
    "Nativel",
    "Madi",
    "Ahamada",
    "Soilihi",
    "Attoumani",
]
FIRST_NAMES = [
    "Marie",
    "Jean",
    "Nathalie",
    "Pierre",
    "Isabelle",
    "Michel",
    "Sylvie",
    "Philippe",
    "Catherine",
    "Alain",
    "Sandrine",
    "Nicolas",
    "Céline",
    "Julien",
    "Sophie",
    "Laurent",
    "Aurélie",
    "Thomas",
    "Émilie",
    "Kevin",
    "Léa",
    "Mohamed",
    "Fatima",
    "Yasmine",
    "Karim",
    "Inès",
    "Lucas",
    "Chloé",
    "Hugo",
    "Manon",
    "Nadia",
    "Rachid",
    "Samia",
]
MA_LAST = [
    "Alaoui",
    "Benali",
    "Bennani",
    "Chraibi",
    "El",
    "Idrissi",
    "Tazi",
    "Fassi",
    "Berrada",
    "Amrani",
    "Ouazzani",
    "Lahlou",
]
MA_FIRST = [
    "Mohammed",
    "Fatima",
    "Youssef",
    "Khadija",
    "Ahmed",
    "Aicha",
    "Omar",
    "Salma",
    "Hicham",
    "Naima",
    "Rachid",
    "Laila",
]
MA_COMPANIES = [
    "Atlas Négoce",
    "Sud Bâtiment",
    "Menara Textile",
    "Rif Transport",
    "Souss Agro",
    "Oasis Services",
    "Anfa Distribution",
    "Zagora Carrières",
    "Tanger Logistique",
    "Fès Artisanat",
]
MA_CITIES = (
    ("Casablanca", "20000"),
    ("Rabat", "10000"),
    ("Marrakech", "40000"),
    ("Fès", "30000"),
    ("Tanger", "90000"),
    ("Agadir", "80000"),
)
FR_CITIES = (
    ("Paris", "75011"),
    ("Lyon", "69003"),
    ("Marseille", "13005"),
    ("Lille", "59000"),
    ("Toulouse", "31000"),
    ("Nantes", "44000"),
    ("Strasbourg", "67000"),
    ("Rennes", "35000"),
    ("Bordeaux", "33000"),
    ("Nice", "06000"),
)
# (region, city, postal code, zone, mobile prefix in E.164, landline prefix)
OVERSEAS = (
    ("RE", "Saint-Denis", "97400", "Indian/Reunion", "+26269", "+262262"),
    ("YT", "Mamoudzou", "97600", "Indian/Mayotte", "+262639", "+262269"),
    ("GP", "Pointe-à-Pitre", "97110", "America/Guadeloupe", "+59069", "+590590"),
    ("MQ", "Fort-de-France", "97200", "America/Martinique", "+59669", "+596596"),
    ("GF", "Cayenne", "97300", "America/Cayenne", "+59469", "+594594"),
)
STAGE_WEIGHTS = (
    (Stage.DEFAULT_M1, 30),
    (Stage.DEFAULT_M2, 25),
    (Stage.END_OF_RIGHTS, 15),
    (Stage.NEW_CLAIM_NO_RIGHTS, 15),
    (Stage.BROKEN_PLAN, 8),
    (Stage.BROKEN_PROMISE, 7),
)
EFFECTIVE = (
    CallResult.PLAN_AGREED,
    CallResult.FULL_PAYMENT_PROMISED,
    CallResult.PARTIAL_PAYMENT_PROMISED,
    CallResult.ALREADY_PAID,
)
NOT_EFFECTIVE = (
    CallResult.CALLBACK_REQUESTED,
    CallResult.DISPUTE,
    CallResult.REFUSAL,
    CallResult.RELIEF_REQUESTED,
    CallResult.HARDSHIP_REFERRAL,
)
UNREACHED = (
    (Reachability.NO_ANSWER, 50),
    (Reachability.VOICEMAIL, 25),
    (Reachability.BUSY, 10),
    (Reachability.THIRD_PARTY, 8),
    (Reachability.WRONG_NUMBER, 7),
)

DEMO_USERS: tuple[tuple[str, Role, str, str | None], ...] = (
    ("agent1", Role.AGENT, "Amélie Agent", "Équipe Nord"),
    ("agent2", Role.AGENT, "Bruno Agent", "Équipe Nord"),
    ("agent3", Role.AGENT, "Chloé Agent", "Équipe Sud"),
    ("agent4", Role.AGENT, "Driss Agent", "Équipe Casablanca"),
    ("lead1", Role.TEAM_LEAD, "Lina Cheffe d'équipe", "Équipe Nord"),
    ("super1", Role.SUPERVISOR, "Samuel Superviseur", None),
    ("admin", Role.ADMIN, "Administrateur", None),
)


@dataclass
class DemoReport:
    debtors: int = 0
    claims: int = 0
    work_items: int = 0
    calls: int = 0
    plans: int = 0
    promises: int = 0
    payments: int = 0
    users: dict[str, str] = field(default_factory=dict)  # login -> password


def demo_password(login: str) -> str:
    return f"{login}-demo"


def _weighted(rng: random.Random, pairs: tuple[tuple[Any, int], ...]) -> Any:
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs])[0]


def _money(rng: random.Random, low: float, high: float) -> Decimal:
    # Log-uniform: many small overpayments, a few large ones. Built from integer cents.
    import math

    cents = int(math.exp(rng.uniform(math.log(low * 100), math.log(high * 100))))
    return Decimal(cents) * CENT


class _Ids:
    """Allocates primary keys above what a table already holds (for bulk inserts)."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._next: dict[str, int] = {}

    def take(self, table: Table) -> int:
        name = table.name
        if name not in self._next:
            current = self._session.scalar(select(func.max(table.c.id))) or 0
            self._next[name] = int(current)
        self._next[name] += 1
        return self._next[name]

    def tables(self) -> list[str]:
        return sorted(self._next)


class DemoBuilder:
    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._sessions = session_factory

    def build(
        self,
        actor: Actor = SYSTEM,
        *,
        debtors: int = 2000,
        seed: int = 1,
        today: date | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> DemoReport:
        require(actor, Permission.MANAGE_ORGANISATIONS, "load demo data")
        rng = random.Random(seed)
        today = today or date.today()
        report = DemoReport()
        with write_transaction(self._sessions) as session:
            orgs = self._organisations(session)
            queues = self._queues(session, orgs)
            users = self._users(session, report)
            # Past calls spread over a window that keeps every agent's days realistically busy
            # (~12 calls per agent-day): a small demo is a few weeks of work, not 90 sparse
            # days (calls per agent-hour is computed from each agent-day's first and last call).
            window = max(7, min(90, debtors // 55))
            rows = _Rows(session, rng, today, orgs, queues, users, report, window_days=window)
            batch = 5000
            for start in range(0, debtors, batch):
                for index in range(start, min(debtors, start + batch)):
                    rows.debtor(seed, index)
                rows.flush()
                if progress:
                    progress(min(debtors, start + batch), debtors)
            rows.sync_sequences()
        return report

    @staticmethod
    def _organisations(session: Session) -> dict[str, Organisation]:
        specs: dict[str, dict[str, Any]] = {
            "CAF-DEMO": dict(
                name="Caisse d'allocations familiales (démo)",
                region="FR",
                currency="EUR",
                timezone="Europe/Paris",
            ),
            "CNSS-DEMO": dict(
                name="Caisse nationale de sécurité sociale (démo)",
                region="MA",
                currency="MAD",
                timezone="Africa/Casablanca",
                outsourced=True,
                fee_rate=Decimal("0.0300"),
                fee_cap=Decimal("30000.00"),
                limitation_years=4,
                minimum_instalment=Decimal("200.00"),
            ),
            "CARSAT-DEMO": dict(
                name="Caisse de retraite (démo)",
                region="FR",
                currency="EUR",
                timezone="Europe/Paris",
            ),
        }
        orgs: dict[str, Organisation] = {}
        for code, values in specs.items():
            org = session.scalar(select(Organisation).where(Organisation.code == code))
            if org is None:
                org = Organisation(code=code, **values)
                session.add(org)
                session.flush()
                if org.region == "FR":
                    session.add_all(
                        [
                            BmafRate(
                                organisation_id=org.id,
                                effective_from=date(2024, 4, 1),
                                amount=Decimal("466.44"),
                            ),
                            BmafRate(
                                organisation_id=org.id,
                                effective_from=date(2025, 4, 1),
                                amount=Decimal("474.37"),
                            ),
                        ]
                    )
                    for qf_min, qf_max, rates in (
                        (Decimal("0"), Decimal("500"), ("0.7500", "0.5000", "0.3000")),
                        (Decimal("500"), Decimal("800"), ("0.5000", "0.3000", "0.1500")),
                        (Decimal("800"), Decimal("1200"), ("0.3000", "0.1500", "0.0500")),
                        (Decimal("1200"), None, ("0.1500", "0.0500", "0.0000")),
                    ):
                        for resp, rate in zip(Responsibility, rates, strict=True):
                            session.add(
                                ReliefScaleRow(
                                    organisation_id=org.id,
                                    qf_min=qf_min.quantize(CENT),
                                    qf_max=qf_max.quantize(CENT) if qf_max is not None else None,
                                    responsibility=resp,
                                    rate=Decimal(rate),
                                )
                            )
            orgs[code] = org
        session.flush()
        return orgs

    @staticmethod
    def _queues(session: Session, orgs: dict[str, Organisation]) -> dict[tuple[int, Stage], int]:
        queues: dict[tuple[int, Stage], int] = {}
        for org in orgs.values():
            for stage in Stage:
                queue = session.scalar(
                    select(Queue).where(Queue.organisation_id == org.id, Queue.stage == stage)
                )
                if queue is None:
                    queue = Queue(organisation_id=org.id, stage=stage, name=stage.value)
                    session.add(queue)
                    session.flush()
                queues[(org.id, stage)] = queue.id
        return queues

    @staticmethod
    def _users(session: Session, report: DemoReport) -> list[int]:
        teams: dict[str, int] = {}
        agents: list[int] = []
        for login, role, full_name, team in DEMO_USERS:
            user = session.scalar(select(User).where(User.login == login))
            if user is None:
                team_id = None
                if team:
                    if team not in teams:
                        row = session.scalar(select(Team).where(Team.name == team))
                        if row is None:
                            row = Team(name=team)
                            session.add(row)
                            session.flush()
                        teams[team] = row.id
                    team_id = teams[team]
                user = User(
                    login=login,
                    role=role,
                    full_name=full_name,
                    team_id=team_id,
                    password_hash=hash_password(demo_password(login)),
                )
                session.add(user)
                session.flush()
            report.users[login] = demo_password(login)
            if role is Role.AGENT:
                agents.append(user.id)
        return agents


class _Rows:
    """Accumulates the rows of one batch of debtors, then inserts them table by table."""

    TABLES = (
        Debtor,
        ContactPoint,
        Claim,
        Default,
        WorkItem,
        CallAttempt,
        PaymentPlan,
        PlanClaim,
        Instalment,
        Promise,
        Payment,
    )

    def __init__(
        self,
        session: Session,
        rng: random.Random,
        today: date,
        orgs: dict[str, Organisation],
        queues: dict[tuple[int, Stage], int],
        agents: list[int],
        report: DemoReport,
        *,
        window_days: int = 90,
    ) -> None:
        self.session, self.rng, self.today = session, rng, today
        self.orgs, self.queues, self.agents, self.report = orgs, queues, agents, report
        self.window_days = window_days
        # Each agent's working day: when their next call can start (calls one after another).
        self.shifts: dict[tuple[int, date], datetime] = {}
        self.scripts = load_library(SCRIPTS_DIR)
        self.paths: dict[tuple[str, Stage, Reachability, CallResult | None], list[tuple[str, ...]]]
        self.paths = {}
        self.path_rng = random.Random(rng.getrandbits(32))
        self.ids = _Ids(session)
        self.pending: dict[str, list[dict[str, Any]]] = {m.__tablename__: [] for m in self.TABLES}
        self.now = datetime.now(UTC)

    def add(self, model: type, **values: Any) -> int:
        table = cast(Table, model.__table__)  # type: ignore[attr-defined]
        if "id" in table.c and "id" not in values:
            values["id"] = self.ids.take(table)
        self.pending[table.name].append(values)
        return int(values.get("id", 0))

    def flush(self) -> None:
        for model in self.TABLES:
            rows = self.pending[model.__tablename__]
            if rows:
                table = cast(Table, model.__table__)
                # executemany needs the same keys in every row: fill the gaps with defaults.
                keys = {k for row in rows for k in row} | (
                    {"created_at", "updated_at"} & set(table.c.keys())
                )
                fill = {k: self._default(table, k) for k in keys}
                for row in rows:
                    for key in keys - row.keys():
                        row[key] = fill[key]
                self.session.execute(insert(table), rows)
                rows.clear()

    def sync_sequences(self) -> None:
        """PostgreSQL: move each id sequence past the ids given explicitly above, so that
        rows inserted later by the services (calls, plans, contacts...) get fresh ids."""
        if self.session.get_bind().dialect.name != "postgresql":
            return
        for name in self.ids.tables():
            self.session.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                    f"COALESCE((SELECT max(id) FROM {name}), 1))"
                )
            )

    def _default(self, table: Table, key: str) -> Any:
        if key in ("created_at", "updated_at"):
            return self.now
        default = table.c[key].default
        arg = getattr(default, "arg", None)
        return None if callable(arg) else arg

    # -- one debtor file ------------------------------------------------------------------
    def debtor(self, seed: int, index: int) -> None:
        rng = self.rng
        roll = rng.random()
        if roll < 0.25:
            org, region = self.orgs["CNSS-DEMO"], "MA"
        elif roll < 0.30:
            org, region = self.orgs["CARSAT-DEMO"], "FR"
        else:
            org = self.orgs["CAF-DEMO"]
            region = rng.choice(OVERSEAS)[0] if rng.random() < 0.2 else "FR"
        values, zone, phones = self._identity(org, region)
        debtor_id = self.add(
            Debtor,
            organisation_id=org.id,
            external_id=f"{org.code[:3]}{seed:02d}{index:07d}",
            time_zones=zone,
            **values,
        )
        self.report.debtors += 1
        to_locate = rng.random() < 0.05
        for position, (number, ptype) in enumerate(phones):
            valid = not to_locate
            value = number if valid else number[:7]
            self.add(
                ContactPoint,
                debtor_id=debtor_id,
                kind=ContactKind.PHONE,
                value=value,
                raw=value,
                phone_type=ptype if valid else PhoneType.UNKNOWN,
                valid=valid,
                position=position,
                source=ContactSource.DEMO,
            )
        self._claims(org, debtor_id, to_locate, values["country"], zone)

    def _identity(self, org: Organisation, region: str) -> tuple[dict[str, Any], str, list[Any]]:
        rng = self.rng

        def digits(n: int) -> str:
            return "".join(rng.choice("0123456789") for _ in range(n))

        values: dict[str, Any] = {
            "kind": DebtorKind.PERSON,
            "country": "FR",
            "has_active_rights": rng.random() < 0.4,
        }
        if region == "MA":
            city, postal = rng.choice(MA_CITIES)
            values.update(
                country="MA",
                city=city,
                postal_code=postal,
                address=f"{rng.randint(1, 250)} boulevard Mohammed V",
            )
            mobile = f"+2126{rng.choice('1245678')}{digits(7)}"
            landline = f"+21252{rng.choice('2345')}{digits(6)}"
            if rng.random() < 0.6:
                values.update(
                    kind=DebtorKind.COMPANY,
                    company_name=rng.choice(MA_COMPANIES),
                    representative=f"{rng.choice(MA_FIRST)} {rng.choice(MA_LAST)}",
                    national_id=digits(7),
                )
            else:
                values.update(
                    last_name=rng.choice(MA_LAST),
                    first_name=rng.choice(MA_FIRST),
                    national_id=f"{rng.choice('ABJ')}{digits(6)}",
                )
            zone = "Africa/Casablanca"
        else:
            values.update(
                last_name=rng.choice(LAST_NAMES),
                first_name=rng.choice(FIRST_NAMES),
                national_id=f"{rng.choice('12')}{digits(12)}",
                household_quotient=Decimal(rng.randint(200, 2000)).quantize(CENT),
                birth_date=date(rng.randint(1950, 2002), rng.randint(1, 12), rng.randint(1, 28)),
            )
            if region == "FR":
                city, postal = rng.choice(FR_CITIES)
                mobile = f"+33{rng.choice('67')}{digits(8)}"
                landline = f"+33{rng.choice('12345')}{digits(8)}"
                zone = "Europe/Paris"
            else:
                spec = next(o for o in OVERSEAS if o[0] == region)
                _, city, postal, zone, mobile_prefix, land_prefix = spec
                if region == "RE":
                    mobile = f"+26269{rng.choice('23')}{digits(6)}"
                elif region == "YT":
                    mobile = f"+262639{rng.choice('014')}{digits(5)}"
                else:
                    mobile = mobile_prefix + rng.choice({"GP": "01", "MQ": "67", "GF": "4"}[region])
                    mobile += digits(12 - len(mobile) + 1)
                landline = f"{land_prefix}{digits(13 - len(land_prefix))}"
            values.update(
                city=city, postal_code=postal, address=f"{rng.randint(1, 120)} rue de la République"
            )
        values["email"] = (
            f"{(values.get('first_name') or 'contact').lower()}.{rng.randint(1, 999)}@example.org"
            if rng.random() < 0.5
            else None
        )
        phones: list[Any] = [(mobile, PhoneType.MOBILE)]
        if rng.random() < 0.5:
            phones.append((landline, PhoneType.LANDLINE))
        return values, zone, phones

    def _claims(
        self, org: Organisation, debtor_id: int, to_locate: bool, country: str, zones: str
    ) -> None:
        rng, today = self.rng, self.today
        origin = {"CNSS-DEMO": Origin.CONTRIBUTION, "CARSAT-DEMO": Origin.PENSION}.get(
            org.code, Origin.BENEFIT
        )
        total = Decimal("0.00")
        stage: Stage | None = None
        exclusion: ExclusionReason | None = None
        claim_ids: list[tuple[int, Decimal]] = []
        formal_notice: date | None = None
        limitation: date | None = None
        default_since: date | None = None
        for n in range(rng.choice((1, 1, 1, 2, 2, 3))):
            initial = _money(rng, 40, 25000 if origin is Origin.CONTRIBUTION else 9000)
            balance = (initial * Decimal(rng.choice((100, 100, 80, 50, 30))) / 100).quantize(CENT)
            notified = today - timedelta(days=rng.randint(20, 700))
            fraud = rng.random() < 0.03
            procedure = _weighted(
                rng,
                (
                    (Procedure.NONE, 93),
                    (Procedure.OVERINDEBTEDNESS, 3),
                    (Procedure.INSOLVENCY, 1),
                    (Procedure.FORCED, 2),
                    (Procedure.INSPECTION, 1 if origin is Origin.CONTRIBUTION else 0),
                ),
            )
            claim_stage = _weighted(rng, STAGE_WEIGHTS)
            occurred = today - timedelta(days=rng.randint(5, 80))
            due = (
                occurred + timedelta(days=rng.randint(15, 45))
                if claim_stage in (Stage.DEFAULT_M2, Stage.BROKEN_PLAN)
                else None
            )
            limit = notified + timedelta(
                days=365 * (org.limitation_years_fraud if fraud else org.limitation_years)
            )
            reason = (
                ExclusionReason.FRAUD
                if fraud
                else {
                    Procedure.OVERINDEBTEDNESS: ExclusionReason.OVERINDEBTEDNESS,
                    Procedure.INSOLVENCY: ExclusionReason.INSOLVENCY,
                    Procedure.FORCED: ExclusionReason.FORCED_RECOVERY,
                    Procedure.INSPECTION: ExclusionReason.INSPECTION,
                }.get(procedure)
            )
            claim_id = self.add(
                Claim,
                organisation_id=org.id,
                debtor_id=debtor_id,
                external_id=f"C{debtor_id:08d}-{n + 1}",
                origin=origin,
                notification_ref=f"NOT-{notified:%Y%m}-{debtor_id:07d}{n}",
                notified_on=notified,
                initial_amount=initial,
                balance=balance,
                imported_balance=balance,  # as the creditor's claims file stated it
                responsibility=_weighted(
                    rng,
                    (
                        (Responsibility.DEBTOR, 60),
                        (Responsibility.BODY, 25),
                        (Responsibility.THIRD_PARTY, 15),
                    ),
                ),
                fraud=fraud,
                procedure=procedure,
                status=ClaimStatus.OPEN,
                stage=claim_stage,
                stage_since=occurred,
                formal_notice_due_on=due,
                limitation_on=limit,
                exclusion_reason=reason,
            )
            self.add(
                Default,
                claim_id=claim_id,
                stage=claim_stage,
                occurred_on=occurred,
                formal_notice_due_on=due,
            )
            self.report.claims += 1
            if reason is not None:
                exclusion = exclusion or reason
                continue
            claim_ids.append((claim_id, balance))
            total += balance
            if stage is None or _stage_rank(claim_stage) < _stage_rank(stage):
                stage = claim_stage
            formal_notice = min(filter(None, (formal_notice, due)), default=None)
            limitation = min(filter(None, (limitation, limit)), default=None)
            default_since = min(filter(None, (default_since, occurred)), default=None)
        if not claim_ids:
            self.add(
                WorkItem,
                organisation_id=org.id,
                debtor_id=debtor_id,
                status=WorkItemStatus.EXCLUDED,
                status_reason=exclusion,
                time_zones=zones,
                balance_total=Decimal("0.00"),
            )
            return
        assert stage is not None
        item_id = self.add(
            WorkItem,
            organisation_id=org.id,
            debtor_id=debtor_id,
            queue_id=self.queues[(org.id, stage)],
            stage=stage,
            status=WorkItemStatus.TO_LOCATE if to_locate else WorkItemStatus.QUEUED,
            time_zones=zones,
            balance_total=total,
            formal_notice_due_on=formal_notice,
            limitation_on=limitation,
            default_since=default_since,
        )
        self.report.work_items += 1
        if not to_locate and self.rng.random() < 0.55:
            self._history(org, debtor_id, item_id, stage, claim_ids)

    def _history(
        self,
        org: Organisation,
        debtor_id: int,
        item_id: int,
        stage: Stage,
        claims: list[tuple[int, Decimal]],
    ) -> None:
        """Past calls: ~60 % of files reached, ~73 % of those effective, two working days
        apart, each in its agent's working day right after their previous call."""
        rng = self.rng
        reached = rng.random() < 0.60
        attempts = rng.randint(1, 3) if reached else rng.randint(1, 4)
        # The history ends a week before `today`: the weekly attempt caps leave the files
        # callable when the demo starts.
        first_day = self.today - timedelta(
            days=rng.randint(2 * attempts + 9, self.window_days + 15)
        )
        agent = rng.choice(self.agents)
        day = first_day
        for n in range(attempts):
            day = _working_day(day if n == 0 else day + timedelta(days=2))
            if day >= self.today - timedelta(days=7):
                break
            last = n == attempts - 1
            reach = Reachability.RIGHT_PARTY if reached and last else _weighted(rng, UNREACHED)
            result = None
            if reach is Reachability.RIGHT_PARTY:
                result = rng.choice(EFFECTIVE) if rng.random() < 0.73 else rng.choice(NOT_EFFECTIVE)
            duration = rng.randint(180, 600) if result else rng.randint(15, 60)
            started = self._slot(agent, day, duration, wrap_up=result is not None)
            call_id = self.add(
                CallAttempt,
                organisation_id=org.id,
                debtor_id=debtor_id,
                work_item_id=item_id,
                agent_id=agent,
                stage=stage,
                queue_id=self.queues[(org.id, stage)],
                started_at=started,
                ended_at=started + timedelta(seconds=duration),
                reachability=reach,
                result=result,
                number=None,
                notes="Débiteur joint, accord trouvé." if result in EFFECTIVE else None,
                script_path=list(self._script_path(org, stage, reach, result)) or None,
            )
            self.report.calls += 1
            if result is not None:
                self._agreement(org, debtor_id, agent, call_id, result, started.date(), claims)

    def _slot(self, agent: int, day: date, duration: int, *, wrap_up: bool) -> datetime:
        """When the agent's next call of that day starts: the working day opens at 07:30-08:00
        UTC (08:30-09:00 in Paris in winter); between two calls the agent reads the next
        file and dials (1-3 min), after a conversation they write notes and letters (1-5
        min). About 12 calls per agent-hour."""
        rng = self.rng
        cursor = self.shifts.get((agent, day))
        if cursor is None:
            cursor = datetime.combine(day, time(7, 30), UTC) + timedelta(minutes=rng.randint(0, 30))
        else:
            cursor += timedelta(seconds=rng.randint(60, 180))
        after = rng.randint(60, 300) if wrap_up else 0
        self.shifts[(agent, day)] = cursor + timedelta(seconds=duration + after)
        return cursor

    def _script_path(
        self, org: Organisation, stage: Stage, reach: Reachability, result: CallResult | None
    ) -> tuple[str, ...]:
        """A path through the stage's script (resources/scripts) that ends with this outcome,
        in the agent workspace's format: the script id, the steps, "!action" per form opened."""
        key = (org.code, stage, reach, result)
        if key not in self.paths:
            script = self.scripts.select(org.code, stage).script
            found = set()
            if script is not None:
                for _ in range(4):  # a few different ways through the script
                    path = _walk_to(script, reach, result, self.path_rng)
                    if path:
                        found.add((script.id, *path))
                if not found:
                    # The script has no choice for this result (e.g. a dispute in the
                    # broken-plan script): the agent went to the outcome form from the
                    # step where the conversation turned.
                    for other in CallResult:
                        path = _walk_to(script, reach, other, self.path_rng)
                        if path:
                            steps = [entry for entry in path if not entry.startswith("!")]
                            found.add((script.id, *steps[:-1], "!outcome"))
                            break
            self.paths[key] = sorted(found)
        choices = self.paths[key]
        return self.path_rng.choice(choices) if choices else ()

    def _agreement(
        self,
        org: Organisation,
        debtor_id: int,
        agent: int,
        call_id: int,
        result: CallResult,
        day: date,
        claims: list[tuple[int, Decimal]],
    ) -> None:
        rng = self.rng
        total = sum((b for _, b in claims), Decimal("0.00"))
        if result is CallResult.PLAN_AGREED and total >= Decimal("30.00"):
            months = min(24, max(2, int(total // max(org.minimum_instalment, Decimal("50")))))
            months = rng.randint(2, max(2, min(months, 24)))
            regular = (total / months).quantize(CENT, rounding="ROUND_DOWN")
            plan_id = self.add(
                PaymentPlan,
                debtor_id=debtor_id,
                call_id=call_id,
                agent_id=agent,
                status=PlanStatus.ACTIVE,
                total=total,
                months=months,
                instalment_amount=regular,
                first_due_on=day + timedelta(days=10),
                means=PaymentMeans.TRANSFER,
            )
            for claim_id, balance in claims:
                self.add(PlanClaim, plan_id=plan_id, claim_id=claim_id, amount=balance)
            for number in range(1, months + 1):
                due = day + timedelta(days=10 + 30 * (number - 1))
                amount = regular if number < months else total - regular * (months - 1)
                paid = due < self.today and rng.random() < 0.8
                self.add(
                    Instalment,
                    plan_id=plan_id,
                    number=number,
                    due_on=due,
                    amount=amount,
                    paid_amount=amount if paid else Decimal("0.00"),
                    status=InstalmentStatus.PAID if paid else InstalmentStatus.DUE,
                    paid_on=due if paid else None,
                )
                if paid:
                    self._payment(org, claims[0][0], amount, due)
            self.report.plans += 1
        elif result in (CallResult.FULL_PAYMENT_PROMISED, CallResult.PARTIAL_PAYMENT_PROMISED):
            amount = (
                total if result is CallResult.FULL_PAYMENT_PROMISED else (total / 2).quantize(CENT)
            )
            due = day + timedelta(days=rng.randint(3, 20))
            kept = due < self.today and rng.random() < 0.7
            self.add(
                Promise,
                debtor_id=debtor_id,
                claim_id=claims[0][0],
                call_id=call_id,
                agent_id=agent,
                amount=amount,
                due_on=due,
                paid_amount=amount if kept else Decimal("0.00"),
                status=PromiseStatus.KEPT if kept else PromiseStatus.PENDING,
            )
            if kept:
                self._payment(org, claims[0][0], amount, due)
            self.report.promises += 1

    def _payment(self, org: Organisation, claim_id: int, amount: Decimal, day: date) -> None:
        pid = self.ids.take(cast(Table, Payment.__table__))
        self.add(
            Payment,
            id=pid,
            organisation_id=org.id,
            external_id=f"PAY{pid:09d}",
            claim_id=claim_id,
            amount=amount,
            paid_on=day,
            means=PaymentMeans.TRANSFER,
            matched_at=self.now,
        )
        self.report.payments += 1


def _working_day(day: date) -> date:
    """Agents do not call at weekends: Saturday and Sunday move to the Monday."""
    return day + timedelta(days=(7 - day.weekday()) % 7) if day.weekday() >= 5 else day


def _walk_to(
    script: Script, reach: Reachability, result: CallResult | None, rng: random.Random
) -> list[str] | None:
    """Steps (and "!action" entries) from the script's start to a choice that records this
    reachability and result; breadth first over the steps, choices in a random order."""
    start: tuple[str, Reachability | None, CallResult | None] = (script.start, None, None)
    queue: deque[tuple[tuple[str, Reachability | None, CallResult | None], list[str]]]
    queue = deque([(start, [script.start])])
    seen = {start}
    while queue:
        (step_id, now_reach, now_result), path = queue.popleft()
        step = script.steps.get(step_id)
        if step is None or len(path) > 12:
            continue
        choices = list(step.choices)
        rng.shuffle(choices)
        for choice in choices:
            got_reach = choice.reachability or now_reach
            got_result = choice.result or now_result
            entries = path + ([f"!{choice.action.value}"] if choice.action else [])
            ends_here = choice.next is None or (result is not None and choice.result is result)
            if got_reach is reach and got_result is result and ends_here:
                return entries
            if choice.next is not None and (result is not None or got_result is None):
                state = (choice.next, got_reach, got_result)
                if state not in seen:
                    seen.add(state)
                    queue.append((state, [*entries, choice.next]))
    return None


def _stage_rank(stage: Stage) -> int:
    from telerecouv.domain.enums import DEFAULT_STAGE_ORDER

    return DEFAULT_STAGE_ORDER.index(stage)
