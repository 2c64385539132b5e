"""The "checkins" section: every mood check-in, with its activities (by stable id), the
time in the person's own UTC offset, and the journal entry written with it.

Links are checked before anything is written: each activity id must be in the backup's
activities section and each entry id in its entries section. Both of those sections
restore first, so every link resolves. Merging follows stable ids. A check-in the journal
lacks is added. One that differs on the two sides keeps the newer version (by
``updated_at``; on a tie, the journal's) and nothing else: unlike an entry, a second copy
of a check-in would count twice in that day's mean, so no copy is made.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, delete, func, insert, select, update
from sqlalchemy.orm import Session

from app.core.backup import validate as v
from app.core.backup.sections.base import MergeContext, SectionChanges
from app.core.checkins.activity_model import MAX_NAME_LENGTH
from app.core.checkins.feelings import MAX_FEELING_LENGTH
from app.core.checkins.model import SCALE_MAX, SCALE_MIN, SCALES, CheckIn
from app.core.checkins.rows import checkin_from_values, checkin_values
from app.core.checkins.values import MAX_NOTE_LENGTH, MAX_SLEEP_HOURS
from app.core.clock import from_utc_text, offset_minutes, to_utc_text
from app.core.db.checkin_tables import (
    ActivityRow,
    CheckInFeelingRow,
    CheckInRow,
    checkin_activities,
)
from app.core.progress import report

MAX_CHECKINS = 5_000_000
MAX_ACTIVITIES_PER_CHECKIN = 1_000
# Generous: a later Tend may allow more words than this one's check-in window does.
MAX_FEELINGS_PER_CHECKIN = 100
FEELINGS = cast(Table, CheckInFeelingRow.__table__)
BATCH = 500
PROGRESS_EVERY = 250
CHECKINS = cast(Table, CheckInRow.__table__)
REQUIRED = ("id", "at")
OPTIONAL = (
    *SCALES,
    "sleep_hours",
    "activity_ids",
    "activities",
    "note",
    "entry_id",
    "updated_at",
    "feelings",
)


@dataclass(frozen=True)
class CheckInRecord:
    """A check-in as the backup holds it: its activity ids are the backup's own."""

    checkin: CheckIn
    updated_at: datetime


@dataclass(frozen=True)
class _Existing:
    pk: int
    updated_at: str
    digest: str


class CheckInsSection:
    name = "checkins"
    version = 1
    label = "check-ins"

    # -- writing the document ------------------------------------------------------

    def count(self, session: Session) -> int:
        return int(session.scalar(select(func.count()).select_from(CheckInRow)) or 0)

    def dump(self, session: Session) -> Iterator[dict[str, Any]]:
        links = _links(session)
        feelings = _feelings(session)
        names = {
            key: value for key, value in session.execute(select(ActivityRow.id, ActivityRow.name))
        }
        statement = select(CHECKINS).order_by(CheckInRow.at, CheckInRow.pk)
        for row in session.execute(statement).yield_per(BATCH):
            values = row._mapping
            activity_ids = links.get(values["pk"], [])
            offset = values["offset_min"]
            yield {
                "id": values["id"],
                "at": _stamp(from_utc_text(values["at"], offset)),
                **{scale: values[scale] for scale in SCALES},
                "sleep_hours": values["sleep_hours"],
                "activity_ids": activity_ids,
                "activities": [names[activity_id] for activity_id in activity_ids],
                "note": values["note"],
                "entry_id": values["entry_id"],
                "updated_at": _stamp(from_utc_text(values["updated_at"], offset)),
                "feelings": feelings.get(values["pk"], []),
            }

    def fingerprint(self, session: Session) -> bytes:
        rows = session.execute(
            select(func.count(), func.max(CheckInRow.updated_at), func.total(CheckInRow.pk))
        ).one()
        link_rows = session.execute(
            select(func.count(), func.total(checkin_activities.c.activity_pk))
        ).one()
        feeling_rows = session.execute(select(func.count(), func.total(CheckInFeelingRow.pk))).one()
        material = (*rows, *link_rows, *feeling_rows)
        return json.dumps([str(value) for value in material]).encode()

    # -- reading the document ------------------------------------------------------

    def parse(self, items: list[Any], path: str) -> Sequence[CheckInRecord]:
        v.expect_list(items, path, MAX_CHECKINS)
        seen: set[str] = set()
        records = []
        for index, item in enumerate(items):
            record = item_to_record(item, f"{path}[{index}]")
            if record.checkin.id in seen:
                raise v.fail(f"{path}[{index}].id", "this id appears twice in the backup")
            seen.add(record.checkin.id)
            records.append(record)
        return records

    def check_links(self, records: Mapping[str, Sequence[Any]], path: str) -> None:
        activity_ids = {activity.id for activity in records.get("activities", ())}
        entry_ids = {entry.id for entry in records.get("entries", ())}
        for index, record in enumerate(records.get(self.name, ())):
            checkin = record.checkin
            for number, activity_id in enumerate(checkin.activity_ids):
                if activity_id not in activity_ids:
                    raise v.fail(
                        f"{path}[{index}].activity_ids[{number}]",
                        "no activity in the backup's activities section has this id",
                    )
            if checkin.entry_id is not None and checkin.entry_id not in entry_ids:
                raise v.fail(
                    f"{path}[{index}].entry_id",
                    "no entry in the backup's entries section has this id",
                )

    # -- merging -------------------------------------------------------------------

    def merge(
        self, session: Session, records: Sequence[CheckInRecord], context: MergeContext
    ) -> SectionChanges:
        resolved = context.resolved_ids.get("activities", {})
        existing = _existing(session)
        writer = _Writer(session) if context.apply else None
        counts = {"added": 0, "unchanged": 0, "replaced": 0, "kept": 0}
        for done, record in enumerate(records, start=1):
            activity_ids = tuple(resolved.get(a, a) for a in record.checkin.activity_ids)
            current = existing.get(record.checkin.id)
            if current is None:
                kind = "added"
            elif digest(record.checkin, activity_ids) == current.digest:
                kind = "unchanged"
            elif to_utc_text(record.updated_at) > current.updated_at:
                kind = "replaced"
            else:
                kind = "kept"
            if writer is not None and kind == "added":
                writer.add(record, activity_ids)
            elif writer is not None and kind == "replaced" and current is not None:
                writer.replace(current.pk, record, activity_ids)
            counts[kind] += 1
            if done % PROGRESS_EVERY == 0 or done == len(records):
                report(context.progress, done, len(records))
        if writer is not None:
            writer.flush()
        return SectionChanges(
            self.name,
            self.label,
            added=counts["added"],
            unchanged=counts["unchanged"],
            replaced=counts["replaced"],
            kept_current=counts["kept"],
        )


def digest(checkin: CheckIn, activity_ids: Sequence[str]) -> str:
    """What the person recorded, with activities as the journal's ids, in any order."""
    material = [
        to_utc_text(checkin.at),
        offset_minutes(checkin.at),
        *(checkin.value(scale) for scale in SCALES),
        checkin.sleep_hours,
        checkin.note,
        checkin.entry_id,
        sorted(activity_ids),
        list(checkin.feelings),
    ]
    return hashlib.sha256(json.dumps(material, ensure_ascii=False).encode()).hexdigest()


class _Writer:
    """Batched inserts with explicit keys, inside the restore's one transaction."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._next_pk = int(session.scalar(select(func.max(CheckInRow.pk))) or 0) + 1
        # Read now: the activities section has already written its rows in this transaction.
        self._activity_pks = {
            key: value for key, value in session.execute(select(ActivityRow.id, ActivityRow.pk))
        }
        self._rows: list[dict[str, Any]] = []
        self._links: list[dict[str, int]] = []
        self._feelings: list[dict[str, Any]] = []

    def add(self, record: CheckInRecord, activity_ids: Sequence[str]) -> None:
        pk = self._next_pk
        self._next_pk += 1
        self._rows.append({"pk": pk, **_row_values(record)})
        self._link(pk, activity_ids)
        self._feel(pk, record.checkin.feelings)
        if len(self._rows) >= BATCH:
            self.flush()

    def replace(self, pk: int, record: CheckInRecord, activity_ids: Sequence[str]) -> None:
        self.flush()
        self._session.execute(
            update(CHECKINS).where(CheckInRow.pk == pk).values(_row_values(record))
        )
        self._session.execute(
            delete(checkin_activities).where(checkin_activities.c.checkin_pk == pk)
        )
        self._session.execute(delete(FEELINGS).where(CheckInFeelingRow.checkin_pk == pk))
        self._link(pk, activity_ids)
        self._feel(pk, record.checkin.feelings)

    def _feel(self, pk: int, feelings: Sequence[str]) -> None:
        for position, word in enumerate(feelings):
            self._feelings.append({"checkin_pk": pk, "word": word, "position": position})

    def _link(self, pk: int, activity_ids: Sequence[str]) -> None:
        for activity_id in dict.fromkeys(activity_ids):
            self._links.append({"checkin_pk": pk, "activity_pk": self._activity_pks[activity_id]})

    def flush(self) -> None:
        if self._rows:
            self._session.execute(insert(CHECKINS), self._rows)
        if self._links:
            self._session.execute(insert(checkin_activities), self._links)
        if self._feelings:
            self._session.execute(insert(FEELINGS), self._feelings)
        self._rows, self._links, self._feelings = [], [], []


def _row_values(record: CheckInRecord) -> dict[str, Any]:
    return checkin_values(record.checkin, to_utc_text(record.updated_at))


def _links(session: Session) -> dict[int, list[str]]:
    """Each check-in's activity ids, in the order the check-in window shows them."""
    statement = (
        select(checkin_activities.c.checkin_pk, ActivityRow.id)
        .join(ActivityRow, ActivityRow.pk == checkin_activities.c.activity_pk)
        .order_by(checkin_activities.c.checkin_pk, ActivityRow.position, ActivityRow.pk)
    )
    found: dict[int, list[str]] = {}
    for checkin_pk, activity_id in session.execute(statement):
        found.setdefault(checkin_pk, []).append(activity_id)
    return found


def _feelings(session: Session) -> dict[int, list[str]]:
    """Each check-in's feeling words, in the order chosen."""
    statement = select(CheckInFeelingRow.checkin_pk, CheckInFeelingRow.word).order_by(
        CheckInFeelingRow.checkin_pk, CheckInFeelingRow.position
    )
    found: dict[int, list[str]] = {}
    for pk, word in session.execute(statement):
        found.setdefault(pk, []).append(word)
    return found


def _existing(session: Session) -> dict[str, _Existing]:
    links = _links(session)
    feelings = _feelings(session)
    found: dict[str, _Existing] = {}
    for row in session.execute(select(CHECKINS)).yield_per(BATCH):
        values = row._mapping
        checkin = checkin_from_values(
            values, links.get(values["pk"], []), feelings=feelings.get(values["pk"], [])
        )
        found[checkin.id] = _Existing(
            values["pk"], values["updated_at"], digest(checkin, checkin.activity_ids)
        )
    return found


def _stamp(moment: datetime) -> str:
    return moment.isoformat(timespec="microseconds")


def item_to_record(item: Any, path: str) -> CheckInRecord:
    obj = v.expect_object(item, path, REQUIRED, OPTIONAL)
    at = v.expect_timestamp(obj["at"], f"{path}.at")
    updated = (
        v.expect_timestamp(obj["updated_at"], f"{path}.updated_at") if "updated_at" in obj else at
    )
    scales = {scale: _scale(obj.get(scale), f"{path}.{scale}") for scale in SCALES}
    ids_value = v.expect_list(
        obj.get("activity_ids", []), f"{path}.activity_ids", MAX_ACTIVITIES_PER_CHECKIN
    )
    activity_ids = tuple(
        v.expect_uuid(value, f"{path}.activity_ids[{index}]")
        for index, value in enumerate(ids_value)
    )
    if len(set(activity_ids)) != len(activity_ids):
        raise v.fail(f"{path}.activity_ids", "an activity is listed twice")
    names_value = v.expect_list(
        obj.get("activities", []), f"{path}.activities", MAX_ACTIVITIES_PER_CHECKIN
    )
    names = tuple(
        v.expect_str(value, f"{path}.activities[{index}]", MAX_NAME_LENGTH)
        for index, value in enumerate(names_value)
    )
    entry_value = obj.get("entry_id")
    checkin = CheckIn(
        id=v.expect_uuid(obj["id"], f"{path}.id"),
        at=at,
        mood=scales["mood"],
        energy=scales["energy"],
        interest=scales["interest"],
        focus=scales["focus"],
        sleep_hours=_sleep(obj.get("sleep_hours"), f"{path}.sleep_hours"),
        activities=names,
        note=v.expect_str(obj.get("note", ""), f"{path}.note", MAX_NOTE_LENGTH),
        entry_id=None if entry_value is None else v.expect_uuid(entry_value, f"{path}.entry_id"),
        activity_ids=activity_ids,
        feelings=_feeling_words(obj.get("feelings", []), f"{path}.feelings"),
    )
    return CheckInRecord(checkin, updated)


def _feeling_words(value: Any, path: str) -> tuple[str, ...]:
    """Words kept as the backup has them (a later list may have words this one lacks)."""
    items = v.expect_list(value, path, MAX_FEELINGS_PER_CHECKIN)
    words = tuple(
        v.expect_str(item, f"{path}[{index}]", MAX_FEELING_LENGTH).strip().lower()
        for index, item in enumerate(items)
    )
    for index, word in enumerate(words):
        if not word:
            raise v.fail(f"{path}[{index}]", "expected a word, not an empty text")
    if len(set(words)) != len(words):
        raise v.fail(path, "a word is listed twice")
    return words


def _scale(value: Any, path: str) -> int | None:
    return None if value is None else v.expect_int(value, path, SCALE_MIN, SCALE_MAX)


def _sleep(value: Any, path: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise v.fail(path, "expected a number of hours or null")
    if not math.isfinite(value) or not 0 <= value <= MAX_SLEEP_HOURS:
        raise v.fail(path, f"expected a number of hours from 0 to {MAX_SLEEP_HOURS}")
    return float(value)
