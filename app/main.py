"""Entry point: a command runs the CLI; no command starts the desktop app.

The GUI modules are imported only when the GUI starts, so `tend search` stays quick.
"""

from __future__ import annotations

import sys

from app.core.errors import TendError


def main(argv: list[str] | None = None) -> int:
    from app.cli.lazy import build_parser_for

    arguments = sys.argv[1:] if argv is None else argv
    try:
        args = build_parser_for(arguments).parse_args(arguments)
    except TendError as error:
        print(error.message, file=sys.stderr)
        return int(error.exit_code)
    if args.command is not None:
        from app.cli.runner import run_parsed

        return run_parsed(args)
    from app.ui.application import run_gui

    return int(run_gui(args))


def main_gui() -> int:
    return main()
