"""One reminder in the settings panel: a time, the weekdays, and a remove button."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QLocale, QTime, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTimeEdit, QToolButton, QWidget

from app.core.reminders import Reminder

# Chosen days must read as chosen at a glance, in light and dark palettes alike.
DAY_BUTTON_STYLE = """
QToolButton { border: 1px solid palette(mid); border-radius: 4px; padding: 3px 7px; }
QToolButton:checked { background-color: palette(highlight); color: palette(highlighted-text);
                      border-color: palette(highlight); }
QToolButton:focus { border: 2px solid palette(highlight); }
"""


class ReminderRow(QWidget):
    changed = Signal()
    remove_requested = Signal(object)  # this row

    def __init__(self, reminder: Reminder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        locale = QLocale()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.time_edit = QTimeEdit(QTime(reminder.at.hour, reminder.at.minute))
        self.time_edit.setDisplayFormat(_short_time_format(locale))
        self.time_edit.setAccessibleName("Reminder time")
        self.time_edit.timeChanged.connect(self._time_changed)
        layout.addWidget(self.time_edit)
        self.day_buttons: list[QToolButton] = []
        for weekday in range(7):
            button = QToolButton()
            qt_day = weekday + 1  # Qt counts Monday as 1
            button.setText(locale.dayName(qt_day, QLocale.FormatType.ShortFormat))
            button.setAccessibleName(locale.dayName(qt_day, QLocale.FormatType.LongFormat))
            button.setCheckable(True)
            button.setStyleSheet(DAY_BUTTON_STYLE)
            button.setChecked(weekday in reminder.days)
            button.toggled.connect(self.changed)
            layout.addWidget(button)
            self.day_buttons.append(button)
        layout.addStretch(1)
        self.remove_button = QPushButton("Remove")
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))
        layout.addWidget(self.remove_button)
        self._enabled = reminder.enabled
        self._update_remove_name()

    def reminder(self) -> Reminder:
        chosen = self.time_edit.time()
        days = frozenset(day for day, button in enumerate(self.day_buttons) if button.isChecked())
        return Reminder(at=time(chosen.hour(), chosen.minute()), days=days, enabled=self._enabled)

    def _time_changed(self) -> None:
        self._update_remove_name()
        self.changed.emit()

    def _update_remove_name(self) -> None:
        label = self.time_edit.time().toString(self.time_edit.displayFormat())
        self.remove_button.setAccessibleName(f"Remove the reminder at {label}")


def _short_time_format(locale: QLocale) -> str:
    """The locale's short time format without seconds (12- or 24-hour as the person uses)."""
    return locale.timeFormat(QLocale.FormatType.ShortFormat).replace(":ss", "")
