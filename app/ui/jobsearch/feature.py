"""The job-search companion in the window, wired in one place: the Openings page (with
People), its cards on Home, and its additions to Insights."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from app.core.workspace import Workspace
from app.ui.app_context import AppContext
from app.ui.checkins.checkin_flow import CheckInFlow
from app.ui.home.home_page import HomePage
from app.ui.jobsearch.home_feature import HomeController
from app.ui.jobsearch.home_panel import JobSearchHome
from app.ui.jobsearch.insights_feature import InsightsAddition
from app.ui.jobsearch.openings_feature import OpeningsController
from app.ui.jobsearch.openings_page import OpeningsPage
from app.ui.jobsearch.port import JobSearchPort
from app.ui.jobsearch.wording import say
from app.ui.lazy_page import LazyPage
from app.ui.main_window import MainWindow

PAGE_KEY = "openings"
PAGE_INDEX = 3  # after Insights
SHORTCUT = "Ctrl+Shift+O"
NOTICE_MS = 6000
OFFER_MS = 12_000


@dataclass
class JobSearchFeature:
    openings: OpeningsController
    home: HomeController
    insights: InsightsAddition
    show_action: QAction

    def refresh(self) -> None:
        self.openings.load(keep=self.openings.page.list.current_id())
        self.home.refresh()
        self.insights.refresh()


class _HomeCards:
    """The Home cards as a private view: nothing to save, their words cleared on lock."""

    def __init__(self, panel: JobSearchHome) -> None:
        self._panel = panel

    def flush(self) -> bool:
        return True

    def clear(self) -> None:
        self._panel.clear()


def install_job_search(
    window: MainWindow,
    context: AppContext,
    workspace: Workspace,
    *,
    home: HomePage,
    flow: CheckInFlow,
    insights_page: LazyPage,
    port: JobSearchPort | None = None,
) -> JobSearchFeature:
    if port is None:
        from app.ui.jobsearch.adapter import CoreJobSearch

        port = CoreJobSearch(workspace)
    today = context.clock().date()
    page = OpeningsPage(port.vias(), port.stages(), today)
    window.add_page(PAGE_KEY, "Openings", page, index=PAGE_INDEX)
    show = QAction("&Openings and people", window)
    show.setShortcut(QKeySequence(SHORTCUT))
    show.setToolTip(f"Your search: openings and people ({SHORTCUT})")
    show.triggered.connect(lambda: window.show_page(PAGE_KEY))
    window.addAction(show)

    def notify(text: str, action_text: str = "", action: Callable[[], None] | None = None) -> None:
        window.banner.show_notice(
            text,
            action_text=action_text,
            action=action,
            timeout_ms=OFFER_MS if action else NOTICE_MS,
        )

    def parent() -> QWidget:
        return window

    def current_entry() -> str | None:
        window.journal_page.flush()  # a new entry gets its id by being saved
        return window.journal_page.editor.entry_id

    openings = OpeningsController(
        page,
        port,
        runner=context.runner,
        today=lambda: context.clock().date(),
        current_entry=current_entry,
        notify=notify,
        dialog_parent=parent,
    )
    panel = JobSearchHome()
    # Below today's check-in and above the prompt of the day: the watcher's notes and the
    # check-in come first.
    home.column.insertWidget(home.column.indexOf(home.prompt_card), panel)
    home_controller = HomeController(
        panel,
        port,
        workspace.journal,
        context.runner,
        clock=lambda: context.clock(),  # noqa: PLW0108 - the clock is read when asked
        dialog_parent=parent,
    )
    insights = InsightsAddition(port, context.runner)
    feature = JobSearchFeature(openings, home_controller, insights, show)

    def open_entry(entry_id: str) -> None:
        window.show_page("journal")
        window.journal_page.open_entry(entry_id)

    def recorded() -> None:
        home_controller.refresh()
        insights.refresh()
        if insights_page.content is not None:
            insights_page.content.refresh()  # type: ignore[attr-defined]

    openings.open_entry_requested.connect(open_entry)
    openings.check_in_offered.connect(flow.check_in)
    flow.saved.connect(openings.checkin_saved)
    openings.changed.connect(recorded)
    home_controller.open_entry_requested.connect(open_entry)
    home_controller.check_in_requested.connect(flow.check_in)
    home_controller.stage_outcome.connect(openings.offer_checkin)
    home_controller.checkin_coming.connect(openings.expect_checkin)
    home_controller.closed.connect(lambda: notify(say("openings", "closed_no_reply")))
    home_controller.changed.connect(lambda: openings.load(keep=page.list.current_id()))
    home_controller.changed.connect(recorded)
    flow.changed.connect(home_controller.refresh)
    # Home's prompt card follows a stage change and the day off (its prompts are the search's).
    home_controller.changed.connect(home.refresh)
    home_controller.day_off_set.connect(home.refresh)

    def page_shown(key: str) -> None:
        if key == PAGE_KEY:
            openings.load(keep=page.list.current_id())
        elif key == "home":
            home_controller.refresh()
        elif key == "insights" and insights_page.content is not None:
            insights.attach(insights_page.content)

    window.page_shown.connect(page_shown)
    window.keep_private(openings)
    window.keep_private(_HomeCards(panel))
    home_controller.refresh()
    return feature
