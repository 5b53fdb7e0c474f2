"""claims: the balance of the creditor's last file (a re-import no longer undoes the payments
matched since); plan claims: the stage a claim had before its plan broke (restored when a
payment shows the plan was kept after all), and an index by claim for the payment matching;
promises: who broke them and the stage(s) of their claim(s) before (the same for promises)

Revision ID: 0008_imported_balance
Revises: 0007_folded_notes
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008_imported_balance"
down_revision: str | None = "0007_folded_notes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Nullable columns: ALTER TABLE ... ADD COLUMN on both databases, no table copy.
    with op.batch_alter_table("claims", schema=None) as batch_op:
        batch_op.add_column(sa.Column("imported_balance", sa.BigInteger(), nullable=True))
    with op.batch_alter_table("plan_claims", schema=None) as batch_op:
        batch_op.add_column(sa.Column("stage_before_break", sa.String(length=32), nullable=True))
        batch_op.create_index("ix_plan_claims_claim_id", ["claim_id"], unique=False)
    with op.batch_alter_table("promises", schema=None) as batch_op:
        batch_op.add_column(sa.Column("broken_by", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("stage_before_break", sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column("stages_before_break", sa.JSON(), nullable=True))
    # The file's balance was the stored balance plus what the matched payments took off it
    # (never more than the initial amount): money in integer cents on both databases.
    op.execute(
        """
        UPDATE claims SET imported_balance = CASE
            WHEN balance + paid.total > initial_amount THEN initial_amount
            ELSE balance + paid.total END
        FROM (SELECT claim_id, SUM(amount) AS total FROM payments
              WHERE matched_at IS NOT NULL GROUP BY claim_id) AS paid
        WHERE paid.claim_id = claims.id
        """
    )
    op.execute("UPDATE claims SET imported_balance = balance WHERE imported_balance IS NULL")


def downgrade() -> None:
    with op.batch_alter_table("promises", schema=None) as batch_op:
        batch_op.drop_column("stages_before_break")
        batch_op.drop_column("stage_before_break")
        batch_op.drop_column("broken_by")
    with op.batch_alter_table("plan_claims", schema=None) as batch_op:
        batch_op.drop_index("ix_plan_claims_claim_id")
        batch_op.drop_column("stage_before_break")
    with op.batch_alter_table("claims", schema=None) as batch_op:
        batch_op.drop_column("imported_balance")
