"""Days after a no: mood and energy in the seven days after each no, beside the person's
own usual, with the core's recovery sentence.

Each no is a faint line, their average a bold one, and the usual a dashed level. It shows
how the days went, never why, and never names an employer.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from app.ui.insights.colors import is_dark, scale_colour
from app.ui.jobsearch.views import AfterNoData, AfterNoSeries

DAYS_AFTER = 7
CHART_HEIGHT = 130
SCALES_SHOWN = ("mood", "energy")
NOTE = (
    "Along the bottom: the day of each no (0) and the seven days after. This shows how "
    "your days went, not why; everyone's days vary."
)
EMPTY = (
    "When a no is recorded (from an opening, or the Rejection activity in a check-in), "
    "you'll see here how the following week went, beside your usual."
)


def _day_ticks() -> list[list[tuple[int, str]]]:
    # Short labels: a long one at 0 is dropped by the axis when the chart is narrow.
    return [[(0, "0"), *((day, f"+{day}") for day in range(1, DAYS_AFTER + 1))]]


class AfterNoChart(QWidget):
    def __init__(self, scale: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scale = scale
        self.setAccessibleName(f"{scale.capitalize()} in the days after a no")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.title = QLabel(scale.capitalize(), self)
        bold = self.title.font()
        bold.setBold(True)
        self.title.setFont(bold)
        self.title.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        layout.addWidget(self.title, 0)
        self.plot = pg.PlotWidget()
        self.plot.setMinimumHeight(CHART_HEIGHT)
        self.plot.setMaximumHeight(CHART_HEIGHT + 30)
        self.plot.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        item = self.plot.getPlotItem()
        item.setMouseEnabled(x=False, y=False)
        item.hideButtons()
        item.setMenuEnabled(False)
        item.setYRange(0.6, 5.4, padding=0)
        item.setXRange(-0.6, DAYS_AFTER + 0.4, padding=0)
        item.getAxis("left").setTicks([[(n, str(n)) for n in range(1, 6)]])
        item.getAxis("left").setWidth(28)
        item.getAxis("bottom").setTicks(_day_ticks())
        item.showGrid(x=False, y=True, alpha=0.15)
        layout.addWidget(self.plot, 1)
        self._series: AfterNoSeries | None = None
        self._items: list[pg.GraphicsObject] = []

    def set_series(self, series: AfterNoSeries) -> None:
        self._series = series
        self._draw()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._draw()
        super().changeEvent(event)

    def _draw(self) -> None:
        item = self.plot.getPlotItem()
        for drawn in self._items:
            item.removeItem(drawn)
        self._items = []
        palette = self.palette()
        colour = scale_colour(self.scale, palette)
        text = palette.color(QPalette.ColorRole.Text)
        self.plot.setBackground(palette.color(QPalette.ColorRole.Base))
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            axis.setPen(pg.mkPen(palette.color(QPalette.ColorRole.Mid)))
            axis.setTextPen(pg.mkPen(text))
        series = self._series
        usual_text = (
            ""
            if series is None or series.usual is None
            else f"&nbsp;&nbsp;<span style='font-weight:normal'>- - - your usual, "
            f"{series.usual:.1f}</span>"
        )
        self.title.setText(
            f'<span style="color:{colour.name()}">●</span> {self.scale.capitalize()}{usual_text}'
        )
        if series is None:
            return
        x = np.arange(DAYS_AFTER + 1, dtype=float)
        faint = QColor(colour)
        faint.setAlphaF(0.45 if is_dark(palette) else 0.3)
        for values in series.per_no:
            line = pg.PlotDataItem(
                x, np.array(values, dtype=float), connect="finite", pen=pg.mkPen(faint, width=1)
            )
            self._add(line)
        if series.per_no:
            average = pg.PlotDataItem(
                x,
                np.array(series.average(), dtype=float),
                connect="finite",
                pen=pg.mkPen(colour, width=3),
                symbol="o",
                symbolSize=6,
                symbolBrush=pg.mkBrush(colour),
                symbolPen=None,
            )
            self._add(average)
        if series.usual is not None:
            # Labelled in the title, not on the chart, where it would cover the lines.
            usual = pg.InfiniteLine(
                pos=series.usual,
                angle=0,
                pen=pg.mkPen(text, width=1, style=Qt.PenStyle.DashLine),
            )
            self._add(usual)

    def _add(self, drawn: pg.GraphicsObject) -> None:
        self.plot.getPlotItem().addItem(drawn)
        self._items.append(drawn)


class AfterNoView(QWidget):
    """The section for the Insights page: the sentence, then a chart per scale."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Days after a no")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.sentence = QLabel(EMPTY, self)
        self.sentence.setWordWrap(True)
        self.sentence.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.sentence.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        layout.addWidget(self.sentence)
        row = QHBoxLayout()
        row.setSpacing(16)
        self.charts = {scale: AfterNoChart(scale, self) for scale in SCALES_SHOWN}
        for chart in self.charts.values():
            row.addWidget(chart, 1)
        layout.addLayout(row)
        self.note = QLabel(NOTE, self)
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.set_data(AfterNoData("", ()))

    def set_data(self, data: AfterNoData) -> None:
        shown = data.has_data
        text = data.sentence if shown and data.sentence else EMPTY
        if shown and not data.sentence:
            text = "There are not enough check-ins after a no yet to say how the days went."
        self.sentence.setText(text)
        self.sentence.setAccessibleName(text)
        by_scale = {s.scale: s for s in data.series}
        for scale, chart in self.charts.items():
            chart.setVisible(shown)
            chart.set_series(by_scale.get(scale, AfterNoSeries(scale, None, ())))
        self.note.setVisible(shown)
