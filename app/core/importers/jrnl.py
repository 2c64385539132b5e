"""jrnl's JSON export (`jrnl --export json`).

    {"tags": {"@work": 2, …},
     "entries": [{"title": …, "body": …, "date": "2024-05-14", "time": "09:30",
                  "tags": ["@work"], "starred": false, …}, …]}

Dates and times are the writer's wall clock without a zone, so they are placed in this
computer's time zone. jrnl's "@" before tag names is dropped. Fields jrnl adds for some
journals (location, weather, uuid) are ignored.
"""

from __future__ import annotations

from datetime import date, datetime, time, tzinfo
from pathlib import Path
from typing import Any

from app.core import limits
from app.core.importers import json_fields as f
from app.core.importers.limits import read_file
from app.core.importers.model import ImportBatch, StableIds, as_local
from app.core.journal.model import Entry

SOURCE = "jrnl"
MAX_ENTRIES = 1_000_000


def read_jrnl(path: Path, zone: tzinfo | None = None) -> ImportBatch:
    return parse_jrnl(read_file(path), path.name, zone)


def parse_jrnl(data: bytes, name: str = "the file", zone: tzinfo | None = None) -> ImportBatch:
    root = f.obj(f.load(data, SOURCE, name), SOURCE, "(top level)")
    if "entries" not in root:
        raise f.fail(SOURCE, "(top level)", 'there is no "entries" list')
    if "tags" in root:
        f.obj(root["tags"], SOURCE, "tags")
    items = f.lst(root["entries"], SOURCE, "entries")
    if len(items) > MAX_ENTRIES:
        raise f.fail(SOURCE, "entries", f"more than {MAX_ENTRIES:,} entries")
    ids = StableIds(SOURCE)
    entries = [_entry(item, f"entries[{index}]", ids, zone) for index, item in enumerate(items)]
    return ImportBatch(SOURCE, tuple(entries))


def _entry(item: Any, path: str, ids: StableIds, zone: tzinfo | None) -> Entry:
    obj = f.obj(item, SOURCE, path)
    for required in ("title", "body", "date", "time"):
        if required not in obj:
            raise f.fail(SOURCE, f"{path}.{required}", "this field is missing")
    title = f.text(obj["title"], SOURCE, f"{path}.title", limits.MAX_TITLE_LENGTH)
    body = f.text(obj["body"], SOURCE, f"{path}.body")
    day_text = f.text(obj["date"], SOURCE, f"{path}.date", 40)
    time_text = f.text(obj["time"], SOURCE, f"{path}.time", 40)
    try:
        day = date.fromisoformat(day_text)
    except ValueError as error:
        raise f.fail(SOURCE, f"{path}.date", "expected a date like 2024-05-14") from error
    try:
        clock = time.fromisoformat(time_text)
    except ValueError as error:
        raise f.fail(SOURCE, f"{path}.time", "expected a time like 09:30") from error
    if clock.tzinfo is not None:
        raise f.fail(SOURCE, f"{path}.time", "expected a time without a zone, like 09:30")
    if not limits.year_in_range(day):
        raise f.fail(SOURCE, f"{path}.date", f"Tend keeps dates {limits.year_range_text()}")
    moment = as_local(datetime.combine(day, clock), zone)
    tag_names = f.tags(obj.get("tags", []), SOURCE, f"{path}.tags")
    starred = f.flag(obj.get("starred", False), SOURCE, f"{path}.starred")
    entry_id = ids.next(day.isoformat(), clock.strftime("%H:%M"), title)
    return Entry(entry_id, title.strip(), body, tag_names, moment, moment, starred)
