"""The check-in window, used with the keyboard alone: new, edited and backfilled."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.core.checkins import CheckInValues
from app.core.clock import fixed_clock
from app.core.workspace import Workspace
from app.ui.checkins.checkin_dialog import CheckInDialog
from app.ui.checkins.submission import CheckInSubmission

NOW = datetime(2026, 3, 14, 20, 0).astimezone()


def _focused(dialog: CheckInDialog) -> QWidget:
    widget = QApplication.focusWidget() or dialog.focusWidget()
    assert widget is not None
    return widget


def _type(qtbot: QtBot, dialog: CheckInDialog, *keys: Qt.Key) -> None:
    for key in keys:
        qtbot.keyClick(_focused(dialog), key)


@pytest.fixture
def open_dialog(qtbot: QtBot, workspace: Workspace):
    def make(**kwargs: object) -> tuple[CheckInDialog, list[CheckInSubmission]]:
        groups = workspace.activities.list_grouped(include_hidden=True)
        dialog = CheckInDialog(groups, clock=fixed_clock(NOW), **kwargs)
        qtbot.addWidget(dialog)
        received: list[CheckInSubmission] = []
        dialog.submitted.connect(received.append)
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(dialog.scales["mood"].hasFocus)
        return dialog, received

    return make


def test_keyboard_only_checkin_saves_the_typed_values(qtbot: QtBot, open_dialog) -> None:
    dialog, received = open_dialog()
    # 4 for mood (moves on to energy), 3 for energy, Tab skips interest, 2 for focus, Enter.
    _type(qtbot, dialog, Qt.Key.Key_4, Qt.Key.Key_3, Qt.Key.Key_Tab, Qt.Key.Key_2)
    assert dialog.sleep.hasFocus()
    _type(qtbot, dialog, Qt.Key.Key_Return)
    assert len(received) == 1
    values = received[0].values
    assert (values.mood, values.energy, values.interest, values.focus) == (4, 3, None, 2)
    assert values.sleep_hours is None and values.activity_ids == () and values.note == ""
    assert received[0].at is None and not received[0].is_edit
    assert dialog.result() == CheckInDialog.DialogCode.Accepted


def test_sleep_activities_and_note_by_keyboard(
    qtbot: QtBot,
    open_dialog,
    workspace: Workspace,
) -> None:
    dialog, received = open_dialog()
    _type(qtbot, dialog, Qt.Key.Key_5, Qt.Key.Key_Tab, Qt.Key.Key_Tab, Qt.Key.Key_Tab)
    assert dialog.sleep.hasFocus()
    qtbot.keyClicks(dialog.sleep, "7.5")
    _type(qtbot, dialog, Qt.Key.Key_Tab)  # the first chip: "Applied for a job"
    _type(qtbot, dialog, Qt.Key.Key_Space, Qt.Key.Key_Tab, Qt.Key.Key_Space)
    dialog.note.setFocus()
    qtbot.keyClicks(dialog.note, "long walk")
    _type(qtbot, dialog, Qt.Key.Key_Enter)
    (submission,) = received
    assert submission.values.mood == 5 and submission.values.sleep_hours == 7.5
    names = [workspace.activities.get(i).name for i in submission.values.activity_ids]
    assert names == ["Applied for a job", "Interview"]
    assert submission.values.note == "long walk"


def test_zero_skips_a_scale_again_and_arrows_adjust(qtbot: QtBot, open_dialog) -> None:
    dialog, _ = open_dialog()
    mood = dialog.scales["mood"]
    _type(qtbot, dialog, Qt.Key.Key_2)
    mood.setFocus()
    _type(qtbot, dialog, Qt.Key.Key_Right, Qt.Key.Key_Right)
    assert mood.value() == 4
    _type(qtbot, dialog, Qt.Key.Key_0)
    assert mood.value() is None and mood.hasFocus()


def test_escape_cancels_without_saving(qtbot: QtBot, open_dialog) -> None:
    dialog, received = open_dialog()
    _type(qtbot, dialog, Qt.Key.Key_3, Qt.Key.Key_Escape)
    assert received == []
    assert dialog.result() == CheckInDialog.DialogCode.Rejected


def test_an_empty_checkin_explains_itself_and_stays_open(qtbot: QtBot, open_dialog) -> None:
    dialog, received = open_dialog()
    _type(qtbot, dialog, Qt.Key.Key_Return)
    assert received == []
    assert dialog.isVisible()
    assert "at least one thing" in dialog.error.text() and not dialog.error.isHidden()


def test_editing_starts_from_the_saved_values_and_keeps_hidden_activities(
    qtbot: QtBot,
    open_dialog,
    workspace: Workspace,
) -> None:
    hobby, friends = workspace.activities.resolve_names(["Hobby", "Friends"])
    entry = workspace.journal.create("Linked", "text")
    saved = workspace.checkins.create(
        CheckInValues(
            mood=2, focus=4, sleep_hours=6, note="tired", activity_ids=(hobby, friends),
            entry_id=entry.id,
        )
    )  # fmt: skip
    workspace.activities.set_hidden(hobby, True)
    dialog, received = open_dialog(checkin=saved)
    assert dialog.windowTitle() == "Edit check-in"
    assert dialog.activities.chip(hobby).isChecked()  # hidden, but this check-in has it
    assert dialog.note.text() == "tired" and dialog.sleep.value() == 6
    _type(qtbot, dialog, Qt.Key.Key_4)  # mood 2 -> 4
    _type(qtbot, dialog, Qt.Key.Key_Return)
    (submission,) = received
    assert submission.checkin_id == saved.id and submission.is_edit
    values = submission.values
    assert (values.mood, values.energy, values.focus) == (4, None, 4)
    assert set(values.activity_ids) == {hobby, friends} and values.entry_id == entry.id
    edited = submission.save_with(workspace.checkins)
    assert edited.mood == 4 and edited.note == "tired" and edited.entry_id == entry.id
    assert edited.at == saved.at  # the time was left alone


def test_editing_the_time_keeps_the_offset_it_was_recorded_in(
    qtbot: QtBot,
    open_dialog,
    workspace: Workspace,
) -> None:
    tokyo = timezone(timedelta(hours=9))
    saved = workspace.checkins.backfill(
        CheckInValues(mood=3), datetime(2026, 3, 1, 9, 0, tzinfo=tokyo)
    )
    dialog, received = open_dialog(checkin=saved)
    dialog.when.setDateTime(QDateTime(datetime(2026, 3, 1, 7, 30)))
    _type(qtbot, dialog, Qt.Key.Key_Return)
    assert received[0].at == datetime(2026, 3, 1, 7, 30, tzinfo=tokyo)


def test_backfilling_an_earlier_day(
    qtbot: QtBot,
    open_dialog,
    workspace: Workspace,
) -> None:
    earlier = (NOW - timedelta(days=3)).replace(hour=9, minute=15)
    dialog, received = open_dialog(when=earlier)
    assert dialog.when.dateTime().toPython() == earlier.replace(tzinfo=None)
    _type(qtbot, dialog, Qt.Key.Key_2, Qt.Key.Key_Return)
    (submission,) = received
    assert submission.at == earlier
    saved = submission.save_with(workspace.checkins)
    assert saved.day == earlier.date() and saved.mood == 2


def test_changing_the_time_of_a_new_checkin_backfills_it(qtbot: QtBot, open_dialog) -> None:
    dialog, received = open_dialog()
    yesterday = (NOW - timedelta(days=1)).replace(tzinfo=None, second=0, microsecond=0)
    dialog.when.setDateTime(QDateTime(yesterday))
    dialog.scales["energy"].set_value(3)
    dialog.scales["mood"].setFocus()
    _type(qtbot, dialog, Qt.Key.Key_Return)
    assert received[0].at is not None
    assert received[0].at.replace(tzinfo=None) == yesterday
    assert received[0].at.utcoffset() is not None


def test_every_control_has_an_accessible_name(open_dialog) -> None:
    dialog, _ = open_dialog()
    controls = [*dialog.scales.values(), dialog.sleep, dialog.note, dialog.when]
    controls += dialog.activities.chips()
    assert all(control.accessibleName() for control in controls)
    assert "1 is very low, 5 is very good" in dialog.scales["mood"].accessibleDescription()
