"""CSV export of check-ins (one row each, oldest first). The file is NOT encrypted.

Columns: id, time (with the UTC offset the person was in), day (that local day), mood,
energy, interest, focus (1 = very low … 5 = very high, empty when not recorded),
sleep_hours, activities (separated by " | "), note, entry_id (the linked journal entry),
feelings (the feeling words chosen, separated by " | "; last, so older readers still work).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from app.core.checkins import SCALES, CheckIn, CheckInService
from app.core.export.csv_file import write_csv
from app.core.progress import ProgressCallback, report

# Check-ins per query: memory stays flat, round trips don't count.
BATCH_SIZE = 500
COLUMNS = (
    "id",
    "time",
    "day",
    *SCALES,
    "sleep_hours",
    "activities",
    "note",
    "entry_id",
    "feelings",
)


def export_checkins_csv(
    checkins: CheckInService, path: Path, progress: ProgressCallback | None = None
) -> int:
    """Write every check-in to a new CSV file; returns how many were written."""
    total = checkins.count()
    report(progress, 0, total)
    done = 0

    def rows() -> Iterator[tuple[str, ...]]:
        nonlocal done
        for batch in checkins.batches(BATCH_SIZE):
            for checkin in batch:
                yield checkin_row(checkin)
                done += 1
                if done % 100 == 0:
                    report(progress, done, total)

    write_csv(path, COLUMNS, rows())
    report(progress, done, total)
    return done


def checkin_row(checkin: CheckIn) -> tuple[str, ...]:
    return (
        checkin.id,
        checkin.at.isoformat(),
        checkin.day.isoformat(),
        *[_number(getattr(checkin, scale)) for scale in SCALES],
        _number(checkin.sleep_hours),
        " | ".join(checkin.activities),
        checkin.note,
        checkin.entry_id or "",
        " | ".join(checkin.feelings),
    )


def _number(value: float | None) -> str:
    if value is None:
        return ""
    if type(value) is int:  # the four scales: most cells, so the quick way first
        return str(value)
    return str(int(value)) if float(value).is_integer() else str(value)
