"""The "contacts" section: the trusted people the person chose to list among their support.

Contacts carry no edit time, so when a contact differs on the two sides nothing says
which is newer: a merge keeps the journal's version (what the person sees now) and adds
the contacts the journal lacks, in their own place in the list.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session

from app.core.backup import validate as v
from app.core.backup.sections.base import MergeContext, SectionChanges
from app.core.backup.sections.by_id import merge_keeping_journal, table_digest
from app.core.clock import from_utc_text, to_utc_text
from app.core.contacts.model import TrustedContact
from app.core.contacts.service import MAX_NAME, MAX_TEXT
from app.core.db.watcher_tables import TrustedContactRow

MAX_CONTACTS = 10_000
MAX_POSITION = 1_000_000_000
CONTACTS = cast(Table, TrustedContactRow.__table__)
REQUIRED = ("id", "name", "created_at")
OPTIONAL = ("reach", "note", "position")
COLUMNS = ("id", "name", "reach", "note", "position", "created_at")


@dataclass(frozen=True)
class ContactRecord:
    """A contact as the backup holds it: with its place in the list and when it was added."""

    contact: TrustedContact
    position: int
    created_at: datetime


class ContactsSection:
    name = "contacts"
    version = 1
    label = "trusted contacts"

    # -- writing the document ------------------------------------------------------

    def count(self, session: Session) -> int:
        return int(session.scalar(select(func.count()).select_from(TrustedContactRow)) or 0)

    def dump(self, session: Session) -> Iterator[dict[str, Any]]:
        statement = select(CONTACTS).order_by(TrustedContactRow.position, TrustedContactRow.pk)
        for row in session.execute(statement):
            values = row._mapping
            yield {
                "id": values["id"],
                "name": values["name"],
                "reach": values["reach"],
                "note": values["note"],
                "position": values["position"],
                # The vault keeps this time in UTC only, so it is written with offset +00:00.
                "created_at": from_utc_text(values["created_at"]).isoformat(
                    timespec="microseconds"
                ),
            }

    def fingerprint(self, session: Session) -> bytes:
        return table_digest(session, CONTACTS)

    # -- reading the document ------------------------------------------------------

    def parse(self, items: list[Any], path: str) -> Sequence[ContactRecord]:
        v.expect_list(items, path, MAX_CONTACTS)
        seen: set[str] = set()
        records = []
        for index, item in enumerate(items):
            record = item_to_record(item, f"{path}[{index}]", index)
            if record.contact.id in seen:
                raise v.fail(f"{path}[{index}].id", "this id appears twice in the backup")
            seen.add(record.contact.id)
            records.append(record)
        return records

    def check_links(self, records: Mapping[str, Sequence[Any]], path: str) -> None:
        """Contacts link to nothing else."""

    # -- merging -------------------------------------------------------------------

    def merge(
        self, session: Session, records: Sequence[ContactRecord], context: MergeContext
    ) -> SectionChanges:
        return merge_keeping_journal(
            session,
            CONTACTS,
            [_row_values(record) for record in records],
            context,
            _comparable,
            section=self.name,
            label=self.label,
        )


def _row_values(record: ContactRecord) -> dict[str, Any]:
    contact = record.contact
    return {
        "id": contact.id,
        "name": contact.name,
        "reach": contact.reach,
        "note": contact.note,
        "position": record.position,
        "created_at": to_utc_text(record.created_at),
    }


def _comparable(values: Mapping[str, Any]) -> object:
    return tuple(values[column] for column in COLUMNS)


def item_to_record(item: Any, path: str, index: int) -> ContactRecord:
    """One contact, checked field by field; raises BackupSchemaError."""
    obj = v.expect_object(item, path, REQUIRED, OPTIONAL)
    contact = TrustedContact(
        id=v.expect_uuid(obj["id"], f"{path}.id"),
        name=v.expect_str(obj["name"], f"{path}.name", MAX_NAME, allow_empty=False),
        reach=v.expect_str(obj.get("reach", ""), f"{path}.reach", MAX_TEXT),
        note=v.expect_str(obj.get("note", ""), f"{path}.note", MAX_TEXT),
    )
    return ContactRecord(
        contact=contact,
        position=v.expect_int(obj.get("position", index), f"{path}.position", 0, MAX_POSITION),
        created_at=v.expect_timestamp(obj["created_at"], f"{path}.created_at"),
    )
