"""Plain-text and JSON shapes of openings and people for the command line."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from app.cli.safe_text import visible, visible_keeping_lines
from app.core.jobsearch import Opening, SearchPerson, stage_label, via_label
from app.core.journal import Entry


def opening_json(opening: Opening) -> dict[str, Any]:
    return {
        "id": opening.id,
        "role": opening.role,
        "organisation": opening.organisation,
        "via": opening.via.value,
        "stage": opening.stage.value,
        "stage_day": opening.stage_day.isoformat(),
        "closed": opening.is_closed,
        "interview_days": [day.isoformat() for day in opening.interview_days],
        "history": [
            {"id": change.id, "stage": change.stage.value, "day": change.day.isoformat()}
            for change in opening.history
        ],
        "entry_ids": list(opening.entry_ids),
        "note": opening.note,
    }


def opening_line(opening: Opening) -> str:
    where = f" at {opening.organisation}" if opening.organisation else ""
    return visible(
        f"{opening.id[:8]}  {opening.role}{where}  ·  {stage_label(opening.stage)} "
        f"({opening.stage_day.isoformat()})"
    )


def opening_text(opening: Opening, entries: Sequence[Entry], people: Sequence[SearchPerson]) -> str:
    lines = [
        visible(
            f"# {opening.role}" + (f" at {opening.organisation}" if opening.organisation else "")
        ),
        f"{opening.id}  ·  {via_label(opening.via)}",
        "",
        "Stages:",
        *(f"  {change.day.isoformat()}  {stage_label(change.stage)}" for change in opening.history),
    ]
    if opening.note:
        lines += ["", visible_keeping_lines(opening.note)]
    if entries:
        lines += ["", "Entries:", *(visible(f"  {e.id[:8]}  {e.display_title}") for e in entries)]
    if people:
        lines += ["", "People:", *(f"  {person_line(person)}" for person in people)]
    return "\n".join(lines)


def person_json(person: SearchPerson) -> dict[str, Any]:
    return {
        "id": person.id,
        "name": person.name,
        "how_we_met": person.how_we_met,
        "last_talked": None if person.last_talked is None else person.last_talked.isoformat(),
        "opening_ids": list(person.opening_ids),
    }


def person_line(person: SearchPerson) -> str:
    met = f"  ·  {person.how_we_met}" if person.how_we_met else ""
    talked = f"  ·  last talked {person.last_talked.isoformat()}" if person.last_talked else ""
    return visible(f"{person.id[:8]}  {person.name}{met}{talked}")
