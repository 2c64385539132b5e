"""The visual check itself: it finds clipped text, overlaps, unnamed controls and places
Tab cannot reach, and passes what is fine (so a clean run means something)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.ui.keyboard import let_ctrl_tab_leave
from tests.support import keyboard_check, visual_check

LONG = "Suggest talking to someone when low energy and low mood last two weeks or more"


def shown(qtbot: QtBot, *children: QWidget, width: int = 300, layout: bool = True) -> QWidget:
    window = QWidget()
    qtbot.addWidget(window)
    if layout:
        column = QVBoxLayout(window)
        for child in children:
            column.addWidget(child)
    else:
        for child in children:
            child.setParent(window)
    window.resize(width, 400)
    window.show()
    qtbot.waitExposed(window)
    return window


def kinds(problems: list[visual_check.Problem]) -> list[str]:
    return [problem.kind for problem in problems]


def test_a_label_too_narrow_for_its_words_is_clipped(qtbot: QtBot) -> None:
    label = QLabel(LONG)
    label.setFixedWidth(120)
    problems = visual_check.inspect(shown(qtbot, label))
    assert kinds(problems) == ["clipped"]
    assert "QLabel" in problems[0].path and "needs" in problems[0].detail


def test_a_wrapping_label_with_room_is_fine_and_one_squeezed_short_is_clipped(
    qtbot: QtBot,
) -> None:
    fine = QLabel(LONG)
    fine.setWordWrap(True)
    assert visual_check.inspect(shown(qtbot, fine)) == []
    short = QLabel(LONG)
    short.setWordWrap(True)
    short.setFixedHeight(16)
    assert kinds(visual_check.inspect(shown(qtbot, short))) == ["clipped"]


def test_a_check_box_and_a_button_narrower_than_their_text_are_clipped(qtbot: QtBot) -> None:
    box, button = QCheckBox(LONG), QPushButton("Make a new recovery key…")
    box.setFixedWidth(150)
    button.setFixedWidth(60)
    problems = visual_check.inspect(shown(qtbot, box, button))
    assert sorted(p.path.split(" > ")[-1].split('"')[0] for p in problems) == [
        "QCheckBox",
        "QPushButton",
    ]


def test_a_tree_item_cut_by_its_column_is_clipped(qtbot: QtBot) -> None:
    tree = QTreeWidget()
    tree.setHeaderHidden(True)
    QTreeWidgetItem(tree, [LONG])
    tree.setColumnWidth(0, 80)
    problems = visual_check.inspect(shown(qtbot, tree))
    assert kinds(problems) == ["clipped"]
    assert "item" in problems[0].path


def test_overlapping_siblings_are_found_and_neighbours_are_not(qtbot: QtBot) -> None:
    first, second, third = QPushButton("One"), QPushButton("Two"), QPushButton("Three")
    window = shown(qtbot, first, second, third, layout=False)
    for button in (first, second, third):
        button.resize(80, 30)
    first.move(10, 10)
    second.move(50, 20)  # on top of the first
    third.move(10, 100)  # clear of both
    problems = visual_check.inspect(window)
    assert kinds(problems) == ["overlap"]
    assert '"One"' in problems[0].path and '"Two"' in problems[0].detail


def test_a_control_without_a_name_or_a_buddy_label_is_unnamed(qtbot: QtBot) -> None:
    named, buddied, bare = QLineEdit(), QLineEdit(), QLineEdit()
    named.setAccessibleName("Title")
    label = QLabel("&Tags")
    label.setBuddy(buddied)
    row = QWidget()
    line = QHBoxLayout(row)
    line.addWidget(label)
    line.addWidget(buddied)
    problems = keyboard_check.unnamed_controls(shown(qtbot, named, row, bare))
    assert len(problems) == 1
    assert problems[0].kind == "unnamed"


def test_a_text_editor_that_keeps_tab_is_a_trap_until_ctrl_tab_leaves_it(qtbot: QtBot) -> None:
    before, editor, after = QPushButton("Before"), QPlainTextEdit(), QPushButton("After")
    editor.setAccessibleName("Text")
    editor.setTabChangesFocus(False)
    window = shown(qtbot, before, editor, after)
    problems = keyboard_check.unreachable_by_tab(window, start=before)
    assert "focus trap" in kinds(problems)
    assert "unreachable" in kinds(problems)  # "After" lies beyond the trap

    let_ctrl_tab_leave(editor)
    assert keyboard_check.unreachable_by_tab(window, start=before) == []


def test_a_hidden_or_disabled_control_need_not_be_reached(qtbot: QtBot) -> None:
    shown_button, hidden, disabled = QPushButton("A"), QPushButton("B"), QPushButton("C")
    window = shown(qtbot, shown_button, hidden, disabled)
    hidden.hide()
    disabled.setEnabled(False)
    assert keyboard_check.focusable_controls(window) == [shown_button]
    assert keyboard_check.unreachable_by_tab(window) == []


def test_a_label_with_links_counts_as_a_control_for_tab(qtbot: QtBot) -> None:
    link = QLabel('Call <a href="tel:988">988</a>')
    link.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
    button = QPushButton("Copy")
    window = shown(qtbot, button, link)
    link.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Tab can no longer land on it...
    assert keyboard_check.unreachable_by_tab(window) == []  # ...and it isn't asked to
    link.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    visited, stuck = keyboard_check.tab_order(window, start=button)
    assert link in visited and stuck is None
