"""What a person enters for a check-in, and the checks it must pass before it is saved."""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace

from app.core import limits
from app.core.checkins.feelings import clean_feelings
from app.core.checkins.model import SCALE_MAX, SCALE_MIN, SCALES, CheckIn
from app.core.checkins.scales import SCALE_INFO
from app.core.errors import UsageError

MAX_NOTE_LENGTH = 1000
MAX_SLEEP_HOURS = 24


@dataclass(frozen=True)
class CheckInValues:
    """Everything but the time: every part is optional, but not all of them at once."""

    mood: int | None = None
    energy: int | None = None
    interest: int | None = None
    focus: int | None = None
    sleep_hours: float | None = None
    activity_ids: tuple[str, ...] = field(default_factory=tuple)
    note: str = ""
    entry_id: str | None = None
    feelings: tuple[str, ...] = field(default_factory=tuple)

    @classmethod
    def from_checkin(cls, checkin: CheckIn) -> CheckInValues:
        """A saved check-in's values, as the starting point of an edit."""
        return cls(
            mood=checkin.mood,
            energy=checkin.energy,
            interest=checkin.interest,
            focus=checkin.focus,
            sleep_hours=checkin.sleep_hours,
            activity_ids=checkin.activity_ids,
            note=checkin.note,
            entry_id=checkin.entry_id,
            feelings=checkin.feelings,
        )

    def scale(self, name: str) -> int | None:
        if name not in SCALES:
            raise KeyError(name)
        result: int | None = getattr(self, name)
        return result

    def validated(self) -> CheckInValues:
        """The same values, tidied (note trimmed, activities once each), or a UsageError."""
        for name in SCALES:
            check_scale(name, self.scale(name))
        if self.sleep_hours is not None:
            check_sleep(self.sleep_hours)
        note = self.note.strip()
        if len(note) > MAX_NOTE_LENGTH:
            raise UsageError(
                f"A check-in note can be up to {MAX_NOTE_LENGTH:,} characters. "
                "For more, a journal entry has all the room you need."
            )
        problem = limits.text_problem(note, MAX_NOTE_LENGTH)
        if problem is not None:
            raise UsageError(f"The note {problem}, which Tend can't keep. Nothing was saved.")
        tidy = replace(
            self,
            note=note,
            activity_ids=tuple(dict.fromkeys(self.activity_ids)),
            sleep_hours=None if self.sleep_hours is None else float(self.sleep_hours),
            feelings=clean_feelings(self.feelings),
        )
        if tidy.is_empty():
            raise UsageError(
                "A check-in needs at least one thing to save: a rating, sleep hours, "
                "an activity, a feeling word or a note."
            )
        return tidy

    def is_empty(self) -> bool:
        return (
            all(self.scale(name) is None for name in SCALES)
            and self.sleep_hours is None
            and not self.activity_ids
            and not self.note.strip()
            and not self.feelings
        )


def check_scale(name: str, value: object) -> None:
    if value is None:
        return
    in_range = (
        isinstance(value, int) and not isinstance(value, bool) and SCALE_MIN <= value <= SCALE_MAX
    )
    if not in_range:
        info = SCALE_INFO[name]
        raise UsageError(
            f"{info.label} must be a whole number from {SCALE_MIN} ({info.low}) "
            f"to {SCALE_MAX} ({info.high}), or left out."
        )


def check_sleep(hours: float) -> None:
    if not isinstance(hours, int | float) or isinstance(hours, bool):
        raise UsageError("Sleep must be a number of hours, like 7 or 6.5.")
    if not math.isfinite(hours) or not 0 <= hours <= MAX_SLEEP_HOURS:
        raise UsageError(f"Sleep must be between 0 and {MAX_SLEEP_HOURS} hours.")
