"""KPI roll-ups per day/week/month and cut; indexes for the review and the KPI joins

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "kpi_rollups",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("cut", sa.String(length=16), nullable=False),
        sa.Column("cut_value", sa.String(length=64), nullable=False),
        sa.Column("files_attempted", sa.Integer(), nullable=False),
        sa.Column("files_reached", sa.Integer(), nullable=False),
        sa.Column("files_effective", sa.Integer(), nullable=False),
        sa.Column("calls", sa.Integer(), nullable=False),
        sa.Column("right_party_calls", sa.Integer(), nullable=False),
        sa.Column("handle_ms", sa.BigInteger(), nullable=False),
        sa.Column("ended_calls", sa.Integer(), nullable=False),
        sa.Column("agent_ms", sa.BigInteger(), nullable=False),
        sa.Column("notices_avoided", sa.Integer(), nullable=False),
        sa.Column("computed_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kpi_rollups")),
        sa.UniqueConstraint(
            "kind",
            "period_start",
            "cut",
            "cut_value",
            name=op.f("uq_kpi_rollups_kind_period_start_cut_cut_value"),
        ),
    )
    with op.batch_alter_table("call_attempts", schema=None) as batch_op:
        batch_op.create_index("ix_call_attempts_created_at", ["created_at"], unique=False)
    with op.batch_alter_table("payment_plans", schema=None) as batch_op:
        batch_op.create_index("ix_payment_plans_call_id", ["call_id"], unique=False)
    with op.batch_alter_table("promises", schema=None) as batch_op:
        batch_op.create_index("ix_promises_call_id", ["call_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("promises", schema=None) as batch_op:
        batch_op.drop_index("ix_promises_call_id")
    with op.batch_alter_table("payment_plans", schema=None) as batch_op:
        batch_op.drop_index("ix_payment_plans_call_id")
    with op.batch_alter_table("call_attempts", schema=None) as batch_op:
        batch_op.drop_index("ix_call_attempts_created_at")
    op.drop_table("kpi_rollups")
