"""Day One's JSON export: a zip with Journal.json (or one *.json per journal).

    {"metadata": {"version": "1.0"},
     "entries": [{"uuid": "9F1C…", "creationDate": "2024-05-14T08:30:12Z",
                  "modifiedDate": …, "text": "# Title\\n\\nBody", "tags": […],
                  "starred": false, "timeZone": "Europe/London", …}, …]}

A first line "# Heading" becomes the title. Day One escapes Markdown characters with a
backslash ("\\."); those escapes are undone. Entries without text (a photo alone) are
skipped and counted. Photos and other media are not imported.
"""

from __future__ import annotations

import re
from datetime import datetime, tzinfo
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from app.core import limits
from app.core.importers import json_fields as f
from app.core.importers.errors import NOTHING_IMPORTED, ImportFormatError
from app.core.importers.limits import read_file, read_zip_json_members
from app.core.importers.model import ImportBatch, StableIds
from app.core.journal.model import Entry

SOURCE = "Day One"
MAX_ENTRIES = 1_000_000
UUID_PATTERN = re.compile(r"[0-9A-Fa-f]{32}|[0-9A-Fa-f-]{36}")
MARKDOWN_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!<>|~])")


def read_dayone(path: Path) -> ImportBatch:
    """A Day One export zip, or a single journal .json file."""
    if path.suffix.lower() == ".json":
        members = [(path.name, read_file(path))]
    else:
        members = read_zip_json_members(path)
    if not members:
        raise ImportFormatError(
            f"{path.name} holds no journal (.json file). Export from Day One as JSON and "
            f"choose the zip it makes. {NOTHING_IMPORTED}"
        )
    return parse_dayone(members)


def parse_dayone(members: list[tuple[str, bytes]]) -> ImportBatch:
    ids = StableIds("dayone")
    entries: list[Entry] = []
    skipped = 0
    for name, data in members:
        root = f.obj(f.load(data, SOURCE, name), SOURCE, f"{name}: (top level)")
        if "entries" not in root:
            raise f.fail(SOURCE, f"{name}: (top level)", 'there is no "entries" list')
        if "metadata" in root:
            f.obj(root["metadata"], SOURCE, f"{name}: metadata")
        items = f.lst(root["entries"], SOURCE, f"{name}: entries")
        if len(entries) + len(items) > MAX_ENTRIES:
            raise f.fail(SOURCE, f"{name}: entries", f"more than {MAX_ENTRIES:,} entries")
        for index, item in enumerate(items):
            entry = _entry(item, f"{name}: entries[{index}]", ids)
            if entry is None:
                skipped += 1
            else:
                entries.append(entry)
    return ImportBatch("dayone", tuple(entries), skipped=skipped)


def _entry(item: Any, path: str, ids: StableIds) -> Entry | None:
    obj = f.obj(item, "Day One", path)
    for required in ("uuid", "creationDate"):
        if required not in obj:
            raise f.fail(SOURCE, f"{path}.{required}", "this field is missing")
    source_id = f.text(obj["uuid"], SOURCE, f"{path}.uuid", 64)
    if not UUID_PATTERN.fullmatch(source_id):
        raise f.fail(SOURCE, f"{path}.uuid", "expected Day One's 32-character id")
    zone = _zone(obj.get("timeZone"), f"{path}.timeZone")
    created = _moment(obj["creationDate"], f"{path}.creationDate", zone)
    modified = (
        _moment(obj["modifiedDate"], f"{path}.modifiedDate", zone)
        if "modifiedDate" in obj
        else created
    )
    text = MARKDOWN_ESCAPE.sub(r"\1", f.text(obj.get("text", ""), SOURCE, f"{path}.text"))
    tag_names = f.tags(obj.get("tags", []), SOURCE, f"{path}.tags")
    starred = f.flag(obj.get("starred", False), SOURCE, f"{path}.starred")
    if not text.strip():
        return None
    title, body = _split_title(text)
    entry_id = ids.next(source_id.replace("-", "").upper())
    return Entry(entry_id, title, body, tag_names, created, max(created, modified), starred)


def _moment(value: Any, path: str, zone: tzinfo) -> datetime:
    text = f.text(value, SOURCE, path, 40)
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError as error:
        raise f.fail(SOURCE, path, "expected a time like 2024-05-14T08:30:12Z") from error
    if moment.tzinfo is None:
        raise f.fail(SOURCE, path, "the time has no zone (Day One writes Z)")
    if not limits.year_in_range(moment):
        raise f.fail(SOURCE, path, f"Tend keeps dates {limits.year_range_text()}")
    return moment.astimezone(zone)


def _zone(value: Any, path: str) -> tzinfo:
    if value is None:
        return ZoneInfo("UTC")
    name = f.text(value, SOURCE, path, 100)
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return ZoneInfo("UTC")  # an unknown zone: the moment itself is still exact


def _split_title(text: str) -> tuple[str, str]:
    first, _, rest = text.lstrip("\n").partition("\n")
    if first.startswith("# ") and len(first) <= 1000:
        return first[2:].strip(), rest.lstrip("\n")
    return "", text.strip("\n")
