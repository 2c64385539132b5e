"""The Support page on a real vault: results drawn over time and listed newest first, the
crisis line from the resources file, self-checks and support options through the
controller's own flows, and the notes Tend has shared."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from app.core.checkins import CheckInValues
from app.core.clock import fixed_clock
from app.core.questionnaires import QuestionnaireService
from app.core.resources import load_json
from app.core.vault import Vault
from app.core.workspace import Workspace
from app.ui.insights.colors import OKABE_ITO
from app.ui.tasks import TaskRunner
from app.ui.watcher.controller import WatcherController
from app.ui.watcher.questionnaire_dialog import QuestionnaireDialog
from app.ui.watcher.results_chart import ResultCharts
from app.ui.watcher.support_dialog import SupportOptionsDialog
from app.ui.watcher.support_page import NO_RESULTS, SupportPage
from app.ui.watcher.why_dialog import WhyDialog
from tests.ui.insights.conftest import colour_census, near, save_png, share_not

ZONE = timezone(timedelta(hours=1))
NOW = datetime(2026, 3, 20, 21, 30, tzinfo=ZONE)


class Harness:
    def __init__(self, qtbot: QtBot, vault: Vault) -> None:
        self.qtbot = qtbot
        self.vault = vault
        self.workspace = Workspace.open(vault, fixed_clock(NOW))
        self.runner = TaskRunner()
        self.cards: list[object] = []
        self.controller = WatcherController(
            watcher=self.workspace.watcher,
            contacts=self.workspace.contacts,
            questionnaires=self.workspace.questionnaires,
            runner=self.runner,
            place_card=self.cards.append,
            default_region="US",
        )
        self.page = SupportPage(
            self.controller, self.workspace.questionnaires, self.workspace.watcher, self.runner
        )
        qtbot.addWidget(self.page)

    def record(self, kind: str, answers: list[int], days_ago: int) -> None:
        """A result kept through the service, as if taken that many days before NOW."""
        at = NOW - timedelta(days=days_ago)
        QuestionnaireService(self.vault.database, fixed_clock(at)).record(kind, answers)

    def refresh(self) -> None:
        with self.qtbot.waitSignal(self.page.refreshed, timeout=5000):
            self.page.refresh()

    def settle(self) -> None:
        self.qtbot.waitUntil(lambda: not self.runner.is_busy, timeout=5000)

    def close(self) -> None:
        self.runner.wait_until_idle()
        for dialog in self.controller.dialogs:
            dialog.close()


@pytest.fixture
def harness(qtbot: QtBot, vault: Vault) -> Iterator[Harness]:
    made = Harness(qtbot, vault)
    yield made
    made.close()


def test_results_of_both_kinds_are_drawn_and_listed_newest_first(harness: Harness) -> None:
    harness.record("phq9", [2, 2, 2, 2, 2, 2, 2, 2, 0], days_ago=30)  # 16
    harness.record("who5", [2, 2, 3, 2, 3], days_ago=20)  # 12 raw, 48%
    harness.record("phq9", [1, 1, 1, 1, 1, 1, 1, 2, 0], days_ago=10)  # 9
    harness.record("who5", [3, 4, 3, 4, 3], days_ago=2)  # 17 raw, 68%
    harness.refresh()
    page = harness.page

    phq9_x, phq9_y = page.charts.charts["phq9"].points()
    who5_x, who5_y = page.charts.charts["who5"].points()
    assert list(phq9_y) == [16.0, 9.0]
    assert list(who5_y) == [48.0, 68.0]  # drawn as a percentage
    assert phq9_x[0] < who5_x[0] < phq9_x[1] < who5_x[1]  # one shared time axis
    assert page.charts.isVisibleTo(page) and page.empty.isHidden()

    rows = page.results.rows()
    assert [row[:3] for row in rows] == [
        ("18 Mar 2026", "WHO-5", "68% (17 of 25)"),
        ("10 Mar 2026", "PHQ-9", "9 of 27"),
        ("28 Feb 2026", "WHO-5", "48% (12 of 25)"),
        ("18 Feb 2026", "PHQ-9", "16 of 27"),
    ]
    assert [row[3] for row in rows] == [
        "above the low-wellbeing mark",
        "a few difficulties",
        "wellbeing has been low",
        "a lot to carry",
    ]


def test_without_results_the_page_says_so_kindly(harness: Harness) -> None:
    harness.refresh()
    page = harness.page
    assert page.empty.isVisibleTo(page)
    assert page.empty.text() == NO_RESULTS
    assert page.charts.isHidden() and page.results.isHidden()
    assert page.history.empty.isVisibleTo(page) and page.why_button.isHidden()


def test_a_phq9_from_the_page_shows_crisis_lines_at_once_and_is_kept(harness: Harness) -> None:
    harness.refresh()
    harness.qtbot.mouseClick(harness.page.phq9_button, Qt.MouseButton.LeftButton)
    harness.settle()
    dialog = harness.controller.dialogs[-1]
    assert isinstance(dialog, QuestionnaireDialog) and dialog.questionnaire.id == "phq9"
    for group in dialog.groups[:8]:
        group.button(0).click()
    assert dialog.crisis_panel.isHidden()
    with harness.qtbot.waitSignal(dialog.crisis_resources_shown):
        dialog.groups[8].button(1).click()  # "Several days" for item 9
    assert dialog.crisis_panel.isVisible()  # before the result, not behind it
    assert "988" in dialog.crisis_panel.lines.plain_text()

    with harness.qtbot.waitSignal(harness.page.refreshed, timeout=5000):
        dialog.submit.click()
    (kept,) = harness.workspace.questionnaires.results()
    assert (kept.kind, kept.answers[8], kept.score) == ("phq9", 1, 1)
    assert harness.page.results.rows()[0][1:] == ("PHQ-9", "1 of 27", "few or no difficulties")


def first_reachable_crisis_number(code: str) -> str:
    """Straight from the resources file, without the code under test."""
    region = next(r for r in load_json("support", "resources.json")["regions"] if r["code"] == code)
    item = next(
        i for i in region["items"] if i["kind"] == "crisis" and (i.get("phone") or i.get("text"))
    )
    return str(item.get("phone") or item["text"])


@pytest.mark.parametrize("code", ["US", "GB", "IE", "CA", "AU", "NZ"])
def test_the_crisis_line_is_the_one_in_the_resources_file_for_the_region(
    harness: Harness, code: str
) -> None:
    harness.workspace.watcher.set_region(code)
    harness.refresh()
    sentence = harness.page.crisis_line.line.sentence
    assert sentence.startswith("If you are in danger or thinking about ending your life, ")
    assert first_reachable_crisis_number(code) in sentence
    assert harness.page.crisis_line.isVisibleTo(harness.page)


def test_the_us_crisis_line_reads_as_one_plain_sentence(harness: Harness) -> None:
    harness.refresh()
    assert harness.page.crisis_line.line.sentence == (
        "If you are in danger or thinking about ending your life, call or text 988 now."
    )
    with harness.qtbot.waitSignal(harness.controller.link_requested) as clicked:
        harness.page.crisis_line.sentence.linkActivated.emit("tel:988")
    assert clicked.args == ["tel:988"]


def test_a_region_without_a_phone_line_points_to_the_emergency_number(harness: Harness) -> None:
    harness.workspace.watcher.set_region("elsewhere")
    harness.refresh()
    line = harness.page.crisis_line.line
    assert "call your local emergency number now" in line.sentence
    assert "112" in line.detail and "findahelpline.com" in line.detail


def test_see_support_options_opens_the_dialog_without_a_prompt(harness: Harness) -> None:
    harness.workspace.contacts.add("Priya", "07700 900123", "my sister")
    harness.refresh()
    harness.qtbot.mouseClick(harness.page.support_button, Qt.MouseButton.LeftButton)
    harness.settle()
    (dialog,) = harness.controller.dialogs
    assert isinstance(dialog, SupportOptionsDialog) and dialog.isVisible()
    assert dialog.shown_items()[0].kind == "crisis"  # crisis lines first
    text = dialog.options.plain_text()
    assert text.index("988") < text.index("Priya")
    assert harness.workspace.watcher.history() == []  # no prompt was needed or made

    with harness.qtbot.waitSignal(harness.controller.settings_changed, timeout=5000):
        dialog.region_picker.choose("GB")
    assert "116 123" in harness.page.crisis_line.line.sentence  # the page follows the choice


def test_trusted_contacts_opens_the_settings_ready_to_add_someone(harness: Harness) -> None:
    harness.qtbot.mouseClick(harness.page.contacts_button, Qt.MouseButton.LeftButton)
    harness.settle()
    panel = harness.controller.settings_panel
    assert panel is not None and panel.isVisible()
    assert panel.window().focusWidget() is panel.name
    harness.qtbot.mouseClick(harness.page.settings_button, Qt.MouseButton.LeftButton)
    harness.settle()
    assert len([d for d in harness.controller.dialogs if d.isVisible()]) == 2


def store_low_energy(workspace: Workspace) -> None:
    for back in range(13, -1, -1):  # every day of the 14-day window
        at = NOW - timedelta(days=back)
        workspace.checkins.backfill(CheckInValues(energy=1), at)


def test_a_note_shown_refreshes_the_page_and_why_explains_it(harness: Harness) -> None:
    store_low_energy(harness.workspace)
    harness.refresh()
    assert harness.page.history.model.rowCount() == 0
    with harness.qtbot.waitSignal(harness.page.refreshed, timeout=5000):
        harness.controller.check_now()
    page = harness.page
    assert page.history.model.rowCount() == 1
    assert not page.why_button.isEnabled()  # nothing selected yet
    page.history.table.selectRow(0)
    assert page.why_button.isEnabled()
    harness.qtbot.mouseClick(page.why_button, Qt.MouseButton.LeftButton)
    dialog = harness.controller.dialogs[-1]
    assert isinstance(dialog, WhyDialog)
    assert dialog.evidence.topLevelItemCount() == 14

    (card,) = harness.cards
    with harness.qtbot.waitSignal(page.refreshed, timeout=5000):
        harness.controller.snooze(card.shown.id)  # type: ignore[attr-defined]
    assert page.history.model.index(0, 3).data() == "Snoozed"
    assert "Support notes are resting until" in page.status.text()


def test_why_works_for_a_note_whose_card_is_gone(harness: Harness) -> None:
    store_low_energy(harness.workspace)
    (shown,) = harness.workspace.watcher.evaluate()
    harness.controller.explain(shown.id)
    harness.settle()
    dialog = harness.controller.dialogs[-1]
    assert isinstance(dialog, WhyDialog)
    assert dialog.evidence.topLevelItemCount() == len(shown.prompt.evidence)


def test_the_results_chart_renders_offscreen_to_a_png(
    qtbot: QtBot, harness: Harness, tmp_path: Path
) -> None:
    for days_ago, phq9, who5 in ((40, 2, 2), (25, 1, 3), (12, 1, 3), (3, 0, 4)):
        harness.record("phq9", [phq9] * 8 + [0], days_ago)
        harness.record("who5", [who5] * 5, days_ago)
    charts = ResultCharts()
    qtbot.addWidget(charts)
    charts.resize(900, 460)
    charts.set_results(harness.workspace.questionnaires.results())
    charts.show()
    qtbot.waitExposed(charts)
    image = save_png(charts, tmp_path / "results.png")
    counts = colour_census(image)
    background = charts.charts["phq9"].plot.backgroundBrush().color()
    assert len(counts) > 40  # points, lines, axes and words, not a flat fill
    assert share_not(background, counts) > 0.03
    assert near(QColor(OKABE_ITO["blue"]), counts) > 40  # the PHQ-9's points and line
    assert near(QColor(OKABE_ITO["bluish_green"]), counts) > 40  # the WHO-5's
