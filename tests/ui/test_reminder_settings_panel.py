"""The reminder settings panel and the first-run offer."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import QLocale, QTime
from pytestqt.qtbot import QtBot

from app.core.reminders import Reminder, ReminderSettings
from app.ui.reminders.reminder_offer import ReminderOffer
from app.ui.reminders.settings_panel import MAX_REMINDERS, ReminderSettingsPanel

WEEKDAY_MORNINGS = Reminder(time(8, 30), frozenset({0, 1, 2, 3, 4}))
ON = ReminderSettings(enabled=True, reminders=(WEEKDAY_MORNINGS,), offer_answered=True)


def make_panel(
    qtbot: QtBot, settings: ReminderSettings = ON, **kwargs: object
) -> ReminderSettingsPanel:
    panel = ReminderSettingsPanel(settings, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(panel)
    return panel


def test_panel_shows_the_settings_it_was_given(qtbot: QtBot) -> None:
    panel = make_panel(qtbot)
    assert panel.settings() == ON
    (row,) = panel.rows
    assert row.time_edit.time() == QTime(8, 30)
    assert [button.isChecked() for button in row.day_buttons] == [True] * 5 + [False] * 2


def test_changing_the_time_reports_new_settings(qtbot: QtBot) -> None:
    panel = make_panel(qtbot)
    with qtbot.waitSignal(panel.settings_changed) as changed:
        panel.rows[0].time_edit.setTime(QTime(9, 15))
    assert changed.args[0].reminders[0].at == time(9, 15)


def test_choosing_a_weekday_reports_new_settings(qtbot: QtBot) -> None:
    panel = make_panel(qtbot)
    with qtbot.waitSignal(panel.settings_changed) as changed:
        panel.rows[0].day_buttons[6].click()  # Sunday
    assert changed.args[0].reminders[0].days == frozenset({0, 1, 2, 3, 4, 6})


def test_adding_and_removing_reminders(qtbot: QtBot) -> None:
    panel = make_panel(qtbot)
    with qtbot.waitSignal(panel.settings_changed) as changed:
        panel.add_button.click()
    assert changed.args[0].reminders == (WEEKDAY_MORNINGS, Reminder(time(20, 0)))
    with qtbot.waitSignal(panel.settings_changed) as changed:
        panel.rows[0].remove_button.click()
    assert changed.args[0].reminders == (Reminder(time(20, 0)),)


def test_no_more_than_five_reminders(qtbot: QtBot) -> None:
    panel = make_panel(qtbot)
    while panel.add_button.isEnabled():
        panel.add_button.click()
    assert len(panel.settings().reminders) == MAX_REMINDERS


def test_turning_reminders_off_keeps_the_times_and_greys_them_out(qtbot: QtBot) -> None:
    panel = make_panel(qtbot)
    with qtbot.waitSignal(panel.settings_changed) as changed:
        panel.enabled_box.click()
    assert changed.args[0].enabled is False
    assert changed.args[0].reminders == (WEEKDAY_MORNINGS,)
    assert not panel.rows[0].isEnabled()
    assert "off" in panel.next_label.text()


def test_next_reminder_is_shown(qtbot: QtBot) -> None:
    tomorrow = (datetime.now().astimezone() + timedelta(days=1)).replace(hour=8, minute=30)
    panel = make_panel(qtbot, next_fire_time=lambda: tomorrow)
    assert panel.next_label.text().startswith("Next reminder: tomorrow at ")


def test_start_at_login_box_is_offered_only_where_supported(qtbot: QtBot) -> None:
    unsupported = make_panel(qtbot, start_at_login=None)
    assert unsupported.login_box.isHidden()
    supported = make_panel(qtbot, start_at_login=False)
    assert not supported.login_box.isHidden()
    with qtbot.waitSignal(supported.start_at_login_changed) as changed:
        supported.login_box.click()
    assert changed.args == [True]


def test_controls_have_accessible_names(qtbot: QtBot) -> None:
    panel = make_panel(qtbot)
    row = panel.rows[0]
    assert row.time_edit.accessibleName() == "Reminder time"
    assert row.day_buttons[0].accessibleName() == "Monday"
    assert row.remove_button.accessibleName() == f"Remove the reminder at {row.time_edit.text()}"


def test_offer_asks_once_with_the_default_time(qtbot: QtBot) -> None:
    offer = ReminderOffer()
    qtbot.addWidget(offer)
    evening = QLocale().toString(QTime(20, 0), QLocale.FormatType.ShortFormat)
    assert f"each evening at {evening}." in offer.message.text()
    with qtbot.waitSignal(offer.accepted):
        offer.yes_button.click()
    with qtbot.waitSignal(offer.declined):
        offer.no_button.click()
