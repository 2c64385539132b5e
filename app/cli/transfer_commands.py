"""tend import FORMAT FILE, tend export markdown DIR,
tend export csv [--checkins | --openings] FILE."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli.context import CliContext
from app.cli.registry import CommandRegistry
from app.core.errors import ExitCode
from app.core.export import NOT_ENCRYPTED_WARNING
from app.core.plural import plural

if TYPE_CHECKING:
    from app.core.importers import ImportBatch
    from app.core.importers.model import ImportPreview, ImportResult


def register(commands: CommandRegistry) -> None:
    imports = commands.add_parser("import", help="bring in entries from Daylio, jrnl or Day One")
    imports.add_argument("format", choices=("daylio", "jrnl", "dayone"), help="the app it's from")
    imports.add_argument("file", type=Path, help="the exported file (Day One: the .zip)")
    imports.add_argument("--dry-run", action="store_true", help="only show what would come in")
    imports.add_argument(
        "--mood-map",
        default="",
        metavar="LABEL=N,…",
        help="Daylio mood labels and their value from 1 (very low) to 5 (very high)",
    )
    imports.set_defaults(handler=run_import)

    exports = commands.add_group("export", "export_kind", help="write plain, unencrypted copies")
    markdown = exports.add_parser("markdown", help="one Markdown file per entry, into a folder")
    markdown.add_argument("folder", type=Path, help="a new or empty folder")
    markdown.set_defaults(handler=run_export_markdown)
    csv = exports.add_parser("csv", help="entries, check-ins or openings, as one CSV file")
    csv.add_argument("file", type=Path, help="the CSV file to write")
    which = csv.add_mutually_exclusive_group()
    which.add_argument(
        "--checkins",
        action="store_true",
        help="write the check-ins (mood, energy, interest, focus, …) instead of the entries",
    )
    which.add_argument(
        "--openings",
        action="store_true",
        help="write the job search's openings (role, organisation, stages) instead",
    )
    csv.set_defaults(handler=run_export_csv)


def run_import(ctx: CliContext, args: argparse.Namespace) -> int:
    from app.core.importers import preview

    batch = _read(ctx, args)
    shown = preview(batch)
    if args.dry_run:
        ctx.emit(_preview_json(shown), _preview_text(shown))
        return ExitCode.OK
    workspace = ctx.open_workspace()
    try:
        result = workspace.import_batch(batch)
    finally:
        workspace.lock()
    ctx.emit(
        {
            "preview": _preview_json(shown),
            "entries_added": result.entries_added,
            "entries_already_here": result.entries_already_here,
            "checkins_added": result.checkins_added,
            "checkins_already_here": result.checkins_already_here,
        },
        _import_text(result),
    )
    return ExitCode.OK


def _import_text(result: ImportResult) -> str:
    added = [_count(result.entries_added, "new entry", "new entries")]
    if result.checkins_added or result.checkins_already_here:
        added.append(_count(result.checkins_added, "check-in", "check-ins"))
    already = result.entries_already_here + result.checkins_already_here
    tail = f" ({already} were already here)." if already else "."
    return "Imported " + " and ".join(added) + tail


def _count(number: int, one: str, many: str) -> str:
    return f"{number} {one if number == 1 else many}"


def _read(ctx: CliContext, args: argparse.Namespace) -> ImportBatch:
    # The importers are loaded by `tend import` alone, not by the exports beside it.
    from app.core.importers import parse_mood_map, propose, read_daylio, read_dayone, read_jrnl
    from app.core.importers.errors import MoodMappingError

    if args.format == "jrnl":
        return read_jrnl(args.file)
    if args.format == "dayone":
        return read_dayone(args.file)
    daylio = read_daylio(args.file)
    proposal = propose(daylio.mood_labels)
    mapping = {**proposal.mapping, **parse_mood_map(args.mood_map)}
    try:
        batch = daylio.to_batch(mapping)
    except MoodMappingError:
        ctx.say(_mapping_help(proposal.mapping, daylio.mood_labels))
        raise
    ctx.say("Moods: " + ", ".join(f"{label} = {mapping[label]}" for label in daylio.mood_labels))
    return batch


def _mapping_help(known: dict[str, int], labels: tuple[str, ...]) -> str:
    pairs = ",".join(f"{label}={known.get(label, '?')}" for label in labels)
    return f'Give every mood a value with --mood-map, for example:\n  --mood-map "{pairs}"'


def _preview_json(shown: ImportPreview) -> dict[str, object]:
    return {
        "source": shown.source,
        "entries": shown.entries,
        "checkins": shown.checkins,
        "activities": shown.activities,
        "skipped": shown.skipped,
        "first_day": shown.first_day.isoformat() if shown.first_day else None,
        "last_day": shown.last_day.isoformat() if shown.last_day else None,
        "first_titles": list(shown.first_titles),
    }


def _preview_text(shown: ImportPreview) -> str:
    lines = [plural(shown.entries, "entry", "entries"), plural(shown.checkins, "check-in")]
    if shown.activities:
        lines.append(plural(shown.activities, "activity", "activities"))
    if shown.skipped:
        lines.append(f"{shown.skipped} skipped (nothing to import)")
    span = (
        f" from {shown.first_day} to {shown.last_day}" if shown.first_day and shown.last_day else ""
    )
    text = f"Would import {', '.join(lines)}{span}."
    if shown.first_titles:
        text += "\nFirst entries: " + "; ".join(shown.first_titles)
    return text


def run_export_markdown(ctx: CliContext, args: argparse.Namespace) -> int:
    ctx.say(f"Warning: {NOT_ENCRYPTED_WARNING}")
    from app.core.export.markdown import export_markdown

    with ctx.open_journal() as journal:
        count = export_markdown(journal, args.folder)
    ctx.emit(
        {"written": count, "folder": str(args.folder), "encrypted": False},
        f"Wrote {count} Markdown files to {args.folder} (not encrypted).",
    )
    return ExitCode.OK


def run_export_csv(ctx: CliContext, args: argparse.Namespace) -> int:
    ctx.say(f"Warning: {NOT_ENCRYPTED_WARNING}")
    if args.checkins or args.openings:
        from app.core.export.checkins_csv import export_checkins_csv
        from app.core.export.openings_csv import export_openings_csv

        workspace = ctx.open_workspace()
        try:
            if args.checkins:
                count = export_checkins_csv(workspace.checkins, args.file)
            else:
                count = export_openings_csv(workspace.jobs.openings, args.file)
        finally:
            workspace.lock()
    else:
        from app.core.export.entries_csv import export_entries_csv

        with ctx.open_journal() as journal:  # the entries need no other service
            count = export_entries_csv(journal, args.file)
    what = ("check-in", "check-ins") if args.checkins else ("entry", "entries")
    if args.openings:
        what = ("opening", "openings")
    ctx.emit(
        {"written": count, "kind": what[1], "file": str(args.file), "encrypted": False},
        f"Wrote {_count(count, *what)} to {args.file} (not encrypted).",
    )
    return ExitCode.OK
