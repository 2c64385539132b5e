"""An escalated support note: its words and its first option change, and "Why am I seeing
this?" says which reason held and lists sleep and PHQ-9 evidence."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.core.vault import Vault
from app.core.watcher.wording import default_wording
from app.ui.watcher.phq9_results_dialog import Phq9ResultsDialog
from app.ui.watcher.prompt_card import PromptCard
from app.ui.watcher.why_dialog import WhyDialog
from tests.ui.test_watcher_controller import open_harness  # noqa: F401 - a fixture
from tests.ui.watcher_samples import escalated_prompt, support_prompt


def test_a_plain_note_leads_with_support_options(qtbot: QtBot) -> None:
    card = PromptCard(support_prompt(), default_wording().suggestion("phq9"))
    qtbot.addWidget(card)
    card.show()
    assert card.title.text() == "Something Tend noticed"
    assert card.escalated_offer is None
    assert card.first_option is card.support_button


def test_an_escalated_note_suggests_a_doctor_and_leads_with_the_phq9(qtbot: QtBot) -> None:
    card = PromptCard(escalated_prompt(), default_wording().suggestion("phq9"))
    qtbot.addWidget(card)
    card.show()
    wording = default_wording()
    assert card.title.text() == wording.escalated_title
    assert "A doctor or a counsellor can help" in card.summary.text()
    assert card.escalated_offer is not None
    assert card.first_option is card.escalated_offer.button
    assert card.first_option.isDefault() and not card.support_button.isDefault()
    assert card.escalated_offer.button.text() == "Take the PHQ-9"
    assert card.escalated_offer.note.text() == wording.offer_phq9
    assert card.suggestion_button is None  # the PHQ-9 is offered once, first
    with qtbot.waitSignal(card.questionnaire_requested) as blocker:
        qtbot.mouseClick(card.escalated_offer.button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["phq9"]


def test_after_a_recent_phq9_the_first_option_shows_the_results_over_time(qtbot: QtBot) -> None:
    card = PromptCard(escalated_prompt(phq9_score=14))
    qtbot.addWidget(card)
    card.show()
    assert "added up to 14 out of 27" in card.summary.text()
    assert card.escalated_offer is not None
    assert card.first_option is card.escalated_offer.button
    assert card.escalated_offer.button.text() == "See my PHQ-9 results"
    with qtbot.waitSignal(card.results_requested) as blocker:
        qtbot.mouseClick(card.escalated_offer.button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["phq9"]


def test_why_says_which_reasons_held(qtbot: QtBot) -> None:
    dialog = WhyDialog(escalated_prompt(phq9_score=14), default_wording())
    qtbot.addWidget(dialog)
    text = dialog.reasons.text()
    assert not dialog.reasons.isHidden()
    assert "Three or more of these signs showed together." in text
    assert "A PHQ-9 self-check you took on 6 March added up to 14 out of 27" in text
    assert "four weeks" not in text


def test_why_of_a_plain_note_has_no_reasons_and_counts_days_with_evidence(qtbot: QtBot) -> None:
    dialog = WhyDialog(support_prompt(), default_wording())
    qtbot.addWidget(dialog)
    assert dialog.reasons.isHidden()
    assert "days with evidence about it" in dialog.rule.text()
    assert "checked in or wrote" not in dialog.rule.text()
    assert "with evidence about it" in dialog.counts.text()


def rows(dialog: WhyDialog) -> list[tuple[str, str, str]]:
    found = []
    for index in range(dialog.evidence.topLevelItemCount()):
        item = dialog.evidence.topLevelItem(index)
        assert item is not None
        found.append((item.text(1), item.text(2), item.text(3)))
    return found


def test_why_lists_sleep_phq9_and_notes_with_where_they_came_from(qtbot: QtBot) -> None:
    dialog = WhyDialog(escalated_prompt(phq9_score=14), default_wording())
    qtbot.addWidget(dialog)
    assert dialog.evidence.headerItem().text(2) == "From"
    assert dialog.evidence.headerItem().text(3) == "What"
    found = rows(dialog)
    assert ("Short sleep (under 6 hours)", "Check-in", "4.5 hours of sleep") in found
    assert (
        "A PHQ-9 of 10 or more in the last two weeks",
        "Questionnaire",
        "PHQ-9 total 14 out of 27",
    ) in found
    assert ("Low energy", "Check-in", "1 out of 5") in found
    assert ("Low energy", "Entry", "\u201ctired\u201d") in found
    assert ("Low energy", "Note", "\u201cNo energy\u201d") in found


def test_in_the_app_a_recent_phq9_escalates_and_its_results_open_from_the_card(
    open_harness,  # noqa: F811 - the fixture imported above
    vault: Vault,
) -> None:  # type: ignore[no-untyped-def]
    harness = open_harness(vault)
    # Items 1-8 at 2, item 9 at 0: a total of 16, and no crisis lines from item 9.
    harness.workspace.questionnaires.record("phq9", [2, 2, 2, 2, 2, 2, 2, 2, 0], 1)
    (card,) = harness.check()
    assert card.shown.prompt.escalation_reasons == ("recent_phq9_score",)
    assert card.escalated_offer is not None
    harness.qtbot.mouseClick(card.first_option, Qt.MouseButton.LeftButton)
    harness.settle()
    dialog = harness.controller.dialogs[-1]
    assert isinstance(dialog, Phq9ResultsDialog)
    assert dialog.isVisible()
    assert [row[2] for row in dialog.results.rows()] == ["16 of 27"]


def test_after_a_recent_phq9_under_ten_the_results_still_come_first(qtbot: QtBot) -> None:
    shown = escalated_prompt(phq9_score=6)  # three signs: escalated; the PHQ-9 is no reason
    assert shown.prompt.escalation_reasons == ("several_signals_together",)
    assert shown.prompt.suggested_questionnaire is None  # taken in the last two weeks
    card = PromptCard(shown, phq9_taken=True)
    qtbot.addWidget(card)
    assert card.escalated_offer is not None
    assert card.first_option is card.escalated_offer.button
    assert card.escalated_offer.button.text() == "See my PHQ-9 results"


def test_with_suggestions_off_and_no_phq9_ever_support_options_come_first(qtbot: QtBot) -> None:
    shown = escalated_prompt(suggest=False)
    assert shown.prompt.escalated and shown.prompt.suggested_questionnaire is None
    card = PromptCard(shown, phq9_taken=False)
    qtbot.addWidget(card)
    assert card.escalated_offer is None
    assert card.first_option is card.support_button
    assert "A doctor or a counsellor can help" in card.summary.text()
