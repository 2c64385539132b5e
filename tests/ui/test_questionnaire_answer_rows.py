"""A questionnaire's answers take as many columns as the width allows: side by side on a
wide dialog, two and two or one a line when narrow, never past the questions' edge."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QAbstractButton
from pytestqt.qtbot import QtBot

from app.core.questionnaires import load_questionnaire
from app.core.support.resources import load_support_resources
from app.ui.watcher.answer_rows import column_choices
from app.ui.watcher.questionnaire_dialog import QuestionnaireDialog


def _open(qtbot: QtBot, kind: str, width: int) -> QuestionnaireDialog:
    dialog = QuestionnaireDialog(load_questionnaire(kind), load_support_resources().region("US"))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.resize(width, 600)
    qtbot.waitUntil(lambda: dialog.width() == width)
    qtbot.wait(20)  # the questions' view takes its new width
    return dialog


def _rows(buttons: list[QAbstractButton]) -> list[int]:
    """How many answers share each line, top to bottom."""
    tops: dict[int, int] = {}
    for button in buttons:
        tops[button.y()] = tops.get(button.y(), 0) + 1
    return [tops[y] for y in sorted(tops)]


def _first_question(dialog: QuestionnaireDialog) -> list[QAbstractButton]:
    return dialog.groups[0].buttons()


def _right_edge_in_view(dialog: QuestionnaireDialog, button: QAbstractButton) -> int:
    viewport = dialog.questions_area.viewport()
    return button.mapTo(viewport, QPoint(button.width(), 0)).x()


def test_a_wide_dialog_shows_the_four_answers_on_one_line(qtbot: QtBot) -> None:
    dialog = _open(qtbot, "phq9", 780)
    assert _rows(_first_question(dialog)) == [4]


def test_a_narrow_dialog_puts_the_answers_two_and_two_or_one_a_line(qtbot: QtBot) -> None:
    dialog = _open(qtbot, "phq9", 420)
    assert _rows(_first_question(dialog)) in ([2, 2], [1, 1, 1, 1])
    viewport = dialog.questions_area.viewport().width()
    for group in dialog.groups:
        for button in group.buttons():
            assert _right_edge_in_view(dialog, button) <= viewport


def test_the_answers_go_back_side_by_side_when_the_dialog_widens(qtbot: QtBot) -> None:
    dialog = _open(qtbot, "who5", 360)
    assert max(_rows(_first_question(dialog))) < 3
    dialog.resize(900, 600)
    qtbot.waitUntil(lambda: _rows(_first_question(dialog)) == [3, 3])


def test_column_choices_fill_every_row_alike_after_the_widest() -> None:
    assert column_choices(4) == [4, 2, 1]
    assert column_choices(6) == [3, 2, 1]
    assert column_choices(5) == [3, 1]
