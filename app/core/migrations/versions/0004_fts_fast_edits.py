"""Faster saves: the full-text index forgets deleted words at erase time, not on every edit.

FTS5's secure-delete option rewrote index pages on every autosave (about 15 ms a save at
10,000 entries, over the 10 ms target). Instead, deleting an entry for good now rebuilds
the index ('optimize'), which drops every deleted or replaced posting at once, and SQLite's
own secure_delete overwrites the freed pages. Edits keep only encrypted delete markers in
between, which the next erase or automatic merge removes.

Revision ID: 0004
Revises: 0003
"""

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("INSERT INTO entries_fts(entries_fts, rank) VALUES('secure-delete', 0)")


def downgrade() -> None:
    raise NotImplementedError("Tend does not downgrade a journal; restore a backup instead.")
