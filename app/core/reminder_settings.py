"""Reminder settings in the plain config file, and the scheduler's small state file.

Both are read before unlock, so both hold only times and weekdays, never anything personal.
The config section looks like this (weekday names keep the file readable by hand):

    "reminders": {"enabled": true, "offer_answered": true,
                  "times": [{"time": "20:00", "days": ["mon", "tue"], "enabled": true}]}
"""

from __future__ import annotations

import json
import logging
from dataclasses import replace
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from app.core.atomic_file import write_atomic
from app.core.clock import from_utc_text, to_utc_text
from app.core.config import AppConfig
from app.core.reminders import Reminder, ReminderSettings, ReminderState

log = logging.getLogger(__name__)

WEEKDAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def settings_from_config(config: AppConfig) -> ReminderSettings:
    """The reminder settings in ``config``; defaults for anything missing or malformed."""
    section = config.reminders
    defaults = ReminderSettings()
    times = section.get("times")
    reminders = defaults.reminders
    if isinstance(times, list):
        reminders = tuple(
            reminder for reminder in (_reminder_from_json(item) for item in times) if reminder
        )
    return ReminderSettings(
        enabled=_flag(section.get("enabled"), defaults.enabled),
        reminders=reminders,
        offer_answered=_flag(section.get("offer_answered"), defaults.offer_answered),
    )


def config_with_settings(config: AppConfig, settings: ReminderSettings) -> AppConfig:
    """A copy of ``config`` holding ``settings``; unknown keys in the section are kept."""
    section = {
        **config.reminders,
        "enabled": settings.enabled,
        "offer_answered": settings.offer_answered,
        "times": [_reminder_to_json(reminder) for reminder in settings.reminders],
    }
    return replace(config, reminders=section)


class ReminderStateStore:
    """Keeps ``ReminderState`` in a small JSON file so a restart doesn't repeat a reminder."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def load(self) -> ReminderState:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if not isinstance(data, dict):
                raise ValueError("not an object")
            return ReminderState(
                handled_until=_moment(data.get("handled_until")),
                snoozed_until=_moment(data.get("snoozed_until")),
                paused_on=_day(data.get("paused_on")),
            )
        except FileNotFoundError:
            return ReminderState()
        except (OSError, ValueError) as error:
            # Losing it only means one reminder may repeat; not worth bothering anyone.
            log.info("Reminder state unreadable (%s); starting afresh", type(error).__name__)
            return ReminderState()

    def save(self, state: ReminderState) -> None:
        data = {
            "handled_until": _moment_text(state.handled_until),
            "snoozed_until": _moment_text(state.snoozed_until),
            "paused_on": state.paused_on.isoformat() if state.paused_on else None,
        }
        self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        write_atomic(self.path, (json.dumps(data, indent=2, sort_keys=True) + "\n").encode())


def _reminder_from_json(item: object) -> Reminder | None:
    if not isinstance(item, dict):
        return None
    try:
        at = time.fromisoformat(str(item["time"])).replace(second=0, microsecond=0)
        names = item.get("days", list(WEEKDAY_NAMES))
        days = frozenset(WEEKDAY_NAMES.index(str(name).lower()[:3]) for name in names)
        return Reminder(at=at, days=days, enabled=_flag(item.get("enabled"), True))
    except (KeyError, ValueError, TypeError):
        log.info("Skipping a reminder in the config file that couldn't be read")
        return None


def _reminder_to_json(reminder: Reminder) -> dict[str, Any]:
    return {
        "time": reminder.at.strftime("%H:%M"),
        "days": [WEEKDAY_NAMES[day] for day in sorted(reminder.days)],
        "enabled": reminder.enabled,
    }


def _flag(value: object, default: bool) -> bool:
    return value if isinstance(value, bool) else default


def _moment(text: object) -> datetime | None:
    return from_utc_text(text) if isinstance(text, str) else None


def _moment_text(moment: datetime | None) -> str | None:
    return to_utc_text(moment) if moment is not None else None


def _day(text: object) -> date | None:
    return date.fromisoformat(text) if isinstance(text, str) else None
