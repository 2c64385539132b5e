"""Interview and no markers on the trend charts: a thin vertical line on each such day.

Markers sit in the charts' own day coordinates, so they stay right when the range
changes; a key under the charts says what they are.
"""

from __future__ import annotations

from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel

from app.ui.insights.colors import OKABE_ITO, is_dark
from app.ui.insights.trend_chart import TrendCharts, day_seconds
from app.ui.jobsearch.views import INTERVIEW, NO, SearchEvent

KEY_TEXT = "Thin lines: green dotted for an interview, grey dashed for a no."


class JobMarkers:
    """Draws ``SearchEvent``s on every scale chart of a ``TrendCharts``."""

    def __init__(self, charts: TrendCharts) -> None:
        self._charts = charts
        self._lines: list[tuple[pg.PlotItem, pg.InfiniteLine]] = []
        self.key = QLabel(KEY_TEXT, charts)
        self.key.setWordWrap(True)
        self.key.setAccessibleName("Markers on the charts")
        self.key.hide()
        layout = charts.layout()
        if layout is not None:
            layout.addWidget(self.key)
        self.events: tuple[SearchEvent, ...] = ()

    def set_events(self, events: Sequence[SearchEvent]) -> None:
        for plot_item, line in self._lines:
            plot_item.removeItem(line)
        self._lines = []
        self.events = tuple(events)
        palette = self._charts.palette()
        pens = {
            INTERVIEW: pg.mkPen(
                QColor(OKABE_ITO["bluish_green"]), width=1.5, style=Qt.PenStyle.DotLine
            ),
            NO: pg.mkPen(_grey(palette), width=1.5, style=Qt.PenStyle.DashLine),
        }
        for event in self.events:
            # The middle of the day, where that day's dot is drawn.
            x = float(day_seconds((event.on,))[0])
            for chart in self._charts.charts.values():
                plot_item = chart.plot.getPlotItem()
                line = pg.InfiniteLine(pos=x, angle=90, pen=pens[event.kind], movable=False)
                line.setZValue(-10)  # behind the dots and the line
                plot_item.addItem(line)
                self._lines.append((plot_item, line))
        self.key.setVisible(bool(self.events))
        interviews = sum(1 for e in self.events if e.kind == INTERVIEW)
        nos = len(self.events) - interviews
        self._charts.setAccessibleDescription(
            f"Marked on the charts: {interviews} interview days and {nos} days with a no."
        )


def _grey(palette: QPalette) -> QColor:
    return QColor("#9a9a9a") if is_dark(palette) else QColor("#6b6b6b")


__all__ = ["INTERVIEW", "NO", "JobMarkers", "SearchEvent"]
