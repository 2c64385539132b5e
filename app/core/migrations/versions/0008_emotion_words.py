"""Emotion words: the optional feeling words chosen with a check-in.

One row per word, in the order chosen; deleting a check-in deletes its words. The words
come from a fixed list in the app's resources, so they are stored as plain text.

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "checkin_feelings",
        sa.Column("pk", sa.Integer, primary_key=True),
        sa.Column(
            "checkin_pk",
            sa.Integer,
            sa.ForeignKey("checkins.pk", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("word", sa.String(40), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
    )
    op.create_index(
        "ix_checkin_feelings_checkin", "checkin_feelings", ["checkin_pk", "word"], unique=True
    )
    op.create_index("ix_checkin_feelings_word", "checkin_feelings", ["word"])


def downgrade() -> None:
    raise NotImplementedError("Tend does not downgrade a journal; restore a backup instead.")
