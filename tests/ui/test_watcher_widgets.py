"""The watcher's widgets: card, why dialog, support options, questionnaire, history."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.core.contacts.model import TrustedContact
from app.core.jobsearch.watcher_context import support_kinds_order
from app.core.questionnaires import load_questionnaire
from app.core.support.resources import load_support_resources
from app.core.watcher.model import SUPPORT
from app.core.watcher.wording import default_wording
from app.ui.watcher.history_view import PromptHistoryView
from app.ui.watcher.prompt_card import PromptCard
from app.ui.watcher.questionnaire_dialog import QuestionnaireDialog
from app.ui.watcher.support_dialog import SupportOptionsDialog
from app.ui.watcher.why_dialog import WhyDialog
from tests.ui.watcher_samples import crisis_prompt, support_prompt

PRIYA = TrustedContact("c1", "Priya", "07700 900123", "my sister")


def test_the_card_shows_the_summary_and_every_action_says_which_prompt(qtbot: QtBot) -> None:
    shown = support_prompt()
    card = PromptCard(shown, default_wording().suggestion("phq9"))
    qtbot.addWidget(card)
    card.show()
    assert card.summary.text().startswith("You've noted low energy on 10 of the last 14 days")
    for button, signal in (
        (card.support_button, card.support_requested),
        (card.why_button, card.why_requested),
        (card.snooze_button, card.snooze_requested),
        (card.has_support_button, card.has_support_requested),
        (card.close_button, card.dismissed),
    ):
        with qtbot.waitSignal(signal) as blocker:
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert blocker.args == ["prompt-support"]
    with qtbot.waitSignal(card.settings_requested):
        qtbot.mouseClick(card.settings_button, Qt.MouseButton.LeftButton)
    assert card.suggestion_button is not None
    with qtbot.waitSignal(card.questionnaire_requested) as blocker:
        qtbot.mouseClick(card.suggestion_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["phq9"]


def test_a_crisis_card_has_no_snooze(qtbot: QtBot) -> None:
    card = PromptCard(crisis_prompt())
    qtbot.addWidget(card)
    card.show()
    assert card.snooze_button.isHidden()
    assert card.support_button.isVisible()
    assert all(button.accessibleName() for button in (card.support_button, card.why_button))


def test_why_lists_every_piece_of_evidence_and_opens_entries(qtbot: QtBot) -> None:
    shown = support_prompt()
    dialog = WhyDialog(shown, default_wording())
    qtbot.addWidget(dialog)
    assert dialog.evidence.topLevelItemCount() == len(shown.prompt.evidence)
    assert "Low energy: 10 of the last 14 days" in dialog.counts.text()
    rows = [dialog.evidence.topLevelItem(i) for i in range(dialog.evidence.topLevelItemCount())]
    words = next(row for row in rows if row.text(2) == "Entry")
    assert words.text(3) == "“No energy”"
    with qtbot.waitSignal(dialog.open_entry_requested) as blocker:
        dialog.evidence.itemActivated.emit(words, 0)
    assert blocker.args[0].startswith("entry-")


def test_support_options_put_crisis_lines_first_for_a_crisis(qtbot: QtBot) -> None:
    dialog = SupportOptionsDialog(load_support_resources(), "GB", [PRIYA], crisis=True)
    qtbot.addWidget(dialog)
    assert dialog.shown_items()[0].name == "Samaritans"
    text = dialog.options.plain_text()
    assert text.index("116 123") < text.index("Priya")
    assert text.index("Priya") < text.index("Jobcentre Plus")


def test_support_options_start_with_trusted_people_otherwise(qtbot: QtBot) -> None:
    dialog = SupportOptionsDialog(load_support_resources(), "GB", [PRIYA], crisis=False)
    qtbot.addWidget(dialog)
    text = dialog.options.plain_text()
    assert text.index("Priya") < text.index("Mind Infoline") < text.index("Samaritans")


def test_choosing_a_region_shows_its_services_and_reports_it(qtbot: QtBot) -> None:
    dialog = SupportOptionsDialog(load_support_resources(), None, [], crisis=True)
    qtbot.addWidget(dialog)
    assert "findahelpline.com" in dialog.options.plain_text()
    with qtbot.waitSignal(dialog.region_changed) as blocker:
        dialog.region_picker.choose("AU")
    assert blocker.args == ["AU"]
    assert "13 11 14" in dialog.options.plain_text()
    with qtbot.waitSignal(dialog.link_requested) as link:
        dialog.options.number_rows[0].words.linkActivated.emit("tel:131114")
    assert link.args == ["tel:131114"]


def answer(dialog: QuestionnaireDialog, item: int, option: int) -> None:
    dialog.groups[item].button(option).click()


def test_phq9_item_9_shows_crisis_resources_at_once(qtbot: QtBot) -> None:
    region = load_support_resources().region("US")
    dialog = QuestionnaireDialog(load_questionnaire("phq9"), region)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.crisis_panel.isHidden()
    with qtbot.waitSignal(dialog.crisis_resources_shown):
        answer(dialog, 8, 1)
    assert dialog.crisis_panel.isVisible()
    assert "988" in dialog.crisis_panel.lines.plain_text()
    assert not dialog.submit.isEnabled()


def test_a_completed_questionnaire_shows_a_kind_result_and_hands_over_the_answers(
    qtbot: QtBot,
) -> None:
    dialog = QuestionnaireDialog(load_questionnaire("phq9"), load_support_resources().region("US"))
    qtbot.addWidget(dialog)
    dialog.show()
    for item in range(9):
        answer(dialog, item, 2 if item < 5 else 0)
    assert dialog.submit.isEnabled()
    dialog.follow_up.button(1).click()  # type: ignore[union-attr]
    with qtbot.waitSignal(dialog.completed) as blocker:
        qtbot.mouseClick(dialog.submit, Qt.MouseButton.LeftButton)
    assert blocker.args == ["phq9", (2, 2, 2, 2, 2, 0, 0, 0, 0), 1]
    text = dialog.result_label.text()
    assert "Your answers add up to 10 out of 27" in text
    assert "screening aid, not a diagnosis" in text
    assert dialog.crisis_panel.isHidden()


def test_questions_can_be_answered_with_the_keyboard(qtbot: QtBot) -> None:
    dialog = QuestionnaireDialog(load_questionnaire("who5"), load_support_resources().region("NZ"))
    qtbot.addWidget(dialog)
    dialog.show()
    first = dialog.groups[0].button(0)
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_Space)
    assert dialog.answers()[0] == 5


def test_the_history_lists_prompts_and_explains_one_on_enter(qtbot: QtBot, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    view = PromptHistoryView()
    qtbot.addWidget(view)
    view.set_prompts([crisis_prompt(), support_prompt()])
    qtmodeltester.check(view.model)
    assert view.model.rowCount() == 2
    assert view.model.index(0, 1).data() == "Crisis resources"
    assert view.empty.isHidden()
    with qtbot.waitSignal(view.why_requested) as blocker:
        view.table.activated.emit(view.model.index(1, 0))
    assert blocker.args == ["prompt-support"]


def test_a_support_note_after_two_nos_lists_job_search_help_before_counselling(
    qtbot: QtBot,
) -> None:
    order = support_kinds_order(SUPPORT, nos_in_its_window=2)
    dialog = SupportOptionsDialog(load_support_resources(), "GB", [PRIYA], False, order=order)
    qtbot.addWidget(dialog)
    kinds = [item.kind for item in dialog.shown_items()]
    assert kinds[0] == "work"
    text = dialog.options.plain_text()
    assert text.index("Jobcentre Plus") < text.index("Mind Infoline") < text.index("Samaritans")


def test_a_crisis_card_keeps_crisis_lines_first_whatever_the_search(qtbot: QtBot) -> None:
    order = support_kinds_order(SUPPORT, nos_in_its_window=5)
    dialog = SupportOptionsDialog(load_support_resources(), "GB", [PRIYA], True, order=order)
    qtbot.addWidget(dialog)
    assert dialog.shown_items()[0].name == "Samaritans"
