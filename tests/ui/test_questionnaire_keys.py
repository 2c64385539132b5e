"""The PHQ-9 and WHO-5 by keyboard: the first question has the keys at once, arrows choose
(no Space), Up/Down go between questions, and the result fits its words with next steps."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTableWidget
from pytestqt.qtbot import QtBot

from app.core.questionnaires import load_questionnaire
from app.core.support.resources import load_support_resources
from app.ui.shortcuts_dialog import ShortcutsDialog
from app.ui.watcher.questionnaire_dialog import QuestionnaireDialog


def _open(qtbot: QtBot, kind: str) -> QuestionnaireDialog:
    dialog = QuestionnaireDialog(load_questionnaire(kind), load_support_resources().region("US"))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    assert QTest.qWaitForWindowActive(dialog)
    return dialog


def _key(key: Qt.Key) -> None:
    focused = QApplication.focusWidget()
    assert focused is not None
    QTest.keyClick(focused, key)


def test_the_first_question_has_the_keyboard_when_the_dialog_opens(qtbot: QtBot) -> None:
    dialog = _open(qtbot, "phq9")
    assert QApplication.focusWidget() is dialog.groups[0].button(0)


def test_arrows_choose_an_answer_without_space(qtbot: QtBot) -> None:
    dialog = _open(qtbot, "phq9")
    _key(Qt.Key.Key_Right)
    assert dialog.answers()[0] == 1  # "Several days"
    _key(Qt.Key.Key_Right)
    assert dialog.answers()[0] == 2
    _key(Qt.Key.Key_Left)
    assert dialog.answers()[0] == 1
    _key(Qt.Key.Key_Home)
    assert dialog.answers()[0] == 0
    _key(Qt.Key.Key_End)
    assert dialog.answers()[0] == 3


def test_left_on_a_fresh_question_chooses_the_first_answer(qtbot: QtBot) -> None:
    dialog = _open(qtbot, "phq9")
    _key(Qt.Key.Key_Left)
    assert dialog.answers()[0] == 0


def test_the_who5_grid_goes_on_from_the_end_of_a_row(qtbot: QtBot) -> None:
    dialog = _open(qtbot, "who5")  # six answers in two rows of three
    for _ in range(3):
        _key(Qt.Key.Key_Right)
    # From the third answer (end of the first row) to the fourth (start of the second).
    assert dialog.groups[0].checkedId() == 3
    assert dialog.answers()[0] == 2  # "Less than half of the time"
    _key(Qt.Key.Key_Left)
    assert dialog.groups[0].checkedId() == 2


def test_up_and_down_go_between_questions_and_change_no_answer(qtbot: QtBot) -> None:
    dialog = _open(qtbot, "who5")
    _key(Qt.Key.Key_Right)
    _key(Qt.Key.Key_Down)
    assert QApplication.focusWidget() is dialog.groups[1].button(0)
    assert dialog.answers() == [4, None, None, None, None]
    _key(Qt.Key.Key_Right)
    _key(Qt.Key.Key_Right)
    _key(Qt.Key.Key_Up)
    assert QApplication.focusWidget() is dialog.groups[0].button(1)  # its chosen answer
    assert dialog.answers() == [4, 3, None, None, None]


def test_the_whole_who5_by_arrows_alone_enables_the_result(qtbot: QtBot) -> None:
    dialog = _open(qtbot, "who5")
    for _ in dialog.groups:
        _key(Qt.Key.Key_Right)
        _key(Qt.Key.Key_Down)
    assert dialog.answers() == [4, 4, 4, 4, 4]
    assert dialog.submit.isEnabled()


def test_the_result_fits_its_words_and_offers_next_steps(qtbot: QtBot) -> None:
    dialog = _open(qtbot, "who5")
    asking_height = dialog.height()
    for group in dialog.groups:
        group.button(1).click()
    dialog.submit.click()
    assert dialog.result_label.isVisible()
    assert dialog.height() < asking_height * 0.6
    assert dialog.height() <= dialog.sizeHint().height() + 2  # no empty space left over
    steps = {
        dialog.over_time_button: dialog.over_time_requested,
        dialog.support_button: dialog.support_requested,
        dialog.write_button: dialog.write_requested,
    }
    for button in steps:
        assert button.isVisible()
    with qtbot.waitSignal(dialog.support_requested):
        dialog.support_button.click()
    assert not dialog.isVisible()  # the step leads on; the dialog is done


def test_the_shortcuts_dialog_lists_the_self_check_keys(qtbot: QtBot) -> None:
    dialog = ShortcutsDialog([QAction("Lock")])
    qtbot.addWidget(dialog)
    table = dialog.findChild(QTableWidget)
    assert table is not None
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert rows["Self-check: go to the next or previous question"] == "Down / Up"
    assert rows["Self-check: choose the next or previous answer"] == "Right / Left"
