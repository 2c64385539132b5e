"""The steps of a search fit their dialog: it opens tall enough to show every step whole,
and when the screen is shorter the steps scroll while each wrapped line keeps its height."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from app.ui.jobsearch.steps_dialog import StepsDialog
from app.ui.jobsearch.views import StepView

DETAIL = (
    "A longer note about this step, long enough to wrap onto a second or third line in a "
    "dialog of the usual width, as the real steps do."
)
STEPS = [
    StepView(f"Step title {n}", DETAIL, done=n % 2 == 0, key=f"s{n}", can_mark=n % 2 == 1)
    for n in range(1, 9)
]


def _open(qtbot: QtBot) -> StepsDialog:
    dialog = StepsDialog(STEPS)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _labels_have_their_height(dialog: StepsDialog) -> bool:
    labels = [label for row in dialog.rows for label in row.findChildren(QLabel)]
    return all(
        label.height() >= (label.heightForWidth(label.width()) if label.wordWrap() else 0)
        for label in labels
    )


def test_the_dialog_opens_tall_enough_to_show_every_step_without_scrolling(
    qtbot: QtBot,
) -> None:
    dialog = _open(qtbot)
    screen = dialog.screen().availableGeometry().height()
    if dialog.height() < screen:
        assert dialog.steps_area.verticalScrollBar().maximum() == 0
    assert _labels_have_their_height(dialog)


def test_on_a_short_screen_the_steps_scroll_and_keep_their_wrapped_height(
    qtbot: QtBot,
) -> None:
    dialog = _open(qtbot)
    dialog.resize(dialog.width(), 300)
    qtbot.waitUntil(lambda: dialog.height() == 300)
    qtbot.wait(20)
    assert dialog.steps_area.verticalScrollBar().maximum() > 0
    assert _labels_have_their_height(dialog)
