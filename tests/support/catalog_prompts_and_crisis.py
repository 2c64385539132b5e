"""Two states of the sample journal for the catalog (tests/support/ui_catalog.py): Home the
day after an interview, and the crisis card with the keyboard on its crisis line's link."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from tests.support.ui_catalog import Scene

CARD_WIDTH = 720


def home_after_an_interview(scene: Scene) -> QWidget:
    """Home with the prompts the sample's interview of yesterday brings.

    The sample also holds a no today, whose day keeps its own prompts; it is taken back
    while Home reads the search and recorded again at once, so the screens after this one
    see the scene as it was (Home shows what it read until it next refreshes).
    """
    from app.core.jobsearch import Stage

    workspace = scene.controller.workspace
    assert workspace is not None
    jobs = workspace.jobs
    today = scene.context.clock().date()
    said_no = [o for o in jobs.openings.all() if o.stage == Stage.NO and o.stage_day == today]
    for opening in said_no:
        jobs.openings.remove_stage_change(opening.id, opening.history[-1].id)
    try:
        shown = scene.page("home")
        scene.features.home.refresh()
        if scene.features.job_search is not None:
            scene.features.job_search.home.refresh()
        scene.settle()
    finally:
        for opening in said_no:
            jobs.openings.record_stage(opening.id, Stage.NO, today)
    home = scene.features.home
    assert home.prompt_card.stage_prompts() is not None, "no interview prompts"
    scroll = home.findChild(QScrollArea)
    if scroll is not None:  # the job-search cards come first: bring the prompt into view
        scroll.ensureWidgetVisible(home.prompt_card)
        scene.settle()
    return shown


def crisis_card(scene: Scene) -> QWidget:
    """The crisis card as Home shows it, in a window of its own, with Tab on the link of
    its crisis sentence (the keyboard highlight is part of what to look at)."""
    from app.core.support.resources import load_support_resources
    from app.ui.watcher.prompt_card import PromptCard
    from tests.ui.watcher_samples import crisis_prompt

    window = QWidget()
    window.setWindowTitle("Crisis card")
    window.setAccessibleName("Crisis card")
    layout = QVBoxLayout(window)
    card = PromptCard(crisis_prompt(), region=load_support_resources().region("US"))
    layout.addWidget(card)
    height = layout.totalHeightForWidth(CARD_WIDTH)
    window.resize(CARD_WIDTH, height if height > 0 else window.sizeHint().height())
    window.show()
    window.activateWindow()
    scene.opened.append(window)
    scene.settle()
    if card.crisis_line is not None:
        card.crisis_line.sentence.setFocus(Qt.FocusReason.TabFocusReason)
    scene.settle()
    return window
