"""Feature wiring: which pages, actions and flows the main window gets, in one place.

The main window knows nothing about check-ins or insights; this module connects the
features' signals to each other explicitly.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QWidget

from app.core.prompts import Prompt, PromptLibrary
from app.core.workspace import Workspace
from app.ui.app_context import AppContext
from app.ui.backup.backup_feature import BackupFeature, install_backup_feature
from app.ui.checkins.checkin_flow import CheckInFlow
from app.ui.home.home_page import HomePage
from app.ui.jobsearch.feature import JobSearchFeature, install_job_search
from app.ui.lazy_page import LazyPage
from app.ui.main_window import MainWindow
from app.ui.watcher.answer_note import NOTE_SHOWN_MS, undo_text
from app.ui.watcher.controller import WatcherController, region_from_locale
from app.ui.watcher.safety_plan_keeper import SafetyPlanKeeper
from app.ui.watcher.saved_text_crisis import show_crisis_after_saves

# After typing pauses, the watcher looks again (crisis words get resources at once).
WATCH_AFTER_SAVE_MS = 1500


@dataclass
class Features:
    checkin_flow: CheckInFlow
    home: HomePage
    insights_page: LazyPage
    checkin_action: QAction
    watcher: WatcherController
    support_page: LazyPage
    backup: BackupFeature | None = None
    job_search: JobSearchFeature | None = None

    def insights(self) -> QWidget:
        return self.insights_page.build()


def install_features(window: MainWindow, context: AppContext, workspace: Workspace) -> Features:
    flow = CheckInFlow(context, workspace, lambda: window)
    home = HomePage(workspace, context.runner, PromptLibrary.load(), context.clock)

    def build_insights() -> QWidget:
        from app.ui.insights.insights_view import InsightsView

        return InsightsView(workspace.insights, context.runner)

    def insights_built(view: QWidget) -> None:
        view.open_entry_requested.connect(lambda entry_id: open_entry(window, entry_id))  # type: ignore[attr-defined]
        view.edit_checkin_requested.connect(flow.edit)  # type: ignore[attr-defined]
        view.checkin_for_day_requested.connect(flow.check_in)  # type: ignore[attr-defined]
        view.refresh()  # type: ignore[attr-defined]

    insights_page = LazyPage(build_insights, insights_built)
    window.add_page("home", "Home", home, index=0)
    window.add_page("insights", "Insights", insights_page, index=2)

    checkin_action = QAction("Check &in…", window)
    checkin_action.setShortcut(QKeySequence("Ctrl+K"))
    checkin_action.setToolTip("Check in: mood, energy, interest and focus (Ctrl+K)")
    checkin_action.triggered.connect(lambda: flow.check_in())  # noqa: PLW0108 - drop "checked"
    window.add_toolbar_action(checkin_action)
    window.file_menu.insertAction(window.new_action, checkin_action)

    home.check_in_requested.connect(flow.check_in)
    home.prompt_chosen.connect(lambda prompt: start_entry_from_prompt(window, prompt))
    home.on_this_day.open_entry_requested.connect(lambda entry_id: open_entry(window, entry_id))
    home.on_this_day.day_requested.connect(lambda day: show_day(window, insights_page, day))
    window.keep_private(home.on_this_day)
    window.journal_page.editor.day_requested.connect(
        lambda day: show_day(window, insights_page, day)
    )
    install_checkin_search(window, context, workspace, insights_page)

    def refresh_after_change() -> None:
        home.refresh()
        if insights_page.content is not None:
            insights_page.content.refresh()  # type: ignore[attr-defined]

    flow.changed.connect(refresh_after_change)
    window.page_shown.connect(lambda key: home.refresh() if key == "home" else None)
    watcher = install_watcher(window, context, workspace, home)
    flow.changed.connect(watcher.check_now)

    def build_support() -> QWidget:
        from app.ui.watcher.support_page import SupportPage

        return SupportPage(watcher, workspace.questionnaires, workspace.watcher, context.runner)

    support_page = LazyPage(build_support, lambda page: page.refresh())  # type: ignore[attr-defined]
    window.add_page("support", "Support", support_page, index=3)
    watcher.results_requested.connect(lambda: show_results(window, support_page))
    watcher.write_requested.connect(window.new_entry)
    job_search = install_job_search(
        window, context, workspace, home=home, flow=flow, insights_page=insights_page
    )
    home.refresh()
    window.show_page("home")
    watcher.check_now()
    backup = install_backup_feature(window, context, workspace)
    backup.data_changed.connect(window.journal_page.load)
    backup.data_changed.connect(refresh_after_change)
    backup.data_changed.connect(watcher.check_now)
    if watcher.safety_plans is not None:
        backup.data_changed.connect(watcher.safety_plans.load)  # a restore may bring one
    backup.data_changed.connect(job_search.refresh)
    return Features(
        flow, home, insights_page, checkin_action, watcher, support_page, backup, job_search
    )


def install_watcher(
    window: MainWindow, context: AppContext, workspace: Workspace, home: HomePage
) -> WatcherController:
    """Prompt cards go on Home; a saved entry is looked at again shortly after typing pauses."""
    plans = SafetyPlanKeeper(workspace.safety_plan, context.runner, window)
    window.keep_private(plans)
    plans.load()  # queued before the watcher's first look, so a crisis card has the plan
    watcher = WatcherController(
        watcher=workspace.watcher,
        contacts=workspace.contacts,
        questionnaires=workspace.questionnaires,
        runner=context.runner,
        place_card=home.add_card,
        dialog_parent=window,
        default_region=region_from_locale(),
        safety_plans=plans,
        support_order=lambda prompt: workspace.jobs.support_kinds_order(
            prompt.kind, prompt.day, prompt.window_days
        ),
    )
    watcher.open_entry_requested.connect(lambda entry_id: open_entry(window, entry_id))
    watcher.link_requested.connect(lambda url: QDesktopServices.openUrl(QUrl(url)))

    def mention_on_home(shown: object) -> None:
        if window.current_page_key() != "home" and shown.prompt.kind != "crisis":  # type: ignore[attr-defined]
            window.banner.show_notice(
                "Tend has a note for you on the Home page.",
                action_text="Show",
                action=lambda: window.show_page("home"),
            )

    watcher.prompt_shown.connect(mention_on_home)
    watcher.answered_note.connect(
        lambda text, undo: window.banner.show_notice(
            text, action_text=undo_text() if undo else "", action=undo, timeout_ms=NOTE_SHOWN_MS
        )
    )
    watcher.ask_region_if_unset()  # the first unlock asks where the person lives
    look_again = QTimer(window)
    look_again.setSingleShot(True)
    look_again.setInterval(WATCH_AFTER_SAVE_MS)
    look_again.timeout.connect(watcher.check_now)
    window.journal_page.editor.saved.connect(lambda _entry: look_again.start())
    # Crisis words saved in an opening, a person, a contact or the safety plan: the card now.
    show_crisis_after_saves(workspace.crisis_text, watcher)
    return watcher


def install_checkin_search(
    window: MainWindow, context: AppContext, workspace: Workspace, insights_page: LazyPage
) -> None:
    """A search finds check-ins by feeling words and notes too, shown under the search box."""
    from app.ui.journal.checkin_hits import CheckInHits

    hits = CheckInHits(workspace.checkins, context.runner, window.journal_page)
    window.journal_page.add_below_filters(hits)
    window.keep_private(hits)
    window.journal_page.filters.search_changed.connect(hits.search)
    hits.day_requested.connect(lambda day: show_day(window, insights_page, day))


def open_entry(window: MainWindow, entry_id: str) -> None:
    window.show_page("journal")
    window.journal_page.open_entry(entry_id)


def start_entry_from_prompt(window: MainWindow, prompt: Prompt) -> None:
    """No title (a long prompt would be clipped there): the prompt is quoted at the top of
    the text, and the entry is kept only if something is written below it."""
    window.show_page("journal")
    window.journal_page.new_entry("", f"> {prompt.text}\n\n")


def show_day(window: MainWindow, insights_page: LazyPage, day: date) -> None:
    window.show_page("insights")
    insights_page.build().show_day(day, reveal=True)  # type: ignore[attr-defined]


def show_results(window: MainWindow, support_page: LazyPage) -> None:
    window.show_page("support")
    support_page.build().show_results()  # type: ignore[attr-defined]
