"""Where Tend's data files (prompts, lexicons, support resources) live: one place to ask."""

from __future__ import annotations

from pathlib import Path

# resources/ sits beside the app package in a source checkout and in a bundle alike.
RESOURCES_DIR = Path(__file__).resolve().parents[2] / "resources"


def resource_path(*parts: str) -> Path:
    """The path of a file under resources/, e.g. resource_path("prompts", "prompts.json")."""
    return RESOURCES_DIR.joinpath(*parts)
