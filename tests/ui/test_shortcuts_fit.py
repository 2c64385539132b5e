"""The shortcuts table fits its dialog: the keys keep their width, the actions take the
rest and wrap on a narrow dialog, and nothing runs past the table's edge."""

from __future__ import annotations

from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import QApplication, QTableWidget
from pytestqt.qtbot import QtBot

from app.ui.shortcuts_dialog import ShortcutsDialog


def _open(qtbot: QtBot, width: int | None = None) -> tuple[ShortcutsDialog, QTableWidget]:
    action = QAction("Openings and people")
    action.setShortcut("Ctrl+Shift+O")
    dialog = ShortcutsDialog([action])
    dialog._kept = action  # type: ignore[attr-defined]  # the action lives as long as the dialog
    qtbot.addWidget(dialog)
    dialog.show()
    if width is not None:
        dialog.resize(width, 420)
        qtbot.waitUntil(lambda: dialog.width() == width)
    table = dialog.findChild(QTableWidget)
    assert table is not None
    qtbot.wait(20)
    return dialog, table


def test_the_dialog_opens_wide_enough_for_every_action_on_one_line(
    qtbot: QtBot, qapp: QApplication
) -> None:
    saved = QFont(qapp.font())
    larger = QFont(saved)
    larger.setPointSizeF(saved.pointSizeF() * 1.5)  # as a larger system font makes it
    qapp.setFont(larger)
    try:
        _dialog, table = _open(qtbot)
    finally:
        qapp.setFont(saved)
    assert table.sizeHintForColumn(0) <= table.columnWidth(0)  # the longest action
    assert table.columnWidth(0) + table.columnWidth(1) <= table.viewport().width()


def test_a_narrow_dialog_wraps_long_actions_and_keeps_every_row_within_the_table(
    qtbot: QtBot,
) -> None:
    _dialog, table = _open(qtbot, 300)
    assert table.columnWidth(0) + table.columnWidth(1) <= table.viewport().width()
    assert table.columnWidth(1) >= table.sizeHintForColumn(1)  # the keys in full
    long_row = next(
        row
        for row in range(table.rowCount())
        if table.item(row, 0).text().startswith("Self-check: choose the next")
    )
    one_line = table.rowHeight(
        next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "Openings and people")
    )
    assert table.rowHeight(long_row) > one_line  # wrapped onto a second line, shown whole
