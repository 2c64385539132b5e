"""Where Tend's data files live (lexicons, support resources, questionnaires).

One function, based on this file's location, so a source checkout and an installed copy
find them the same way.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

RESOURCES_DIR = Path(__file__).resolve().parents[2] / "resources"


def resource_path(*parts: str) -> Path:
    return RESOURCES_DIR.joinpath(*parts)


def load_json(*parts: str) -> Any:
    """The parsed JSON document at resources/<parts>."""
    with resource_path(*parts).open(encoding="utf-8") as handle:
        return json.load(handle)
