"""Crisis words read: which matches of which entry or check-in have already been read.

Entries and check-ins are read for crisis words by when they were last edited, not
when they were created; this table keeps a later save of the same words from raising
the same prompt again. It also indexes both tables by their last edit, which is how
the watcher finds what was written today.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "crisis_reads",
        sa.Column("pk", sa.Integer, primary_key=True),
        sa.Column(
            "entry_id",
            sa.String(36),
            sa.ForeignKey("entries.id", ondelete="CASCADE"),
            nullable=True,
        ),
        sa.Column(
            "checkin_id",
            sa.String(36),
            sa.ForeignKey("checkins.id", ondelete="CASCADE"),
            nullable=True,
        ),
        sa.Column("words_key", sa.String(64), nullable=False),
        sa.Column("read_at", sa.String(27), nullable=False),
        sa.CheckConstraint(
            "(entry_id IS NULL) <> (checkin_id IS NULL)", name="ck_crisis_reads_one_source"
        ),
    )
    op.create_index("ix_crisis_reads_entry", "crisis_reads", ["entry_id", "words_key"], unique=True)
    op.create_index(
        "ix_crisis_reads_checkin", "crisis_reads", ["checkin_id", "words_key"], unique=True
    )
    op.create_index("ix_entries_updated", "entries", ["updated_at"])
    op.create_index("ix_checkins_updated", "checkins", ["updated_at"])


def downgrade() -> None:
    raise NotImplementedError("Tend does not downgrade a journal; restore a backup instead.")
