"""The journal: entries, tags, settings and the full-text index.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

FTS_STATEMENTS = [
    # External-content FTS5 over entries; porter stemming so "interviews" finds "interview".
    """CREATE VIRTUAL TABLE entries_fts USING fts5(
        title, body,
        content='entries', content_rowid='pk',
        tokenize='porter unicode61 remove_diacritics 2',
        prefix='2 3'
    )""",
    # Remove a deleted entry's words from the index itself, not only mark them deleted.
    "INSERT INTO entries_fts(entries_fts, rank) VALUES('secure-delete', 1)",
    """CREATE TRIGGER entries_fts_insert AFTER INSERT ON entries BEGIN
        INSERT INTO entries_fts(rowid, title, body) VALUES (new.pk, new.title, new.body);
    END""",
    """CREATE TRIGGER entries_fts_delete AFTER DELETE ON entries BEGIN
        INSERT INTO entries_fts(entries_fts, rowid, title, body)
        VALUES ('delete', old.pk, old.title, old.body);
    END""",
    """CREATE TRIGGER entries_fts_update AFTER UPDATE OF title, body ON entries BEGIN
        INSERT INTO entries_fts(entries_fts, rowid, title, body)
        VALUES ('delete', old.pk, old.title, old.body);
        INSERT INTO entries_fts(rowid, title, body) VALUES (new.pk, new.title, new.body);
    END""",
]


def upgrade() -> None:
    op.create_table(
        "entries",
        sa.Column("pk", sa.Integer, primary_key=True),
        sa.Column("id", sa.String(36), nullable=False, unique=True),
        sa.Column("created_at", sa.String(27), nullable=False),
        sa.Column("created_offset_min", sa.Integer, nullable=False, server_default="0"),
        sa.Column("updated_at", sa.String(27), nullable=False),
        sa.Column("title", sa.Text, nullable=False, server_default=""),
        sa.Column("body", sa.Text, nullable=False, server_default=""),
        sa.Column("starred", sa.Boolean, nullable=False, server_default="0"),
        sa.Column("deleted_at", sa.String(27), nullable=True),
    )
    op.create_index("ix_entries_listing", "entries", ["deleted_at", "created_at", "pk"])
    op.create_table(
        "tags",
        sa.Column("pk", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(100, collation="NOCASE"), nullable=False, unique=True),
    )
    op.create_table(
        "entry_tags",
        sa.Column(
            "entry_pk", sa.Integer, sa.ForeignKey("entries.pk", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column(
            "tag_pk", sa.Integer, sa.ForeignKey("tags.pk", ondelete="CASCADE"), primary_key=True
        ),
    )
    op.create_index("ix_entry_tags_tag", "entry_tags", ["tag_pk"])
    op.create_table(
        "settings",
        sa.Column("key", sa.String(100), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )
    for statement in FTS_STATEMENTS:
        op.execute(statement)


def downgrade() -> None:
    raise NotImplementedError("Tend does not downgrade a journal; restore a backup instead.")
