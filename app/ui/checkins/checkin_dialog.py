"""The check-in window: four scales by keyboard in seconds, and the optional rest.

Digits 1-5 set the focused scale and move on; Tab skips a scale; Enter saves; Esc cancels.
The window does not write anything itself: it emits ``submitted`` with a validated
CheckInSubmission, and whoever opened it saves it (through the task runner).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, tzinfo

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.core.checkins import SCALE_INFO, SCALES, ActivityGroup, CheckIn, CheckInValues
from app.core.checkins.values import MAX_NOTE_LENGTH, MAX_SLEEP_HOURS
from app.core.clock import Clock, system_clock
from app.core.errors import UsageError
from app.ui.checkins.activity_chips import ActivityChips
from app.ui.checkins.feeling_chips import FeelingChips
from app.ui.checkins.scale_selector import ScaleSelector
from app.ui.checkins.submission import CheckInSubmission
from app.ui.design import Type, set_type
from app.ui.design import font as design_font

_LABELS = {"mood": "&Mood", "energy": "&Energy", "interest": "&Interest", "focus": "&Focus"}
_CAPTIONS = {"interest": "enjoying things\nyou usually like"}
NO_SLEEP = -0.5  # the spin box's "not recorded" value
DIALOG_WIDTH = 580
MAX_ACTIVITIES_HEIGHT = 320
MIN_ACTIVITIES_HEIGHT = 120
TITLE_BAR_ALLOWANCE = 40
FEELINGS_GLIMPSE = 56  # the feeling words' heading and first row, below the activities


class CheckInDialog(QDialog):
    submitted = Signal(object)  # CheckInSubmission
    delete_requested = Signal(str)  # check-in id, only when editing

    def __init__(
        self,
        activity_groups: Sequence[ActivityGroup],
        *,
        checkin: CheckIn | None = None,
        when: datetime | None = None,
        clock: Clock = system_clock,
        parent: QWidget | None = None,
    ) -> None:
        """New check-in (at ``when`` for a backfill), or an edit of ``checkin``.

        ``activity_groups`` should include hidden activities: they are offered only when
        the edited check-in already has them.
        """
        super().__init__(parent)
        self._editing = checkin
        self._groups = list(activity_groups)
        now = clock()
        start = checkin.at if checkin is not None else (when or now)
        # An edited time stays in the offset it was recorded in; a new one is local time.
        self._zone: tzinfo | None = checkin.at.tzinfo if checkin is not None else None
        # A backfill always carries its time; otherwise only a time the person changed.
        self._time_given = checkin is None and when is not None
        self.setWindowTitle("Edit check-in" if checkin else "Check in")
        self.setAccessibleName(self.windowTitle())

        layout = QVBoxLayout(self)
        looking_back = self._time_given or checkin is not None
        heading = QLabel("How were you then?" if looking_back else "How are you?")
        set_type(heading, Type.SECTION)
        layout.addWidget(heading)
        hint = QLabel("Type 1 to 5 for each; Tab skips one; Enter saves.")
        hint.setFont(_smaller(hint.font()))
        layout.addWidget(hint)
        layout.addLayout(self._build_scales())
        layout.addWidget(self._build_activities(checkin), 1)
        layout.addLayout(self._build_note_and_time(start, now))
        self.error = QLabel("", self)
        self.error.setWordWrap(True)
        self.error.setAccessibleName("Problem")
        self.error.hide()
        layout.addWidget(self.error)
        layout.addWidget(self._build_buttons())

        if checkin is not None:
            self._fill(checkin)
        self.scales["mood"].setFocus()
        self._fit_small_screen()
        self.resize(DIALOG_WIDTH, self.minimumSizeHint().height())

    def _fit_small_screen(self) -> None:
        """Large text on a small screen: the activities scroll sooner, so the buttons stay
        on screen (the title bar takes about TITLE_BAR_ALLOWANCE)."""
        screen = self.screen()
        if screen is None:
            return
        room = screen.availableGeometry().height() - TITLE_BAR_ALLOWANCE
        excess = self.minimumSizeHint().height() - room
        if excess > 0:
            scroll = self._activities_scroll
            scroll.setMinimumHeight(max(MIN_ACTIVITIES_HEIGHT, scroll.minimumHeight() - excess))

    def _build_scales(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setVerticalSpacing(6)
        self.scales: dict[str, ScaleSelector] = {}
        for row, scale in enumerate(SCALES):
            info = SCALE_INFO[scale]
            selector = ScaleSelector(info, self)
            selector.committed.connect(self._move_on)
            label = QLabel(_LABELS[scale])
            label.setBuddy(selector)
            label.setToolTip(info.question)
            cell = QVBoxLayout()
            cell.setSpacing(0)
            cell.addWidget(label)
            if scale in _CAPTIONS:
                caption = QLabel(_CAPTIONS[scale])
                caption.setFont(_smaller(caption.font()))
                cell.addWidget(caption)
            grid.addLayout(cell, row, 0)
            grid.addWidget(selector, row, 1)
            self.scales[scale] = selector

        self.sleep = QDoubleSpinBox(self)
        self.sleep.setRange(NO_SLEEP, MAX_SLEEP_HOURS)
        self.sleep.setSingleStep(0.5)
        self.sleep.setDecimals(1)
        self.sleep.setSuffix(" h")
        self.sleep.setSpecialValueText("not recorded")
        self.sleep.setValue(NO_SLEEP)
        self.sleep.setAccessibleName("Hours slept")
        sleep_label = QLabel("S&leep")
        sleep_label.setBuddy(self.sleep)
        grid.addWidget(sleep_label, len(SCALES), 0)
        grid.addWidget(self.sleep, len(SCALES), 1, Qt.AlignmentFlag.AlignLeft)
        return grid

    def _build_activities(self, checkin: CheckIn | None) -> QWidget:
        keep = checkin.activity_ids if checkin else ()
        self.activities = ActivityChips(self._groups, always_show=keep, parent=self)
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 6, 0, 0)
        label = QLabel("&Activities")
        chips = self.activities.chips()
        if chips:
            label.setBuddy(chips[0])
        column.addWidget(label)
        scroll = QScrollArea(box)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        # The feeling words share the activities' scroll area, so the window keeps its
        # height on small screens; a chip reached by keyboard scrolls into view.
        both = QWidget(scroll)
        stacked = QVBoxLayout(both)
        stacked.setContentsMargins(0, 0, 0, 0)
        stacked.addWidget(self.activities)
        stacked.addWidget(self._build_feelings(checkin, both))
        scroll.setWidget(both)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.feelings.chip_focused.connect(scroll.ensureWidgetVisible)
        # Tall enough for every activity at the dialog's width and a glimpse of the
        # feeling words, up to a point; then it scrolls.
        natural = self.activities.heightForWidth(DIALOG_WIDTH - 40) + FEELINGS_GLIMPSE
        scroll.setMinimumHeight(max(MIN_ACTIVITIES_HEIGHT, min(MAX_ACTIVITIES_HEIGHT, natural)))
        self._activities_scroll = scroll
        column.addWidget(scroll, 1)
        return box

    def _build_feelings(self, checkin: CheckIn | None, parent: QWidget) -> QWidget:
        box = QWidget(parent)
        self.feelings = FeelingChips(checkin.feelings if checkin else (), box)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 6, 0, 0)
        label = QLabel("Feelin&g words (optional)", box)
        label.setBuddy(self.feelings.chips()[0])
        column.addWidget(label)
        column.addWidget(self.feelings)
        return box

    def _build_note_and_time(self, start: datetime, now: datetime) -> QGridLayout:
        form = QGridLayout()
        form.setColumnStretch(1, 1)
        self.note = QLineEdit(self)
        self.note.setMaxLength(MAX_NOTE_LENGTH)
        self.note.setPlaceholderText("A few words, if you like")
        self.note.setAccessibleName("Note")
        note_label = QLabel("&Note")
        note_label.setBuddy(self.note)
        form.addWidget(note_label, 0, 0)
        form.addWidget(self.note, 0, 1)
        self.when = QDateTimeEdit(self)
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("ddd d MMM yyyy, HH:mm")
        self.when.setAccessibleName("When")
        self.when.setDateTime(_to_qt(start))
        self.when.setMaximumDateTime(_to_qt(max(now, start)))
        self.when.dateTimeChanged.connect(self._time_changed)
        when_label = QLabel("&When")
        when_label.setBuddy(self.when)
        form.addWidget(when_label, 1, 0)
        form.addWidget(self.when, 1, 1, Qt.AlignmentFlag.AlignLeft)
        return form

    def _build_buttons(self) -> QDialogButtonBox:
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setDefault(True)
        save.setAccessibleName("Save check-in")
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        if self._editing is not None:
            delete = self.buttons.addButton("&Delete", QDialogButtonBox.ButtonRole.DestructiveRole)
            delete.setAccessibleName("Delete this check-in")
            editing_id = self._editing.id
            delete.clicked.connect(lambda: self._delete(editing_id))
        return self.buttons

    def _delete(self, checkin_id: str) -> None:
        self.delete_requested.emit(checkin_id)
        self.reject()

    # -- reading the form -------------------------------------------------------------

    def values(self) -> CheckInValues:
        sleep = self.sleep.value()
        return CheckInValues(
            **{scale: selector.value() for scale, selector in self.scales.items()},
            sleep_hours=None if sleep <= NO_SLEEP else sleep,
            activity_ids=self.activities.selected_ids(),
            note=self.note.text(),
            entry_id=self._editing.entry_id if self._editing else None,
            feelings=self.feelings.selected(),
        )

    def chosen_time(self) -> datetime | None:
        """The time in the editor; None when it was left alone (now, or unchanged)."""
        if not self._time_given:
            return None
        naive: datetime = self.when.dateTime().toPython()  # type: ignore[assignment]
        if self._zone is not None:
            return naive.replace(tzinfo=self._zone)
        return naive.astimezone()  # local time, with that day's daylight-saving rule

    # -- behaviour --------------------------------------------------------------------

    def _fill(self, checkin: CheckIn) -> None:
        for scale, selector in self.scales.items():
            selector.set_value(checkin.value(scale))
        self.sleep.setValue(NO_SLEEP if checkin.sleep_hours is None else checkin.sleep_hours)
        self.activities.set_selected(checkin.activity_ids)
        self.feelings.set_selected(checkin.feelings)
        self.note.setText(checkin.note)

    def _move_on(self) -> None:
        self.focusNextChild()

    def _time_changed(self) -> None:
        self._time_given = True

    def _save(self) -> None:
        try:
            values = self.values().validated()
        except UsageError as error:
            self.error.setText(error.message)
            self.error.show()
            return
        self.submitted.emit(
            CheckInSubmission(
                values, self.chosen_time(), self._editing.id if self._editing else None
            )
        )
        self.accept()


def _smaller(font: QFont) -> QFont:
    return design_font(Type.CAPTION, font)


def _to_qt(moment: datetime) -> QDateTime:
    """The wall-clock time as the person saw it, without converting zones."""
    return QDateTime(
        QDate(moment.year, moment.month, moment.day),
        QTime(moment.hour, moment.minute, moment.second),
    )
