"""Log files in the data folder's logs/. Messages name what happened, never what was written.

No entry or check-in text reaches a log. SQLAlchemy keeps its own loggers (which would print
rows at DEBUG) at WARNING; nothing here lowers them. The desktop app always keeps a small
rotating log at INFO; the command line logs only when $TEND_LOG_LEVEL asks for it.
"""

from __future__ import annotations

import logging
import os
from logging.handlers import RotatingFileHandler
from pathlib import Path

LOG_LEVEL_ENV = "TEND_LOG_LEVEL"
LOG_FILE_NAME = "tend.log"
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
# SQLAlchemy logs statements with their parameters (journal text) at INFO: never lower it.
_QUIET_LIBRARIES = ("sqlalchemy",)


def configure_logging(log_dir: Path, level: int = logging.INFO) -> Path:
    """The desktop app's log: rotating, private, at INFO unless $TEND_LOG_LEVEL says more."""
    chosen = _level_from_environment() or level
    path = _prepare(log_dir)
    handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    _install(handler, chosen)
    return path


def configure_from_environment(log_dir: Path) -> Path | None:
    """Log to ``log_dir``/tend.log at the level named in $TEND_LOG_LEVEL (e.g. DEBUG)."""
    level = _level_from_environment()
    if level is None:
        return None
    path = _prepare(log_dir)
    _install(logging.FileHandler(path, encoding="utf-8"), level)
    return path


def _level_from_environment() -> int | None:
    name = os.environ.get(LOG_LEVEL_ENV, "").strip().upper()
    level = logging.getLevelName(name) if name else None
    return level if isinstance(level, int) else None


def _prepare(log_dir: Path) -> Path:
    log_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    path = log_dir / LOG_FILE_NAME
    path.touch(mode=0o600, exist_ok=True)
    path.chmod(0o600)
    return path


def _install(handler: logging.Handler, level: int) -> None:
    handler.setFormatter(logging.Formatter(_FORMAT))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(level)
    for name in _QUIET_LIBRARIES:
        logging.getLogger(name).setLevel(logging.WARNING)
