"""Every check-in, oldest first, read a batch at a time (exports).

One query per batch for the check-ins (keyset paging on ``ix_checkins_at``) and one for
their activities, as plain rows: building ORM objects for ten years of check-ins cost
more than reading them.
"""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.checkins.model import CheckIn
from app.core.clock import from_utc_text
from app.core.db.checkin_tables import (
    ActivityGroupRow,
    ActivityRow,
    CheckInFeelingRow,
    CheckInRow,
    checkin_activities,
)
from app.core.db.database import Database
from app.core.db.keyset import keyset_batches

DEFAULT_BATCH = 500


def checkin_batches(database: Database, batch_size: int = DEFAULT_BATCH) -> Iterator[list[CheckIn]]:
    """Lists of at most ``batch_size`` check-ins, by (at, pk), as ``list_between`` gives."""
    statement = select(
        CheckInRow.pk,
        CheckInRow.id,
        CheckInRow.at,
        CheckInRow.offset_min,
        CheckInRow.mood,
        CheckInRow.energy,
        CheckInRow.interest,
        CheckInRow.focus,
        CheckInRow.sleep_hours,
        CheckInRow.note,
        CheckInRow.entry_id,
    )
    for rows, (activities, feelings) in keyset_batches(
        database,
        statement,
        CheckInRow.at,
        CheckInRow.pk,
        batch_size=batch_size,
        read_extra=_activities_and_feelings,
    ):
        yield [
            CheckIn(
                id=row[1],
                at=from_utc_text(row[2], row[3]),
                mood=row[4],
                energy=row[5],
                interest=row[6],
                focus=row[7],
                sleep_hours=row[8],
                activities=tuple(name for _, name in activities.get(row[0], ())),
                note=row[9],
                entry_id=row[10],
                activity_ids=tuple(key for key, _ in activities.get(row[0], ())),
                feelings=tuple(feelings.get(row[0], ())),
            )
            for row in rows
        ]


def _activities_and_feelings(
    session: Session, pks: list[int]
) -> tuple[dict[int, list[tuple[str, str]]], dict[int, list[str]]]:
    return _activities_of(session, pks), feelings_of(session, pks)


def feelings_of(session: Session, pks: list[int]) -> dict[int, list[str]]:
    """Each check-in's feeling words, in the order chosen."""
    if not pks:
        return {}
    statement = (
        select(CheckInFeelingRow.checkin_pk, CheckInFeelingRow.word)
        .where(CheckInFeelingRow.checkin_pk.in_(pks))
        .order_by(CheckInFeelingRow.checkin_pk, CheckInFeelingRow.position)
    )
    found: dict[int, list[str]] = {}
    for pk, word in session.execute(statement):
        found.setdefault(pk, []).append(word)
    return found


def _activities_of(session: Session, pks: list[int]) -> dict[int, list[tuple[str, str]]]:
    """(id, name) of each check-in's activities, in the order ``to_checkin`` sorts them."""
    if not pks:
        return {}
    statement = (
        select(checkin_activities.c.checkin_pk, ActivityRow.id, ActivityRow.name)
        .join(ActivityRow, ActivityRow.pk == checkin_activities.c.activity_pk)
        .join(ActivityGroupRow, ActivityGroupRow.pk == ActivityRow.group_pk)
        .where(checkin_activities.c.checkin_pk.in_(pks))
        .order_by(
            checkin_activities.c.checkin_pk,
            ActivityGroupRow.position,
            ActivityRow.position,
            ActivityRow.pk,
        )
    )
    found: dict[int, list[tuple[str, str]]] = {}
    for pk, activity_id, name in session.execute(statement):
        found.setdefault(pk, []).append((activity_id, name))
    return found
