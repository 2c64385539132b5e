"""The "openings" section: the job search's openings, each with its stage history and the
journal entries linked to it (docs/backup-format.md).

Merged by id. An opening the journal lacks is added whole. One both sides hold keeps the
journal's role, organisation, way in and note (what the person sees now), and gains the
stage changes and entry links it lacks: the history is a log, so the union loses nothing.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from app.core.backup import validate as v
from app.core.backup.sections.base import MergeContext, SectionChanges
from app.core.backup.sections.by_id import merge_keeping_journal, table_digest
from app.core.backup.sections.links import check_linked_ids
from app.core.clock import from_utc_text, to_utc_text
from app.core.db.jobsearch_tables import (
    STAGE_VALUES,
    VIA_VALUES,
    OpeningEntryRow,
    OpeningRow,
    OpeningStageRow,
)
from app.core.db.tables import EntryRow
from app.core.jobsearch.openings import MAX_NAME, MAX_NOTE

MAX_OPENINGS = 100_000
MAX_STAGES = 1_000
MAX_LINKS = 10_000
OPENINGS = cast(Table, OpeningRow.__table__)
STAGES = cast(Table, OpeningStageRow.__table__)
LINKS = cast(Table, OpeningEntryRow.__table__)
REQUIRED = ("id", "role", "created_at", "updated_at", "stages")
OPTIONAL = ("organisation", "via", "note", "entry_ids")
FIELDS = ("role", "organisation", "via", "note")


@dataclass(frozen=True)
class OpeningRecord:
    row: dict[str, Any]  # the openings row's values, as stored
    stages: tuple[dict[str, Any], ...]  # opening_stages rows' values, as stored
    entry_ids: tuple[str, ...]


class OpeningsSection:
    name = "openings"
    version = 1
    label = "openings"

    def count(self, session: Session) -> int:
        return int(session.scalar(select(func.count()).select_from(OpeningRow)) or 0)

    def dump(self, session: Session) -> Iterator[dict[str, Any]]:
        stages: dict[str, list[dict[str, Any]]] = {}
        for stage in session.execute(select(STAGES).order_by(STAGES.c.recorded_at, STAGES.c.pk)):
            values = stage._mapping
            stages.setdefault(values["opening_id"], []).append(
                {
                    "id": values["id"],
                    "stage": values["stage"],
                    "day": values["day"],
                    "recorded_at": _time(values["recorded_at"], 0),
                }
            )
        links: dict[str, list[str]] = {}
        for link in session.execute(select(LINKS).order_by(LINKS.c.linked_at)):
            links.setdefault(link._mapping["opening_id"], []).append(link._mapping["entry_id"])
        for row in session.execute(select(OPENINGS).order_by(OPENINGS.c.pk)):
            values = row._mapping
            offset = values["created_offset_min"]
            yield {
                "id": values["id"],
                "role": values["role"],
                "organisation": values["organisation"],
                "via": values["via"],
                "note": values["note"],
                "created_at": _time(values["created_at"], offset),
                "updated_at": _time(values["updated_at"], offset),
                "stages": stages.get(values["id"], []),
                "entry_ids": links.get(values["id"], []),
            }

    def fingerprint(self, session: Session) -> bytes:
        return b"".join(table_digest(session, table) for table in (OPENINGS, STAGES)) + (
            _links_digest(session)
        )

    def parse(self, items: list[Any], path: str) -> Sequence[OpeningRecord]:
        v.expect_list(items, path, MAX_OPENINGS)
        seen: set[str] = set()
        stage_ids: set[str] = set()
        records = []
        for index, item in enumerate(items):
            record = _record(item, f"{path}[{index}]")
            if record.row["id"] in seen:
                raise v.fail(f"{path}[{index}].id", "this id appears twice in the backup")
            seen.add(record.row["id"])
            for number, stage in enumerate(record.stages):
                if stage["id"] in stage_ids:
                    raise v.fail(
                        f"{path}[{index}].stages[{number}].id",
                        "this id appears twice in the backup",
                    )
                stage_ids.add(stage["id"])
            records.append(record)
        return records

    def check_links(self, records: Mapping[str, Sequence[Any]], path: str) -> None:
        check_linked_ids(
            (record.entry_ids for record in records.get(self.name, ())),
            {entry.id for entry in records.get("entries", ())},
            path,
            field="entry_ids",
            missing="no entry in the backup's entries section has this id",
        )

    def merge(
        self, session: Session, records: Sequence[OpeningRecord], context: MergeContext
    ) -> SectionChanges:
        stages, links = _children_to_add(session, records, context)
        changes = merge_keeping_journal(
            session,
            OPENINGS,
            [record.row for record in records],
            context,
            lambda values: tuple(values[name] for name in FIELDS),
            section=self.name,
            label=self.label,
            gaining_children={child["opening_id"] for child in (*stages, *links)},
        )
        # Written after the openings, which the helper has written by now.
        if context.apply:
            for table, children in ((STAGES, stages), (LINKS, links)):
                if children:
                    session.execute(insert(table), children)
        return changes


def _children_to_add(
    session: Session, records: Sequence[OpeningRecord], context: MergeContext
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The stage changes and entry links the journal lacks, in the backup's order."""
    known_stages = set(session.scalars(select(OpeningStageRow.id)))
    known_links = {
        tuple(row) for row in session.execute(select(LINKS.c.opening_id, LINKS.c.entry_id))
    }
    entries = set(session.scalars(select(EntryRow.id)))
    stages = [
        stage for record in records for stage in record.stages if stage["id"] not in known_stages
    ]
    # An entry deleted for good since is not linked back (the backup's entries section
    # brings back the ones it holds before this section runs).
    links = [
        {
            "opening_id": record.row["id"],
            "entry_id": entry_id,
            "linked_at": record.row["updated_at"],
        }
        for record in records
        for entry_id in record.entry_ids
        if (record.row["id"], entry_id) not in known_links
        and (entry_id in entries or not context.apply)
    ]
    return stages, links


def _record(item: Any, path: str) -> OpeningRecord:
    obj = v.expect_object(item, path, REQUIRED, OPTIONAL)
    opening_id = v.expect_uuid(obj["id"], f"{path}.id")
    created = v.expect_timestamp(obj["created_at"], f"{path}.created_at")
    offset = created.utcoffset()
    row = {
        "id": opening_id,
        "role": v.expect_str(obj["role"], f"{path}.role", MAX_NAME, allow_empty=False),
        "organisation": v.expect_str(obj.get("organisation", ""), f"{path}.organisation", MAX_NAME),
        "via": v.expect_choice(obj.get("via", "posting"), f"{path}.via", VIA_VALUES),
        "note": v.expect_str(obj.get("note", ""), f"{path}.note", MAX_NOTE),
        "created_at": to_utc_text(created),
        "created_offset_min": 0 if offset is None else int(offset.total_seconds() // 60),
        "updated_at": to_utc_text(v.expect_timestamp(obj["updated_at"], f"{path}.updated_at")),
    }
    stages_path = f"{path}.stages"
    items = v.expect_list(obj["stages"], stages_path, MAX_STAGES)
    if not items:
        raise v.fail(stages_path, "an opening has at least one stage")
    stages = tuple(
        _stage(stage, f"{stages_path}[{index}]", opening_id) for index, stage in enumerate(items)
    )
    links = v.expect_list(obj.get("entry_ids", []), f"{path}.entry_ids", MAX_LINKS)
    entry_ids = tuple(
        v.expect_uuid(entry_id, f"{path}.entry_ids[{index}]")
        for index, entry_id in enumerate(links)
    )
    if len(set(entry_ids)) != len(entry_ids):
        raise v.fail(f"{path}.entry_ids", "an entry is listed twice")
    return OpeningRecord(row, stages, entry_ids)


def _stage(item: Any, path: str, opening_id: str) -> dict[str, Any]:
    obj = v.expect_object(item, path, ("id", "stage", "day", "recorded_at"), ())
    return {
        "id": v.expect_uuid(obj["id"], f"{path}.id"),
        "opening_id": opening_id,
        "stage": v.expect_choice(obj["stage"], f"{path}.stage", STAGE_VALUES),
        "day": v.expect_date(obj["day"], f"{path}.day").isoformat(),
        "recorded_at": to_utc_text(v.expect_timestamp(obj["recorded_at"], f"{path}.recorded_at")),
    }


def _time(text: str, offset: int) -> str:
    return from_utc_text(text, offset).isoformat(timespec="microseconds")


def _links_digest(session: Session) -> bytes:

    digest = hashlib.sha256()
    for row in session.execute(select(LINKS).order_by(LINKS.c.opening_id, LINKS.c.entry_id)):
        digest.update(repr(tuple(row)).encode())
    return digest.digest()
