"""Where the files in resources/ are, from a source checkout or an installed package."""

from __future__ import annotations

from pathlib import Path

_ROOT = Path(__file__).resolve().parents[2] / "resources"


def resource_path(*parts: str) -> Path:
    return _ROOT.joinpath(*parts)
