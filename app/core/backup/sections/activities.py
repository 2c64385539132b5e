"""The "activities" section: the person's activity groups in order, each with its activities.

Items are groups, each holding its activities, so a group with none is kept too. The
default activities get a new id in every journal, so a backup activity matches one in the
journal by id, then by ``builtin_key`` (which default it is, whatever it is called now),
then by name (capitals don't count); groups match by id, then by name. Activities carry no
edit times: in the open journal a match keeps the journal's version (like a setting); in a
journal made moments ago for this backup, the match takes the backup's version and id, so
renamed and hidden defaults come back as they were. Every backup id is resolved to the
journal's id for the check-ins section, which restores after this one.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, cast, overload

from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session

from app.core.backup import validate as v
from app.core.backup.sections.activities_merge import merge_activities
from app.core.backup.sections.base import MergeContext, SectionChanges
from app.core.checkins.activity_model import MAX_NAME_LENGTH, Activity, ActivityGroup
from app.core.db.checkin_tables import ActivityGroupRow, ActivityRow
from app.core.progress import report

MAX_GROUPS = 1_000
MAX_ACTIVITIES = 10_000
MAX_KEY = 40
MAX_POSITION = 1_000_000_000
GROUPS = cast(Table, ActivityGroupRow.__table__)
ACTIVITIES = cast(Table, ActivityRow.__table__)


@dataclass(frozen=True)
class ActivityRecords(Sequence[Activity]):
    """The parsed section: every group (with its activities), and the activities in order."""

    groups: tuple[ActivityGroup, ...] = ()
    activities: tuple[Activity, ...] = field(init=False)

    def __post_init__(self) -> None:
        flat = tuple(activity for group in self.groups for activity in group.activities)
        object.__setattr__(self, "activities", flat)

    def __len__(self) -> int:
        return len(self.activities)

    @overload
    def __getitem__(self, index: int) -> Activity: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[Activity]: ...

    def __getitem__(self, index: int | slice) -> Activity | Sequence[Activity]:
        return self.activities[index]


class ActivitiesSection:
    name = "activities"
    version = 1
    label = "activities"

    # -- writing the document ------------------------------------------------------

    def count(self, session: Session) -> int:
        return int(session.scalar(select(func.count()).select_from(ActivityRow)) or 0)

    def dump(self, session: Session) -> Iterator[dict[str, Any]]:
        members: dict[int, list[dict[str, Any]]] = {}
        for row in session.execute(
            select(ACTIVITIES).order_by(ActivityRow.position, ActivityRow.pk)
        ):
            members.setdefault(row.group_pk, []).append(
                {
                    "id": row.id,
                    "name": row.name,
                    "position": row.position,
                    "hidden": bool(row.hidden),
                    "builtin_key": row.builtin_key,
                }
            )
        for group in session.execute(
            select(GROUPS).order_by(ActivityGroupRow.position, ActivityGroupRow.pk)
        ):
            yield {
                "id": group.id,
                "name": group.name,
                "position": group.position,
                "activities": members.get(group.pk, []),
            }

    def fingerprint(self, session: Session) -> bytes:
        digest = hashlib.sha256()
        for table in (GROUPS, ACTIVITIES):
            for row in session.execute(select(table).order_by(table.c.pk)):
                digest.update(json.dumps([str(value) for value in row]).encode())
        return digest.digest()

    # -- reading the document ------------------------------------------------------

    def parse(self, items: list[Any], path: str) -> ActivityRecords:
        v.expect_list(items, path, MAX_GROUPS)
        unique = _Uniqueness()
        groups = []
        for index, item in enumerate(items):
            where = f"{path}[{index}]"
            obj = v.expect_object(item, where, ("id", "name", "activities"), ("position",))
            group_id = unique.check("group id", v.expect_uuid(obj["id"], f"{where}.id"), where)
            name = _name(obj["name"], f"{where}.name")
            unique.check("group name", name.casefold(), f"{where}.name")
            members = v.expect_list(obj["activities"], f"{where}.activities", MAX_ACTIVITIES)
            activities = tuple(
                _activity(member, f"{where}.activities[{number}]", group_id, number, unique)
                for number, member in enumerate(members)
            )
            position = v.expect_int(
                obj.get("position", index), f"{where}.position", 0, MAX_POSITION
            )
            groups.append(ActivityGroup(group_id, name, position, activities))
        if unique.activities > MAX_ACTIVITIES:
            raise v.fail(path, f"the backup holds more than {MAX_ACTIVITIES:,} activities")
        return ActivityRecords(tuple(groups))

    def check_links(self, records: Mapping[str, Sequence[Any]], path: str) -> None:
        """Activities link only to their groups, which hold them."""

    # -- merging -------------------------------------------------------------------

    def merge(
        self, session: Session, records: Sequence[Activity], context: MergeContext
    ) -> SectionChanges:
        parsed = records if isinstance(records, ActivityRecords) else ActivityRecords()
        changes = merge_activities(session, parsed.groups, context)
        report(context.progress, len(parsed), len(parsed))
        return changes


# -- reading helpers ----------------------------------------------------------------


class _Uniqueness:
    """Ids, names and keys seen so far; each kind must be unique in the section."""

    def __init__(self) -> None:
        self._seen: dict[str, set[str]] = {}
        self.activities = 0

    def check(self, kind: str, value: str, path: str) -> str:
        seen = self._seen.setdefault(kind, set())
        if value in seen:
            raise v.fail(path, f"this {kind} appears twice in the backup")
        seen.add(value)
        return value


def _name(value: Any, path: str) -> str:
    return v.expect_str(value, path, MAX_NAME_LENGTH, allow_empty=False)


def _activity(item: Any, where: str, group_id: str, number: int, unique: _Uniqueness) -> Activity:
    obj = v.expect_object(item, where, ("id", "name"), ("position", "hidden", "builtin_key"))
    unique.activities += 1
    activity_id = unique.check("activity id", v.expect_uuid(obj["id"], f"{where}.id"), where)
    name = _name(obj["name"], f"{where}.name")
    unique.check("activity name (capitals don't count)", name.casefold(), f"{where}.name")
    key_value = obj.get("builtin_key")
    key = None
    if key_value is not None:
        key = v.expect_str(key_value, f"{where}.builtin_key", MAX_KEY, allow_empty=False)
        unique.check("builtin_key", key, f"{where}.builtin_key")
    return Activity(
        id=activity_id,
        name=name,
        group_id=group_id,
        hidden=v.expect_bool(obj.get("hidden", False), f"{where}.hidden"),
        position=v.expect_int(obj.get("position", number), f"{where}.position", 0, MAX_POSITION),
        builtin_key=key,
    )
