"""The job search's cards on Home, as widgets: offers, the day off, naming the feeling."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.ui.jobsearch.heard_no_dialog import HeardNo, HeardNoDialog, NextStep
from app.ui.jobsearch.home_panel import JobSearchHome
from app.ui.jobsearch.views import OfferView

THANKS = OfferView("thanks", "After the interview", "A thank-you note, and what went well.")
GRIEF = OfferView("grief", "After a no", "Grief first. It is not personal.")
QUIET = OfferView("quiet", "Three weeks", "It is all right to close this one.", "o1", True)
OFFERS = [THANKS, GRIEF]


def test_not_now_removes_only_that_offer_and_reports_it(qtbot: QtBot) -> None:
    panel = JobSearchHome()
    qtbot.addWidget(panel)
    panel.set_offers(OFFERS)
    with qtbot.waitSignal(panel.offer_dismissed) as dismissed:
        panel.offer_cards[0].dismiss.click()
    assert dismissed.args == [THANKS]
    assert [card.offer for card in panel.offer_cards] == [GRIEF]


def test_draft_it_here_asks_for_that_offer(qtbot: QtBot) -> None:
    panel = JobSearchHome()
    qtbot.addWidget(panel)
    panel.set_offers(OFFERS)
    with qtbot.waitSignal(panel.draft_requested) as drafted:
        panel.offer_cards[1].draft.click()
    assert drafted.args == [GRIEF]


def test_only_the_three_weeks_offer_can_close_its_opening(qtbot: QtBot) -> None:
    panel = JobSearchHome()
    qtbot.addWidget(panel)
    panel.set_offers([THANKS, QUIET])
    assert panel.offer_cards[0].close_opening is None
    closer = panel.offer_cards[1].close_opening
    assert closer is not None
    with qtbot.waitSignal(panel.close_requested) as closed:
        closer.click()
    assert closed.args == [QUIET]
    assert [card.offer for card in panel.offer_cards] == [THANKS]


def test_day_off_hides_every_job_search_card_and_says_why(qtbot: QtBot) -> None:
    panel = JobSearchHome()
    qtbot.addWidget(panel)
    panel.set_offers(OFFERS)
    panel.show()
    with qtbot.waitSignal(panel.day_off_toggled) as toggled:
        panel.day_off.click()
    assert toggled.args == [True]
    hidden = (panel.summary, panel.heard_no, panel.steps, *panel.offer_cards)
    assert not any(widget.isVisible() for widget in hidden)
    assert panel.resting.isVisible()
    # Offers arriving later on a day off stay hidden too.
    panel.set_offers(OFFERS)
    assert not any(card.isVisible() for card in panel.offer_cards)
    panel.day_off.click()
    assert all(widget.isVisible() for widget in (panel.summary, *panel.offer_cards))


def test_a_stored_day_off_is_shown_without_being_reported_back(qtbot: QtBot) -> None:
    panel = JobSearchHome()
    qtbot.addWidget(panel)
    with qtbot.assertNotEmitted(panel.day_off_toggled):
        panel.set_day_off(True)
    assert panel.day_off.isChecked()
    assert panel.summary.isHidden()


def test_weekly_summary_lists_what_was_done_and_is_kind_when_empty(qtbot: QtBot) -> None:
    panel = JobSearchHome()
    qtbot.addWidget(panel)
    panel.set_summary(["2 applications", "1 conversation"])
    assert panel.summary.lines.text() == "• 2 applications\n• 1 conversation"
    panel.set_summary([])
    text = panel.summary.lines.text().lower()
    assert "rest counts" in text
    for word in ("missed", "overdue", "streak", "goal"):
        assert word not in text


def test_heard_no_starts_with_naming_the_feeling_then_offers_the_check_in(
    qtbot: QtBot,
) -> None:
    dialog = HeardNoDialog([("o1", "Librarian, City Library")])
    qtbot.addWidget(dialog)
    assert dialog.pages.currentIndex() == 0
    assert "what are you feeling" in dialog.question.text().lower()
    dialog.feeling_buttons[0].click()  # Disappointed
    dialog.feeling_buttons[4].click()  # Tired
    dialog.own_words.setText("like I wasted a month")
    dialog.opening.setCurrentIndex(1)
    dialog.next_button.click()
    assert dialog.pages.currentIndex() == 1
    with qtbot.waitSignal(dialog.finished_with) as finished:
        dialog.checkin_button.click()
    heard: HeardNo = finished.args[0]
    assert heard.feelings == ("Disappointed", "Tired", "like I wasted a month")
    assert heard.opening_id == "o1"
    assert heard.next_step is NextStep.CHECK_IN
    assert heard.feelings_sentence() == (
        "Right now I feel: disappointed, tired and like I wasted a month."
    )


def test_heard_no_without_an_opening_or_words_is_still_one_step(qtbot: QtBot) -> None:
    dialog = HeardNoDialog([])
    qtbot.addWidget(dialog)
    dialog.next_button.click()
    with qtbot.waitSignal(dialog.finished_with) as finished:
        dialog.close_button.click()
    heard: HeardNo = finished.args[0]
    assert heard == HeardNo((), None, NextStep.NOTHING)
    assert heard.feelings_sentence() == ""
