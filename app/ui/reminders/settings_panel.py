"""Reminder settings and "Start Tend at login", for the settings dialog to embed.

The panel holds no state of its own beyond its controls: it is filled from a
ReminderSettings and reports every change as a new ReminderSettings.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, time

from PySide6.QtCore import QLocale, QTime, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.core.clock import Clock, system_clock
from app.core.reminders import Reminder, ReminderSettings
from app.ui.reminders.reminder_row import ReminderRow

MAX_REMINDERS = 5
NEW_REMINDER = Reminder(at=time(20, 0))


class ReminderSettingsPanel(QWidget):
    """Edit check-in reminders; ``start_at_login`` None hides that option (unsupported OS).

    ``next_fire_time`` (optional) is asked after each change to show the next reminder.
    """

    settings_changed = Signal(object)  # ReminderSettings
    start_at_login_changed = Signal(bool)

    def __init__(
        self,
        settings: ReminderSettings,
        start_at_login: bool | None = None,
        next_fire_time: Callable[[], datetime | None] | None = None,
        parent: QWidget | None = None,
        clock: Clock = system_clock,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._next_fire_time = next_fire_time
        self._clock = clock  # "today" and "tomorrow" are the injected clock's
        self._rows: list[ReminderRow] = []
        layout = QVBoxLayout(self)
        self.enabled_box = QCheckBox("Remind me to check in")
        self.enabled_box.setChecked(settings.enabled)
        self.enabled_box.toggled.connect(self._changed)
        layout.addWidget(self.enabled_box)
        self.rows_layout = QVBoxLayout()
        layout.addLayout(self.rows_layout)
        self.add_button = QPushButton("Add a reminder")
        self.add_button.clicked.connect(self._add_clicked)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        layout.addLayout(add_row)
        self.next_label = QLabel()
        self.next_label.setWordWrap(True)
        layout.addWidget(self.next_label)
        self.login_box = QCheckBox("Start Tend at login, quietly in the tray")
        self.login_box.setChecked(bool(start_at_login))
        self.login_box.setVisible(start_at_login is not None)
        self.login_box.toggled.connect(self.start_at_login_changed)
        layout.addWidget(self.login_box)
        layout.addStretch(1)
        for reminder in settings.reminders:
            self._add_row(reminder)
        self._refresh()

    def settings(self) -> ReminderSettings:
        return replace(
            self._settings,
            enabled=self.enabled_box.isChecked(),
            reminders=tuple(row.reminder() for row in self._rows),
            offer_answered=True,
        )

    @property
    def rows(self) -> tuple[ReminderRow, ...]:
        return tuple(self._rows)

    def refresh_next_time(self) -> None:
        """Call when the schedule changed elsewhere (a snooze, a pause, a check-in)."""
        self._refresh()

    def _add_clicked(self) -> None:
        row = self._add_row(NEW_REMINDER)
        row.time_edit.setFocus()
        self._changed()

    def _add_row(self, reminder: Reminder) -> ReminderRow:
        row = ReminderRow(reminder)
        row.changed.connect(self._changed)
        row.remove_requested.connect(self._remove_row)
        self.rows_layout.addWidget(row)
        self._rows.append(row)
        return row

    def _remove_row(self, row: ReminderRow) -> None:
        self._rows.remove(row)
        self.rows_layout.removeWidget(row)
        row.deleteLater()
        self.add_button.setFocus()
        self._changed()

    def _changed(self) -> None:
        self._settings = self.settings()
        self._refresh()
        self.settings_changed.emit(self._settings)

    def _refresh(self) -> None:
        enabled = self.enabled_box.isChecked()
        for row in self._rows:
            row.setEnabled(enabled)
        self.add_button.setEnabled(enabled and len(self._rows) < MAX_REMINDERS)
        self.next_label.setText(self._next_text(enabled))

    def _next_text(self, enabled: bool) -> str:
        if not enabled:
            return "Reminders are off. Tend won't nudge you."
        if not self._rows:
            return "Add a time to get a gentle nudge."
        upcoming = self._next_fire_time() if self._next_fire_time else None
        if upcoming is None:
            return ""
        locale = QLocale()
        clock_time = QTime(upcoming.hour, upcoming.minute)
        when = locale.toString(clock_time, QLocale.FormatType.ShortFormat)
        days_ahead = (upcoming.date() - self._clock().astimezone(upcoming.tzinfo).date()).days
        if days_ahead == 0:
            day = "today"
        elif days_ahead == 1:
            day = "tomorrow"
        else:
            day = locale.dayName(upcoming.isoweekday(), QLocale.FormatType.LongFormat)
        return f"Next reminder: {day} at {when}."
