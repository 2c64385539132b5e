"""Reading openings and people out of their rows, a few queries for any number of them."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.clock import from_utc_text
from app.core.db.jobsearch_tables import (
    OpeningEntryRow,
    OpeningRow,
    OpeningStageRow,
    PersonOpeningRow,
    SearchPersonRow,
)
from app.core.db.tables import EntryRow
from app.core.jobsearch.model import Opening, SearchPerson, Stage, StageChange, Via


def openings_from_rows(session: Session, rows: Sequence[OpeningRow]) -> list[Opening]:
    """Each row with its stage history and linked entries (three queries in all)."""
    ids = [row.id for row in rows]
    if not ids:
        return []
    history: dict[str, list[StageChange]] = {}
    stages = select(OpeningStageRow).where(OpeningStageRow.opening_id.in_(ids))
    for stage in session.scalars(stages.order_by(OpeningStageRow.recorded_at, OpeningStageRow.pk)):
        history.setdefault(stage.opening_id, []).append(stage_change(stage))
    entries: dict[str, list[str]] = {}
    # An entry in the trash keeps its link (restoring it brings it back) but isn't listed.
    links = (
        select(OpeningEntryRow)
        .join(EntryRow, EntryRow.id == OpeningEntryRow.entry_id)
        .where(OpeningEntryRow.opening_id.in_(ids), EntryRow.deleted_at.is_(None))
    )
    for link in session.scalars(links.order_by(OpeningEntryRow.linked_at)):
        entries.setdefault(link.opening_id, []).append(link.entry_id)
    return [
        Opening(
            id=row.id,
            role=row.role,
            organisation=row.organisation,
            via=Via(row.via),
            note=row.note,
            created_at=from_utc_text(row.created_at, row.created_offset_min),
            updated_at=from_utc_text(row.updated_at, row.created_offset_min),
            history=tuple(history.get(row.id, ())),
            entry_ids=tuple(entries.get(row.id, ())),
        )
        for row in rows
    ]


def stage_change(row: OpeningStageRow) -> StageChange:
    return StageChange(
        id=row.id,
        opening_id=row.opening_id,
        stage=Stage(row.stage),
        day=date.fromisoformat(row.day),
        recorded_at=from_utc_text(row.recorded_at),
    )


def people_from_rows(session: Session, rows: Sequence[SearchPersonRow]) -> list[SearchPerson]:
    ids = [row.id for row in rows]
    links: dict[str, list[str]] = {}
    if ids:
        statement = select(PersonOpeningRow).where(PersonOpeningRow.person_id.in_(ids))
        for link in session.scalars(statement):
            links.setdefault(link.person_id, []).append(link.opening_id)
    return [
        SearchPerson(
            id=row.id,
            name=row.name,
            how_we_met=row.how_we_met,
            last_talked=None if row.last_talked is None else date.fromisoformat(row.last_talked),
            opening_ids=tuple(sorted(links.get(row.id, ()))),
        )
        for row in rows
    ]
