"""Draws one entry in the list: title, day, a preview (or highlighted snippet) and tags."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.core.clock import Clock
from app.ui.dates import display_date, display_time, display_weekday
from app.ui.journal.entry_list_model import Role

ITEM_WIDTH = 260  # the narrowest a card reads well
PADDING = 10
LINE_GAP = 3


def friendly_day(moment: datetime, today: datetime) -> str:
    today = today.astimezone(moment.tzinfo)
    days = (today.date() - moment.date()).days
    if days == 0:
        return f"Today, {display_time(moment)}"
    if days == 1:
        return f"Yesterday, {display_time(moment)}"
    if 0 < days < 7:
        return display_weekday(moment.date())
    if moment.year == today.year:
        return display_date(moment.date(), weekday=False, short=True)
    return display_date(moment.date(), weekday=False, short=True, year=True)


class EntryDelegate(QStyledItemDelegate):
    def __init__(self, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock  # "Today" and "Yesterday" are the injected clock's

    def when_text(self, when: datetime | None) -> str:
        return friendly_day(when, self._clock()) if when else ""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        metrics = QFontMetrics(option.font)
        height = PADDING * 2 + metrics.height() * 3 + LINE_GAP * 2
        return QSize(ITEM_WIDTH, height)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        painter.save()
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget
            )
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text_colour = palette.color(text_role)
        muted_colour = (
            text_colour if selected else palette.color(QPalette.ColorRole.PlaceholderText)
        )
        rect = option.rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        metrics = QFontMetrics(option.font)
        line = metrics.height()

        when: datetime | None = index.data(Role.WHEN)
        when_text = self.when_text(when)
        when_width = metrics.horizontalAdvance(when_text) + 8
        title_font = QFont(option.font)
        title_font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(title_font)
        painter.setPen(text_colour)
        title = QFontMetrics(title_font).elidedText(
            str(index.data(Role.TITLE) or ""),
            Qt.TextElideMode.ElideRight,
            rect.width() - when_width,
        )
        painter.drawText(
            QRect(rect.left(), rect.top(), rect.width() - when_width, line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            title,
        )
        painter.setFont(option.font)
        painter.setPen(muted_colour)
        painter.drawText(
            QRect(rect.right() - when_width, rect.top(), when_width, line),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            when_text,
        )

        second = QRect(rect.left(), rect.top() + line + LINE_GAP, rect.width(), line)
        snippet_html = index.data(Role.SNIPPET_HTML)
        if snippet_html:
            self._draw_html(painter, second, snippet_html, option.font, text_colour)
        else:
            painter.setPen(text_colour)
            preview = metrics.elidedText(
                str(index.data(Role.PREVIEW) or ""), Qt.TextElideMode.ElideRight, rect.width()
            )
            painter.drawText(
                second, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, preview
            )

        tags = index.data(Role.TAGS) or ()
        if tags:
            painter.setPen(muted_colour)
            tag_text = metrics.elidedText(
                "  ".join(f"#{tag}" for tag in tags), Qt.TextElideMode.ElideRight, rect.width()
            )
            third = QRect(rect.left(), second.bottom() + LINE_GAP, rect.width(), line)
            painter.drawText(
                third, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, tag_text
            )
        painter.restore()

    @staticmethod
    def _draw_html(painter: QPainter, rect: QRect, html: str, font: QFont, colour: object) -> None:
        document = QTextDocument()
        document.setDefaultFont(font)
        document.setDocumentMargin(0)
        document.setTextWidth(rect.width())
        document.setHtml(f"<span style='color:{colour.name()}'>{html}</span>")  # type: ignore[attr-defined]
        painter.save()
        painter.translate(rect.topLeft())
        painter.setClipRect(QRect(0, 0, rect.width(), rect.height()))
        document.drawContents(painter)
        painter.restore()
