"""Who may do what. Checked inside every service operation that changes data."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from telerecouv.domain.enums import Role
from telerecouv.store.errors import Msg, PermissionDenied, msg


class Permission(StrEnum):
    WORK_CALLS = "work_calls"  # take items, record outcomes, plans, promises, contact data
    REVEAL_IDENTIFIERS = "reveal_identifiers"
    REVIEW_CALLS = "review_calls"
    APPROVE_PLANS = "approve_plans"
    READ_KPIS = "read_kpis"
    TUNE_QUEUES = "tune_queues"
    IMPORT_FILES = "import_files"
    EXPORT_REPORTS = "export_reports"
    READ_AUDIT = "read_audit"
    MANAGE_USERS = "manage_users"
    MANAGE_ORGANISATIONS = "manage_organisations"


_AGENT = {Permission.WORK_CALLS, Permission.REVEAL_IDENTIFIERS}
_TEAM_LEAD = _AGENT | {Permission.REVIEW_CALLS, Permission.APPROVE_PLANS, Permission.READ_KPIS}
_SUPERVISOR = _TEAM_LEAD | {
    Permission.TUNE_QUEUES,
    Permission.IMPORT_FILES,
    Permission.EXPORT_REPORTS,
    Permission.READ_AUDIT,
}
_ADMIN = _SUPERVISOR | {Permission.MANAGE_USERS, Permission.MANAGE_ORGANISATIONS}

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.AGENT: frozenset(_AGENT),
    Role.TEAM_LEAD: frozenset(_TEAM_LEAD),
    Role.SUPERVISOR: frozenset(_SUPERVISOR),
    Role.ADMIN: frozenset(_ADMIN),
}


@dataclass(frozen=True)
class Actor:
    """The user on whose behalf a service runs (plain data, safe to pass to the UI)."""

    user_id: int | None
    login: str
    role: Role
    full_name: str = ""
    team_id: int | None = None

    def can(self, permission: Permission) -> bool:
        return permission in ROLE_PERMISSIONS[self.role]

    @property
    def audited(self) -> bool:
        """Every change by a team lead, supervisor or admin is written to the audit log."""
        return self.role is not Role.AGENT


# The local command line acts with admin rights: whoever runs it owns the workstation's files.
SYSTEM = Actor(user_id=None, login="cli", role=Role.ADMIN, full_name="command line")


# The role as the refusal names it (the English is the role's value, as before).
_ROLE_NAMES = {
    Role.AGENT: msg("agent"),
    Role.TEAM_LEAD: msg("team_lead"),
    Role.SUPERVISOR: msg("supervisor"),
    Role.ADMIN: msg("admin"),
}


def require(actor: Actor, permission: Permission, action: str) -> None:
    """PermissionDenied unless `actor` has `permission`. `action` says what was refused, in
    the infinitive ("list users"): a literal is translated like a template (tools/i18n.py)."""
    if not actor.can(permission):
        raise PermissionDenied(
            msg(
                "{login} ({role}) may not {action}.",
                login=actor.login,
                role=_ROLE_NAMES.get(actor.role, actor.role.value),
                action=Msg(action.replace("{", "{{").replace("}", "}}")),
            ),
            msg("Ask a user with the right role."),
        )
