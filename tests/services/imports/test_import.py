"""Importing the five kinds of files on SQLite and PostgreSQL: rules a supervisor notices."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from telerecouv.domain.enums import (
    ClaimStatus,
    ContactKind,
    ExclusionReason,
    Role,
    Stage,
    WorkItemStatus,
)
from telerecouv.services.database import Database
from telerecouv.services.imports import (
    FileUnreadable,
    ImportCancelled,
    MappingProfile,
)
from telerecouv.services.permissions import Actor
from telerecouv.store.errors import KnownError, PermissionDenied
from telerecouv.store.models import (
    CallAttempt,
    Claim,
    ContactChange,
    ContactPoint,
    Debtor,
    Default,
    ImportRun,
    Payment,
    WorkItem,
)
from tests.services.imports.helpers import (
    CLAIM_HEADER,
    DEBTOR_HEADER,
    claim_line,
    count,
    debtor_line,
    organisation,
    run,
    service,
    write,
)

EXAMPLES = Path(__file__).resolve().parents[3] / "resources" / "examples"


def test_the_example_files_go_in_and_build_the_queue(database: Database) -> None:
    organisation(database)
    for kind in ("debtors", "claims", "defaults", "payments", "calls"):
        report = run(database, kind, EXAMPLES / f"{kind}.csv")
        assert report.rejected == 0, report.errors
        assert report.accepted == report.inserted > 0
    with database.sessions() as session:
        claims = {c.external_id: c for c in session.scalars(select(Claim))}
        items = {
            d.external_id: item
            for item, d in session.execute(
                select(WorkItem, Debtor).join(Debtor, Debtor.id == WorkItem.debtor_id)
            )
        }
        durand = session.scalar(select(Debtor).where(Debtor.external_id == "ALLOC-0003"))
    # amounts "1 234,56", latest default sets the stage, payments lower the balance
    assert claims["IND-1001"].initial_amount == Decimal("1234.56")
    assert claims["IND-1001"].stage is Stage.DEFAULT_M2
    assert claims["IND-1001"].balance == Decimal("1034.56")
    assert claims["IND-1002"].balance == Decimal("0.00")
    assert claims["IND-1002"].status is ClaimStatus.PAID
    # excluded claims are imported with their reason and never queued
    assert claims["IND-1003"].exclusion_reason is ExclusionReason.FRAUD
    assert claims["COT-2001"].exclusion_reason is ExclusionReason.INSOLVENCY
    assert items["EMP-0004"].status is WorkItemStatus.EXCLUDED
    assert items["ALLOC-0001"].status is WorkItemStatus.QUEUED
    assert items["ALLOC-0001"].stage is Stage.DEFAULT_M2
    assert items["ALLOC-0002"].status is WorkItemStatus.DONE
    # a debtor with no valid number is imported, flagged to locate
    assert durand is not None and durand.to_locate


def test_reimporting_the_same_file_changes_nothing(database: Database, tmp_path: Path) -> None:
    organisation(database)
    debtors = write(tmp_path / "d.csv", DEBTOR_HEADER, [debtor_line(f"D{i}") for i in range(7)])
    claims = write(
        tmp_path / "c.csv", CLAIM_HEADER, [claim_line(f"C{i}", f"D{i}") for i in range(7)]
    )
    first = run(database, "debtors", debtors)
    run(database, "claims", claims)
    assert (first.inserted, first.updated) == (7, 0)

    def snapshot() -> list[tuple[object, ...]]:
        with database.sessions() as session:
            return [
                *session.execute(select(Debtor.id, Debtor.last_name, Debtor.updated_at)).all(),
                *session.execute(select(Claim.id, Claim.balance, Claim.updated_at)).all(),
                *session.execute(select(ContactPoint.id, ContactPoint.value)).all(),
                *session.execute(select(WorkItem.id, WorkItem.status, WorkItem.updated_at)).all(),
            ]

    before = snapshot()
    again = run(database, "debtors", debtors)
    again_claims = run(database, "claims", claims)
    assert (again.inserted, again.updated, again.unchanged) == (0, 0, 7)
    assert (again_claims.inserted, again_claims.updated, again_claims.unchanged) == (0, 0, 7)
    assert snapshot() == before
    assert count(database, ContactChange) == 0


def test_reimporting_claims_keeps_the_payments_matched_since(
    database: Database, tmp_path: Path
) -> None:
    """The creditor sends the same claims file again after payments came in: the balances
    stay lowered by the payments (and a paid-off claim stays paid); a file whose balance
    moved (the creditor counted the payment itself) sets the balance it states."""
    organisation(database)
    run(database, "debtors", write(tmp_path / "d.csv", DEBTOR_HEADER,
                                   [debtor_line("D1"), debtor_line("D2")]))  # fmt: skip
    lines = [claim_line("C1", "D1", "1 000,00"), claim_line("C2", "D2", "300,00")]
    claims = write(tmp_path / "c.csv", CLAIM_HEADER, lines)
    run(database, "claims", claims)
    run(database, "payments", write(
        tmp_path / "p.csv", "external_id;claim_external_id;amount;paid_on;means",
        ["P1;C1;200,00;02/11/2026;virement", "P2;C2;300,00;02/11/2026;virement"],
    ))  # fmt: skip

    def claims_state() -> list[tuple[object, ...]]:
        with database.sessions() as session:
            return [tuple(row) for row in session.execute(
                select(Claim.external_id, Claim.balance, Claim.status).order_by(Claim.external_id)
            )]  # fmt: skip

    def files() -> list[tuple[object, ...]]:
        with database.sessions() as session:
            return [tuple(row) for row in session.execute(
                select(Debtor.external_id, WorkItem.status)
                .join(WorkItem, WorkItem.debtor_id == Debtor.id).order_by(Debtor.external_id)
            )]  # fmt: skip

    paid = [("C1", Decimal("800.00"), ClaimStatus.OPEN), ("C2", Decimal("0.00"), ClaimStatus.PAID)]
    assert claims_state() == paid
    queue = files()
    assert queue[0] == ("D1", WorkItemStatus.QUEUED) and queue[1][1] != WorkItemStatus.QUEUED
    again = run(database, "claims", claims)
    assert (again.updated, again.unchanged) == (0, 2)
    assert claims_state() == paid
    assert files() == queue  # the paid-off file does not come back into the queue

    moved = run(database, "claims", write(tmp_path / "c2.csv", CLAIM_HEADER, [
        claim_line("C1", "D1", "750,00"), claim_line("C2", "D2", "300,00"),
    ]))  # fmt: skip
    assert (moved.updated, moved.unchanged) == (1, 1)
    assert claims_state() == [("C1", Decimal("750.00"), ClaimStatus.OPEN), paid[1]]


def test_a_changed_row_updates_and_keeps_contact_history(
    database: Database, tmp_path: Path
) -> None:
    organisation(database)
    run(database, "debtors", write(tmp_path / "a.csv", DEBTOR_HEADER, [debtor_line("D1")]))
    changed = debtor_line("D1", name="Martin-Dupont", phone="06 98 76 54 32",
                          email="s.martin@example.fr", address="9 rue B")  # fmt: skip
    report = run(database, "debtors", write(tmp_path / "b.csv", DEBTOR_HEADER, [changed]))
    assert (report.inserted, report.updated) == (0, 1)
    with database.sessions() as session:
        debtor = session.scalar(select(Debtor))
        assert debtor is not None and debtor.last_name == "Martin-Dupont"
        phones = {p.value: p.active for p in session.scalars(select(ContactPoint))}
        changes = {
            (c.kind, c.field): (c.old_value, c.new_value)
            for c in session.scalars(select(ContactChange))
        }
    assert phones == {"+33612345678": False, "+33698765432": True}
    assert changes == {
        (ContactKind.PHONE, "phone_1"): ("+33612345678", "+33698765432"),
        (ContactKind.EMAIL, "email"): (None, "s.martin@example.fr"),
        (ContactKind.ADDRESS, "address"): ("1 rue A", "9 rue B"),
    }


def test_every_bad_row_is_reported_and_the_good_rows_go_in(
    database: Database, tmp_path: Path
) -> None:
    organisation(database)
    run(database, "debtors", write(tmp_path / "d.csv", DEBTOR_HEADER, [debtor_line("D1")]))
    lines = [
        claim_line("C1", "D1"),  # line 2: good
        claim_line("C2", "NOBODY"),  # 3: unknown debtor
        "C3;D1;benefit;12,345;10;15/01/2026;debtor;0;none;",  # 4: three decimals
        "C4;D1;benefit;100;100;31/02/2026;debtor;0;none;",  # 5: no such date
        "C5;D1;benefit;100;100;15/01/2026;debtor;peut-être;none;",  # 6: not a yes/no
        "C6;D1;héritage;100;100;15/01/2026;debtor;0;none;",  # 7: unknown origin
        ";D1;benefit;100;100;15/01/2026;debtor;0;none;",  # 8: empty id
        "C7;D1;benefit;-5;0;15/01/2026;debtor;0;none;",  # 9: negative amount
        claim_line("C1", "D1"),  # 10: duplicate of line 2
        "C8;D1;benefit;100;100;15/01/2027;debtor;0;none;",  # 11: notified in the future
        "C9;D1;benefit;100;100;15/01/26;debtor;0;none;",  # 12: two-digit year
        "C10;D1;benefit;100;100;15/01/2026;debtor;0;bankrupt;",  # 13: unknown procedure
        claim_line("C11", "D1", balance="1 000 000,00"),  # 14: good
    ]
    report = run(database, "claims", write(tmp_path / "c.csv", CLAIM_HEADER, lines))
    assert (report.accepted, report.rejected) == (2, 11)
    fields = {(e.line, e.field) for e in report.errors}
    assert fields == {
        (3, "debtor_external_id"), (4, "initial_amount"), (5, "notified_on"), (6, "fraud"),
        (7, "origin"), (8, "external_id"), (9, "initial_amount"), (10, "external_id"),
        (11, "notified_on"), (12, "notified_on"), (13, "procedure"),
    }  # fmt: skip
    reasons = {e.line: e.reason for e in report.errors}
    assert "two decimals" in reasons[4]
    assert "line 2" in reasons[10]
    assert "NOBODY" in reasons[3]
    assert report.exit_code == 1
    assert count(database, Claim) == 2
    assert report.to_json()["errors"][0] == {
        "line": 3, "field": "debtor_external_id", "reason": reasons[3]
    }  # fmt: skip


def test_debtor_rejections(database: Database, tmp_path: Path) -> None:
    organisation(database)
    lines = [
        debtor_line("D1", name=""),  # a person needs a last name
        debtor_line("D2", kind="company"),  # a company needs a name
        debtor_line("D3", birth_date="01/01/2030"),  # born in the future
        debtor_line("D4", email="pas-une-adresse"),
        debtor_line("D5", country="Atlantide"),
        debtor_line("D6", phone="n/a", postal_code="97410"),  # no valid number: to locate
    ]
    report = run(database, "debtors", write(tmp_path / "d.csv", DEBTOR_HEADER, lines))
    assert [(e.line, e.field) for e in report.errors] == [
        (2, "last_name"), (3, "company_name"), (4, "birth_date"), (5, "email"), (6, "country"),
    ]  # fmt: skip
    with database.sessions() as session:
        d6 = session.scalar(select(Debtor).where(Debtor.external_id == "D6"))
    assert d6 is not None and d6.to_locate and d6.time_zones == "Indian/Reunion"


def test_defaults_payments_and_calls_need_known_claims(database: Database, tmp_path: Path) -> None:
    organisation(database)
    run(database, "debtors", write(tmp_path / "d.csv", DEBTOR_HEADER, [debtor_line("D1")]))
    run(database, "claims", write(tmp_path / "c.csv", CLAIM_HEADER, [claim_line("C1", "D1")]))
    defaults = run(database, "defaults", write(
        tmp_path / "f.csv", "claim_external_id;stage;occurred_on;formal_notice_due_on",
        ["C1;M+1;05/09/2026;", "CX;M+2;05/10/2026;", "C1;M+9;05/10/2026;",
         "C1;DEFAULT_M2;05/10/2026;01/10/2026"],
    ))  # fmt: skip
    assert [(e.line, e.field) for e in defaults.errors] == [
        (3, "claim_external_id"), (4, "stage"), (5, "formal_notice_due_on"),
    ]  # fmt: skip
    payments = run(database, "payments", write(
        tmp_path / "p.csv", "external_id;claim_external_id;amount;paid_on;means",
        ["P1;C1;10,00;02/11/2026;virement", "P2;CX;10;02/11/2026;", "P3;C1;0;02/11/2026;",
         "P4;C1;10;02/11/2026;bitcoin", "P5;C1;10;02/12/2026;"],
    ))  # fmt: skip
    assert [(e.line, e.field) for e in payments.errors] == [
        (3, "claim_external_id"), (4, "amount"), (5, "means"), (6, "paid_on"),
    ]  # fmt: skip
    changed = run(database, "payments", write(
        tmp_path / "p2.csv", "external_id;claim_external_id;amount;paid_on;means",
        ["P1;C1;11,00;02/11/2026;virement"],
    ))  # fmt: skip
    assert changed.rejected == 1 and "cannot change" in changed.errors[0].reason
    calls = run(database, "calls", write(
        tmp_path / "k.csv",
        "external_id;debtor_external_id;claim_external_id;agent_login;started_at;ended_at;"
        "number;reachability;result;notes",
        ["K1;D1;C1;;03/10/2026 10:15;03/10/2026 10:19;0612345678;joint;refus;",
         "K2;DX;;;03/10/2026 10:15;;;NO_ANSWER;;", "K3;D1;;;03/10/2026 10:15;;;NO_ANSWER;REFUSAL;",
         "K4;D1;;;03/10/2026 10:15;03/10/2026 10:00;;BUSY;;"],
    ))  # fmt: skip
    assert [(e.line, e.field) for e in calls.errors] == [
        (3, "debtor_external_id"), (4, "result"), (5, "ended_at"),
    ]  # fmt: skip
    with database.sessions() as session:
        call = session.scalar(select(CallAttempt))
        assert call is not None and call.number == "+33612345678"
        assert call.started_at.hour == 8  # 10:15 in Paris is 08:15 UTC in October
        assert session.scalar(select(Default.stage)) is Stage.DEFAULT_M1
        assert session.scalar(select(Payment.amount)) == Decimal("10.00")


def test_french_file_in_cp1252_with_commas_and_iso_dates(
    database: Database, tmp_path: Path
) -> None:
    organisation(database)
    header = DEBTOR_HEADER.replace(";", ",")
    line = ('D1,personne physique,Lefèvre,Hélène,,,1984-03-12,,"3, allée des Érables",'
            '13001,Marseille,France,0491234567,,,"1 234,50",oui')  # fmt: skip
    report = run(database, "debtors", write(tmp_path / "d.csv", header, [line], "cp1252"))
    assert report.rejected == 0, report.errors
    with database.sessions() as session:
        debtor = session.scalar(select(Debtor))
    assert debtor is not None
    assert (debtor.last_name, debtor.address) == ("Lefèvre", "3, allée des Érables")
    assert debtor.household_quotient == Decimal("1234.50") and debtor.has_active_rights


def test_a_utf8_file_with_a_few_windows_1252_lines_is_read_line_by_line(
    database: Database, tmp_path: Path
) -> None:
    """Rows pasted from a Windows-1252 export into a UTF-8 file: every name keeps its
    accents (the whole file read as Windows-1252 would garble the UTF-8 rows), with a note."""
    organisation(database)
    utf8 = [debtor_line(f"U{i}", name=name) for i, name in enumerate(["Lefèvre", "Hélène", "Éloi"])]
    path = tmp_path / "mixed.csv"
    path.write_bytes(
        ("\r\n".join([DEBTOR_HEADER, *utf8]) + "\r\n").encode("utf-8")
        + (debtor_line("W1", name="Dupré") + "\r\n").encode("cp1252")
    )
    report = run(database, "debtors", path)
    assert report.rejected == 0, report.errors
    assert any("not entirely UTF-8" in warning for warning in report.warnings)
    with database.sessions() as session:
        names = {
            ext: name for ext, name in session.execute(select(Debtor.external_id, Debtor.last_name))
        }
    assert names == {"U0": "Lefèvre", "U1": "Hélène", "U2": "Éloi", "W1": "Dupré"}
    # A Windows-1252 file stays one: read whole as Windows-1252, no note.
    cp1252 = write(tmp_path / "w.csv", DEBTOR_HEADER, [debtor_line("W2", name="Dupré")], "cp1252")
    assert run(database, "debtors", cp1252).warnings == ()


def test_interrupted_import_leaves_the_database_as_before(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    organisation(database)
    monkeypatch.setattr("telerecouv.services.imports.service.CHUNK", 10)
    lines = [
        debtor_line(f"D{i}", phone=f"06 12 34 {i // 100:02d} {i % 100:02d}") for i in range(50)
    ]
    path = write(tmp_path / "d.csv", DEBTOR_HEADER, lines)
    calls = []

    def progress(done: int, total: int) -> None:
        calls.append((done, total))
        if len(calls) == 3:
            raise KeyboardInterrupt  # Ctrl-C after two chunks were written

    with pytest.raises(KeyboardInterrupt):
        run(database, "debtors", path, progress=progress)
    assert count(database, Debtor) == 0 and count(database, ContactPoint) == 0
    with pytest.raises(ImportCancelled):
        run(database, "debtors", path, cancel=lambda: len(calls) > 4, progress=progress)
    assert count(database, Debtor) == 0
    with database.sessions() as session:
        assert [r.status for r in session.scalars(select(ImportRun))] == ["failed", "failed"]
    report = run(database, "debtors", path)
    assert report.inserted == 50 and count(database, Debtor) == 50


def test_a_file_of_refused_rows_still_shows_progress_and_can_be_cancelled(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    organisation(database)
    monkeypatch.setattr("telerecouv.services.imports.service.CHUNK", 10)
    path = write(tmp_path / "d.csv", DEBTOR_HEADER,
                 [debtor_line(f"D{i}", name="") for i in range(50)])  # fmt: skip
    calls: list[tuple[int, int]] = []
    report = run(database, "debtors", path, progress=lambda *p: calls.append(p))
    assert report.rejected == 50 and len(calls) >= 5  # one per chunk read, not only at the end
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)
    with pytest.raises(ImportCancelled):
        run(database, "debtors", path, cancel=lambda: True)


def test_dry_run_checks_everything_and_keeps_nothing(database: Database, tmp_path: Path) -> None:
    organisation(database)
    path = write(tmp_path / "d.csv", DEBTOR_HEADER, [debtor_line("D1"), debtor_line("D2", name="")])
    report = run(database, "debtors", path, dry_run=True)
    assert (report.accepted, report.rejected, report.dry_run) == (1, 1, True)
    assert count(database, Debtor) == 0


def test_mapping_profile_maps_headers_values_and_defaults(
    database: Database, tmp_path: Path
) -> None:
    organisation(database)
    run(database, "debtors", write(tmp_path / "d.csv", DEBTOR_HEADER, [debtor_line("D1")]))
    header = "N° indu;Matricule allocataire;Montant initial;Solde restant dû;Procédure;Fraude"
    path = write(tmp_path / "c.csv", header, ["I1;D1;100;100;SURENDET;non"], "cp1252")
    profile = MappingProfile(
        kind="claims",
        columns={"N° indu": "external_id", "Matricule allocataire": "debtor_external_id",
                 "Montant initial": "initial_amount", "Solde restant dû": "balance",
                 "Procédure": "procedure", "Fraude": "fraud"},
        values={"procedure": {"SURENDET": "overindebtedness"}},
        defaults={"origin": "benefit"},
    )  # fmt: skip
    report = run(database, "claims", path, mapping=profile)
    assert report.rejected == 0, report.errors
    with database.sessions() as session:
        claim = session.scalar(select(Claim))
    assert claim is not None and claim.exclusion_reason is ExclusionReason.OVERINDEBTEDNESS
    with pytest.raises(FileUnreadable, match="no column"):
        run(database, "claims", path)


def test_files_that_cannot_be_read(database: Database, tmp_path: Path) -> None:
    organisation(database)
    (tmp_path / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 100)
    (tmp_path / "empty.csv").write_bytes(b"")
    (tmp_path / "fake.xlsx").write_bytes(b"PK\x03\x04 not really a zip")
    for name in ("old.xls", "empty.csv", "fake.xlsx", "missing.csv"):
        with pytest.raises(FileUnreadable):
            run(database, "debtors", tmp_path / name)
    assert count(database, ImportRun) == 0


def test_organisation_choice_and_permission(database: Database, tmp_path: Path) -> None:
    path = write(tmp_path / "d.csv", DEBTOR_HEADER, [debtor_line("D1")])
    with pytest.raises(KnownError, match="no organisation"):
        run(database, "debtors", path)
    organisation(database, "A")
    organisation(database, "B")
    with pytest.raises(KnownError, match="Several organisations"):
        run(database, "debtors", path)
    assert run(database, "debtors", path, organisation="b").inserted == 1
    agent = Actor(user_id=None, login="agent", role=Role.AGENT)
    with pytest.raises(PermissionDenied):
        service(database).run(agent, "debtors", path, organisation="A")


def test_sniff_detects_encoding_delimiter_and_shows_the_first_rows(tmp_path: Path) -> None:
    path = write(tmp_path / "d.csv", DEBTOR_HEADER, [debtor_line("D1", name="Lefèvre")], "cp1252")
    from telerecouv.services.imports import ImportService

    sniff = ImportService.sniff(ImportService.__new__(ImportService), path)
    assert (sniff.format, sniff.encoding, sniff.delimiter) == ("csv", "cp1252", ";")
    assert sniff.headers[0] == "external_id" and sniff.rows[0][2] == "Lefèvre"


def test_xlsx_with_real_dates_and_numbers(database: Database, tmp_path: Path) -> None:
    import datetime as dt

    import openpyxl

    organisation(database)
    run(database, "debtors", write(tmp_path / "d.csv", DEBTOR_HEADER, [debtor_line("D1")]))
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Extraction du 20/11/2026"])  # a title line above the header
    sheet.append(CLAIM_HEADER.split(";"))
    sheet.append(["C1", "D1", "benefit", 1234.56, 1000, dt.datetime(2026, 1, 15), "debtor",
                  False, "none", None])  # fmt: skip
    book.save(tmp_path / "claims.xlsx")
    profile = MappingProfile(header_row=2)
    report = run(database, "claims", tmp_path / "claims.xlsx", mapping=profile)
    assert report.rejected == 0, report.errors
    with database.sessions() as session:
        claim = session.scalar(select(Claim))
    assert claim is not None
    assert (claim.initial_amount, claim.balance) == (Decimal("1234.56"), Decimal("1000.00"))
    assert claim.notified_on is not None and claim.notified_on.isoformat() == "2026-01-15"


def test_profiles_round_trip_and_bad_profiles_are_named(tmp_path: Path) -> None:
    from telerecouv.services.imports import MappingError, load_profile, save_profile

    shipped = load_profile("mapping-caf-indus")
    assert shipped.kind == "claims" and shipped.encoding == "cp1252"
    save_profile(shipped, tmp_path / "mine.json")
    assert load_profile(tmp_path / "mine.json").columns == shipped.columns
    (tmp_path / "bad.json").write_text('{"kind": "invoices"}', encoding="utf-8")
    with pytest.raises(MappingError, match="'kind' must be one of"):
        load_profile(tmp_path / "bad.json")


def test_the_garbage_collector_runs_less_often_during_an_import_only(
    sqlite_database: Database, tmp_path: Path
) -> None:
    import gc

    organisation(sqlite_database)
    before = gc.get_threshold()
    seen: list[tuple[int, int, int]] = []
    path = write(tmp_path / "d.csv", DEBTOR_HEADER, [debtor_line("D1")])
    run(sqlite_database, "debtors", path, progress=lambda *_: seen.append(gc.get_threshold()))
    assert seen and seen[0][0] >= 50_000 and seen[0][1:] == before[1:]
    assert gc.get_threshold() == before

    def interrupted(*_: int) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run(sqlite_database, "debtors", path, progress=interrupted)
    assert gc.get_threshold() == before  # restored on failure too
