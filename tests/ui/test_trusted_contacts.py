"""Trusted contacts: managed in Settings › Looking out (never a "Watcher settings" dialog),
editable, their numbers and emails links, and the support options window showing a person
as soon as they are added from it."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QApplication, QDialog, QLabel
from pytestqt.qtbot import QtBot

from app.core.contacts.model import TrustedContact
from app.core.support.resources import load_support_resources
from app.core.watcher.model import WatcherSettings
from app.ui.controller import AppController
from app.ui.settings_dialog import SettingsDialog
from app.ui.watcher.contact_links import link_for, links_in, reach_html
from app.ui.watcher.settings_panel import WatcherSettingsPanel
from app.ui.watcher.support_dialog import SupportOptionsDialog
from app.ui.watcher.support_list import NO_CONTACTS

PRIYA = TrustedContact("c1", "Priya", "07700 900123", "my sister")
SAM = TrustedContact("c2", "Sam", "sam@example.org")


def test_numbers_and_emails_become_tel_and_mailto_links() -> None:
    assert link_for("+44 7700 900123") == "tel:+447700900123"
    assert link_for("(555) 010-0199") == "tel:5550100199"
    assert link_for("sam@example.org") == "mailto:sam@example.org"
    assert link_for("at the café on Tuesdays") is None
    assert link_for("2026") is None  # too short to be a number to call
    assert links_in("call 0800 111 222 or sam@example.org") == [
        "tel:0800111222",
        "mailto:sam@example.org",
    ]
    assert reach_html("<b>0800 111 222</b>") == (
        '&lt;b&gt;<a href="tel:0800111222">0800 111 222</a>&lt;/b&gt;'
    )


def test_a_contact_can_be_edited_and_reached_from_the_panel(qtbot: QtBot) -> None:
    panel = WatcherSettingsPanel(
        WatcherSettings(), [PRIYA, SAM], load_support_resources(), date(2026, 3, 20)
    )
    qtbot.addWidget(panel)
    assert panel.add_button.text() == "&Add"
    panel.contact_list.setCurrentRow(0)
    assert (panel.name.text(), panel.reach.text(), panel.note.text()) == (
        "Priya",
        "07700 900123",
        "my sister",
    )
    assert panel.add_button.text() == "&Save changes"
    assert 'href="tel:07700900123"' in panel.reach_links.text()
    with qtbot.waitSignal(panel.link_requested) as link:
        panel.reach_links.linkActivated.emit("tel:07700900123")
    assert link.args == ["tel:07700900123"]

    panel.reach.setText("07700 900999")
    with qtbot.waitSignal(panel.update_contact_requested) as updated:
        panel.add_button.click()
    assert updated.args == ["c1", "Priya", "07700 900999", "my sister"]
    assert panel.editing is None and panel.add_button.text() == "&Add"

    panel.contact_list.setCurrentRow(1)
    assert 'href="mailto:sam@example.org"' in panel.reach_links.text()
    panel.new_button.click()
    assert panel.editing is None and panel.name.text() == ""
    panel.name.setText("Ade")
    with qtbot.waitSignal(panel.add_contact_requested) as added:
        panel.add_button.click()
    assert added.args == ["Ade", "", ""]


def test_contacts_in_the_support_options_are_links(qtbot: QtBot) -> None:
    dialog = SupportOptionsDialog(load_support_resources(), "GB", [PRIYA, SAM], crisis=False)
    qtbot.addWidget(dialog)
    texts = [label.text() for label in dialog.options.findChildren(QLabel)]
    assert any('href="tel:07700900123"' in text for text in texts)
    assert any('href="mailto:sam@example.org"' in text for text in texts)
    (priya,) = [label for label in dialog.options.findChildren(QLabel) if "Priya" in label.text()]
    with qtbot.waitSignal(dialog.link_requested) as link:
        priya.linkActivated.emit("tel:07700900123")
    assert link.args == ["tel:07700900123"]


def settings_dialog(controller: AppController) -> SettingsDialog:
    window = controller.main_window
    assert window is not None
    return window.findChildren(SettingsDialog)[-1]


def test_managing_contacts_opens_settings_and_the_support_window_follows(
    qtbot: QtBot, opened: AppController
) -> None:
    features, workspace = opened.features, opened.workspace
    assert features is not None and workspace is not None
    watcher = features.watcher
    watcher.open_support_options()
    qtbot.waitUntil(
        lambda: any(isinstance(d, SupportOptionsDialog) for d in watcher.dialogs), timeout=20_000
    )
    support = next(d for d in watcher.dialogs if isinstance(d, SupportOptionsDialog))
    assert NO_CONTACTS in support.options.plain_text()

    support.contacts_requested.emit()  # "Manage my trusted contacts…"
    settings = settings_dialog(opened)
    assert settings.windowTitle() == "Settings"
    assert settings.tabs.tabText(settings.tabs.currentIndex()) == "Looking out"
    titles = [w.windowTitle() for w in QApplication.topLevelWidgets() if isinstance(w, QDialog)]
    assert "Watcher settings" not in titles
    tab = settings.tabs.currentWidget()
    qtbot.waitUntil(lambda: bool(tab.findChildren(WatcherSettingsPanel)), timeout=20_000)
    (panel,) = tab.findChildren(WatcherSettingsPanel)

    panel.name.setText("Priya")
    panel.reach.setText("07700 900123")
    panel.add_button.click()
    qtbot.waitUntil(lambda: "Priya" in support.options.plain_text(), timeout=20_000)
    assert NO_CONTACTS not in support.options.plain_text()

    # Edited in Settings: saved, and the support window shows the new number.
    panel.contact_list.setCurrentRow(0)
    panel.reach.setText("07700 900999")
    panel.add_button.click()
    qtbot.waitUntil(lambda: "07700 900999" in support.options.plain_text(), timeout=20_000)
    assert [(c.name, c.reach) for c in workspace.contacts.list()] == [("Priya", "07700 900999")]
    settings.close()
    support.close()
