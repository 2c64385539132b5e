"""Sample export files from the apps Tend imports from."""

from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "data" / "importers"
