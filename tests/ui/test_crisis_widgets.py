"""The crisis path's widgets: a region that changes only on purpose (confirmed, undoable),
numbers that can be copied, the crisis card's own line, honest hours, and the words of
the crisis notification."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QLocale, QPoint, QPointF, Qt
from PySide6.QtGui import QGuiApplication, QWheelEvent
from PySide6.QtWidgets import (
    QApplication,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.core.clock import fixed_clock
from app.core.support.resources import Region, SupportItem, load_support_resources
from app.core.vault import Vault
from app.core.watcher.model import WatcherSettings
from app.core.workspace import Workspace
from app.platform.notification_messages import NotificationKind, message_for
from app.ui.desktop_integration import watcher_notification
from app.ui.tasks import TaskRunner
from app.ui.watcher.controller import WatcherController, region_from_locale
from app.ui.watcher.crisis_line import CrisisLineBox, crisis_line
from app.ui.watcher.prompt_card import PromptCard
from app.ui.watcher.region_picker import RegionChooser
from app.ui.watcher.settings_panel import WatcherSettingsPanel
from app.ui.watcher.support_dialog import SupportOptionsDialog
from app.ui.watcher.support_list import SupportList
from tests.ui.watcher_samples import crisis_prompt, support_prompt

RESOURCES = load_support_resources()


def gb_dialog(qtbot: QtBot) -> SupportOptionsDialog:
    dialog = SupportOptionsDialog(RESOURCES, "GB", [], crisis=True)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def wheel_down(target: QWidget) -> None:
    event = QWheelEvent(
        QPointF(4, 4),
        QPointF(target.mapToGlobal(QPoint(4, 4))),
        QPoint(0, -120),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(target, event)


# -- the region changes only on purpose -------------------------------------------------


def test_wheel_and_arrows_on_the_unfocused_region_do_nothing(qtbot: QtBot) -> None:
    dialog = gb_dialog(qtbot)
    picker = dialog.region_picker
    assert not picker.change_button.hasFocus()
    for target in (picker, picker.label, picker.change_button):
        wheel_down(target)
        for key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_End):
            qtbot.keyClick(target, key)
    assert picker.code() == "GB"
    assert picker.chooser is None
    assert "Samaritans" in dialog.options.plain_text()


def test_the_settings_region_ignores_the_wheel_too(qtbot: QtBot) -> None:
    today = datetime(2026, 3, 20, tzinfo=UTC).date()
    panel = WatcherSettingsPanel(WatcherSettings(region="IE"), [], RESOURCES, today)
    qtbot.addWidget(panel)
    panel.show()
    with qtbot.assertNotEmitted(panel.settings_changed):
        for target in (panel.region, panel.region.change_button):
            wheel_down(target)
            qtbot.keyClick(target, Qt.Key.Key_Down)
    assert panel.current_settings().region == "IE"


def test_a_region_change_is_confirmed_and_can_be_undone(qtbot: QtBot) -> None:
    dialog = gb_dialog(qtbot)
    picker = dialog.region_picker
    chooser = picker.open_chooser()
    assert chooser.code() == "GB"  # starts at the current choice
    chooser.select("NZ")
    assert picker.code() == "GB"  # nothing changes until it is confirmed
    with qtbot.waitSignal(dialog.region_changed) as changed:
        qtbot.keyClick(chooser.list, Qt.Key.Key_Return)
    assert changed.args == ["NZ"]
    assert picker.label.text() == "Showing lines for New Zealand."
    assert picker.undo_button.isVisible()
    assert "1737" in dialog.options.plain_text()
    with qtbot.waitSignal(dialog.region_changed) as undone:
        qtbot.mouseClick(picker.undo_button, Qt.MouseButton.LeftButton)
    assert undone.args == ["GB"]
    assert picker.code() == "GB"
    assert picker.undo_button.isHidden()
    assert "116 123" in dialog.options.plain_text()


def test_cancelling_the_chooser_keeps_the_region(qtbot: QtBot) -> None:
    dialog = gb_dialog(qtbot)
    chooser = dialog.region_picker.open_chooser()
    chooser.select("AU")
    with qtbot.assertNotEmitted(dialog.region_changed):
        qtbot.keyClick(chooser.list, Qt.Key.Key_Escape)
    assert dialog.region_picker.code() == "GB"


def test_the_chooser_lists_every_region_in_the_resources_file(qtbot: QtBot) -> None:
    chooser = RegionChooser(RESOURCES, None)
    qtbot.addWidget(chooser)
    listed = [chooser.list.item(row).text() for row in range(chooser.list.count())]
    assert listed == [region.name for region in RESOURCES.regions]
    assert chooser.code() == "elsewhere"  # nothing known: "Somewhere else", not a guess


# -- numbers that can be copied ---------------------------------------------------------


def test_copy_puts_the_number_on_the_clipboard_and_says_copied(qtbot: QtBot) -> None:
    dialog = gb_dialog(qtbot)
    first = dialog.options.number_rows[0]
    assert first.words.accessibleName() == "Call 116 123"
    qtbot.mouseClick(first.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "116 123"
    assert first.copy_button.text() == "Copied"
    assert first.copy_button.accessibleName() == "Copied 116 123"
    qtbot.waitUntil(lambda: first.copy_button.text() == "Copy", timeout=4000)


def test_every_number_in_every_region_has_a_copy_button(qtbot: QtBot) -> None:
    support_list = SupportList()
    qtbot.addWidget(support_list)
    for region in RESOURCES.regions:
        support_list.show_items(region.items)
        copied = {row.copy_button.number for row in support_list.number_rows}
        numbers = {n for i in region.items for n in (i.phone, i.text) if n}
        assert copied == numbers, region.code


# -- the crisis card ---------------------------------------------------------------------


def test_the_crisis_card_shows_the_number_with_copy_and_no_settings(qtbot: QtBot) -> None:
    card = PromptCard(crisis_prompt(), region=RESOURCES.region("GB"))
    qtbot.addWidget(card)
    card.show()
    assert card.crisis_line is not None and card.crisis_line.isVisible()
    assert "call 116 123 now" in card.crisis_line.sentence.accessibleName()
    (row,) = card.crisis_line.number_rows
    assert row.isVisible()
    row.copy_button.click()
    assert QGuiApplication.clipboard().text() == "116 123"
    shown = [b.text() for b in card.findChildren(QPushButton) if b.isVisible()]
    assert not any("Settings" in text for text in shown)
    assert card.crisis_line.line.detail == "Samaritans · open day and night · United Kingdom"


def test_tab_reaches_the_link_in_the_crisis_sentence_and_enter_activates_it(
    qtbot: QtBot,
) -> None:
    card = PromptCard(crisis_prompt(), region=RESOURCES.region("GB"))
    qtbot.addWidget(card)
    card.show()
    card.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is card, timeout=2000)
    assert card.crisis_line is not None
    sentence = card.crisis_line.sentence
    card.support_button.setFocus()  # the card's first option, where Tab starts
    qtbot.waitUntil(card.support_button.hasFocus, timeout=2000)
    reached = []
    for _ in range(12):  # every stop in the card, at most
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
        if reached[-1] is sentence:
            break
    assert sentence in reached
    with qtbot.waitSignal(card.link_requested, timeout=2000) as requested:
        qtbot.keyClick(sentence, Qt.Key.Key_Return)
    assert requested.args == ["tel:116123"]


def test_crisis_words_without_a_link_are_no_tab_stop(qtbot: QtBot) -> None:
    box = CrisisLineBox(RESOURCES.region("elsewhere"))
    qtbot.addWidget(box)

    assert box.sentence.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert box.detail.focusPolicy() == Qt.FocusPolicy.TabFocus  # the helplines' address
    box.show_region(RESOURCES.region("GB"))
    assert box.sentence.focusPolicy() == Qt.FocusPolicy.TabFocus  # a click never takes it
    assert box.detail.focusPolicy() == Qt.FocusPolicy.NoFocus  # who answers, no link


def test_a_crisis_line_appearing_beside_an_entry_leaves_the_keyboard_there(
    qtbot: QtBot,
) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    layout = QVBoxLayout(page)
    entry = QPlainTextEdit(page)
    layout.addWidget(entry)
    page.show()
    page.activateWindow()
    entry.setFocus()
    qtbot.waitUntil(entry.hasFocus, timeout=2000)

    box = CrisisLineBox(RESOURCES.region("GB"))
    layout.insertWidget(0, box)
    box.show()
    qtbot.keyClicks(QApplication.focusWidget() or entry, "still typing")

    assert entry.hasFocus()
    assert entry.toPlainText() == "still typing"


def test_every_number_on_a_crisis_line_box_can_be_copied(qtbot: QtBot) -> None:
    for region in RESOURCES.regions:
        box = CrisisLineBox(region)
        qtbot.addWidget(box)
        shown = f"{box.line.sentence} {box.line.detail}"
        numbers = set()
        # Longest first, each taken out once found: "911" inside "800 911 2000" is no number.
        for number in sorted(
            {n for i in region.items for n in (i.phone, i.text) if n}, key=len, reverse=True
        ):
            if number in shown:
                numbers.add(number)
                shown = shown.replace(number, "#")
        assert numbers, region.code  # the box always names a number to call
        assert numbers <= {row.copy_button.number for row in box.number_rows}, region.code


def test_the_crisis_card_follows_a_region_change(qtbot: QtBot) -> None:
    card = PromptCard(crisis_prompt(), region=RESOURCES.region("GB"))
    qtbot.addWidget(card)
    card.show_region(RESOURCES.region("AU"))
    assert "13 11 14" in card.crisis_line.sentence.accessibleName()  # type: ignore[union-attr]


def test_a_support_card_keeps_its_settings_and_shows_no_crisis_line(qtbot: QtBot) -> None:
    card = PromptCard(support_prompt(), region=RESOURCES.region("GB"))
    qtbot.addWidget(card)
    card.show()
    assert card.crisis_line is None
    assert card.settings_button.isVisible()


# -- honest hours ------------------------------------------------------------------------


def test_day_and_night_is_said_only_of_lines_open_24_7(qtbot: QtBot) -> None:
    support_list = SupportList()
    qtbot.addWidget(support_list)
    for region in RESOURCES.regions:
        support_list.show_items(region.items)
        lines = support_list.plain_text().splitlines()
        for item in region.items:
            heading = next(line for line in lines if line.split(" · ")[0] == item.name)
            assert ("day and night" in heading) == (item.hours == "24/7"), heading
            if item.hours and item.hours != "24/7":
                assert heading.endswith(f"hours: {item.hours}")
            if not item.hours:
                assert heading == item.name  # unknown: nothing said about hours


def test_the_crisis_intro_names_the_emergency_number_and_promises_no_hours(
    qtbot: QtBot,
) -> None:
    dialog = gb_dialog(qtbot)
    assert dialog.intro.text().startswith("If you are in danger right now, call 999.")
    assert "day and night" not in dialog.intro.text()
    calm = next(line for line in dialog.options.plain_text().splitlines() if "CALM" in line)
    assert calm.endswith("hours: 5pm to midnight, every day")


# -- the notification --------------------------------------------------------------------


def test_a_crisis_notification_says_support_is_ready_and_nothing_else() -> None:
    shown = crisis_prompt()
    kind = watcher_notification(shown)
    assert kind is NotificationKind.WATCHER_CRISIS
    message = message_for(kind, 1)
    assert message.summary == "Support options are ready in Tend"
    words = f"{message.summary} {message.body}".lower()
    assert "quiet moment" not in words
    assert "die" not in words.split()  # no journal words ("I want to die.")
    assert watcher_notification(support_prompt()) is NotificationKind.WATCHER_PROMPT


# -- the first unlock's question ---------------------------------------------------------


@pytest.fixture
def controller_for(qtbot: QtBot, vault: Vault) -> Iterator:  # type: ignore[type-arg]
    runner = TaskRunner()
    made: list[WatcherController] = []
    space = Workspace.open(vault, fixed_clock(datetime(2026, 3, 20, 9, tzinfo=UTC)))

    def make(locale: QLocale) -> tuple[WatcherController, Workspace]:
        made.append(
            WatcherController(
                watcher=space.watcher,
                contacts=space.contacts,
                questionnaires=space.questionnaires,
                runner=runner,
                place_card=lambda card: None,
                default_region=region_from_locale(locale),
            )
        )
        return made[-1], space

    yield make
    runner.wait_until_idle()
    for controller in made:
        for dialog in controller.dialogs:
            dialog.close()


def asked(qtbot: QtBot, controller: WatcherController) -> RegionChooser:
    controller.ask_region_if_unset()
    qtbot.waitUntil(lambda: bool(controller.dialogs), timeout=5000)
    (question,) = controller.dialogs
    assert isinstance(question, RegionChooser)
    return question


def test_the_first_question_is_preselected_from_the_locale_and_saved_on_enter(
    qtbot: QtBot, controller_for
) -> None:  # type: ignore[no-untyped-def]
    controller, space = controller_for(QLocale("en_IE"))
    question = asked(qtbot, controller)
    assert question.windowTitle() == "Where do you live?"
    assert question.code() == "IE"
    assert space.watcher.settings().region is None  # not saved until confirmed
    with qtbot.waitSignal(controller.settings_changed, timeout=5000) as saved:
        qtbot.keyClick(question.list, Qt.Key.Key_Return)
    assert saved.args[0].region == "IE"
    assert space.watcher.settings().region == "IE"
    controller.ask_region_if_unset()  # answered: never asked again
    qtbot.waitUntil(lambda: not question.isVisible())
    qtbot.wait(200)
    assert [d for d in controller.dialogs if d.isVisible()] == []


def test_a_locale_outside_the_file_suggests_somewhere_else(qtbot: QtBot, controller_for) -> None:  # type: ignore[no-untyped-def]
    controller, _space = controller_for(
        QLocale(QLocale.Language.Icelandic, QLocale.Country.Iceland)
    )
    assert asked(qtbot, controller).code() == "elsewhere"


def test_a_crisis_card_shows_the_saved_regions_line(qtbot: QtBot, controller_for) -> None:  # type: ignore[no-untyped-def]
    controller, space = controller_for(QLocale("en_US"))
    space.watcher.set_region("GB")
    space.journal.create("", "I can't keep doing this. I want to die.")
    with qtbot.waitSignal(controller.prompt_shown, timeout=5000) as shown:
        controller.check_now()
    card = controller.cards[shown.args[0].id]
    qtbot.waitUntil(lambda: any(isinstance(d, SupportOptionsDialog) for d in controller.dialogs))
    assert "116 123" in card.crisis_line.sentence.accessibleName()  # type: ignore[union-attr]


def test_a_line_open_day_and_night_is_shown_before_one_that_closes() -> None:
    evening = SupportItem("Evening line", "crisis", "Listens.", "https://a.example", "0800 1")
    always = SupportItem(
        "Night line", "crisis", "Listens.", "https://b.example", "0800 2", hours="24/7"
    )
    region = Region("XX", "Testland", (evening, always))
    shown = crisis_line(region)
    assert shown.item == always
    assert "0800 2" in shown.sentence
    # With no line open day and night, the first line still shows, with its hours.
    closing = SupportItem(
        "Evening line", "crisis", "Listens.", "https://a.example", "0800 1", hours="18:00–24:00"
    )
    only_evening = crisis_line(Region("XX", "Testland", (closing,)))
    assert only_evening.item == closing
    assert "18:00–24:00" in only_evening.detail
