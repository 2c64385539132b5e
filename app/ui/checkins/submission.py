"""What the check-in window asks for, and how to carry it out with the core service."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.core.checkins import CheckIn, CheckInService, CheckInValues


@dataclass(frozen=True)
class CheckInSubmission:
    values: CheckInValues  # already validated
    at: datetime | None  # None: "now", stamped by the service when it saves
    checkin_id: str | None = None  # set when an existing check-in was edited

    @property
    def is_edit(self) -> bool:
        return self.checkin_id is not None

    def save_with(self, checkins: CheckInService) -> CheckIn:
        """Create or edit; call it from the background task runner."""
        if self.checkin_id is not None:
            return checkins.edit(self.checkin_id, self.values, self.at)
        return checkins.create(self.values, self.at)
