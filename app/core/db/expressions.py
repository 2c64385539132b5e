"""SQL expressions shared by every table that stores moments as UTC text plus an offset."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func
from sqlalchemy.sql.elements import ColumnElement


def local_date(utc_text: Any, offset_minutes: Any) -> ColumnElement[str]:
    """The calendar day (YYYY-MM-DD) the person was living in when the moment was recorded."""
    return func.date(func.substr(utc_text, 1, 19), func.printf("%+d minutes", offset_minutes))
