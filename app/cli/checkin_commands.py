"""tend checkin, checkins, activities."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, time

from app.cli import checkin_formatting as fmt
from app.cli.context import CliContext
from app.cli.crisis_notice import read_what_was_written, say_if_needed
from app.cli.registry import CommandRegistry
from app.core import limits
from app.core.checkins import SCALE_INFO, SCALES, CheckInValues
from app.core.checkins.feelings import clean_feelings
from app.core.checkins.values import MAX_SLEEP_HOURS
from app.core.errors import ExitCode, UsageError

# A backfilled day without a time is placed at midday, safely inside that day.
DEFAULT_BACKFILL_TIME = time(12, 0)


def register(commands: CommandRegistry) -> None:
    checkin = commands.add_parser(
        "checkin",
        help="check in on mood, energy, interest and focus (each 1-5, any may be left out)",
    )
    for scale in SCALES:
        info = SCALE_INFO[scale]
        checkin.add_argument(
            f"--{scale}",
            type=_scale_type(scale),
            metavar="1-5",
            help=f"{info.question} 1 = {info.low}, 5 = {info.high}",
        )
    checkin.add_argument("--sleep", type=_sleep_hours, metavar="HOURS", help="hours slept")
    checkin.add_argument(
        "--activity",
        action="append",
        default=[],
        metavar="NAME",
        help="an activity (repeat for more; `tend activities` lists them)",
    )
    checkin.add_argument("--note", default="", help="a short note")
    checkin.add_argument(
        "--feeling",
        action="append",
        default=[],
        metavar="WORD",
        help="a feeling word, such as hopeful or tired (repeat for more; "
        "an unknown word lists them all)",
    )
    checkin.add_argument(
        "--at",
        type=_local_moment,
        metavar="WHEN",
        help="an earlier time, in this computer's time zone: '2026-03-14 21:30' "
        "(a day alone means midday)",
    )
    checkin.set_defaults(handler=run_checkin)

    listing = commands.add_parser("checkins", help="list check-ins, oldest first")
    listing.add_argument("--since", type=_day, help="from this day (YYYY-MM-DD)")
    listing.add_argument("--until", type=_day, help="up to this day (YYYY-MM-DD)")
    listing.set_defaults(handler=run_checkins)

    activities = commands.add_parser("activities", help="list the activities, by group")
    activities.add_argument("--all", action="store_true", help="include hidden activities")
    activities.set_defaults(handler=run_activities)


def run_checkin(ctx: CliContext, args: argparse.Namespace) -> int:
    draft = CheckInValues(
        **{scale: getattr(args, scale) for scale in SCALES},
        sleep_hours=args.sleep,
        note=args.note,
        # Checked here, before the passphrase is asked for: a typo costs nothing.
        feelings=clean_feelings(args.feeling),
    )
    # Refuse an empty check-in before asking for the passphrase.
    if draft.is_empty() and not any(name.strip() for name in args.activity):
        raise UsageError(
            "Nothing to check in: give at least one of --mood, --energy, --interest, "
            "--focus, --sleep, --activity, --feeling or --note."
        )
    workspace = ctx.open_workspace()
    try:
        try:
            activity_ids = workspace.activities.resolve_names(args.activity)
        except UsageError as error:
            raise UsageError(f"{error.message} `tend activities` lists them.") from error
        values = replace(draft, activity_ids=activity_ids)
        if args.at is None:
            checkin = workspace.checkins.create(values)
        else:
            checkin = workspace.checkins.backfill(values, args.at)
        notice = read_what_was_written(workspace)
    finally:
        workspace.lock()
    ctx.emit(fmt.checkin_json(checkin), fmt.checkin_line(checkin))
    say_if_needed(ctx, notice)
    return ExitCode.OK


def run_checkins(ctx: CliContext, args: argparse.Namespace) -> int:
    if args.since and args.until and args.since > args.until:
        raise UsageError("--since comes after --until; swap them to list that stretch.")
    workspace = ctx.open_workspace()
    try:
        checkins = workspace.checkins.list_between(args.since, args.until)
    finally:
        workspace.lock()
    ctx.emit(
        [fmt.checkin_json(checkin) for checkin in checkins],
        "\n".join(fmt.checkin_line(checkin) for checkin in checkins) or "No check-ins yet.",
    )
    return ExitCode.OK


def run_activities(ctx: CliContext, args: argparse.Namespace) -> int:
    workspace = ctx.open_workspace()
    try:
        groups = workspace.activities.list_grouped(include_hidden=args.all)
    finally:
        workspace.lock()
    ctx.emit(fmt.groups_json(groups), fmt.groups_text(groups))
    return ExitCode.OK


def _scale_type(scale: str) -> Callable[[str], int]:
    info = SCALE_INFO[scale]

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            value = 0
        if not 1 <= value <= 5:
            raise argparse.ArgumentTypeError(
                f"{text!r} is not a whole number from 1 ({info.low}) to 5 ({info.high})"
            )
        return value

    return parse


def _sleep_hours(text: str) -> float:
    try:
        hours = float(text)
    except ValueError:
        hours = -1.0
    if not 0 <= hours <= MAX_SLEEP_HOURS:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a number of hours from 0 to {MAX_SLEEP_HOURS}, like 7 or 6.5"
        )
    return hours


def _local_moment(text: str) -> datetime:
    """A day or a day and time; without an offset it is this computer's local time."""
    try:
        if len(text.strip()) == len("2026-03-14"):
            moment = datetime.combine(date.fromisoformat(text.strip()), DEFAULT_BACKFILL_TIME)
        else:
            moment = datetime.fromisoformat(text.strip())
    except ValueError as error:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a time like '2026-03-14 21:30' or a day like 2026-03-14"
        ) from error
    if not limits.year_in_range(moment):
        raise argparse.ArgumentTypeError(
            f"{text!r}: a check-in can be dated {limits.year_range_text()}"
        )
    # astimezone() on a naive time reads it as local time, with that day's DST rules.
    return moment if moment.tzinfo is not None else moment.astimezone()


def _day(text: str) -> date:
    try:
        day = date.fromisoformat(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-03-14") from error
    if not limits.year_in_range(day):
        raise argparse.ArgumentTypeError(f"{text!r}: Tend keeps dates {limits.year_range_text()}")
    return day
