"""Sizes come from the system font, and long text stops at a readable line length."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QApplication, QFrame, QScrollArea, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from app.ui.controller import AppController
from app.ui.design import MEASURE_CHARS, ReadableMeasure, Type, font
from app.ui.widgets import heading


def test_the_type_scale_grows_with_a_larger_system_font(qapp: QApplication) -> None:
    normal, larger = QFont(qapp.font()), QFont(qapp.font())
    larger.setPointSizeF(normal.pointSizeF() * 1.5)
    for role in Type:
        assert font(role, larger).pointSizeF() == pytest.approx(
            1.5 * font(role, normal).pointSizeF()
        )
    sizes = [font(role, normal).pointSizeF() for role in (Type.CAPTION, Type.BODY, Type.TITLE)]
    assert sizes == sorted(sizes) and sizes[0] < sizes[1] < sizes[2]


def test_a_heading_is_the_title_size_of_its_own_font(qtbot: QtBot) -> None:
    title = heading("Welcome back")
    qtbot.addWidget(title)
    base = QWidget().font().pointSizeF()
    assert title.font().pointSizeF() == pytest.approx(base * Type.TITLE.value[0])


def _characters_per_line(widget: QWidget, width: int) -> float:
    return width / QFontMetricsF(widget.font()).averageCharWidth()


def test_the_editor_stops_at_a_readable_measure_on_a_wide_window_and_centres_it(
    opened: AppController, qapp: QApplication
) -> None:
    window = opened.main_window
    assert window is not None
    window.show()
    window.show_page("journal")
    body, editor = window.journal_page.editor.body, window.journal_page.editor
    window.resize(1920, 1080)
    qapp.processEvents()
    text_width = body.viewport().width() - 2 * body.document().documentMargin()
    assert 70 <= _characters_per_line(body, int(text_width)) <= 80
    left = body.mapTo(editor, body.rect().topLeft()).x()
    right = editor.width() - (left + body.width())
    assert abs(left - right) <= 2, (left, right)

    window.resize(900, 700)  # narrower than the measure: the text takes the room there is
    qapp.processEvents()
    assert body.mapTo(editor, body.rect().topLeft()).x() <= 20


def test_the_measure_only_widens_the_side_margins(qtbot: QtBot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    layout.setContentsMargins(10, 7, 10, 9)
    layout.addWidget(QFrame())
    measure = ReadableMeasure(host, MEASURE_CHARS)
    host.resize(measure.limit() + 20 + 400, 300)  # 400 px more than the margins and measure
    host.show()
    margins = layout.contentsMargins()
    assert (margins.left(), margins.right()) == (10 + 200, 10 + 200)
    assert (margins.top(), margins.bottom()) == (7, 9)


def test_a_page_made_narrower_after_being_wide_never_scrolls_sideways(qtbot: QtBot) -> None:
    # A page's content in a scroll area, with a row as wide as the measure: the margins the
    # measure adds on a wide window must shrink again when the window narrows, or (being
    # part of the content's minimum width) they hold it wide and the page scrolls sideways.
    area = QScrollArea()
    qtbot.addWidget(area)
    area.setWidgetResizable(True)
    content = QWidget()
    layout = QVBoxLayout(content)
    layout.setContentsMargins(10, 10, 10, 10)
    measure = ReadableMeasure(content, MEASURE_CHARS)
    row = QFrame()
    row.setMinimumWidth(measure.limit())
    layout.addWidget(row)
    area.setWidget(content)
    area.resize(measure.limit() + 600, 400)
    area.show()
    qtbot.waitUntil(lambda: layout.contentsMargins().left() > 250)

    area.resize(measure.limit() + 100, 400)
    qtbot.waitUntil(lambda: layout.contentsMargins().left() < 70)
    QApplication.processEvents()
    assert not area.horizontalScrollBar().isVisible()
    assert content.width() <= area.viewport().width()
