"""The person's safety plan: seven steps in their own words, one plan per journal.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

STEPS = (
    "warning_signs",
    "coping_on_my_own",
    "people_and_places",
    "people_to_ask",
    "professionals",
    "safer_surroundings",
    "reasons_for_living",
)


def upgrade() -> None:
    op.create_table(
        "safety_plan",
        sa.Column("pk", sa.Integer, primary_key=True),
        *(sa.Column(step, sa.Text, nullable=False, server_default="") for step in STEPS),
        sa.Column("updated_at", sa.String(27), nullable=False),
        sa.Column("updated_offset_min", sa.Integer, nullable=False, server_default="0"),
        sa.CheckConstraint("pk = 1", name="ck_safety_plan_single"),
    )


def downgrade() -> None:
    raise NotImplementedError("Tend does not downgrade a journal; restore a backup instead.")
