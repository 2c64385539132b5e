"""Qt tests run offscreen; without Qt's system libraries they skip (fail under CI)."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

try:
    from PySide6 import QtWidgets  # noqa: F401
except ImportError as error:  # pragma: no cover - depends on the machine
    if os.environ.get("TEND_STRICT_ENV") == "1":
        raise
    pytest.skip(f"Qt cannot load here ({error})", allow_module_level=True)
