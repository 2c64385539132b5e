"""The watcher: prompts shown, questionnaire results and trusted contacts.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "watcher_prompts",
        sa.Column("pk", sa.Integer, primary_key=True),
        sa.Column("id", sa.String(36), nullable=False, unique=True),
        sa.Column("day", sa.String(10), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("signals", sa.Text, nullable=False, server_default="[]"),
        sa.Column("summary", sa.Text, nullable=False, server_default=""),
        sa.Column("evidence", sa.Text, nullable=False, server_default="[]"),
        sa.Column("counts", sa.Text, nullable=False, server_default="[]"),
        sa.Column("suggestion", sa.String(10), nullable=True),
        sa.Column("shown_at", sa.String(27), nullable=False),
        sa.Column("shown_offset_min", sa.Integer, nullable=False, server_default="0"),
        sa.Column("response", sa.String(20), nullable=True),
        sa.Column("responded_at", sa.String(27), nullable=True),
    )
    op.create_index("ix_watcher_prompts_kind_day", "watcher_prompts", ["kind", "day"])
    op.create_table(
        "questionnaire_results",
        sa.Column("pk", sa.Integer, primary_key=True),
        sa.Column("id", sa.String(36), nullable=False, unique=True),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("answers", sa.Text, nullable=False),
        sa.Column("follow_up", sa.Integer, nullable=True),
        sa.Column("score", sa.Integer, nullable=False),
        sa.Column("taken_at", sa.String(27), nullable=False),
        sa.Column("taken_offset_min", sa.Integer, nullable=False, server_default="0"),
    )
    op.create_index(
        "ix_questionnaire_results_kind_taken", "questionnaire_results", ["kind", "taken_at"]
    )
    op.create_table(
        "trusted_contacts",
        sa.Column("pk", sa.Integer, primary_key=True),
        sa.Column("id", sa.String(36), nullable=False, unique=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("reach", sa.Text, nullable=False, server_default=""),
        sa.Column("note", sa.Text, nullable=False, server_default=""),
        sa.Column("position", sa.Integer, nullable=False, server_default="0"),
        sa.Column("created_at", sa.String(27), nullable=False),
    )


def downgrade() -> None:
    raise NotImplementedError("Tend does not downgrade a journal; restore a backup instead.")
