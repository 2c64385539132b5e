"""The insights page: trends with a range switch, the year calendar, the chosen day, and
how activities went with your days. Data comes from the core through the task runner."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from app.core.insights import DayDetail, Insights, TrendRange
from app.ui.design import Type, set_type
from app.ui.insights.calendar_panel import CalendarPanel
from app.ui.insights.day_panel import DayPanel
from app.ui.insights.impact_list import ActivityImpactList
from app.ui.insights.month_panel import MonthPanel, month_and_day
from app.ui.insights.patterns_section import PatternsSection
from app.ui.insights.range_selector import RangeSelector
from app.ui.insights.snapshot import InsightsSnapshot, load_snapshot
from app.ui.insights.trend_chart import TrendCharts
from app.ui.tasks import TaskRunner


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    set_type(label, Type.SECTION)
    return label


class InsightsView(QWidget):
    open_entry_requested = Signal(str)  # entry id
    edit_checkin_requested = Signal(str)  # check-in id
    checkin_for_day_requested = Signal(object)  # date

    def __init__(
        self,
        insights: Insights,
        runner: TaskRunner,
        initial_range: TrendRange = TrendRange.THREE_MONTHS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._insights = insights
        self._runner = runner
        # Today comes from the injected clock; the day shown is today until the person
        # picks another, and stays their choice across refreshes (a check-in, an unlock).
        self._today = insights.today()
        self._chosen_day: date | None = None
        self.setAccessibleName("Insights")

        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(16, 12, 16, 16)
        column.setSpacing(10)

        top = QHBoxLayout()
        top.addWidget(_heading("How you've been"), 1)
        self.range_selector = RangeSelector(initial_range, content)
        self.range_selector.range_changed.connect(self._load_trend)
        top.addWidget(self.range_selector)
        column.addLayout(top)
        self.charts = TrendCharts(content)
        column.addWidget(self.charts)

        column.addWidget(_rule())
        column.addWidget(_heading("Year at a glance"))
        self.calendar_panel = CalendarPanel(self._today.year, content)
        self.calendar_panel.calendar.set_calendar(
            self.calendar_panel.calendar.calendar, self._today
        )
        self.calendar_panel.calendar.set_today(self._today)
        self.calendar_panel.year_requested.connect(self._load_year)
        self.calendar_panel.day_activated.connect(self.show_day)
        column.addWidget(self.calendar_panel)
        self.day_panel = DayPanel(content)
        self.day_panel.open_entry_requested.connect(self.open_entry_requested)
        self.day_panel.edit_checkin_requested.connect(self.edit_checkin_requested)
        self.day_panel.checkin_for_day_requested.connect(self.checkin_for_day_requested)
        self.month_panel = MonthPanel(insights, runner, content)
        self.month_panel.day_activated.connect(self.show_day)
        column.addLayout(month_and_day(self.month_panel, self.day_panel))

        column.addWidget(_rule())
        column.addWidget(_heading("Patterns"))
        self.patterns = PatternsSection(insights, runner, initial_range, content)
        self.range_selector.range_changed.connect(self.patterns.set_range)
        column.addWidget(self.patterns)

        column.addWidget(_rule())
        column.addWidget(_heading("Activities and your days"))
        self.impacts = ActivityImpactList(content)
        column.addWidget(self.impacts)
        column.addStretch(1)
        self._column = column

        self.scroll_area = scroll = QScrollArea(self)
        scroll.setAccessibleName("Insights")  # it takes focus, to scroll by keyboard
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.setFocusProxy(self.range_selector)

    def add_section(self, title: str, widget: QWidget) -> None:
        """A feature's own section (such as the days after a no), after the others."""
        at = self._column.count() - 1  # before the stretch
        for offset, part in enumerate((_rule(), _heading(title), widget)):
            self._column.insertWidget(at + offset, part)

    # -- loading ----------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload everything in the background (after a check-in, an import, an unlock)."""
        insights, trend_range = self._insights, self.range_selector.current()
        day = self._chosen_day
        year = day.year if day else None
        self._runner.run(
            lambda progress: load_snapshot(insights, trend_range, year, day),
            on_success=self.show_snapshot,
        )
        self.patterns.refresh()

    def show_snapshot(self, snapshot: InsightsSnapshot) -> None:
        self._today = snapshot.today
        self.calendar_panel.calendar.set_today(self._today)
        self.month_panel.set_today(self._today)
        self.month_panel.show_day(snapshot.day.day)
        self.charts.set_data(snapshot.trend)
        if snapshot.day.day == (self._chosen_day or snapshot.today):  # not a day left since
            self.calendar_panel.set_calendar(snapshot.calendar, self._today.year, snapshot.day.day)
            self.day_panel.set_detail(snapshot.day)
        self.impacts.set_impacts(snapshot.impacts)

    def show_day(self, day: date, reveal: bool = False) -> None:
        """Show a day's details; ``reveal`` (a day asked for from elsewhere, such as an
        entry's "That day") also chooses it in the calendar, loading its year if need be,
        and scrolls the details into view with the focus on them."""
        self._chosen_day = day
        self.month_panel.show_day(day)
        insights, last_year = self._insights, self._today.year
        if reveal and day.year != self.calendar_panel.calendar.year:
            self._runner.run(
                lambda progress: insights.year_calendar(day.year),
                on_success=lambda calendar: self.calendar_panel.set_calendar(
                    calendar, last_year, day
                ),
            )
        elif reveal:
            self.calendar_panel.calendar.select(day)

        def arrived(detail: DayDetail) -> None:
            if day != self._chosen_day:
                return  # another day was asked for meanwhile
            self.day_panel.set_detail(detail)
            if reveal:
                QTimer.singleShot(0, self._reveal_day_panel)

        self._runner.run(lambda progress: insights.day_detail(day), on_success=arrived)

    def _reveal_day_panel(self) -> None:
        # Lay out the day's new rows first (each nested layout posts its parent's request),
        # so the scroll range already holds them.
        for _ in range(4):
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        self.scroll_area.ensureWidgetVisible(self.day_panel, 0, 0)
        bar = self.scroll_area.verticalScrollBar()
        # The details' top at the top of the view (ensureWidgetVisible stops at the bottom).
        bar.setValue(min(bar.maximum(), self.day_panel.y()))
        self.day_panel.focus_first()

    def _load_trend(self, trend_range: TrendRange) -> None:
        insights = self._insights
        self._runner.run(
            lambda progress: insights.trend(trend_range), on_success=self.charts.set_data
        )

    def _load_year(self, year: int) -> None:
        if year > self._today.year:
            return
        insights, today = self._insights, self._today
        self._runner.run(
            lambda progress: insights.year_calendar(year),
            on_success=lambda calendar: self.calendar_panel.set_calendar(
                calendar, today.year, None
            ),
        )


def _rule() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    line.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return line
