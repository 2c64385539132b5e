"""Feeling words in the check-in window: reached and chosen by keyboard, filled on edit,
capped, and shown in the day panel."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from app.core.checkins import CheckIn, CheckInValues
from app.core.checkins.feelings import MAX_FEELINGS, known_feelings
from app.core.clock import fixed_clock
from app.core.workspace import Workspace
from app.ui.checkins.checkin_dialog import CheckInDialog
from app.ui.checkins.feeling_chips import FeelingChips
from app.ui.checkins.submission import CheckInSubmission
from app.ui.insights.day_panel import DayPanel

NOW = datetime(2026, 3, 14, 20, 0).astimezone()


def _dialog(qtbot: QtBot, workspace: Workspace, **kwargs: object) -> CheckInDialog:
    groups = workspace.activities.list_grouped(include_hidden=True)
    dialog = CheckInDialog(groups, clock=fixed_clock(NOW), **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.scales["mood"].hasFocus)
    return dialog


def test_feeling_words_are_chosen_with_the_keyboard_alone(
    qtbot: QtBot, workspace: Workspace
) -> None:
    dialog = _dialog(qtbot, workspace)
    received: list[CheckInSubmission] = []
    dialog.submitted.connect(received.append)
    qtbot.keyClick(dialog.scales["mood"], Qt.Key.Key_2)
    # Alt+G (the label's mnemonic) jumps to the first word; arrows move; Space toggles.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
    assert dialog.feelings.chip("hopeful").hasFocus()
    qtbot.keyClick(dialog.feelings.chip("hopeful"), Qt.Key.Key_Right)
    assert dialog.feelings.chip("calm").hasFocus()
    qtbot.keyClick(dialog.feelings.chip("calm"), Qt.Key.Key_Space)
    qtbot.keyClick(dialog.feelings.chip("calm"), Qt.Key.Key_Left)
    qtbot.keyClick(dialog.feelings.chip("hopeful"), Qt.Key.Key_Left)  # wraps to the last
    last = known_feelings()[-1]
    assert dialog.feelings.chip(last).hasFocus()
    qtbot.keyClick(dialog.feelings.chip(last), Qt.Key.Key_Space)
    dialog.note.setFocus()
    qtbot.keyClick(dialog.note, Qt.Key.Key_Enter)
    (submission,) = received
    assert submission.values.mood == 2
    assert submission.values.feelings == ("calm", last)


def test_editing_shows_the_saved_words_and_keeps_unlisted_ones(
    qtbot: QtBot, workspace: Workspace
) -> None:
    checkin = CheckIn("c1", NOW, mood=3, feelings=("tired", "wistful"))  # wistful: not listed
    dialog = _dialog(qtbot, workspace, checkin=checkin)
    assert dialog.feelings.chip("tired").isChecked()
    assert dialog.feelings.chip("wistful").isChecked()
    assert dialog.feelings.chip("wistful").accessibleName() == "wistful (other)"
    assert dialog.values().feelings == ("tired", "wistful")


def test_no_more_than_the_limit_can_be_chosen(qtbot: QtBot) -> None:
    chips = FeelingChips()
    qtbot.addWidget(chips)
    words = known_feelings()
    for word in words[:MAX_FEELINGS]:
        chips.chip(word).setChecked(True)
    assert not chips.chip(words[MAX_FEELINGS]).isEnabled()
    chips.chip(words[0]).setChecked(False)
    assert chips.chip(words[MAX_FEELINGS]).isEnabled()


def test_day_panel_shows_a_checkins_feeling_words(qtbot: QtBot, workspace: Workspace) -> None:
    moment = datetime(2026, 3, 2, 9, 30).astimezone()
    workspace.checkins.backfill(CheckInValues(mood=2, feelings=("tired", "hopeful")), moment)
    panel = DayPanel()
    qtbot.addWidget(panel)
    panel.set_detail(workspace.insights.day_detail(moment.date()))
    texts = [label.text() for label in panel.findChildren(QLabel)]
    assert any(text.endswith("\nFeeling tired, hopeful") for text in texts)
