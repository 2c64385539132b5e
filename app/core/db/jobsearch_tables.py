"""ORM tables for the job search (schema: migration 0007).

An opening's stage is its newest row in ``opening_stages``, so the history and the current
stage can never disagree. Links to entries and people go away with the opening (CASCADE);
the journal entries themselves are never touched by anything here.
"""

from __future__ import annotations

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.core.db.tables import Base

VIA_VALUES = ("posting", "person", "outreach")
STAGE_VALUES = (
    "noticed",
    "applied",
    "interviewing",
    "offer_in_writing",
    "verbal_offer",
    "no",
    "no_reply",
    "withdrew",
)


def _one_of(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(value) for value in values)})"


class OpeningRow(Base):
    __tablename__ = "openings"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    id: Mapped[str] = mapped_column(String(36), unique=True)
    role: Mapped[str] = mapped_column(Text, default="")
    organisation: Mapped[str] = mapped_column(Text, default="")
    via: Mapped[str] = mapped_column(String(20), default="posting")
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[str] = mapped_column(String(27))
    created_offset_min: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[str] = mapped_column(String(27))

    __table_args__ = (CheckConstraint(_one_of("via", VIA_VALUES), name="ck_openings_via"),)


class OpeningStageRow(Base):
    __tablename__ = "opening_stages"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    id: Mapped[str] = mapped_column(String(36), unique=True)
    opening_id: Mapped[str] = mapped_column(ForeignKey("openings.id", ondelete="CASCADE"))
    stage: Mapped[str] = mapped_column(String(20))
    day: Mapped[str] = mapped_column(String(10))  # the person's local day, YYYY-MM-DD
    recorded_at: Mapped[str] = mapped_column(String(27))

    __table_args__ = (
        CheckConstraint(_one_of("stage", STAGE_VALUES), name="ck_opening_stages_stage"),
        Index("ix_opening_stages_opening", "opening_id", "day", "pk"),
    )


class OpeningEntryRow(Base):
    __tablename__ = "opening_entries"

    opening_id: Mapped[str] = mapped_column(
        ForeignKey("openings.id", ondelete="CASCADE"), primary_key=True
    )
    entry_id: Mapped[str] = mapped_column(
        ForeignKey("entries.id", ondelete="CASCADE"), primary_key=True
    )
    linked_at: Mapped[str] = mapped_column(String(27))

    __table_args__ = (Index("ix_opening_entries_entry", "entry_id"),)


class SearchPersonRow(Base):
    __tablename__ = "search_people"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    id: Mapped[str] = mapped_column(String(36), unique=True)
    name: Mapped[str] = mapped_column(Text)
    how_we_met: Mapped[str] = mapped_column(Text, default="")
    last_talked: Mapped[str | None] = mapped_column(String(10), nullable=True)
    created_at: Mapped[str] = mapped_column(String(27))


class PersonOpeningRow(Base):
    __tablename__ = "person_openings"

    person_id: Mapped[str] = mapped_column(
        ForeignKey("search_people.id", ondelete="CASCADE"), primary_key=True
    )
    opening_id: Mapped[str] = mapped_column(
        ForeignKey("openings.id", ondelete="CASCADE"), primary_key=True
    )

    __table_args__ = (Index("ix_person_openings_opening", "opening_id"),)
