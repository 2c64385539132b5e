"""The one way to find files in resources/: relative to the package, so a checkout works."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

RESOURCES_DIR = Path(__file__).resolve().parents[2] / "resources"


def resource_path(*parts: str) -> Path:
    return RESOURCES_DIR.joinpath(*parts)


def load_json(*parts: str) -> Any:
    """Parse a JSON resource; a missing or broken one is a packaging bug, so it raises."""
    return json.loads(resource_path(*parts).read_text(encoding="utf-8"))
