"""Mood by weekday and the spread of each scale, over the range the trend shows.

It loads its own figures through the task runner, so the insights page only tells it
which range to use and when to look again.
"""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from app.core.checkins.model import SCALES
from app.core.checkins.scales import SCALE_INFO
from app.core.insights import Insights, TrendRange
from app.core.insights.patterns import ScaleSpread, WeekdayPattern
from app.core.insights.views_wording import spread_total, weekday_summary
from app.ui.insights.bar_charts import SpreadChart, WeekdayChart
from app.ui.tasks import TaskRunner
from app.ui.widgets import muted

Figures = tuple[WeekdayPattern, dict[str, ScaleSpread]]


def _bold(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class PatternsSection(QWidget):
    def __init__(
        self,
        insights: Insights,
        runner: TaskRunner,
        trend_range: TrendRange,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._insights = insights
        self._runner = runner
        self._range = trend_range
        self.setAccessibleName("Patterns")
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        column.addWidget(_bold("Mood by weekday"))
        self.weekdays = WeekdayChart(self)
        column.addWidget(self.weekdays)
        self.weekday_note = muted()
        column.addWidget(self.weekday_note)
        column.addSpacing(8)
        column.addWidget(_bold("How your ratings spread"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(20)
        grid.setVerticalSpacing(4)
        self.spreads: dict[str, SpreadChart] = {}
        self.spread_notes: dict[str, QLabel] = {}
        for index, scale in enumerate(SCALES):
            row, col = divmod(index, 2)
            grid.addWidget(QLabel(SCALE_INFO[scale].label, self), row * 3, col)
            self.spreads[scale] = SpreadChart(scale, self)
            grid.addWidget(self.spreads[scale], row * 3 + 1, col)
            self.spread_notes[scale] = muted()
            grid.addWidget(self.spread_notes[scale], row * 3 + 2, col)
        column.addLayout(grid)

    def set_range(self, trend_range: TrendRange) -> None:
        self._range = trend_range
        self.refresh()

    def refresh(self) -> None:
        insights, trend_range = self._insights, self._range

        def work(progress: object) -> Figures:
            return insights.weekday_pattern(trend_range), insights.scale_spreads(trend_range)

        self._runner.run(work, on_success=lambda figures: self.show_figures(figures, trend_range))

    def show_figures(self, figures: Figures, trend_range: TrendRange) -> None:
        if trend_range != self._range:
            return  # the person picked another range while these were loading
        pattern, spreads = figures
        self.weekdays.set_pattern(pattern)
        self.weekday_note.setText("\n".join(weekday_summary(pattern, trend_range)))
        for scale, spread in spreads.items():
            self.spreads[scale].set_spread(spread)
            self.spread_notes[scale].setText(spread_total(spread, trend_range))
