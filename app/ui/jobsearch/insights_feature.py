"""The job search on the Insights page: interview and no markers on the trend charts,
and the "days after a no" section. Added once the (lazily built) page first shows."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from app.ui.jobsearch.port import JobSearchPort
from app.ui.jobsearch.views import AfterNoData, SearchEvent
from app.ui.tasks import TaskRunner

if TYPE_CHECKING:  # the charts load with the Insights page, not at unlock
    from app.ui.insights.after_no_view import AfterNoView
    from app.ui.insights.job_markers import JobMarkers

SECTION_TITLE = "Days after a no"


class InsightsAddition:
    def __init__(self, port: JobSearchPort, runner: TaskRunner) -> None:
        self._port = port
        self._runner = runner
        self.view: AfterNoView | None = None
        self.markers: JobMarkers | None = None

    def attach(self, insights: QWidget) -> None:
        """Add the section and markers to a built Insights view (once), then load them."""
        if self.view is None:
            from app.ui.insights.after_no_view import AfterNoView
            from app.ui.insights.job_markers import JobMarkers

            self.view = AfterNoView()
            insights.add_section(SECTION_TITLE, self.view)  # type: ignore[attr-defined]
            self.markers = JobMarkers(insights.charts)  # type: ignore[attr-defined]
        self.refresh()

    def refresh(self) -> None:
        if self.view is None:
            return
        port = self._port

        def work(progress: object) -> tuple[list[SearchEvent], AfterNoData]:
            return port.search_events(), port.after_no()

        self._runner.run(work, on_success=self._show)

    def _show(self, result: tuple[list[SearchEvent], AfterNoData]) -> None:
        events, after_no = result
        if self.markers is not None:
            self.markers.set_events(events)
        if self.view is not None:
            self.view.set_data(after_no)
