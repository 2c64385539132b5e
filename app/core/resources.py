"""The one way to find Tend's data files: package data in ``app/resources/``.

They are read through ``importlib.resources``, so a checkout, an installed wheel, a
distribution package and a PyInstaller bundle all find them the same way, and a wheel
that left a file out fails its own smoke test instead of hiding behind a checkout.
"""

from __future__ import annotations

import json
from importlib.resources import as_file, files
from pathlib import Path
from typing import Any

# Tend ships as a plain (not zipped) package in every form it is installed, so the
# package folder is a real directory; as_file() makes that explicit and checked.
with as_file(files("app") / "resources") as _root:
    RESOURCES_DIR = Path(_root)


def resource_path(*parts: str) -> Path:
    return RESOURCES_DIR.joinpath(*parts)


def load_json(*parts: str) -> Any:
    """Parse a JSON resource; a missing or broken one is a packaging bug, so it raises."""
    return json.loads(resource_path(*parts).read_text(encoding="utf-8"))
