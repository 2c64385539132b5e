"""The prompt of the day on the home view, and browsing for another."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.core.prompts import Moment, PromptLibrary, prompt_of_the_day
from app.ui.home.prompt_browser import PromptBrowser
from app.ui.home.prompt_card import PromptCard

LIBRARY = PromptLibrary.load()
DAY = date(2026, 3, 14)


def test_write_about_this_emits_the_prompt_of_the_day(qtbot: QtBot) -> None:
    card = PromptCard(LIBRARY, DAY)
    qtbot.addWidget(card)
    expected = prompt_of_the_day(LIBRARY, DAY)
    assert card.text.text() == expected.text
    with qtbot.waitSignal(card.prompt_chosen) as chosen:
        qtbot.mouseClick(card.write, Qt.MouseButton.LeftButton)
    assert chosen.args == [expected]


def test_the_next_day_brings_a_different_prompt(qtbot: QtBot) -> None:
    card = PromptCard(LIBRARY, DAY)
    qtbot.addWidget(card)
    first = card.prompt()
    card.set_day(date(2026, 3, 15))
    assert card.prompt() != first


def test_after_a_rejection_the_card_offers_a_prompt_for_that_moment(qtbot: QtBot) -> None:
    card = PromptCard(LIBRARY, DAY, Moment(after_rejection=True))
    qtbot.addWidget(card)
    assert card.prompt().has_tag("rejection")
    assert card.caption.text() == "For today, after a hard no"


def test_more_prompts_opens_a_browser_whose_choice_reaches_the_card(qtbot: QtBot) -> None:
    card = PromptCard(LIBRARY, DAY, Moment(after_rejection=True))
    qtbot.addWidget(card)
    browser = card.open_browser()
    shown = browser.prompts_shown()
    assert shown[0] == card.prompt()
    fitting = len(LIBRARY.with_tag("rejection"))
    assert all(p.has_tag("rejection") for p in shown[:fitting])
    browser.list.setCurrentRow(2)
    with qtbot.waitSignal(card.prompt_chosen) as chosen:
        qtbot.keyClick(browser.list, Qt.Key.Key_Return)
    assert chosen.args == [shown[2]]
    assert browser.result() == PromptBrowser.DialogCode.Accepted


def test_browsing_by_tag_narrows_the_list(qtbot: QtBot) -> None:
    browser = PromptBrowser(LIBRARY, DAY)
    qtbot.addWidget(browser)
    everything = len(browser.prompts_shown())
    browser.filter.setCurrentIndex(browser.filter.findData("supporting-others"))
    shown = browser.prompts_shown()
    assert 0 < len(shown) < everything
    assert all(p.has_tag("supporting-others") for p in shown)
    with qtbot.waitSignal(browser.prompt_chosen) as chosen:
        browser.write.click()
    assert chosen.args == [shown[0]]
