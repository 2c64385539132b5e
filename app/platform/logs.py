"""Log lines go to a private file in the data folder's logs/, and only when asked for.

Log messages name what happened (a migration, a keyring choice), never what was written:
no entry or check-in text reaches a log. SQLAlchemy keeps its own loggers (which would print
rows at DEBUG) at WARNING by default; nothing here lowers them.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

LOG_LEVEL_ENV = "TEND_LOG_LEVEL"
LOG_FILE_NAME = "tend.log"
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def configure_from_environment(log_dir: Path) -> Path | None:
    """Log to ``log_dir``/tend.log at the level named in $TEND_LOG_LEVEL (e.g. DEBUG)."""
    name = os.environ.get(LOG_LEVEL_ENV, "").strip().upper()
    level = logging.getLevelName(name) if name else None
    if not isinstance(level, int):
        return None
    log_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    path = log_dir / LOG_FILE_NAME
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter(_FORMAT))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(level)
    path.chmod(0o600)
    return path
