"""A trusted contact's note saved in Settings › Looking out is read for crisis words too:
new ones bring the crisis card, and the keyboard stays in Settings."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.core.watcher.model import CRISIS, TRUSTED_CONTACT
from app.ui.controller import AppController
from app.ui.settings_dialog import SettingsDialog
from app.ui.watcher.settings_panel import WatcherSettingsPanel
from app.ui.watcher.support_dialog import SupportOptionsDialog


def test_crisis_words_in_a_contact_note_show_the_crisis_card(
    qtbot: QtBot, opened: AppController
) -> None:
    features, window, workspace = opened.features, opened.main_window, opened.workspace
    assert features is not None and window is not None and workspace is not None
    watcher = features.watcher
    watcher.open_contacts()
    settings = window.findChildren(SettingsDialog)[-1]
    tab = settings.tabs.currentWidget()
    qtbot.waitUntil(lambda: bool(tab.findChildren(WatcherSettingsPanel)), timeout=20_000)
    (panel,) = tab.findChildren(WatcherSettingsPanel)
    panel.name.setText("Priya")
    panel.reach.setText("07700 900123")
    settings.activateWindow()
    panel.note.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.note, timeout=5000)
    qtbot.keyClicks(panel.note, "Call her when I want to end my life.")

    panel.add_button.click()

    def crisis_cards() -> list[object]:
        return [c for c in watcher.cards.values() if c.shown.prompt.kind == CRISIS]

    qtbot.waitUntil(lambda: len(crisis_cards()) == 1, timeout=20_000)
    (card,) = crisis_cards()
    assert card.shown.prompt.evidence[0].source == TRUSTED_CONTACT  # type: ignore[attr-defined]
    qtbot.waitUntil(
        lambda: any(isinstance(d, SupportOptionsDialog) and d.isVisible() for d in watcher.dialogs),
        timeout=20_000,
    )
    # Added, the panel is ready for someone else, with the cursor in "Name": the keyboard
    # stays there, and what is typed next lands there, not in the crisis window.
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.name, timeout=2000)
    qtbot.keyClicks(QApplication.focusWidget() or settings, "Jo")
    assert panel.name.text() == "Jo"
    assert [c.name for c in workspace.contacts.list()] == ["Priya"]

    # Only the reach changed: no new words, no second card.
    panel.contact_list.setCurrentRow(0)
    panel.reach.setText("07700 900999")
    panel.add_button.click()
    qtbot.waitUntil(
        lambda: [c.reach for c in workspace.contacts.list()] == ["07700 900999"], timeout=20_000
    )
    opened.context.runner.wait_until_idle()
    assert len([s for s in workspace.watcher.history() if s.prompt.kind == CRISIS]) == 1
    settings.close()
