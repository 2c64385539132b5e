"""The one way to find files in resources/, from a source checkout or a frozen bundle."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

# A PyInstaller bundle unpacks next to sys._MEIPASS; a checkout has resources/ at its root.
_ROOT = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parents[2]))
RESOURCES_DIR = _ROOT / "resources"


def resource_path(*parts: str) -> Path:
    """The path of a file under resources/ (it may not exist; callers decide)."""
    return RESOURCES_DIR.joinpath(*parts)


def load_json(*parts: str) -> Any:
    """Parse a JSON file from resources/."""
    return json.loads(resource_path(*parts).read_text(encoding="utf-8"))
