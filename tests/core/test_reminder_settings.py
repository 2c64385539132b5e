"""Reminder settings in the plain config file, and the small state file between runs."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest

from app.core import config as app_config
from app.core.reminder_settings import (
    ReminderStateStore,
    config_with_settings,
    settings_from_config,
)
from app.core.reminders import Reminder, ReminderSettings, ReminderState


def test_a_fresh_config_offers_the_evening_reminder_switched_off() -> None:
    chosen = settings_from_config(app_config.AppConfig())
    assert chosen == ReminderSettings()
    assert chosen.should_offer_default and not chosen.enabled


def test_reminder_settings_survive_a_save_and_load(tmp_path: Path) -> None:
    path = tmp_path / "config.json"
    chosen = ReminderSettings(
        enabled=True,
        reminders=(
            Reminder(time(8, 30), days=frozenset({0, 2, 4})),
            Reminder(time(21, 15), enabled=False),
        ),
        offer_answered=True,
    )
    app_config.ConfigStore(path).update(lambda cfg: config_with_settings(cfg, chosen))
    assert settings_from_config(app_config.load(path)) == chosen
    section = json.loads(path.read_text())["reminders"]
    assert section["times"][0] == {"time": "08:30", "days": ["mon", "wed", "fri"], "enabled": True}


def test_saving_reminders_keeps_other_settings_and_unknown_keys(tmp_path: Path) -> None:
    path = tmp_path / "config.json"
    path.write_text(
        json.dumps(
            {"theme": "dark", "future": 1, "reminders": {"sound": "chime", "enabled": False}}
        )
    )
    app_config.ConfigStore(path).update(
        lambda cfg: config_with_settings(cfg, ReminderSettings().accept_offer())
    )
    data = json.loads(path.read_text())
    assert data["theme"] == "dark"
    assert data["future"] == 1
    assert data["reminders"]["sound"] == "chime"
    assert data["reminders"]["enabled"] is True


def test_malformed_reminders_are_skipped_not_fatal() -> None:
    config = app_config.AppConfig.from_dict(
        {
            "reminders": {
                "enabled": "yes",
                "times": [
                    {"time": "25:00"},
                    {"days": ["mon"]},
                    "20:00",
                    {"time": "07:45", "days": ["Monday", "sun"]},
                    {"time": "09:00", "days": ["someday"]},
                ],
            }
        }
    )
    chosen = settings_from_config(config)
    assert chosen.enabled is False
    assert chosen.reminders == (Reminder(time(7, 45), days=frozenset({0, 6})),)


def test_a_section_of_the_wrong_type_gives_the_defaults() -> None:
    config = app_config.AppConfig.from_dict({"reminders": ["20:00"]})
    assert settings_from_config(config) == ReminderSettings()


def test_state_store_round_trips_and_writes_only_times(tmp_path: Path) -> None:
    store = ReminderStateStore(tmp_path / "state" / "reminder-state.json")
    assert store.load() == ReminderState()
    state = ReminderState(
        handled_until=datetime(2025, 6, 2, 18, 0, 30, tzinfo=UTC),
        snoozed_until=datetime(2025, 6, 2, 19, 0, 30, tzinfo=UTC),
        paused_on=date(2025, 6, 2),
    )
    store.save(state)
    assert store.load() == state
    assert set(json.loads(store.path.read_text())) == {
        "handled_until",
        "snoozed_until",
        "paused_on",
    }
    assert store.path.stat().st_mode & 0o077 == 0


@pytest.mark.parametrize("content", ["{not json", "[]", '{"paused_on": "someday"}'])
def test_an_unreadable_state_file_starts_afresh(tmp_path: Path, content: str) -> None:
    path = tmp_path / "reminder-state.json"
    path.write_text(content)
    assert ReminderStateStore(path).load() == ReminderState()
