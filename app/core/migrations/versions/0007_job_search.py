"""The job search: openings with their stage history, links to entries, and people.

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

VIA_CHECK = "via IN ('posting', 'person', 'outreach')"
STAGE_CHECK = (
    "stage IN ('noticed', 'applied', 'interviewing', 'offer_in_writing', 'verbal_offer', "
    "'no', 'no_reply', 'withdrew')"
)


def upgrade() -> None:
    op.create_table(
        "openings",
        sa.Column("pk", sa.Integer, primary_key=True),
        sa.Column("id", sa.String(36), nullable=False, unique=True),
        sa.Column("role", sa.Text, nullable=False, server_default=""),
        sa.Column("organisation", sa.Text, nullable=False, server_default=""),
        sa.Column("via", sa.String(20), nullable=False, server_default="posting"),
        sa.Column("note", sa.Text, nullable=False, server_default=""),
        sa.Column("created_at", sa.String(27), nullable=False),
        sa.Column("created_offset_min", sa.Integer, nullable=False, server_default="0"),
        sa.Column("updated_at", sa.String(27), nullable=False),
        sa.CheckConstraint(VIA_CHECK, name="ck_openings_via"),
    )
    op.create_table(
        "opening_stages",
        sa.Column("pk", sa.Integer, primary_key=True),
        sa.Column("id", sa.String(36), nullable=False, unique=True),
        sa.Column(
            "opening_id",
            sa.String(36),
            sa.ForeignKey("openings.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("stage", sa.String(20), nullable=False),
        sa.Column("day", sa.String(10), nullable=False),
        sa.Column("recorded_at", sa.String(27), nullable=False),
        sa.CheckConstraint(STAGE_CHECK, name="ck_opening_stages_stage"),
    )
    op.create_index("ix_opening_stages_opening", "opening_stages", ["opening_id", "day", "pk"])
    op.create_table(
        "opening_entries",
        sa.Column(
            "opening_id",
            sa.String(36),
            sa.ForeignKey("openings.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column(
            "entry_id",
            sa.String(36),
            sa.ForeignKey("entries.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("linked_at", sa.String(27), nullable=False),
    )
    op.create_index("ix_opening_entries_entry", "opening_entries", ["entry_id"])
    op.create_table(
        "search_people",
        sa.Column("pk", sa.Integer, primary_key=True),
        sa.Column("id", sa.String(36), nullable=False, unique=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("how_we_met", sa.Text, nullable=False, server_default=""),
        sa.Column("last_talked", sa.String(10), nullable=True),
        sa.Column("created_at", sa.String(27), nullable=False),
    )
    op.create_table(
        "person_openings",
        sa.Column(
            "person_id",
            sa.String(36),
            sa.ForeignKey("search_people.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column(
            "opening_id",
            sa.String(36),
            sa.ForeignKey("openings.id", ondelete="CASCADE"),
            primary_key=True,
        ),
    )
    op.create_index("ix_person_openings_opening", "person_openings", ["opening_id"])


def downgrade() -> None:
    raise NotImplementedError("Tend does not downgrade a journal; restore a backup instead.")
