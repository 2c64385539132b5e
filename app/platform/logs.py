"""Log files in the data folder. Messages name what happened, never what was written."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def configure_logging(log_dir: Path, level: int = logging.INFO) -> None:
    log_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    handler = RotatingFileHandler(
        log_dir / "tend.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    root = logging.getLogger()
    root.setLevel(level)
    root.addHandler(handler)
    # Third-party libraries may log SQL or parameters at INFO; keep them quiet.
    for noisy in ("sqlalchemy", "alembic", "keyring"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
