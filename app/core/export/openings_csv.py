"""CSV export of the job search's openings (one row each, oldest first). NOT encrypted.

Columns: id, role, organisation, via (posting, person, outreach), stage (the current one),
stage_day, noticed, applied, interviews (days separated by " | "), decided (the day of the
last decision), entry_ids (linked journal entries, " | "), note.
"""

from __future__ import annotations

from pathlib import Path

from app.core.export.csv_file import write_csv
from app.core.jobsearch import DECISION_STAGES, Opening, Stage
from app.core.jobsearch.openings import Openings

COLUMNS = (
    "id",
    "role",
    "organisation",
    "via",
    "stage",
    "stage_day",
    "noticed",
    "applied",
    "interviews",
    "decided",
    "entry_ids",
    "note",
)


def export_openings_csv(openings: Openings, path: Path) -> int:
    """Write every opening (folded ones too) to a new CSV file; returns how many."""
    found = sorted(openings.all(), key=lambda opening: opening.created_at)
    write_csv(path, COLUMNS, (opening_row(opening) for opening in found))
    return len(found)


def opening_row(opening: Opening) -> tuple[str, ...]:
    decided = [change.day for change in opening.history if change.stage in DECISION_STAGES]
    return (
        opening.id,
        opening.role,
        opening.organisation,
        opening.via.value,
        opening.stage.value,
        opening.stage_day.isoformat(),
        _day(opening.day_of(Stage.NOTICED)),
        _day(opening.day_of(Stage.APPLIED)),
        " | ".join(day.isoformat() for day in opening.interview_days),
        max(decided).isoformat() if decided else "",
        " | ".join(opening.entry_ids),
        opening.note,
    )


def _day(day: object) -> str:
    return "" if day is None else str(day)
