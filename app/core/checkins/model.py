"""Check-in values shared by storage, insights, the watcher, backups and the UI."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

# 1 = very low, 5 = very high. "interest" is enjoyment of things you usually like.
SCALES = ("mood", "energy", "interest", "focus")
SCALE_MIN = 1
SCALE_MAX = 5


@dataclass(frozen=True)
class CheckIn:
    id: str
    at: datetime  # time-zone aware, in the offset the person was in
    mood: int | None = None
    energy: int | None = None
    interest: int | None = None
    focus: int | None = None
    sleep_hours: float | None = None
    activities: tuple[str, ...] = field(default_factory=tuple)
    note: str = ""
    entry_id: str | None = None
    # The same activities as ``activities`` (names, for reading), by stable id (for editing).
    activity_ids: tuple[str, ...] = field(default_factory=tuple)
    # Optional emotion words from the fixed list (see feelings.py), in the order chosen.
    feelings: tuple[str, ...] = field(default_factory=tuple)

    @property
    def day(self) -> date:
        """The local calendar day the check-in belongs to."""
        return self.at.date()

    def value(self, scale: str) -> int | None:
        if scale not in SCALES:
            raise KeyError(scale)
        result: int | None = getattr(self, scale)
        return result
