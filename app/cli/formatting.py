"""Plain-text and JSON shapes of journal values for the command line."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from app.cli.safe_text import visible, visible_keeping_lines
from app.core.journal import Entry, EntrySummary, SearchHit
from app.core.journal.model import HIGHLIGHT_END, HIGHLIGHT_START


def when(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M")


def summary_json(summary: EntrySummary) -> dict[str, Any]:
    return {
        "id": summary.id,
        "title": summary.title,
        "preview": summary.preview,
        "tags": list(summary.tags),
        "created_at": summary.created_at.isoformat(),
        "updated_at": summary.updated_at.isoformat(),
        "starred": summary.starred,
    }


def summary_line(summary: EntrySummary) -> str:
    tags = f"  #{' #'.join(summary.tags)}" if summary.tags else ""
    return visible(f"{when(summary.created_at)}  {summary.id}  {summary.display_title}{tags}")


def entry_json(entry: Entry) -> dict[str, Any]:
    return {
        "id": entry.id,
        "title": entry.title,
        "body": entry.body,
        "tags": list(entry.tags),
        "created_at": entry.created_at.isoformat(),
        "updated_at": entry.updated_at.isoformat(),
        "starred": entry.starred,
    }


def entry_text(entry: Entry) -> str:
    lines = [f"# {visible(entry.display_title)}", f"{when(entry.created_at)}  ·  {entry.id}"]
    if entry.tags:
        lines.append("Tags: " + visible(", ".join(entry.tags)))
    lines += ["", visible_keeping_lines(entry.body)]
    return "\n".join(lines)


def plain_snippet(snippet: str) -> str:
    """Matched words shown as **word**, the Markdown way."""
    return snippet.replace(HIGHLIGHT_START, "**").replace(HIGHLIGHT_END, "**")


def hit_json(hit: SearchHit) -> dict[str, Any]:
    return {
        "id": hit.id,
        "title": hit.title,
        "snippet": plain_snippet(hit.snippet),
        "created_at": hit.created_at.isoformat(),
        "rank": hit.rank,
        "tags": list(hit.tags),
    }


def hit_text(hit: SearchHit) -> str:
    snippet = visible(" ".join(plain_snippet(hit.snippet).split()))
    return f"{when(hit.created_at)}  {hit.id}  {visible(hit.display_title)}\n    {snippet}"
