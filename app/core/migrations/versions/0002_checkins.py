"""Mood check-ins, activities in groups, and the default activities for a job search.

Revision ID: 0002
Revises: 0001

The default activities are seeded here, not on first use: a migration runs exactly once per
vault, inside the same transaction as the tables, so a vault never lacks its defaults and
an activity the person renamed or hid never comes back. The list is a frozen snapshot of
what revision 0002 seeds; later changes to the defaults need a migration of their own.
"""

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# The calendar day the person was living in: the same expression as
# app.core.db.expressions.local_date, stored so that days can be grouped through an index.
LOCAL_DAY_SQL = "date(substr(at, 1, 19), printf('%+d minutes', offset_min))"

SCALES = ("mood", "energy", "interest", "focus")

# (group, [(builtin_key, name), ...]) in the order they are shown.
DEFAULT_ACTIVITIES = (
    (
        "Job search",
        (
            ("applied", "Applied for a job"),
            ("interview", "Interview"),
            ("heard_back", "Heard back"),
            ("rejection", "Rejection"),
            ("networking", "Networking"),
        ),
    ),
    (
        "Self-care",
        (
            ("exercise", "Exercise"),
            ("outside", "Time outside"),
            ("slept_well", "Slept well"),
            ("hobby", "Hobby"),
        ),
    ),
    ("People", (("friends", "Friends"), ("family", "Family"))),
)


def upgrade() -> None:
    op.create_table(
        "checkins",
        sa.Column("pk", sa.Integer, primary_key=True),
        sa.Column("id", sa.String(36), nullable=False, unique=True),
        sa.Column("at", sa.String(27), nullable=False),
        sa.Column("offset_min", sa.Integer, nullable=False, server_default="0"),
        sa.Column("local_day", sa.String(10), sa.Computed(LOCAL_DAY_SQL, persisted=True)),
        *(sa.Column(scale, sa.Integer, nullable=True) for scale in SCALES),
        sa.Column("sleep_hours", sa.Float, nullable=True),
        sa.Column("note", sa.Text, nullable=False, server_default=""),
        # An entry deleted for good leaves the check-in in place, without the link.
        sa.Column(
            "entry_id",
            sa.String(36),
            sa.ForeignKey("entries.id", ondelete="SET NULL"),
            nullable=True,
        ),
        sa.Column("updated_at", sa.String(27), nullable=False),
        *(
            sa.CheckConstraint(f"{scale} IS NULL OR {scale} BETWEEN 1 AND 5", name=f"ck_{scale}")
            for scale in SCALES
        ),
        sa.CheckConstraint(
            "sleep_hours IS NULL OR (sleep_hours >= 0 AND sleep_hours <= 24)",
            name="ck_sleep_hours",
        ),
        sa.CheckConstraint("offset_min BETWEEN -1080 AND 1080", name="ck_offset_min"),
    )
    # Day aggregation reads only this index (a covering index): no table lookups.
    op.create_index(
        "ix_checkins_day", "checkins", ["local_day", "mood", "energy", "interest", "focus"]
    )
    op.create_index("ix_checkins_at", "checkins", ["at", "pk"])
    op.create_index("ix_checkins_entry", "checkins", ["entry_id"])

    groups = op.create_table(
        "activity_groups",
        sa.Column("pk", sa.Integer, primary_key=True),
        sa.Column("id", sa.String(36), nullable=False, unique=True),
        sa.Column("name", sa.String(60, collation="NOCASE"), nullable=False, unique=True),
        sa.Column("position", sa.Integer, nullable=False, server_default="0"),
    )
    activities = op.create_table(
        "activities",
        sa.Column("pk", sa.Integer, primary_key=True),
        sa.Column("id", sa.String(36), nullable=False, unique=True),
        sa.Column("name", sa.String(60, collation="NOCASE"), nullable=False, unique=True),
        # Activities are hidden, never deleted, so past check-ins keep their meaning.
        sa.Column(
            "group_pk",
            sa.Integer,
            sa.ForeignKey("activity_groups.pk", ondelete="RESTRICT"),
            nullable=False,
        ),
        sa.Column("hidden", sa.Boolean, nullable=False, server_default="0"),
        sa.Column("position", sa.Integer, nullable=False, server_default="0"),
        # Which default this is ("rejection", ...), whatever the person renames it to.
        sa.Column("builtin_key", sa.String(40), nullable=True, unique=True),
    )
    op.create_index("ix_activities_group", "activities", ["group_pk", "position"])
    op.create_table(
        "checkin_activities",
        sa.Column(
            "checkin_pk",
            sa.Integer,
            sa.ForeignKey("checkins.pk", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column(
            "activity_pk",
            sa.Integer,
            sa.ForeignKey("activities.pk", ondelete="RESTRICT"),
            primary_key=True,
        ),
    )
    op.create_index("ix_checkin_activities_activity", "checkin_activities", ["activity_pk"])
    _seed_defaults(groups, activities)


def _seed_defaults(groups: sa.Table, activities: sa.Table) -> None:
    group_rows = []
    activity_rows = []
    for group_position, (group_name, members) in enumerate(DEFAULT_ACTIVITIES):
        group_pk = group_position + 1
        group_rows.append(
            {
                "pk": group_pk,
                "id": str(uuid.uuid4()),
                "name": group_name,
                "position": group_position,
            }
        )
        for position, (key, name) in enumerate(members):
            activity_rows.append(
                {
                    "id": str(uuid.uuid4()),
                    "name": name,
                    "group_pk": group_pk,
                    "hidden": False,
                    "position": position,
                    "builtin_key": key,
                }
            )
    op.bulk_insert(groups, group_rows)
    op.bulk_insert(activities, activity_rows)


def downgrade() -> None:
    raise NotImplementedError("Tend does not downgrade a journal; restore a backup instead.")
