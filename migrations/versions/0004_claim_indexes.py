"""queue claiming: the hopper walked in score order, pinned files found at once

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("queue_hopper", schema=None) as batch_op:
        batch_op.create_index(
            "ix_queue_hopper_score",
            ["score", "work_item_id", "queue_id", "open_until"],
            unique=False,
        )
    with op.batch_alter_table("work_items", schema=None) as batch_op:
        batch_op.create_index(
            "ix_work_items_pinned_at",
            ["pinned_at"],
            unique=False,
            sqlite_where=sa.text("pinned_at IS NOT NULL"),
            postgresql_where=sa.text("pinned_at IS NOT NULL"),
        )


def downgrade() -> None:
    with op.batch_alter_table("work_items", schema=None) as batch_op:
        batch_op.drop_index(
            "ix_work_items_pinned_at",
            sqlite_where=sa.text("pinned_at IS NOT NULL"),
            postgresql_where=sa.text("pinned_at IS NOT NULL"),
        )
    with op.batch_alter_table("queue_hopper", schema=None) as batch_op:
        batch_op.drop_index("ix_queue_hopper_score")
