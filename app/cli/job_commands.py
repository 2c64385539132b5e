"""tend job add, list, move, show, link; tend people add, list.

Moving an opening records the stage and fills in that day's check-in, the same way the
window does (JobSearch.move_opening); when the day has no check-in yet, it says so.
"""

from __future__ import annotations

import argparse
from datetime import date

from app.cli import job_formatting as fmt
from app.cli.context import CliContext
from app.cli.registry import CommandRegistry
from app.core import limits
from app.core.errors import ExitCode, UsageError
from app.core.jobsearch import CheckInOutcome, Stage, Via, parse_stage, parse_via

STAGES = ", ".join(stage.value for stage in Stage)


def register(commands: CommandRegistry) -> None:
    job = commands.add_group(
        "job", "job_command", help="openings in the job search: add, list, move, show, link"
    )
    add = job.add_parser("add", help="add an opening (it starts as noticed)")
    add.add_argument("--role", required=True, help="the role, in a few words")
    add.add_argument("--org", required=True, help="the organisation")
    add.add_argument("--via", type=_via, default=Via.POSTING, help="posting, person or outreach")
    add.add_argument("--note", default="", help="a short note")
    add.set_defaults(handler=run_add)

    listing = job.add_parser("list", help="list openings, latest change first")
    listing.add_argument("--open", action="store_true", help="only openings not yet closed")
    listing.set_defaults(handler=run_list)

    move = job.add_parser("move", help="move an opening to a stage (fills in that day's check-in)")
    move.add_argument("id", help="the opening's id, or its first 6 or more characters")
    move.add_argument("stage", type=_stage, help=f"one of: {STAGES}")
    move.add_argument(
        "--date", type=_day, help="the day it happened (YYYY-MM-DD; today if left out)"
    )
    move.set_defaults(handler=run_move)

    show = job.add_parser("show", help="show one opening with its stages and linked entries")
    show.add_argument("id", help="the opening's id, or its first 6 or more characters")
    show.set_defaults(handler=run_show)

    link = job.add_parser("link", help="link a journal entry to an opening")
    link.add_argument("id", help="the opening's id, or its first 6 or more characters")
    link.add_argument("entry_id", help="the entry's id, or its first 6 or more characters")
    link.set_defaults(handler=run_link)

    people = commands.add_group("people", "people_command", help="people in the job search")
    person = people.add_parser("add", help="add someone in your search")
    person.add_argument("name")
    person.add_argument("--met", default="", help="how you met")
    person.add_argument("--talked", type=_day, help="the day you last talked (YYYY-MM-DD)")
    person.set_defaults(handler=run_people_add)
    people.add_parser("list", help="list the people in your search").set_defaults(
        handler=run_people_list
    )


def run_add(ctx: CliContext, args: argparse.Namespace) -> int:
    # Only saving text reads for crisis words, so only it pays for the notice's import.
    from app.cli.crisis_notice import listen_for_crisis, message_if_heard, say_if_needed

    workspace = ctx.open_workspace()
    heard = listen_for_crisis(workspace)
    try:
        opening = workspace.jobs.openings.add(args.role, args.org, via=args.via, note=args.note)
        notice = message_if_heard(workspace, heard)
    finally:
        workspace.lock()
    ctx.emit(fmt.opening_json(opening), fmt.opening_line(opening))
    say_if_needed(ctx, notice)
    return ExitCode.OK


def run_list(ctx: CliContext, args: argparse.Namespace) -> int:
    workspace = ctx.open_workspace()
    try:
        openings = workspace.jobs.openings.all(open_only=args.open)
    finally:
        workspace.lock()
    empty = "No open openings." if args.open else "No openings yet. `tend job add` adds one."
    ctx.emit(
        [fmt.opening_json(opening) for opening in openings],
        "\n".join(fmt.opening_line(opening) for opening in openings) or empty,
    )
    return ExitCode.OK


def run_move(ctx: CliContext, args: argparse.Namespace) -> int:
    workspace = ctx.open_workspace()
    try:
        jobs = workspace.jobs
        move = jobs.move_opening(jobs.openings.resolve_id(args.id), args.stage, args.date)
    finally:
        workspace.lock()
    ctx.emit(
        {
            **fmt.opening_json(move.opening),
            "checkin": move.outcome.value,
            "checkin_id": move.checkin_id,
        },
        fmt.opening_line(move.opening),
    )
    if move.outcome == CheckInOutcome.NO_CHECKIN:
        ctx.say(
            "There's no check-in for that day yet. `tend checkin` records one, "
            "with --activity for what happened."
        )
    elif move.outcome == CheckInOutcome.ADDED:
        ctx.say("Added to that day's check-in.")
    return ExitCode.OK


def run_show(ctx: CliContext, args: argparse.Namespace) -> int:
    workspace = ctx.open_workspace()
    try:
        jobs = workspace.jobs
        opening = jobs.openings.get(jobs.openings.resolve_id(args.id))
        entries = [workspace.journal.get(entry_id) for entry_id in opening.entry_ids]
        people = jobs.people.for_opening(opening.id)
    finally:
        workspace.lock()
    ctx.emit(
        {
            **fmt.opening_json(opening),
            "entries": [{"id": e.id, "title": e.display_title} for e in entries],
            "people": [fmt.person_json(person) for person in people],
        },
        fmt.opening_text(opening, entries, people),
    )
    return ExitCode.OK


def run_link(ctx: CliContext, args: argparse.Namespace) -> int:
    workspace = ctx.open_workspace()
    try:
        jobs = workspace.jobs
        entry_id = workspace.journal.resolve_id(args.entry_id)
        opening = jobs.openings.link_entry(jobs.openings.resolve_id(args.id), entry_id)
    finally:
        workspace.lock()
    ctx.emit(fmt.opening_json(opening), f"Linked entry {entry_id} to {fmt.opening_line(opening)}")
    return ExitCode.OK


def run_people_add(ctx: CliContext, args: argparse.Namespace) -> int:
    from app.cli.crisis_notice import listen_for_crisis, message_if_heard, say_if_needed

    workspace = ctx.open_workspace()
    heard = listen_for_crisis(workspace)
    try:
        person = workspace.jobs.people.add(args.name, args.met, args.talked)
        notice = message_if_heard(workspace, heard)
    finally:
        workspace.lock()
    ctx.emit(fmt.person_json(person), fmt.person_line(person))
    say_if_needed(ctx, notice)
    return ExitCode.OK


def run_people_list(ctx: CliContext, args: argparse.Namespace) -> int:
    workspace = ctx.open_workspace()
    try:
        people = workspace.jobs.people.all()
    finally:
        workspace.lock()
    ctx.emit(
        [fmt.person_json(person) for person in people],
        "\n".join(fmt.person_line(person) for person in people)
        or "No one in your search list yet. `tend people add NAME` adds someone.",
    )
    return ExitCode.OK


def _stage(text: str) -> Stage:
    try:
        return parse_stage(text)
    except UsageError as error:  # shown by argparse, with the argument it was given for
        raise argparse.ArgumentTypeError(
            f"{text[:40]!r} is not a stage; use one of: {STAGES}"
        ) from error


def _via(text: str) -> Via:
    try:
        return parse_via(text)
    except UsageError as error:
        raise argparse.ArgumentTypeError(
            f"{text[:40]!r}: use posting, person or outreach"
        ) from error


def _day(text: str) -> date:
    try:
        day = date.fromisoformat(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"{text[:40]!r} is not a date like 2026-03-14") from error
    if not limits.year_in_range(day):
        raise argparse.ArgumentTypeError(f"{text!r}: Tend keeps dates {limits.year_range_text()}")
    return day
