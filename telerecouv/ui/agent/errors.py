"""What the agent reads when a service refuses: French text per stable error `code`.

The services (agreements, call_outcome, calls) raise `RuleViolation`s whose `code` does not
change and whose message is English, for logs and the CLI. The agent sees the text of this
table, translated through Qt; an unknown code falls back to the service's own message,
translated by telerecouv/ui/errors.py.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from telerecouv.store.errors import KnownError, Msg
from telerecouv.ui.errors import error_text

_CLAIM = re.compile(r"\bClaim (\S+?)[ ,.:]")


def _texts() -> dict[str, str]:
    # Literal calls so that lupdate finds them; %1 is the claim named by the service.
    return {
        # the outcome (services/call_outcome.py, services/calls.py)
        "result_missing": QCoreApplication.translate(
            "agent_errors", "The debtor was reached: choose the result (F4, Tab)."
        ),
        "callback_missing": QCoreApplication.translate(
            "agent_errors", "Choose the date and time of the call-back."
        ),
        "callback_past": QCoreApplication.translate(
            "agent_errors", "The call-back must be later than now."
        ),
        "callback_far": QCoreApplication.translate(
            "agent_errors", "A call-back is at most 90 days ahead."
        ),
        "callback_without_request": QCoreApplication.translate(
            "agent_errors", "A call-back time goes with the result 'call-back requested'."
        ),
        "plan_missing": QCoreApplication.translate(
            "agent_errors", "This result needs a payment plan: agree it first (F7)."
        ),
        "promise_missing": QCoreApplication.translate(
            "agent_errors", "This result needs a promise: fill it first (F8)."
        ),
        "relief_missing": QCoreApplication.translate(
            "agent_errors", "This result needs the relief request: fill it (F9)."
        ),
        "plan_unexpected": QCoreApplication.translate(
            "agent_errors", "A payment plan goes with the result 'plan agreed'."
        ),
        "promise_unexpected": QCoreApplication.translate(
            "agent_errors", "A promise goes with a promise result."
        ),
        "relief_unexpected": QCoreApplication.translate(
            "agent_errors", "A relief request goes with the result 'relief requested'."
        ),
        "callback_needs_answer": QCoreApplication.translate(
            "agent_errors",
            "A call-back is asked by someone who answered: the debtor or a third party.",
        ),
        "result_needs_right_party": QCoreApplication.translate(
            "agent_errors", "This result needs the debtor in person."
        ),
        "notes_too_long": QCoreApplication.translate("agent_errors", "The notes are too long."),
        "call_times": QCoreApplication.translate(
            "agent_errors", "The call times are not consistent (check the workstation's clock)."
        ),
        "naive_time": QCoreApplication.translate(
            "agent_errors", "A time has no time zone (check the workstation's clock)."
        ),
        "client_token": QCoreApplication.translate(
            "agent_errors", "The call has no valid identifier: close it and take it again."
        ),
        "script_path": QCoreApplication.translate(
            "agent_errors", "The path through the script could not be saved (malformed)."
        ),
        "item_mismatch": QCoreApplication.translate(
            "agent_errors", "This file does not belong to this debtor: take the call again."
        ),
        # payment plans (services/agreements.py)
        "iban_missing": QCoreApplication.translate(
            "agent_errors", "A SEPA direct debit needs the debtor's IBAN."
        ),
        "iban_invalid": QCoreApplication.translate(
            "agent_errors", "This IBAN is not valid: check it with the debtor."
        ),
        "first_due_past": QCoreApplication.translate(
            "agent_errors", "The first instalment cannot be due before today."
        ),
        "first_due_far": QCoreApplication.translate(
            "agent_errors", "The first instalment is too far away: choose an earlier date."
        ),
        "needs_justification": QCoreApplication.translate(
            "agent_errors",
            "A plan this long needs a written justification (at least 10 characters); "
            "a team lead will approve it.",
        ),
        "no_claims": QCoreApplication.translate(
            "agent_errors", "Choose at least one claim for the plan."
        ),
        "fraud": QCoreApplication.translate(
            "agent_errors",
            "Claim %1 is flagged as fraud: no plan and no relief from the workbench "
            "(litigation experts handle it).",
        ),
        "claim_not_negotiable": QCoreApplication.translate(
            "agent_errors", "Claim %1 cannot be negotiated from the workbench."
        ),
        "already_in_plan": QCoreApplication.translate(
            "agent_errors", "Claim %1 is already in a plan, active or waiting for approval."
        ),
        "months_out_of_range": QCoreApplication.translate(
            "agent_errors", "This number of months is not allowed."
        ),
        "below_minimum": QCoreApplication.translate(
            "agent_errors",
            "The instalments would fall below the minimum instalment: choose fewer months.",
        ),
        "instalment_too_small": QCoreApplication.translate(
            "agent_errors", "This instalment is below the minimum or would need too many months."
        ),
        "non_positive_balance": QCoreApplication.translate(
            "agent_errors", "Nothing is owed on the chosen claims."
        ),
        # promises
        "nothing_owed": QCoreApplication.translate(
            "agent_errors", "Nothing is owed that a promise could cover."
        ),
        "amount_not_positive": QCoreApplication.translate(
            "agent_errors", "The promised amount must be positive."
        ),
        "full_amount": QCoreApplication.translate(
            "agent_errors",
            "A full payment is the whole balance; record a partial payment promise otherwise.",
        ),
        "partial_amount": QCoreApplication.translate(
            "agent_errors",
            "A partial payment is less than the balance; record a full payment promise otherwise.",
        ),
        "promise_date": QCoreApplication.translate(
            "agent_errors",
            "A promise falls due within the allowed delay; agree a payment plan for longer.",
        ),
        # relief requests
        "claim_closed": QCoreApplication.translate("agent_errors", "Claim %1 is not open."),
        "relief_reason": QCoreApplication.translate(
            "agent_errors",
            "Write down the debtor's request in their own words (why they ask for relief).",
        ),
        "relief_pending": QCoreApplication.translate(
            "agent_errors", "A relief request for claim %1 is still waiting for its decision."
        ),
        "no_bmaf": QCoreApplication.translate(
            "agent_errors",
            "No BMAF rate is configured for this organisation: ask an administrator; the "
            "request cannot be routed.",
        ),
        "relief_routing": QCoreApplication.translate(
            "agent_errors", "The relief request cannot be routed."
        ),
        "unknown_claim": QCoreApplication.translate(
            "agent_errors", "Claim %1 is not a claim of this debtor."
        ),
    }


def known_codes() -> frozenset[str]:
    return frozenset(_texts())


def error_message(error: KnownError) -> str:
    """The French text for a refused action: by `code` when the error carries a known one,
    else the service's own message and hint."""
    code = getattr(error, "code", None)
    text = _texts().get(code) if isinstance(code, str) else None
    if text is None:
        return error_text(error)
    if "%1" in text:
        params = error.message.params if isinstance(error.message, Msg) else {}
        claim = params.get("external_id", params.get("claim"))
        if claim is None:
            match = _CLAIM.search(error.message + " ")
            claim = match.group(1) if match else ""
        text = text.replace("%1", str(claim)).replace("  ", " ")
    return text
