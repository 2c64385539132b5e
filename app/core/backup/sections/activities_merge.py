"""Merging the "activities" section into a journal (see activities.py for the rules).

Matching is one to one: each row of the journal answers to at most one backup item. Names
and default keys are unique in the journal, so rows whose names may swap are first parked
under a temporary name, then given their final one.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar, cast

from sqlalchemy import Table, func, insert, select, update
from sqlalchemy.orm import Session

from app.core.backup.sections.base import MergeContext, SectionChanges
from app.core.checkins.activity_model import MAX_NAME_LENGTH, Activity, ActivityGroup
from app.core.db.checkin_tables import ActivityGroupRow, ActivityRow

GROUPS = cast(Table, ActivityGroupRow.__table__)
ACTIVITIES = cast(Table, ActivityRow.__table__)
COPY_SUFFIX = "(from backup)"


def merge_activities(
    session: Session, groups: Sequence[ActivityGroup], context: MergeContext
) -> SectionChanges:
    """Merge the groups and their activities; resolve backup ids for the check-ins."""
    adopt = context.into_new_vault
    activities = [activity for group in groups for activity in group.activities]
    group_merge = _GroupMerge(session, groups, adopt)
    group_pks = group_merge.apply() if context.apply else {}
    activity_merge = _ActivityMerge(session, activities, group_merge.local_pk, adopt)
    if context.apply:
        activity_merge.apply(group_pks)
    context.resolved_ids["activities"] = activity_merge.resolved
    return SectionChanges(
        "activities",
        "activities",
        added=activity_merge.added,
        unchanged=activity_merge.unchanged,
        kept_current=activity_merge.kept,
        replaced=activity_merge.replaced,
    )


@dataclass
class _Local:
    """A group or activity row of the journal, as the merge sees it."""

    pk: int
    id: str
    name: str
    position: int
    group_pk: int = 0
    hidden: bool = False
    builtin_key: str | None = None


Item = TypeVar("Item", ActivityGroup, Activity)


def _match(
    items: Sequence[Item],
    local: Sequence[_Local],
    keys: Sequence[tuple[Callable[[Item], Hashable], Callable[[_Local], Hashable]]],
    compatible: Callable[[Item, _Local], bool] = lambda item, row: True,
) -> dict[str, _Local]:
    """Backup id -> the journal's row, one to one, trying each kind of key in turn."""
    matched: dict[str, _Local] = {}
    claimed: set[int] = set()
    for item_key, row_key in keys:
        index: dict[Hashable, _Local] = {}
        for row in local:
            found = row_key(row)
            if found is not None and row.pk not in claimed:
                index.setdefault(found, row)
        for item in items:
            if item.id in matched:
                continue
            wanted = item_key(item)
            candidate = index.get(wanted) if wanted is not None else None
            if (
                candidate is not None
                and candidate.pk not in claimed
                and compatible(item, candidate)
            ):
                matched[item.id] = candidate
                claimed.add(candidate.pk)
    return matched


def _unique_name(name: str, taken: set[str]) -> str:
    """The name, or the name marked as from the backup, not yet taken (capitals don't count)."""
    candidate, number = name, 1
    while candidate.casefold() in taken:
        suffix = COPY_SUFFIX if number == 1 else f"{COPY_SUFFIX[:-1]} {number})"
        candidate = f"{name[: MAX_NAME_LENGTH - len(suffix) - 1]} {suffix}"
        number += 1
    taken.add(candidate.casefold())
    return candidate


class _GroupMerge:
    def __init__(self, session: Session, groups: Sequence[ActivityGroup], adopt: bool) -> None:
        self._session = session
        self._groups = groups
        self._adopt = adopt
        self._local = [
            _Local(row.pk, row.id, row.name, row.position)
            for row in session.execute(select(GROUPS).order_by(GROUPS.c.pk))
        ]
        self.matched = _match(
            groups,
            self._local,
            [
                (lambda group: group.id, lambda row: row.id),
                (lambda group: group.name.casefold(), lambda row: row.name.casefold()),
            ],
        )
        # Backup group id -> the journal's row it matched (None: the group is new).
        self.local_pk = {
            group.id: (self.matched[group.id].pk if group.id in self.matched else None)
            for group in groups
        }

    def apply(self) -> dict[str, int]:
        """Write the groups; returns backup group id -> the journal's group pk."""
        claimed = {row.pk for row in self.matched.values()}
        taken = {
            row.name.casefold() for row in self._local if not (self._adopt and row.pk in claimed)
        }
        pks: dict[str, int] = {}
        adopted: list[tuple[int, dict[str, Any]]] = []
        for group in self._groups:
            row = self.matched.get(group.id)
            if row is None:
                continue
            pks[group.id] = row.pk
            if self._adopt:
                name = _unique_name(group.name, taken)
                adopted.append((row.pk, {"id": group.id, "name": name, "position": group.position}))
        _update_in_two_steps(self._session, GROUPS, adopted)
        next_pk = int(self._session.scalar(select(func.max(ActivityGroupRow.pk))) or 0) + 1
        new_rows = []
        for group in self._groups:
            if group.id in pks:
                continue
            pks[group.id] = next_pk
            new_rows.append(
                {
                    "pk": next_pk,
                    "id": group.id,
                    "name": _unique_name(group.name, taken),
                    "position": group.position,
                }
            )
            next_pk += 1
        if new_rows:
            self._session.execute(insert(GROUPS), new_rows)
        return pks


class _ActivityMerge:
    def __init__(
        self,
        session: Session,
        activities: Sequence[Activity],
        group_local_pk: dict[str, int | None],
        adopt: bool,
    ) -> None:
        self._session = session
        self._activities = activities
        self._adopt = adopt
        self._local = [
            _Local(
                row.pk,
                row.id,
                row.name,
                row.position,
                row.group_pk,
                bool(row.hidden),
                row.builtin_key,
            )
            for row in session.execute(select(ACTIVITIES).order_by(ACTIVITIES.c.pk))
        ]
        self.matched = _match(
            activities,
            self._local,
            [
                (lambda activity: activity.id, lambda row: row.id),
                (lambda activity: activity.builtin_key, lambda row: row.builtin_key),
                (lambda activity: activity.name.casefold(), lambda row: row.name.casefold()),
            ],
            # Two different defaults never match by name (one was renamed as the other).
            compatible=lambda activity, row: (
                activity.builtin_key is None
                or row.builtin_key is None
                or activity.builtin_key == row.builtin_key
            ),
        )
        # Backup activity id -> the journal's id once restored (for the check-ins' links).
        self.resolved: dict[str, str] = {}
        self.added = self.unchanged = self.kept = self.replaced = 0
        for activity in activities:
            row = self.matched.get(activity.id)
            if row is None:
                self.resolved[activity.id] = activity.id
                self.added += 1
                continue
            self.resolved[activity.id] = activity.id if adopt else row.id
            same = (
                activity.name == row.name
                and activity.hidden == row.hidden
                and activity.position == row.position
                and group_local_pk.get(activity.group_id) == row.group_pk
            )
            if same:
                self.unchanged += 1
            elif adopt:
                self.replaced += 1
            else:
                self.kept += 1

    def apply(self, group_pks: dict[str, int]) -> None:
        claimed = {row.pk for row in self.matched.values()}
        kept_rows = [row for row in self._local if not (self._adopt and row.pk in claimed)]
        taken = {row.name.casefold() for row in kept_rows}
        keys = {row.builtin_key for row in kept_rows if row.builtin_key is not None}

        def free_key(wanted: str | None, fallback: str | None = None) -> str | None:
            # A default is in a journal once; a key already used falls back (or goes).
            for key in (wanted, fallback):
                if key is not None and key not in keys:
                    keys.add(key)
                    return key
            return None

        changes = []
        for activity in self._activities:
            row = self.matched.get(activity.id)
            if row is None or not self._adopt:
                continue
            values = self._values(activity, group_pks, taken)
            values["builtin_key"] = free_key(activity.builtin_key, row.builtin_key)
            changes.append((row.pk, values))
        _update_in_two_steps(self._session, ACTIVITIES, changes, with_key=True)
        next_pk = int(self._session.scalar(select(func.max(ActivityRow.pk))) or 0) + 1
        new_rows = []
        for activity in self._activities:
            if activity.id in self.matched:
                continue
            values = self._values(activity, group_pks, taken)
            values["builtin_key"] = free_key(activity.builtin_key)
            new_rows.append({"pk": next_pk, **values})
            next_pk += 1
        if new_rows:
            self._session.execute(insert(ACTIVITIES), new_rows)

    @staticmethod
    def _values(activity: Activity, group_pks: dict[str, int], taken: set[str]) -> dict[str, Any]:
        return {
            "id": activity.id,
            "name": _unique_name(activity.name, taken),
            "group_pk": group_pks[activity.group_id],
            "hidden": activity.hidden,
            "position": activity.position,
        }


def _update_in_two_steps(
    session: Session,
    table: Table,
    changes: Sequence[tuple[int, dict[str, Any]]],
    *,
    with_key: bool = False,
) -> None:
    """Update rows whose unique names (and keys) may swap: free them all first, then set."""
    if not changes:
        return
    for pk, values in changes:
        parked: dict[str, Any] = {"name": f"restoring {values['id']}"}
        if with_key:
            parked["builtin_key"] = None
        session.execute(update(table).where(table.c.pk == pk).values(parked))
    for pk, values in changes:
        session.execute(update(table).where(table.c.pk == pk).values(values))
