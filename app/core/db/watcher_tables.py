"""ORM tables for the watcher: prompts shown, crisis words read, questionnaire results,
trusted contacts.

Watcher settings live in the shared ``settings`` table under the key "watcher" (JSON).
Times follow tables.py: fixed-width UTC text plus the person's UTC offset in minutes.
"""

from __future__ import annotations

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.core.db.tables import Base


class PromptRow(Base):
    """Every prompt shown, so the person can look back and the cooldown can look up."""

    __tablename__ = "watcher_prompts"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    id: Mapped[str] = mapped_column(String(36), unique=True)
    day: Mapped[str] = mapped_column(String(10))  # the local day it was for, YYYY-MM-DD
    kind: Mapped[str] = mapped_column(String(20))
    signals: Mapped[str] = mapped_column(Text, default="[]")  # JSON list
    summary: Mapped[str] = mapped_column(Text, default="")
    evidence: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of Evidence
    counts: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of SignalCount
    suggestion: Mapped[str | None] = mapped_column(String(10), nullable=True)
    shown_at: Mapped[str] = mapped_column(String(27))
    shown_offset_min: Mapped[int] = mapped_column(Integer, default=0)
    response: Mapped[str | None] = mapped_column(String(20), nullable=True)
    responded_at: Mapped[str | None] = mapped_column(String(27), nullable=True)

    __table_args__ = (Index("ix_watcher_prompts_kind_day", "kind", "day"),)


class CrisisReadRow(Base):
    """Crisis words already read in one entry or check-in (schema: migration 0006).

    One row per match: the source, and a digest of the matched words with their
    occurrence number, so a later save of the same text raises nothing new while new
    words still do. Derived state: not in backups; it goes with its entry or check-in.
    """

    __tablename__ = "crisis_reads"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    entry_id: Mapped[str | None] = mapped_column(
        ForeignKey("entries.id", ondelete="CASCADE"), nullable=True
    )
    checkin_id: Mapped[str | None] = mapped_column(
        ForeignKey("checkins.id", ondelete="CASCADE"), nullable=True
    )
    words_key: Mapped[str] = mapped_column(String(64))
    read_at: Mapped[str] = mapped_column(String(27))

    __table_args__ = (
        CheckConstraint(
            "(entry_id IS NULL) <> (checkin_id IS NULL)", name="ck_crisis_reads_one_source"
        ),
        Index("ix_crisis_reads_entry", "entry_id", "words_key", unique=True),
        Index("ix_crisis_reads_checkin", "checkin_id", "words_key", unique=True),
    )


class QuestionnaireResultRow(Base):
    __tablename__ = "questionnaire_results"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    id: Mapped[str] = mapped_column(String(36), unique=True)
    kind: Mapped[str] = mapped_column(String(10))
    answers: Mapped[str] = mapped_column(Text)  # JSON list of ints
    follow_up: Mapped[int | None] = mapped_column(Integer, nullable=True)
    score: Mapped[int] = mapped_column(Integer)
    taken_at: Mapped[str] = mapped_column(String(27))
    taken_offset_min: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (Index("ix_questionnaire_results_kind_taken", "kind", "taken_at"),)


class TrustedContactRow(Base):
    __tablename__ = "trusted_contacts"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    id: Mapped[str] = mapped_column(String(36), unique=True)
    name: Mapped[str] = mapped_column(Text)
    reach: Mapped[str] = mapped_column(Text, default="")  # how to reach them, as written
    note: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[str] = mapped_column(String(27))
