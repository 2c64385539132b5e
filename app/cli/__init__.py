"""`tend <command>`: the core verbs for scripts and terminals."""

from __future__ import annotations


def run(argv: list[str] | None = None) -> int:
    # Imported on call: building the parser (`tend --version`, `--help`) must not pay for
    # the vault, the database driver and SQLAlchemy.
    from app.cli.runner import run as run_command

    return run_command(argv)


__all__ = ["run"]
