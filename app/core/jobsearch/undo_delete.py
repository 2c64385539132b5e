"""Deleting an opening with a way back: a copy is kept in memory (never written anywhere)
so "Undo" can put the opening, its stage history and its links back.

The opening comes back under a new id; its dismissed follow-ups do not come back (they
are small, and a card offered once more is harmless).
"""

from __future__ import annotations

from dataclasses import dataclass

from app.core.errors import NotFoundError
from app.core.jobsearch.model import Opening
from app.core.jobsearch.service import JobSearch


@dataclass(frozen=True)
class DeletedOpening:
    opening: Opening
    person_ids: tuple[str, ...]


def delete_keeping_a_copy(jobs: JobSearch, opening_id: str) -> DeletedOpening:
    """Delete as ``JobSearch.delete_opening`` does, returning what Undo needs."""
    opening = jobs.openings.get(opening_id)
    people = tuple(person.id for person in jobs.people.for_opening(opening_id))
    jobs.delete_opening(opening_id)
    return DeletedOpening(opening, people)


def put_back(jobs: JobSearch, deleted: DeletedOpening) -> Opening:
    """The opening again, with its stages on their days and its links to entries and
    people that still exist. Check-ins are not touched: they kept their activities."""
    old = deleted.opening
    first, *rest = old.history
    # Its words were read for crisis words when they were saved: putting them back is not
    # writing them again.
    restored = jobs.openings.add(
        old.role,
        old.organisation,
        via=old.via,
        note=old.note,
        stage=first.stage,
        day=first.day,
        already_read=True,
    )
    for change in rest:
        restored = jobs.openings.record_stage(restored.id, change.stage, change.day)
    for entry_id in old.entry_ids:
        try:
            restored = jobs.openings.link_entry(restored.id, entry_id)
        except NotFoundError:  # the entry was erased since
            continue
    for person_id in deleted.person_ids:
        try:
            jobs.people.link_opening(person_id, restored.id)
        except NotFoundError:  # the person was removed since
            continue
    return restored
