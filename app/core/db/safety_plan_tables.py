"""ORM table for the person's safety plan (schema: migration 0005).

A journal holds one plan, so the table holds at most one row (pk 1). Each step is the
person's own text; times follow tables.py: fixed-width UTC text plus the UTC offset.
"""

from __future__ import annotations

from sqlalchemy import CheckConstraint, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.core.db.tables import Base

PLAN_ROW_PK = 1


class SafetyPlanRow(Base):
    __tablename__ = "safety_plan"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    warning_signs: Mapped[str] = mapped_column(Text, default="")
    coping_on_my_own: Mapped[str] = mapped_column(Text, default="")
    people_and_places: Mapped[str] = mapped_column(Text, default="")
    people_to_ask: Mapped[str] = mapped_column(Text, default="")
    professionals: Mapped[str] = mapped_column(Text, default="")
    safer_surroundings: Mapped[str] = mapped_column(Text, default="")
    reasons_for_living: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[str] = mapped_column(String(27))
    updated_offset_min: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (CheckConstraint(f"pk = {PLAN_ROW_PK}", name="ck_safety_plan_single"),)
