"""A clock tests can move by hand."""

from __future__ import annotations

from datetime import datetime, timedelta


class ManualClock:
    """Answers the same moment until told to move on."""

    def __init__(self, start: datetime) -> None:
        if start.tzinfo is None:
            raise ValueError("a clock needs a time-zone aware moment")
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now
