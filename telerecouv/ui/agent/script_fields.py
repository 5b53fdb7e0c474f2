"""The values of the script fields (domain.scripts.FIELDS) for one debtor file."""

from __future__ import annotations

from datetime import date

from telerecouv.domain.enums import InstalmentStatus, PromiseStatus, Stage
from telerecouv.domain.money import format_money
from telerecouv.domain.plans import PlanRules
from telerecouv.services.debtor_file import DebtorFile
from telerecouv.ui.agent import format as fmt
from telerecouv.ui.agent.debtor_card import open_claims
from telerecouv.ui.labels import stage_label


def script_values(file: DebtorFile, agent: str, today: date) -> dict[str, str | None]:
    money = file.currency
    claims = open_claims(file) or list(file.claims)
    refs = [c for c in claims if c.notification_ref]
    notices = [c.formal_notice_due_on for c in claims if c.formal_notice_due_on]
    limits = [c.limitation_on for c in claims if c.limitation_on]
    broken_amount, broken_due = _broken(file)
    return {
        "name": file.display_name,
        "first_name": file.first_name,
        "last_name": file.last_name,
        "company": file.company_name,
        "representative": file.representative,
        "organisation": file.organisation_name,
        "agent": agent,
        "balance": format_money(file.total_balance, money),
        "claims_count": str(len(open_claims(file))),
        "notification_ref": ", ".join(dict.fromkeys(c.notification_ref or "" for c in refs)),
        "notified_on": ", ".join(
            dict.fromkeys(fmt.day(c.notified_on) for c in refs if c.notified_on)
        ),
        "formal_notice_due_on": fmt.day(min(notices)) if notices else None,
        "limitation_on": fmt.day(min(limits)) if limits else None,
        "stage": stage_label(file.stage) or None,
        "minimum_instalment": format_money(file.minimum_instalment, money),
        "max_months": str(PlanRules().max_months_without_approval),
        "broken_amount": format_money(broken_amount, money) if broken_amount else None,
        "broken_due_on": fmt.day(broken_due) if broken_due else None,
        "today": fmt.day(today),
    }


def _broken(file: DebtorFile):
    """Amount and due date of the last missed instalment, or of the last broken promise."""
    if file.stage is not Stage.BROKEN_PROMISE:
        missed = [
            (due, amount - paid)
            for plan in file.plans
            for (_n, due, amount, paid, status) in plan.instalments
            if status in (InstalmentStatus.MISSED, InstalmentStatus.LATE)
        ]
        if missed:
            due, amount = max(missed)
            return amount, due
    broken = [p for p in file.promises if p.status is PromiseStatus.BROKEN]
    if broken:
        last = max(broken, key=lambda p: p.due_on)
        return last.amount - last.paid_amount, last.due_on
    return None, None
