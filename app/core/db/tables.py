"""ORM tables. Rows never leave app.core: services convert them to plain dataclasses.

Times are fixed-width UTC text (see app.core.clock) plus the UTC offset, in minutes, that
the person was in when they wrote, so a day is the day they lived, even after travel.
"""

from __future__ import annotations

from sqlalchemy import Boolean, Column, ForeignKey, Index, Integer, String, Table, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


entry_tags = Table(
    "entry_tags",
    Base.metadata,
    Column("entry_pk", ForeignKey("entries.pk", ondelete="CASCADE"), primary_key=True),
    Column("tag_pk", ForeignKey("tags.pk", ondelete="CASCADE"), primary_key=True),
    Index("ix_entry_tags_tag", "tag_pk"),
)


class EntryRow(Base):
    __tablename__ = "entries"

    # An explicit INTEGER PRIMARY KEY keeps rowids stable across VACUUM, which the
    # external-content FTS index relies on.
    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    id: Mapped[str] = mapped_column(String(36), unique=True)
    created_at: Mapped[str] = mapped_column(String(27))
    created_offset_min: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[str] = mapped_column(String(27))
    title: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")
    starred: Mapped[bool] = mapped_column(Boolean, default=False)
    deleted_at: Mapped[str | None] = mapped_column(String(27), nullable=True)

    tags: Mapped[list[TagRow]] = relationship(
        secondary=entry_tags, lazy="selectin", order_by="TagRow.name"
    )

    __table_args__ = (
        Index("ix_entries_listing", "deleted_at", "created_at", "pk"),
        # What was written today, whenever it was begun (the watcher's crisis reading).
        Index("ix_entries_updated", "updated_at"),
    )


class TagRow(Base):
    __tablename__ = "tags"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100, collation="NOCASE"), unique=True)


class SettingRow(Base):
    """Personal settings, as JSON text, kept inside the encrypted vault."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
