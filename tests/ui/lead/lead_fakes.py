"""Fakes of the KPI and approval services, following services/kpi.py and approvals.py."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from telerecouv.domain.enums import PlanStatus
from telerecouv.domain.kpi import rate
from telerecouv.services.approvals import PendingPlan
from telerecouv.services.kpi import KpiFilter, KpiRow
from telerecouv.store.errors import Conflict, ValidationError


def kpi_row(
    key: str,
    label: str,
    attempted: int,
    reached: int,
    effective: int,
    calls: int,
    right_party: int,
    secured: str = "0.00",
) -> KpiRow:
    return KpiRow(
        key=key,
        label=label,
        files_attempted=attempted,
        files_reached=reached,
        files_effective=effective,
        reachability_rate=rate(reached, attempted),
        effectiveness_rate=rate(effective, reached),
        calls=calls,
        right_party_calls=right_party,
        contact_rate=rate(right_party, calls),
        promise_kept_rate=Decimal("0.8000"),
        plan_kept_rate=Decimal("0.9000"),
        amount_secured=Decimal(secured),
        amount_collected_amicable=Decimal("1200.00"),
        amount_collected_litigation=Decimal("300.50"),
        formal_notices_avoided=3,
        calls_per_agent_hour=Decimal("9.40"),
        average_handle_seconds=Decimal("192.50"),
    )


class FakeKpiService:
    """Three agents; the total is their sum (hand-computed)."""

    def __init__(self) -> None:
        self.filters: list[KpiFilter] = []
        self.rows = [
            kpi_row("11", "agent1", 100, 62, 45, 240, 80, "15000.00"),
            kpi_row("12", "agent2", 80, 44, 30, 190, 52, "9000.00"),
            kpi_row("13", "agent3", 20, 6, 4, 70, 8, "1200.00"),
        ]

    def figures(self, actor: Any, f: KpiFilter) -> list[KpiRow]:
        self.filters.append(f)
        if f.by == "total":
            return [self.total(actor, f)]
        if f.by == "stage":
            return [replace(self.rows[0], key="DEFAULT_M2", label="DEFAULT_M2")]
        if f.by == "day":
            start = f.date_from
            return [
                replace(
                    self.rows[i % 3],
                    key=str(start + timedelta(days=i)),
                    label=str(start + timedelta(days=i)),
                )
                for i in range((f.date_to - f.date_from).days + 1)
            ]
        return list(self.rows)

    def total(self, actor: Any, f: KpiFilter) -> KpiRow:
        if f.by == "total":
            self.filters.append(f)
        return kpi_row("total", "total", 200, 112, 79, 500, 140, "25200.00")


class FakeApprovalService:
    def __init__(self) -> None:
        created = datetime(2026, 11, 18, 9, 30, tzinfo=UTC)
        self.plans = {
            p.plan_id: p
            for p in (
                PendingPlan(
                    41,
                    "Durand Marie",
                    "CAF-000123",
                    "agent1",
                    created,
                    36,
                    Decimal("5400.00"),
                    Decimal("150.00"),
                    "Revenus : RSA seul, 3 enfants à charge.",
                    ("IND-2026-001",),
                ),
                PendingPlan(
                    42,
                    "SARL Atlas",
                    "CNSS-778",
                    "agent3",
                    created + timedelta(hours=2),
                    30,
                    Decimal("9000.00"),
                    Decimal("300.00"),
                    None,
                    ("COT-2025-11", "COT-2025-12"),
                ),
            )
        }
        self.decided: list[tuple[int, PlanStatus, str]] = []

    def decisions(self, actor: Any, *, since=None, agent_id=None, limit: int = 50) -> list:
        from telerecouv.services.approvals import PlanDecision

        out = []
        for plan_id, status, reason in reversed(self.decided[-limit:]):
            out.append(
                PlanDecision(
                    plan_id=plan_id,
                    debtor_name=f"Débiteur {plan_id}",
                    debtor_external_id=f"X{plan_id}",
                    agent_login="agent1",
                    months=36,
                    total=Decimal("5400.00"),
                    status=status,
                    decided_by="lead1",
                    decided_at=datetime(2026, 11, 20, 10, tzinfo=UTC),
                    reason=reason or None,
                )
            )
        return out

    def pending(self, actor: Any) -> list[PendingPlan]:
        return sorted(self.plans.values(), key=lambda p: p.plan_id)

    def _take(self, plan_id: int) -> PendingPlan:
        if plan_id not in self.plans:
            raise Conflict(
                f"Plan {plan_id} is not waiting for approval any more.", "Refresh the list."
            )
        return self.plans.pop(plan_id)

    def approve(self, actor: Any, plan_id: int, reason: str = "") -> object:
        self._take(plan_id)
        self.decided.append((plan_id, PlanStatus.ACTIVE, reason))
        return object()

    def reject(self, actor: Any, plan_id: int, reason: str) -> object:
        if not reason.strip():
            raise ValidationError(
                f"Plan {plan_id}: give the reason of the rejection.", field="reason"
            )
        self._take(plan_id)
        self.decided.append((plan_id, PlanStatus.REJECTED, reason))
        return object()


__all__ = ["FakeApprovalService", "FakeKpiService", "date", "kpi_row"]
