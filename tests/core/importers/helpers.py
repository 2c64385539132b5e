"""Sample files and a check-in writer that keeps what it is given (check-in storage is a
separate service; this stands in for it at the documented seam)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from app.core.checkins.model import CheckIn

DATA = Path(__file__).resolve().parents[2] / "data" / "importers"


class RecordingCheckInWriter:
    def __init__(self) -> None:
        self.checkins: dict[str, CheckIn] = {}
        self.activity_names: set[str] = set()

    def __call__(self, checkins: Sequence[CheckIn], activity_names: Sequence[str]) -> int:
        self.activity_names.update(activity_names)
        added = 0
        for checkin in checkins:
            if checkin.id not in self.checkins:
                self.checkins[checkin.id] = checkin
                added += 1
        return added
