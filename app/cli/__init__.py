"""`tend <command>`: the core verbs for scripts and terminals."""

from app.cli.runner import run

__all__ = ["run"]
