"""ORM tables for check-ins and activities (schema: migration 0002).

A check-in's time is fixed-width UTC text plus the offset the person was in, like an entry's.
``local_day`` is computed by SQLite from those two, so grouping by day uses an index and can
never disagree with the time it was derived from.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Computed,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.core.db.tables import Base

LOCAL_DAY_SQL = "date(substr(at, 1, 19), printf('%+d minutes', offset_min))"

checkin_activities = Table(
    "checkin_activities",
    Base.metadata,
    Column("checkin_pk", ForeignKey("checkins.pk", ondelete="CASCADE"), primary_key=True),
    Column("activity_pk", ForeignKey("activities.pk", ondelete="RESTRICT"), primary_key=True),
    Index("ix_checkin_activities_activity", "activity_pk"),
)


class ActivityGroupRow(Base):
    __tablename__ = "activity_groups"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    id: Mapped[str] = mapped_column(String(36), unique=True)
    name: Mapped[str] = mapped_column(String(60, collation="NOCASE"), unique=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class ActivityRow(Base):
    __tablename__ = "activities"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    id: Mapped[str] = mapped_column(String(36), unique=True)
    name: Mapped[str] = mapped_column(String(60, collation="NOCASE"), unique=True)
    group_pk: Mapped[int] = mapped_column(ForeignKey("activity_groups.pk", ondelete="RESTRICT"))
    hidden: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)
    builtin_key: Mapped[str | None] = mapped_column(String(40), unique=True, nullable=True)

    group: Mapped[ActivityGroupRow] = relationship(lazy="joined")

    __table_args__ = (Index("ix_activities_group", "group_pk", "position"),)


class CheckInFeelingRow(Base):
    """An emotion word chosen with a check-in (schema: migration 0008)."""

    __tablename__ = "checkin_feelings"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    checkin_pk: Mapped[int] = mapped_column(ForeignKey("checkins.pk", ondelete="CASCADE"))
    word: Mapped[str] = mapped_column(String(40))
    position: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (
        Index("ix_checkin_feelings_checkin", "checkin_pk", "word", unique=True),
        # Search finds check-ins by their words.
        Index("ix_checkin_feelings_word", "word"),
    )


class CheckInRow(Base):
    __tablename__ = "checkins"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    id: Mapped[str] = mapped_column(String(36), unique=True)
    at: Mapped[str] = mapped_column(String(27))
    offset_min: Mapped[int] = mapped_column(Integer, default=0)
    local_day: Mapped[str] = mapped_column(String(10), Computed(LOCAL_DAY_SQL, persisted=True))
    mood: Mapped[int | None] = mapped_column(Integer, nullable=True)
    energy: Mapped[int | None] = mapped_column(Integer, nullable=True)
    interest: Mapped[int | None] = mapped_column(Integer, nullable=True)
    focus: Mapped[int | None] = mapped_column(Integer, nullable=True)
    sleep_hours: Mapped[float | None] = mapped_column(Float, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")
    entry_id: Mapped[str | None] = mapped_column(
        ForeignKey("entries.id", ondelete="SET NULL"), nullable=True
    )
    updated_at: Mapped[str] = mapped_column(String(27))

    activities: Mapped[list[ActivityRow]] = relationship(
        secondary=checkin_activities,
        lazy="selectin",
        order_by="ActivityRow.position",
    )
    feeling_rows: Mapped[list[CheckInFeelingRow]] = relationship(
        lazy="selectin",
        order_by="CheckInFeelingRow.position",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )

    __table_args__ = (
        *(
            CheckConstraint(f"{scale} IS NULL OR {scale} BETWEEN 1 AND 5", name=f"ck_{scale}")
            for scale in ("mood", "energy", "interest", "focus")
        ),
        CheckConstraint(
            "sleep_hours IS NULL OR (sleep_hours >= 0 AND sleep_hours <= 24)",
            name="ck_sleep_hours",
        ),
        CheckConstraint("offset_min BETWEEN -1080 AND 1080", name="ck_offset_min"),
        Index("ix_checkins_day", "local_day", "mood", "energy", "interest", "focus"),
        Index("ix_checkins_at", "at", "pk"),
        Index("ix_checkins_entry", "entry_id"),
        Index("ix_checkins_updated", "updated_at"),
    )
