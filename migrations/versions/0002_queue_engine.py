"""queue engine: work-item zones and per-outcome counts, call-back index, queue hopper

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("work_items", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "time_zones", sa.String(length=100), nullable=False, server_default="Europe/Paris"
            )
        )
        batch_op.add_column(sa.Column("attempt_counts", sa.JSON(), nullable=True))
        batch_op.create_index(
            "ix_work_items_callback_at",
            ["callback_at"],
            unique=False,
            sqlite_where=sa.text("callback_at IS NOT NULL"),
            postgresql_where=sa.text("callback_at IS NOT NULL"),
        )
    # Existing files take their debtor's zones.
    op.execute(
        "UPDATE work_items SET time_zones = "
        "(SELECT debtors.time_zones FROM debtors WHERE debtors.id = work_items.debtor_id)"
    )
    op.create_table(
        "queue_hopper",
        sa.Column("work_item_id", sa.Integer(), nullable=False),
        sa.Column("queue_id", sa.Integer(), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("open_until", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["queue_id"],
            ["queues.id"],
            name=op.f("fk_queue_hopper_queue_id_queues"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["work_item_id"],
            ["work_items.id"],
            name=op.f("fk_queue_hopper_work_item_id_work_items"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("work_item_id", name=op.f("pk_queue_hopper")),
    )
    with op.batch_alter_table("queue_hopper", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_queue_hopper_queue_id_score"), ["queue_id", "score"], unique=False
        )
    op.create_table(
        "queue_hopper_builds",
        sa.Column("queue_id", sa.Integer(), nullable=False),
        sa.Column("policy_version", sa.Integer(), nullable=False),
        sa.Column("built_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("stale_after", sa.DateTime(timezone=True), nullable=True),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("rebuilding_until", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["queue_id"],
            ["queues.id"],
            name=op.f("fk_queue_hopper_builds_queue_id_queues"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("queue_id", name=op.f("pk_queue_hopper_builds")),
    )


def downgrade() -> None:
    op.drop_table("queue_hopper_builds")
    with op.batch_alter_table("queue_hopper", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_queue_hopper_queue_id_score"))
    op.drop_table("queue_hopper")
    with op.batch_alter_table("work_items", schema=None) as batch_op:
        batch_op.drop_index(
            "ix_work_items_callback_at",
            sqlite_where=sa.text("callback_at IS NOT NULL"),
            postgresql_where=sa.text("callback_at IS NOT NULL"),
        )
        batch_op.drop_column("attempt_counts")
        batch_op.drop_column("time_zones")
