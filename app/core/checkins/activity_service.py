"""Activity verbs: list them in groups, add, rename, hide, reorder. Never delete: past
check-ins keep the activities they recorded, so hiding is how one goes away."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.core import limits
from app.core.checkins.activity_model import MAX_NAME_LENGTH, Activity, ActivityGroup
from app.core.db.checkin_tables import ActivityGroupRow, ActivityRow
from app.core.db.database import Database
from app.core.errors import NotFoundError, UsageError


class ActivityService:
    def __init__(self, database: Database) -> None:
        self._db = database

    # -- reading ----------------------------------------------------------------------

    def list_grouped(self, include_hidden: bool = False) -> list[ActivityGroup]:
        """Groups in order, each with its activities in order (hidden ones only if asked)."""
        with self._db.reader() as session:
            groups = session.scalars(
                select(ActivityGroupRow).order_by(ActivityGroupRow.position, ActivityGroupRow.pk)
            ).all()
            statement = select(ActivityRow).order_by(ActivityRow.position, ActivityRow.pk)
            if not include_hidden:
                statement = statement.where(ActivityRow.hidden.is_(False))
            members: dict[int, list[Activity]] = {}
            for row in session.scalars(statement):
                members.setdefault(row.group_pk, []).append(to_activity(row))
            return [
                ActivityGroup(
                    group.id, group.name, group.position, tuple(members.get(group.pk, ()))
                )
                for group in groups
            ]

    def all(self, include_hidden: bool = True) -> list[Activity]:
        return [
            activity for group in self.list_grouped(include_hidden) for activity in group.activities
        ]

    def get(self, activity_id: str) -> Activity:
        with self._db.reader() as session:
            return to_activity(_activity_row(session, activity_id))

    def with_key(self, builtin_key: str) -> Activity | None:
        """The built-in activity with this key (e.g. "rejection"), whatever it is called now."""
        with self._db.reader() as session:
            row = session.scalar(select(ActivityRow).where(ActivityRow.builtin_key == builtin_key))
            return None if row is None else to_activity(row)

    def resolve_names(self, names: Iterable[str]) -> tuple[str, ...]:
        """Ids for activity names, matched without regard to case (for the command line)."""
        wanted = [name.strip() for name in names if name.strip()]
        if not wanted:
            return ()
        with self._db.reader() as session:
            rows = session.execute(select(ActivityRow.name, ActivityRow.id)).all()
        by_name = {name.casefold(): activity_id for name, activity_id in rows}
        missing = [name for name in wanted if name.casefold() not in by_name]
        if missing:
            count = "One activity name" if len(missing) == 1 else f"{len(missing)} activity names"
            raise UsageError(
                f"{count} didn't match any activity (capitals don't matter, spelling does)."
            )
        return tuple(dict.fromkeys(by_name[name.casefold()] for name in wanted))

    # -- activities -------------------------------------------------------------------

    def add(self, name: str, group_id: str) -> Activity:
        clean = _clean_name(name, "An activity")
        with self._db.session() as session:
            group = _group_row(session, group_id)
            _refuse_taken_activity_name(session, clean)
            last = session.scalar(
                select(func.max(ActivityRow.position)).where(ActivityRow.group_pk == group.pk)
            )
            row = ActivityRow(
                id=str(uuid.uuid4()),
                name=clean,
                group_pk=group.pk,
                hidden=False,
                position=(-1 if last is None else last) + 1,
            )
            session.add(row)
            session.flush()
            return to_activity(row)

    def rename(self, activity_id: str, name: str) -> Activity:
        clean = _clean_name(name, "An activity")
        with self._db.session() as session:
            row = _activity_row(session, activity_id)
            if clean.casefold() != row.name.casefold():
                _refuse_taken_activity_name(session, clean)
            row.name = clean
            session.flush()
            return to_activity(row)

    def set_hidden(self, activity_id: str, hidden: bool) -> Activity:
        """Hide an activity from the check-in window; its past check-ins keep it."""
        with self._db.session() as session:
            row = _activity_row(session, activity_id)
            row.hidden = hidden
            session.flush()
            return to_activity(row)

    def move(self, activity_id: str, group_id: str) -> Activity:
        """Move an activity to the end of another group."""
        with self._db.session() as session:
            row = _activity_row(session, activity_id)
            group = _group_row(session, group_id)
            if row.group_pk != group.pk:
                last = session.scalar(
                    select(func.max(ActivityRow.position)).where(ActivityRow.group_pk == group.pk)
                )
                row.group_pk = group.pk
                row.position = (-1 if last is None else last) + 1
            session.flush()
            session.refresh(row)
            return to_activity(row)

    def reorder(self, group_id: str, ordered_ids: Sequence[str]) -> None:
        """Put a group's activities in this order; the list must name each of them once."""
        with self._db.session() as session:
            group = _group_row(session, group_id)
            rows = session.scalars(
                select(ActivityRow).where(ActivityRow.group_pk == group.pk)
            ).all()
            _apply_order(rows, ordered_ids, "activities of that group")

    # -- groups -----------------------------------------------------------------------

    def add_group(self, name: str) -> ActivityGroup:
        clean = _clean_name(name, "A group")
        with self._db.session() as session:
            _refuse_taken_group_name(session, clean)
            last = session.scalar(select(func.max(ActivityGroupRow.position)))
            row = ActivityGroupRow(
                id=str(uuid.uuid4()), name=clean, position=(-1 if last is None else last) + 1
            )
            session.add(row)
            session.flush()
            return ActivityGroup(row.id, row.name, row.position)

    def rename_group(self, group_id: str, name: str) -> ActivityGroup:
        clean = _clean_name(name, "A group")
        with self._db.session() as session:
            row = _group_row(session, group_id)
            if clean.casefold() != row.name.casefold():
                _refuse_taken_group_name(session, clean)
            row.name = clean
            session.flush()
            return ActivityGroup(row.id, row.name, row.position)

    def reorder_groups(self, ordered_ids: Sequence[str]) -> None:
        with self._db.session() as session:
            rows = session.scalars(select(ActivityGroupRow)).all()
            _apply_order(rows, ordered_ids, "groups")


def to_activity(row: ActivityRow) -> Activity:
    return Activity(
        id=row.id,
        name=row.name,
        group_id=row.group.id,
        hidden=bool(row.hidden),
        position=row.position,
        builtin_key=row.builtin_key,
    )


def _apply_order(
    rows: Sequence[ActivityRow] | Sequence[ActivityGroupRow],
    ordered_ids: Sequence[str],
    what: str,
) -> None:
    by_id = {row.id: row for row in rows}
    if sorted(ordered_ids) != sorted(by_id):
        raise UsageError(f"A new order must list all the {what}, each once.")
    for position, item_id in enumerate(ordered_ids):
        by_id[item_id].position = position


def _clean_name(name: str, what: str) -> str:
    clean = " ".join(name.split())
    if not clean:
        raise UsageError(f"{what} needs a name.")
    if len(clean) > MAX_NAME_LENGTH:
        raise UsageError(f"{what}'s name can be at most {MAX_NAME_LENGTH} characters long.")
    if limits.text_problem(clean, MAX_NAME_LENGTH) is not None:
        raise UsageError(f"{what}'s name holds a character Tend can't keep; remove it.")
    return clean


def _refuse_taken_activity_name(session: Session, name: str) -> None:
    names = session.scalars(select(ActivityRow.name)).all()
    if name.casefold() in {taken.casefold() for taken in names}:
        raise UsageError(
            "There is already an activity with that name (perhaps hidden). "
            "Choose another name, or show the hidden one again."
        )


def _refuse_taken_group_name(session: Session, name: str) -> None:
    names = session.scalars(select(ActivityGroupRow.name)).all()
    if name.casefold() in {taken.casefold() for taken in names}:
        raise UsageError("There is already a group with that name.")


def _activity_row(session: Session, activity_id: str) -> ActivityRow:
    row = session.scalar(select(ActivityRow).where(ActivityRow.id == activity_id))
    if row is None:
        raise NotFoundError("That activity is not in this journal.")
    return row


def _group_row(session: Session, group_id: str) -> ActivityGroupRow:
    row = session.scalar(select(ActivityGroupRow).where(ActivityGroupRow.id == group_id))
    if row is None:
        raise NotFoundError("That activity group is not in this journal.")
    return row
