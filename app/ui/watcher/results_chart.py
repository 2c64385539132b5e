"""Self-check results over time: one small chart per questionnaire, sharing one time axis.

The PHQ-9 is drawn as its total (0-27), the WHO-5 as a percentage (0-100), each with
faint lines where its ranges change and the ranges named in plain words on the right.
Everything about the ranges comes from the questionnaire data, not from this file.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, time, timedelta

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.core.questionnaires import PHQ9, QUESTIONNAIRES, WHO5, QuestionnaireResult
from app.core.questionnaires.definitions import Questionnaire, load_questionnaire
from app.ui.charts import still_date_plot
from app.ui.date_axis import DayAxis
from app.ui.dates import display_date
from app.ui.insights.colors import OKABE_ITO, is_dark

CHART_HEIGHT = 170
_EPOCH = datetime(1970, 1, 1)
_DAY = timedelta(days=1).total_seconds()
_MIN_SPAN = 7 * _DAY  # one result, or several on one day: the week up to it

# Okabe-Ito hues, the lighter sibling on dark backgrounds; the symbols differ too, so the
# two never rely on colour alone.
_COLOURS = {
    PHQ9: (OKABE_ITO["blue"], OKABE_ITO["sky_blue"]),
    WHO5: (OKABE_ITO["bluish_green"], OKABE_ITO["bluish_green"]),
}
_SYMBOLS = {PHQ9: "o", WHO5: "s"}
TITLES = {
    PHQ9: "PHQ-9 (lower totals mean fewer difficulties)",
    WHO5: "WHO-5 wellbeing (higher is better)",
}


def wall_seconds(moment: datetime) -> float:
    """The local wall-clock time as seconds, the unit a date axis with utcOffset=0 reads."""
    return (moment.replace(tzinfo=None) - _EPOCH).total_seconds()


def chart_value(questionnaire: Questionnaire, score: int) -> float:
    """The PHQ-9 total as is; the WHO-5 raw score as its percentage."""
    return float(score * (questionnaire.percentage_factor or 1))


def unit(questionnaire: Questionnaire) -> str:
    return "%" if questionnaire.percentage_factor else ""


def boundaries(questionnaire: Questionnaire) -> list[float]:
    """Where one range ends and the next begins (PHQ-9: 5, 10, 15, 20; WHO-5: 52%)."""
    return [chart_value(questionnaire, band.low) for band in questionnaire.bands[1:]]


def range_labels(questionnaire: Questionnaire) -> list[tuple[float, str]]:
    """Each range's plain words, placed in the middle of the range."""
    return [
        (chart_value(questionnaire, band.low + band.high) / 2, band.plain)
        for band in questionnaire.bands
    ]


class ResultChart(QWidget):
    """One questionnaire's results: points joined by a line, over its ranges."""

    def __init__(self, questionnaire: Questionnaire, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.questionnaire = questionnaire
        self.setAccessibleName(f"{questionnaire.name} results over time")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.title = QLabel(TITLES.get(questionnaire.id, questionnaire.name))
        layout.addWidget(self.title)

        self.plot = still_date_plot(CHART_HEIGHT)
        item = self.plot.getPlotItem()
        days_only(item.getAxis("bottom"))
        top = chart_value(questionnaire, questionnaire.max_score)
        margin = top / 30
        item.setYRange(-margin, top + margin, padding=0)
        sign = unit(questionnaire)
        ticks = [0.0, *boundaries(questionnaire), top]
        item.getAxis("left").setTicks([[(v, f"{v:g}{sign}") for v in ticks]])
        item.getAxis("left").setWidth(40)
        item.showAxis("right")
        right = item.getAxis("right")
        right.setTicks([range_labels(questionnaire)])
        right.setStyle(tickLength=0)
        self.guides = [pg.InfiniteLine(pos=v, angle=0, movable=False) for v in ticks[1:-1]]
        for guide in self.guides:
            item.addItem(guide, ignoreBounds=True)
        self.line = pg.PlotDataItem(antialias=True, symbol=_SYMBOLS.get(questionnaire.id, "o"))
        item.addItem(self.line)
        layout.addWidget(self.plot)
        self._apply_palette()

    def label_width(self) -> int:
        """Room the plain words on the right need, so charts side by side can line up."""
        metrics = QFontMetrics(
            self.plot.getPlotItem().getAxis("right").style["tickFont"] or self.font()
        )
        return max(metrics.horizontalAdvance(text) for _, text in range_labels(self.questionnaire))

    def set_label_width(self, width: int) -> None:
        self.plot.getPlotItem().getAxis("right").setWidth(width + 12)

    def set_results(self, results: Sequence[QuestionnaireResult], start: float, end: float) -> None:
        x = np.array([wall_seconds(r.taken_at) for r in results], dtype=float)
        y = np.array([chart_value(self.questionnaire, r.score) for r in results], dtype=float)
        self.line.setData(x, y)
        self.plot.getPlotItem().setXRange(start, end, padding=0)
        self._describe(results)

    def points(self) -> tuple[np.ndarray, np.ndarray]:
        x, y = self.line.getData()
        empty = np.array([], dtype=float)
        return (empty if x is None else x), (empty if y is None else y)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_palette()
        super().changeEvent(event)

    def _apply_palette(self) -> None:
        palette = self.palette()
        dark = is_dark(palette)
        light_colour, dark_colour = _COLOURS.get(self.questionnaire.id, (OKABE_ITO["blue"],) * 2)
        colour = QColor(dark_colour if dark else light_colour)
        background = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        self.plot.setBackground(background)
        item = self.plot.getPlotItem()
        for name in ("left", "bottom", "right"):
            axis = item.getAxis(name)
            axis.setPen(pg.mkPen(palette.color(QPalette.ColorRole.Mid)))
            axis.setTextPen(pg.mkPen(text if name != "right" else muted))
        guide = QColor(muted)
        guide.setAlphaF(0.55)
        for line in self.guides:
            line.setPen(pg.mkPen(guide, width=1, style=Qt.PenStyle.DashLine))
        self.line.setPen(pg.mkPen(colour, width=2))
        self.line.setSymbolBrush(pg.mkBrush(colour))
        # A ring in the background colour keeps points apart where they crowd.
        self.line.setSymbolPen(pg.mkPen(background, width=1.5))
        self.line.setSymbolSize(10)
        swatch = colour.name()
        symbol = "●" if _SYMBOLS.get(self.questionnaire.id) == "o" else "■"
        name = TITLES.get(self.questionnaire.id, self.questionnaire.name)
        self.title.setText(f'<span style="color:{swatch}">{symbol}</span> <b>{name}</b>')

    def _describe(self, results: Sequence[QuestionnaireResult]) -> None:
        name = self.questionnaire.name
        if not results:
            self.setAccessibleDescription(f"No {name} results yet.")
            return
        latest = results[-1]
        value = chart_value(self.questionnaire, latest.score)
        when = display_date(latest.taken_at.date(), weekday=False, year=True)
        self.setAccessibleDescription(
            f"{len(results)} {name} result{'s' if len(results) != 1 else ''}; the latest, "
            f"{value:g}{unit(self.questionnaire)} on {when}, is in the "
            f"range of {latest.scored().band.plain}."
        )


class ResultCharts(QWidget):
    """The PHQ-9 and WHO-5 charts stacked; a chart shows once its questionnaire has results."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Self-check results over time")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.charts = {kind: ResultChart(load_questionnaire(kind), self) for kind in QUESTIONNAIRES}
        width = max(chart.label_width() for chart in self.charts.values())
        for chart in self.charts.values():
            chart.set_label_width(width)
            chart.hide()
            layout.addWidget(chart)
        self.legend = QLabel(
            "Each point is one self-check. The dashed lines mark where the questionnaire's "
            "ranges change; the words on the right say what each range means."
        )
        self.legend.setWordWrap(True)
        self.legend.hide()
        layout.addWidget(self.legend)

    def set_results(self, results: Sequence[QuestionnaireResult]) -> None:
        """Results oldest first, of any kind."""
        start, end = time_span(results)
        for kind, chart in self.charts.items():
            mine = [r for r in results if r.kind == kind]
            chart.set_results(mine, start, end)
            chart.setVisible(bool(mine))
        self.legend.setVisible(bool(results))


def time_span(results: Sequence[QuestionnaireResult]) -> tuple[float, float]:
    """The shared x range, in whole days: from the first result's day to the end of the
    last one's, at least a week wide (so the axis counts days, never hours), reaching back
    rather than into the future, with a little room on each side."""
    if not results:
        return 0.0, _MIN_SPAN  # nothing is drawn; no clock needed
    days = [r.taken_at.date() for r in results]
    start = wall_seconds(datetime.combine(min(days), time()))
    end = wall_seconds(datetime.combine(max(days), time())) + _DAY
    start = min(start, end - _MIN_SPAN)
    room = max((end - start) * 0.04, _DAY / 2)
    return start - room, end + _DAY / 4


def days_only(axis: DayAxis) -> None:
    """A date axis that never goes finer than days (two results on one day drew hours)."""
    axis.days_only = True
