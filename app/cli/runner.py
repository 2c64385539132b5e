"""Run one `tend` command: parse, open what it needs, turn expected errors into exit codes."""

from __future__ import annotations

import argparse
import contextlib
import sys

from app.cli.context import CliContext
from app.cli.parser import build_parser
from app.cli.secrets import SecretSource
from app.core.errors import ExitCode, TendError
from app.core.failures import expected_error_for
from app.platform import logs
from app.platform import paths as app_paths


def run(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except TendError as error:
        print(error.message, file=sys.stderr)
        return int(error.exit_code)
    return run_parsed(args)


def run_parsed(args: argparse.Namespace) -> int:
    paths = app_paths.resolve(args.data_dir)
    ctx = CliContext(
        paths=paths,
        secrets=SecretSource(from_stdin=args.passphrase_stdin),
        as_json=args.json,
        use_keyring=not args.no_keyring,
    )
    try:
        app_paths.use_private_umask()
        with contextlib.suppress(OSError):  # a log we can't write must not stop the command
            logs.configure_from_environment(paths.log_dir)
        return int(args.handler(ctx, args))
    except TendError as error:
        return _report(error)
    except Exception as error:
        # Damage found late or a disk that failed mid-command: expected, not a bug.
        expected = expected_error_for(error, paths.vault.db)
        if expected is None:
            raise
        return _report(expected)
    except KeyboardInterrupt:
        print("tend: interrupted; nothing half-written was kept.", file=sys.stderr)
        return int(ExitCode.INTERRUPTED)


def _report(error: TendError) -> int:
    print(f"tend: {error.message}", file=sys.stderr)
    return int(error.exit_code)
