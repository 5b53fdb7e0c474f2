"""queue hopper: the ranking key, policy and floor a hopper was built with (a change of
weights only re-scores the hoppers instead of rebuilding them)

Revision ID: 0006_hopper_ranking_key
Revises: 0005
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_hopper_ranking_key"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("queue_hopper_builds", schema=None) as batch_op:
        batch_op.add_column(sa.Column("ranking_key", sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column("ranking_policy", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("ranking_floor", sa.Float(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("queue_hopper_builds", schema=None) as batch_op:
        batch_op.drop_column("ranking_floor")
        batch_op.drop_column("ranking_policy")
        batch_op.drop_column("ranking_key")
