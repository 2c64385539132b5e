"""Markdown export: one file per entry, YAML front matter (id, title, created, updated, tags).

Strings in the front matter are written as JSON strings, which YAML reads as they are, so
any title survives. Files are created new (never over an existing file), readable by the
owner only: they are NOT encrypted.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

from app.core.atomic_file import storage_error_from
from app.core.errors import UsageError
from app.core.export.source import live_entries
from app.core.journal import Entry, Journal
from app.core.progress import ProgressCallback, report

MAX_SLUG = 60


def export_markdown(
    journal: Journal, folder: Path, progress: ProgressCallback | None = None
) -> int:
    """Write every entry (not the trash) into ``folder``; returns how many were written."""
    if folder.exists() and any(folder.iterdir()):
        raise UsageError(
            f"{folder} isn't empty. Choose a new or empty folder, so no file is overwritten."
        )
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as error:
        raise storage_error_from(error, folder / "x") from error
    total = journal.count()
    written = 0
    for entry in live_entries(journal):
        _write_new(folder / file_name(entry), markdown_text(entry))
        written += 1
        if written % 100 == 0:
            report(progress, written, total)
    report(progress, written, total)
    return written


def file_name(entry: Entry) -> str:
    slug = re.sub(r"[^\w]+", "-", entry.display_title.lower(), flags=re.UNICODE).strip("-_")
    slug = slug[:MAX_SLUG].strip("-_") or "entry"
    return f"{entry.created_at.strftime('%Y-%m-%d')}-{slug}-{entry.id[:8]}.md"


def markdown_text(entry: Entry) -> str:
    tags = ", ".join(json.dumps(tag, ensure_ascii=False) for tag in entry.tags)
    lines = [
        "---",
        f"id: {entry.id}",
        f"title: {json.dumps(entry.title, ensure_ascii=False)}",
        f"created: {entry.created_at.isoformat()}",
        f"updated: {entry.updated_at.isoformat()}",
        f"tags: [{tags}]",
        f"starred: {'true' if entry.starred else 'false'}",
        "---",
        "",
    ]
    body = entry.body if entry.body.endswith("\n") else entry.body + "\n"
    return "\n".join(lines) + body


def _write_new(path: Path, text: str) -> None:
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
    except OSError as error:
        raise storage_error_from(error, path) from error
