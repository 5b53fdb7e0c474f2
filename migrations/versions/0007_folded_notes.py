"""call attempts: the folded notes (lower case, no accents) the review's text search compares
with, backfilled for the calls stored before

Revision ID: 0007_folded_notes
Revises: 0006_hopper_ranking_key
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from telerecouv.domain.text import fold_or_none

revision: str = "0007_folded_notes"
down_revision: str | None = "0006_hopper_ranking_key"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CHUNK = 5000


def upgrade() -> None:
    # Adding a nullable column: ALTER TABLE ... ADD COLUMN on both databases, no table copy.
    with op.batch_alter_table("call_attempts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("notes_folded", sa.Text(), nullable=True))
    _backfill()


def _backfill() -> None:
    """fold() is Python: read the notes by chunks of ids, write their folded form."""
    connection = op.get_bind()
    calls = sa.table(
        "call_attempts",
        sa.column("id", sa.Integer()),
        sa.column("notes", sa.Text()),
        sa.column("notes_folded", sa.Text()),
    )
    read = (
        sa.select(calls.c.id, calls.c.notes)
        .where(calls.c.notes.is_not(None), calls.c.id > sa.bindparam("after"))
        .order_by(calls.c.id)
        .limit(CHUNK)
    )
    write = (
        sa.update(calls)
        .where(calls.c.id == sa.bindparam("call_id"))
        .values(notes_folded=sa.bindparam("folded"))
    )
    after = 0
    while True:
        rows = connection.execute(read, {"after": after}).all()
        if not rows:
            break
        changes = [
            {"call_id": call_id, "folded": folded}
            for call_id, notes in rows
            if (folded := fold_or_none(notes)) is not None
        ]
        if changes:
            connection.execute(write, changes)
        after = rows[-1][0]


def downgrade() -> None:
    with op.batch_alter_table("call_attempts", schema=None) as batch_op:
        batch_op.drop_column("notes_folded")
