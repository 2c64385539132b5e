"""Trend charts: one small chart per scale, daily means as dots and the 7-day mean as a line.

Days without data stay empty: no dot, and the line breaks where the trailing week has no
data at all (NaN with ``connect="finite"``), so a gap is never drawn as a zero.
"""

from __future__ import annotations

import math
from datetime import date

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.core.checkins import SCALE_INFO, SCALES
from app.core.insights import ScaleSeries, TrendData
from app.ui.charts import still_date_plot
from app.ui.dates import display_date
from app.ui.insights.colors import is_dark, scale_colour
from app.ui.insights.scale_summary import scale_summary

SECONDS_PER_DAY = 86_400
_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()
CHART_HEIGHT = 118


def day_seconds(days: tuple[date, ...]) -> np.ndarray:
    """Days as UTC-midnight timestamps, the unit pyqtgraph's date axis reads."""
    ordinals = np.fromiter((d.toordinal() for d in days), dtype=np.int64, count=len(days))
    return ((ordinals - _EPOCH_ORDINAL) * SECONDS_PER_DAY).astype(float)


def dot_size(days: int) -> int:
    """Big dots for a fortnight, smaller ones for years, yet always big enough to see."""
    if days <= 31:
        return 10
    if days <= 120:
        return 8
    return 6 if days <= 400 else 4


def as_array(values: tuple[float | None, ...]) -> np.ndarray:
    """None becomes NaN: a gap, never a zero."""
    return np.array(values, dtype=float)


class ScaleChart(QWidget):
    """One scale: a heading with the latest 7-day mean, and the chart under it."""

    def __init__(self, scale: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scale = scale
        info = SCALE_INFO[scale]
        self.setAccessibleName(f"{info.label} over time")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        header = QHBoxLayout()
        self.title = QLabel(info.label)
        bold = self.title.font()
        bold.setBold(True)
        self.title.setFont(bold)
        self.summary = QLabel("")
        header.addWidget(self.title)
        header.addWidget(self.summary, 1)
        layout.addLayout(header)

        self.plot = still_date_plot(CHART_HEIGHT)
        item = self.plot.getPlotItem()
        item.setYRange(0.6, 5.4, padding=0)
        item.getAxis("left").setTicks([[(n, str(n)) for n in range(1, 6)]])
        item.getAxis("left").setWidth(28)
        item.showGrid(x=False, y=True, alpha=0.15)
        self.dots = pg.ScatterPlotItem(size=5, pen=None)
        self.line = pg.PlotDataItem(connect="finite", antialias=True)
        # Qt strokes a wide antialiased path slowly (about 45 ms for ten years of days);
        # drawn as separate segments the same line takes about 3 ms, gaps included.
        self.line.curve.setSegmentedLineMode("on")
        item.addItem(self.dots)
        item.addItem(self.line)
        layout.addWidget(self.plot)
        self._series: ScaleSeries | None = None
        self._x = np.array([], dtype=float)
        self._apply_palette()

    def set_series(self, x: np.ndarray, series: ScaleSeries, start: float, end: float) -> None:
        self._series, self._x = series, x
        daily, rolling = as_array(series.daily), as_array(series.rolling)
        has = ~np.isnan(daily)
        self.dots.setData(x[has], daily[has], size=dot_size(len(x)))
        self.line.setData(x, rolling)
        half_day = SECONDS_PER_DAY / 2
        self.plot.getPlotItem().setXRange(start - half_day, end + half_day, padding=0)
        self._describe(daily, rolling)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_palette()
        super().changeEvent(event)

    def _apply_palette(self) -> None:
        palette = self.palette()
        colour = scale_colour(self.scale, palette)
        background = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        self.plot.setBackground(background)
        item = self.plot.getPlotItem()
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            axis.setPen(pg.mkPen(palette.color(QPalette.ColorRole.Mid)))
            axis.setTextPen(pg.mkPen(text))
        dot = QColor(colour)
        # Translucent dots let the line read first; on dark backgrounds less so, or they fade.
        dot.setAlphaF(0.9 if is_dark(palette) else 0.8)
        self.dots.setBrush(pg.mkBrush(dot))
        # A ring in the background colour keeps neighbouring dots apart where they crowd.
        self.dots.setPen(pg.mkPen(background, width=1))
        self.line.setPen(pg.mkPen(colour, width=2))
        swatch = colour.name()
        self.title.setText(f'<span style="color:{swatch}">●</span> {SCALE_INFO[self.scale].label}')

    def _describe(self, daily: np.ndarray, rolling: np.ndarray) -> None:
        label = SCALE_INFO[self.scale].label
        last = float(rolling[-1]) if len(rolling) else math.nan
        text = scale_summary(label, [float(v) for v in daily], last)
        self.summary.setText(f"  {text}")
        self.setAccessibleDescription(f"{label}: {text}.")


class TrendCharts(QWidget):
    """The four scales stacked, sharing one time range."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Trends")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.empty = QLabel(
            "No check-ins in this stretch yet. Once you check in, your days will show here."
        )
        self.empty.setWordWrap(True)
        self.empty.hide()
        layout.addWidget(self.empty)
        self.charts = {scale: ScaleChart(scale, self) for scale in SCALES}
        for chart in self.charts.values():
            layout.addWidget(chart)
        self.legend = QLabel("")
        self.legend.setWordWrap(True)
        layout.addWidget(self.legend)

    def set_data(self, data: TrendData) -> None:
        x = day_seconds(data.days)
        start = x[0] if len(x) else 0.0
        end = x[-1] if len(x) else 0.0
        for scale, chart in self.charts.items():
            chart.set_series(x, data.scale(scale), start, end)
        self.empty.setVisible(not data.has_data)
        first, last = (display_date(d, weekday=False, year=True) for d in (data.start, data.end))
        span = f"{first} to {last}"
        self.legend.setText(
            f"{span}. Dots: each day's average. Line: the average of the last 7 days."
        )
