"""The "entries" section: every journal entry, in the trash or not, with its tags.

Merging follows stable ids. An entry the journal lacks is added. An entry that differs on
the two sides keeps the newer version (by updated_at) under its id, and the other version
is added as a copy whose id is derived from the original id and that version's content, so
restoring the same backup again finds the copy and adds nothing.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, delete, func, insert, select, update
from sqlalchemy.orm import Session

from app.core import limits
from app.core.backup import validate as v
from app.core.backup.sections.base import MergeContext, SectionChanges
from app.core.clock import offset_minutes, to_utc_text
from app.core.db.tables import EntryRow, TagRow, entry_tags
from app.core.journal.model import Entry, display_title
from app.core.journal.rows import TAGS, TagBook, entry_from_values, entry_values, tags_in_order
from app.core.journal.tags import MAX_TAG_LENGTH, normalise_tags
from app.core.progress import report

MAX_ENTRIES = 2_000_000
MAX_TITLE = limits.MAX_TITLE_LENGTH
MAX_BODY = limits.MAX_BODY_LENGTH
MAX_TAGS_PER_ENTRY = 1_000
BATCH = 500
PROGRESS_EVERY = 250
# Copies made by a restore get ids in their own namespace, derived from what they hold.
COPY_NAMESPACE = uuid.UUID("0b6e3a52-7d1f-4c55-9a3c-6a1f3f1f5e10")
ENTRIES = cast(Table, EntryRow.__table__)
REQUIRED = ("id", "body", "created_at")
OPTIONAL = ("title", "tags", "updated_at", "starred", "deleted_at")


@dataclass(frozen=True)
class _Existing:
    pk: int
    updated_at: str
    digest: str
    deleted_at: str | None


class EntriesSection:
    name = "entries"
    version = 1
    label = "entries"

    # -- writing the document ------------------------------------------------------

    def count(self, session: Session) -> int:
        return int(session.scalar(select(func.count()).select_from(EntryRow)) or 0)

    def dump(self, session: Session) -> Iterator[dict[str, Any]]:
        tags = _all_tags(session)
        for row in session.execute(select(EntryRow.__table__).order_by(EntryRow.pk)).yield_per(
            BATCH
        ):
            entry = entry_from_values(row._mapping, tags.get(row.pk, ()))
            yield entry_to_item(entry)

    def fingerprint(self, session: Session) -> bytes:
        row = session.execute(
            select(
                func.count(),
                func.max(EntryRow.updated_at),
                func.count(EntryRow.deleted_at),
                func.max(EntryRow.deleted_at),
                func.total(EntryRow.pk),
            )
        ).one()
        return json.dumps([str(value) for value in row]).encode()

    # -- reading the document ------------------------------------------------------

    def parse(self, items: list[Any], path: str) -> Sequence[Entry]:
        v.expect_list(items, path, MAX_ENTRIES)
        seen: set[str] = set()
        entries = []
        for index, item in enumerate(items):
            entry = item_to_entry(item, f"{path}[{index}]")
            if entry.id in seen:
                raise v.fail(f"{path}[{index}].id", "this id appears twice in the backup")
            seen.add(entry.id)
            entries.append(entry)
        return entries

    def check_links(self, records: Mapping[str, Sequence[Any]], path: str) -> None:
        """Entries link to nothing else."""

    # -- merging -------------------------------------------------------------------

    def merge(
        self, session: Session, records: Sequence[Entry], context: MergeContext
    ) -> SectionChanges:
        existing = _existing(session)
        writer = _Writer(session) if context.apply else None
        taken = set(existing)
        counts = {"added": 0, "unchanged": 0, "replaced": 0, "copied": 0}
        for done, entry in enumerate(records, start=1):
            current = existing.get(entry.id)
            kind = _merge_one(
                session, entry, current=current, taken=taken, writer=writer, context=context
            )
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
            replaced_keeping_copy=counts["replaced"],
            added_as_copy=counts["copied"],
        )


def _merge_one(
    session: Session,
    entry: Entry,
    *,
    current: _Existing | None,
    taken: set[str],
    writer: _Writer | None,
    context: MergeContext,
) -> str:
    if current is None:
        if entry.id in taken:
            return "unchanged"  # already written in this run (e.g. a copy made earlier)
        taken.add(entry.id)
        if writer is not None:
            writer.add(entry)
        return "added"
    if content_digest(entry) == current.digest:
        return "unchanged"
    backup_is_newer = to_utc_text(entry.updated_at) > current.updated_at
    older = _load(session, current.pk) if backup_is_newer else entry
    suffix = (
        f"(copy kept when restoring the backup of {context.backup_day})"
        if backup_is_newer
        else f"(copy from backup of {context.backup_day})"
    )
    copy = _copy_of(older, suffix)
    copy_is_new = copy.id not in taken
    taken.add(copy.id)
    if not backup_is_newer and not copy_is_new:
        return "unchanged"  # this backup's version was already kept as a copy before
    if writer is not None:
        if copy_is_new:
            writer.add(copy)
        if backup_is_newer:
            writer.replace(current.pk, entry, keep_trash_state=current.deleted_at)
    return "replaced" if backup_is_newer else "copied"


def _copy_of(entry: Entry, suffix: str) -> Entry:
    copy_id = str(uuid.uuid5(COPY_NAMESPACE, f"{entry.id}|{content_digest(entry)}"))
    title = f"{display_title(entry.title, entry.body)} {suffix}"
    return replace(entry, id=copy_id, title=title)


def content_digest(entry: Entry) -> str:
    """What the person wrote; the trash state is left out (the journal's own state wins)."""
    material = [
        entry.title,
        entry.body,
        normalise_tags(entry.tags),
        to_utc_text(entry.created_at),
        offset_minutes(entry.created_at),
        entry.starred,
    ]
    return hashlib.sha256(json.dumps(material, ensure_ascii=False).encode()).hexdigest()


class _Writer:
    """Batched inserts with explicit keys: fast, and inside the caller's one transaction."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._next_pk = int(session.scalar(select(func.max(EntryRow.pk))) or 0) + 1
        self._tags = TagBook(session)
        self._rows: list[dict[str, Any]] = []
        self._links: list[dict[str, int]] = []
        self._drop_unused_tags = False

    def add(self, entry: Entry) -> None:
        pk = self._next_pk
        self._next_pk += 1
        self._rows.append({"pk": pk, **entry_values(entry)})
        self._link(pk, entry.tags)
        if len(self._rows) >= BATCH:
            self.flush()

    def replace(self, pk: int, entry: Entry, keep_trash_state: str | None) -> None:
        self.flush()
        values = entry_values(entry)
        values["deleted_at"] = keep_trash_state
        self._session.execute(update(ENTRIES).where(EntryRow.pk == pk).values(values))
        self._session.execute(delete(entry_tags).where(entry_tags.c.entry_pk == pk))
        self._link(pk, entry.tags)
        self._drop_unused_tags = True

    def _link(self, pk: int, names: Sequence[str]) -> None:
        self._links.extend({"entry_pk": pk, "tag_pk": tag_pk} for tag_pk in self._tags.pks(names))

    def flush(self) -> None:
        if self._rows:
            self._session.execute(insert(ENTRIES), self._rows)
        if self._links:
            self._session.execute(insert(entry_tags), self._links)
        self._rows, self._links = [], []
        if self._drop_unused_tags:
            used = select(entry_tags.c.tag_pk)
            self._session.execute(delete(TAGS).where(TagRow.pk.not_in(used)))
            self._tags.reload()
            self._drop_unused_tags = False


def _all_tags(session: Session) -> dict[int, tuple[str, ...]]:
    statement = select(entry_tags.c.entry_pk, TagRow.name).join(
        TagRow, TagRow.pk == entry_tags.c.tag_pk
    )
    found: dict[int, list[str]] = {}
    for pk, name in session.execute(statement):
        found.setdefault(pk, []).append(name)
    return {pk: tags_in_order(names) for pk, names in found.items()}


def _existing(session: Session) -> dict[str, _Existing]:
    """Every entry in the journal by id (copies have derived ids, so all are needed)."""
    tags = _all_tags(session)
    found: dict[str, _Existing] = {}
    for row in session.execute(select(EntryRow.__table__)).yield_per(BATCH):
        values = row._mapping
        entry = entry_from_values(values, tags.get(values["pk"], ()))
        found[entry.id] = _Existing(
            values["pk"], values["updated_at"], content_digest(entry), values["deleted_at"]
        )
    return found


def _load(session: Session, pk: int) -> Entry:
    values = session.execute(select(EntryRow.__table__).where(EntryRow.pk == pk)).one()._mapping
    names = session.scalars(
        select(TagRow.name)
        .join(entry_tags, entry_tags.c.tag_pk == TagRow.pk)
        .where(entry_tags.c.entry_pk == pk)
    )
    return entry_from_values(values, names)


def entry_to_item(entry: Entry) -> dict[str, Any]:
    return {
        "id": entry.id,
        "title": entry.title,
        "body": entry.body,
        "tags": list(entry.tags),
        "created_at": _stamp(entry.created_at),
        "updated_at": _stamp(entry.updated_at),
        "starred": entry.starred,
        "deleted_at": None if entry.deleted_at is None else _stamp(entry.deleted_at),
    }


def _stamp(moment: datetime) -> str:
    return moment.isoformat(timespec="microseconds")


def item_to_entry(item: Any, path: str) -> Entry:
    obj = v.expect_object(item, path, REQUIRED, OPTIONAL)
    created = v.expect_timestamp(obj["created_at"], f"{path}.created_at")
    updated = (
        v.expect_timestamp(obj["updated_at"], f"{path}.updated_at")
        if "updated_at" in obj
        else created
    )
    tags_value = v.expect_list(obj.get("tags", []), f"{path}.tags", MAX_TAGS_PER_ENTRY)
    tags = [
        v.expect_str(tag, f"{path}.tags[{index}]", MAX_TAG_LENGTH + 10, allow_empty=False)
        for index, tag in enumerate(tags_value)
    ]
    for index, tag in enumerate(tags):
        if len(tag.strip().lstrip("#").strip()) > MAX_TAG_LENGTH or not tag.strip("# \t"):
            raise v.fail(f"{path}.tags[{index}]", f"a tag is 1 to {MAX_TAG_LENGTH} characters")
    return Entry(
        id=v.expect_uuid(obj["id"], f"{path}.id"),
        title=v.expect_str(obj.get("title", ""), f"{path}.title", MAX_TITLE),
        body=v.expect_str(obj["body"], f"{path}.body", MAX_BODY),
        tags=tuple(normalise_tags(tags)),
        created_at=created,
        updated_at=updated,
        starred=v.expect_bool(obj.get("starred", False), f"{path}.starred"),
        deleted_at=v.expect_optional_timestamp(obj.get("deleted_at"), f"{path}.deleted_at"),
    )
