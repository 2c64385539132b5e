"""The one mapping between stored check-ins and ``CheckIn``.

The check-in verbs, imports, backups and restore build rows with ``checkin_values`` and read
them with ``checkin_from_values``, so every path stores a check-in the same way.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import RowMapping

from app.core.checkins.model import SCALES, CheckIn
from app.core.clock import from_utc_text, offset_minutes, to_utc_text
from app.core.db.checkin_tables import CheckInRow

CHECKIN_COLUMNS = ("id", "at", "offset_min", *SCALES, "sleep_hours", "note", "entry_id")


def checkin_values(checkin: CheckIn, updated_at: str) -> dict[str, Any]:
    """The check-in's columns as stored (activities are linked separately)."""
    return {
        "id": checkin.id,
        "at": to_utc_text(checkin.at),
        "offset_min": offset_minutes(checkin.at),
        **{scale: checkin.value(scale) for scale in SCALES},
        "sleep_hours": checkin.sleep_hours,
        "note": checkin.note,
        "entry_id": checkin.entry_id,
        "updated_at": updated_at,
    }


def checkin_from_values(
    values: Mapping[str, Any] | RowMapping,
    activity_ids: Iterable[str],
    activity_names: Iterable[str] = (),
    feelings: Iterable[str] = (),
) -> CheckIn:
    """A check-in from its stored columns and its activities (in the order shown)."""
    return CheckIn(
        id=values["id"],
        at=from_utc_text(values["at"], values["offset_min"]),
        **{scale: values[scale] for scale in SCALES},
        sleep_hours=values["sleep_hours"],
        activities=tuple(activity_names),
        note=values["note"],
        entry_id=values["entry_id"],
        activity_ids=tuple(activity_ids),
        feelings=tuple(feelings),
    )


def checkin_from_row(row: CheckInRow) -> CheckIn:
    activities = sorted(row.activities, key=lambda a: (a.group.position, a.position, a.pk))
    values = {column: getattr(row, column) for column in CHECKIN_COLUMNS}
    return checkin_from_values(
        values,
        (activity.id for activity in activities),
        (activity.name for activity in activities),
        (feeling.word for feeling in row.feeling_rows),
    )
