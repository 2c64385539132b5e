"""tend add, list, show, search."""

from __future__ import annotations

import argparse
from datetime import date

from app.cli import formatting
from app.cli.context import CliContext
from app.cli.registry import CommandRegistry
from app.core import limits
from app.core.errors import ExitCode, UsageError
from app.core.journal import EntryFilter

MAX_LIMIT = 1_000_000


def register(commands: CommandRegistry) -> None:
    add = commands.add_parser("add", help="add an entry (the body comes from standard input)")
    add.add_argument("--title", default="", help="the entry's title")
    add.add_argument("--tag", action="append", default=[], help="a tag (repeat for more)")
    add.set_defaults(handler=run_add)

    listing = commands.add_parser("list", help="list entries, newest first")
    listing.add_argument("--tag", help="only entries with this tag")
    listing.add_argument("--since", type=_day, help="from this day (YYYY-MM-DD)")
    listing.add_argument("--until", type=_day, help="up to this day (YYYY-MM-DD)")
    listing.add_argument("--limit", type=_limit, default=50, help="at most this many (default 50)")
    listing.add_argument("--trash", action="store_true", help="list the trash instead")
    listing.set_defaults(handler=run_list)

    show = commands.add_parser("show", help="show one entry")
    show.add_argument("id", help="the entry's id, or its first 6 or more characters")
    show.set_defaults(handler=run_show)

    search = commands.add_parser("search", help="full-text search")
    search.add_argument("query", nargs="+", help='words, "a phrase", word* or AND/OR/NOT')
    search.add_argument("--limit", type=_limit, default=20, help="at most this many (default 20)")
    search.set_defaults(handler=run_search)


def run_add(ctx: CliContext, args: argparse.Namespace) -> int:
    # Only adding reads for crisis words, so only it pays for the watcher's import.
    from app.cli.crisis_notice import read_what_was_written, say_if_needed

    workspace = ctx.open_workspace()
    try:
        body = ctx.secrets.rest()
        if not body.strip() and not args.title.strip():
            raise UsageError("Nothing to add: give a --title or pipe the text in.")
        entry = workspace.journal.create(args.title, body.rstrip("\n"), args.tag)
        notice = read_what_was_written(workspace)
    finally:
        workspace.lock()
    ctx.emit(formatting.entry_json(entry), entry.id)
    say_if_needed(ctx, notice)
    return ExitCode.OK


def run_list(ctx: CliContext, args: argparse.Namespace) -> int:
    with ctx.open_journal() as journal:
        summaries, _ = journal.list_page(
            EntryFilter(tag=args.tag, start=args.since, end=args.until, in_trash=args.trash),
            limit=args.limit,
        )
    ctx.emit(
        [formatting.summary_json(summary) for summary in summaries],
        "\n".join(formatting.summary_line(summary) for summary in summaries) or "No entries yet.",
    )
    return ExitCode.OK


def run_show(ctx: CliContext, args: argparse.Namespace) -> int:
    with ctx.open_journal() as journal:
        entry = journal.get(journal.resolve_id(args.id))
    ctx.emit(formatting.entry_json(entry), formatting.entry_text(entry))
    return ExitCode.OK


def run_search(ctx: CliContext, args: argparse.Namespace) -> int:
    with ctx.open_journal() as journal:
        hits = journal.search(" ".join(args.query), limit=args.limit)
    ctx.emit(
        [formatting.hit_json(hit) for hit in hits],
        "\n".join(formatting.hit_text(hit) for hit in hits) or "No entries match.",
    )
    return ExitCode.OK


def _limit(text: str) -> int:
    """A count of results: a whole number SQLite can hold, and no more than anyone reads."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if not 1 <= value <= MAX_LIMIT:
        raise argparse.ArgumentTypeError(
            f"{text[:40]!r} is not a whole number from 1 to {MAX_LIMIT:,}"
        )
    return value


def _day(text: str) -> date:
    try:
        day = date.fromisoformat(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-03-14") from error
    if not limits.year_in_range(day):
        raise argparse.ArgumentTypeError(f"{text!r}: Tend keeps dates {limits.year_range_text()}")
    return day
