"""Plain-text and JSON shapes of check-ins and activities for the command line."""

from __future__ import annotations

from typing import Any

from app.cli.safe_text import visible
from app.core.checkins import SCALES, ActivityGroup, CheckIn

NOT_RATED = "–"


def checkin_json(checkin: CheckIn) -> dict[str, Any]:
    return {
        "id": checkin.id,
        "at": checkin.at.isoformat(),
        "day": checkin.day.isoformat(),
        **{scale: checkin.value(scale) for scale in SCALES},
        "sleep_hours": checkin.sleep_hours,
        "activities": list(checkin.activities),
        "note": checkin.note,
        "entry_id": checkin.entry_id,
        "feelings": list(checkin.feelings),
    }


def checkin_line(checkin: CheckIn) -> str:
    """One line: time, id, the four scales (– when skipped), then what else was recorded."""
    parts = [f"{scale} {_rating(checkin.value(scale))}" for scale in SCALES]
    if checkin.sleep_hours is not None:
        parts.append(f"sleep {checkin.sleep_hours:g} h")
    if checkin.activities:
        parts.append(", ".join(checkin.activities))
    if checkin.feelings:
        parts.append("feeling " + ", ".join(checkin.feelings))
    line = f"{checkin.at:%Y-%m-%d %H:%M}  {checkin.id}  " + visible("  ".join(parts))
    if checkin.note:
        line += f"\n    {visible(' '.join(checkin.note.split()))}"
    return line


def groups_json(groups: list[ActivityGroup]) -> list[dict[str, Any]]:
    return [
        {
            "id": group.id,
            "name": group.name,
            "activities": [
                {"id": a.id, "name": a.name, "hidden": a.hidden} for a in group.activities
            ],
        }
        for group in groups
    ]


def groups_text(groups: list[ActivityGroup]) -> str:
    lines = []
    for group in groups:
        lines.append(f"{visible(group.name)}:")
        lines += [
            f"  {visible(a.name)}" + ("  (hidden)" if a.hidden else "") for a in group.activities
        ]
    return "\n".join(lines)


def _rating(value: int | None) -> str:
    return NOT_RATED if value is None else str(value)
