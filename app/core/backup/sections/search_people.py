"""The "search_people" section: the people in the job search, with the openings each is
linked to (docs/backup-format.md).

People carry no edit time, so like trusted contacts a person both sides hold keeps the
journal's version; a person the journal lacks is added; links to openings are joined
(the "openings" section is restored first, so the openings they name are there).
"""

from __future__ import annotations

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
from app.core.db.jobsearch_tables import OpeningRow, PersonOpeningRow, SearchPersonRow
from app.core.jobsearch.people import MAX_HOW_WE_MET, MAX_NAME

MAX_PEOPLE = 100_000
MAX_LINKS = 10_000
PEOPLE = cast(Table, SearchPersonRow.__table__)
LINKS = cast(Table, PersonOpeningRow.__table__)
COLUMNS = ("id", "name", "how_we_met", "last_talked", "created_at")


@dataclass(frozen=True)
class PersonRecord:
    row: dict[str, Any]
    opening_ids: tuple[str, ...]


class SearchPeopleSection:
    name = "search_people"
    version = 1
    label = "people in the search"

    def count(self, session: Session) -> int:
        return int(session.scalar(select(func.count()).select_from(SearchPersonRow)) or 0)

    def dump(self, session: Session) -> Iterator[dict[str, Any]]:
        links: dict[str, list[str]] = {}
        for link in session.execute(select(LINKS).order_by(LINKS.c.person_id, LINKS.c.opening_id)):
            links.setdefault(link._mapping["person_id"], []).append(link._mapping["opening_id"])
        for row in session.execute(select(PEOPLE).order_by(PEOPLE.c.pk)):
            values = row._mapping
            yield {
                "id": values["id"],
                "name": values["name"],
                "how_we_met": values["how_we_met"],
                "last_talked": values["last_talked"],
                # Kept in UTC only, so written with the offset +00:00.
                "created_at": from_utc_text(values["created_at"]).isoformat(
                    timespec="microseconds"
                ),
                "opening_ids": links.get(values["id"], []),
            }

    def fingerprint(self, session: Session) -> bytes:
        return table_digest(session, PEOPLE) + b"".join(
            repr(tuple(row)).encode()
            for row in session.execute(
                select(LINKS).order_by(LINKS.c.person_id, LINKS.c.opening_id)
            )
        )

    def parse(self, items: list[Any], path: str) -> Sequence[PersonRecord]:
        v.expect_list(items, path, MAX_PEOPLE)
        seen: set[str] = set()
        records = []
        for index, item in enumerate(items):
            record = _record(item, f"{path}[{index}]")
            if record.row["id"] in seen:
                raise v.fail(f"{path}[{index}].id", "this id appears twice in the backup")
            seen.add(record.row["id"])
            records.append(record)
        return records

    def check_links(self, records: Mapping[str, Sequence[Any]], path: str) -> None:
        check_linked_ids(
            (record.opening_ids for record in records.get(self.name, ())),
            {record.row["id"] for record in records.get("openings", ())},
            path,
            field="opening_ids",
            missing="no opening in the backup's openings section has this id",
        )

    def merge(
        self, session: Session, records: Sequence[PersonRecord], context: MergeContext
    ) -> SectionChanges:
        changes = merge_keeping_journal(
            session,
            PEOPLE,
            [record.row for record in records],
            context,
            lambda values: tuple(values[column] for column in COLUMNS),
            section=self.name,
            label=self.label,
        )
        if context.apply:
            known = {
                tuple(row) for row in session.execute(select(LINKS.c.person_id, LINKS.c.opening_id))
            }
            openings = set(session.scalars(select(OpeningRow.id)))
            new = [
                {"person_id": record.row["id"], "opening_id": opening_id}
                for record in records
                for opening_id in record.opening_ids
                if (record.row["id"], opening_id) not in known and opening_id in openings
            ]
            if new:
                session.execute(insert(LINKS), new)
        return changes


def _record(item: Any, path: str) -> PersonRecord:
    obj = v.expect_object(
        item, path, ("id", "name", "created_at"), ("how_we_met", "last_talked", "opening_ids")
    )
    talked = obj.get("last_talked")
    row = {
        "id": v.expect_uuid(obj["id"], f"{path}.id"),
        "name": v.expect_str(obj["name"], f"{path}.name", MAX_NAME, allow_empty=False),
        "how_we_met": v.expect_str(obj.get("how_we_met", ""), f"{path}.how_we_met", MAX_HOW_WE_MET),
        "last_talked": None
        if talked is None
        else v.expect_date(talked, f"{path}.last_talked").isoformat(),
        "created_at": to_utc_text(v.expect_timestamp(obj["created_at"], f"{path}.created_at")),
    }
    links = v.expect_list(obj.get("opening_ids", []), f"{path}.opening_ids", MAX_LINKS)
    opening_ids = tuple(
        v.expect_uuid(opening_id, f"{path}.opening_ids[{index}]")
        for index, opening_id in enumerate(links)
    )
    if len(set(opening_ids)) != len(opening_ids):
        raise v.fail(f"{path}.opening_ids", "an opening is listed twice")
    return PersonRecord(row, opening_ids)
