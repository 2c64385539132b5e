"""Watcher settings and trusted contacts: the panel, and its wiring to a real vault."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.core.clock import fixed_clock
from app.core.contacts.model import TrustedContact
from app.core.support.resources import load_support_resources
from app.core.vault import Vault
from app.core.watcher.model import WatcherSettings
from app.core.workspace import Workspace
from app.ui.tasks import TaskRunner
from app.ui.watcher.controller import WatcherController
from app.ui.watcher.settings_panel import WatcherSettingsPanel

TODAY = date(2026, 3, 20)


def panel_for(qtbot: QtBot, settings: WatcherSettings, contacts=()) -> WatcherSettingsPanel:  # type: ignore[no-untyped-def]
    panel = WatcherSettingsPanel(settings, list(contacts), load_support_resources(), TODAY)
    qtbot.addWidget(panel)
    return panel


def test_unticking_support_notes_turns_them_off_for_good(qtbot: QtBot) -> None:
    panel = panel_for(qtbot, WatcherSettings())
    with qtbot.waitSignal(panel.settings_changed) as blocker:
        panel.support.setChecked(False)
    assert blocker.args[0].kinds_off == {"support": None}
    with qtbot.waitSignal(panel.settings_changed) as blocker:
        panel.support.setChecked(True)
    assert blocker.args[0].kinds_off == {}


def test_a_rest_is_shown_with_its_date_and_ticking_ends_it(qtbot: QtBot) -> None:
    resting = WatcherSettings(kinds_off={"support": TODAY + timedelta(days=30)})
    panel = panel_for(qtbot, resting)
    assert panel.support.isChecked()
    assert "Support notes are resting until Sun 19 Apr" in panel.status.text()
    assert panel.current_settings().kinds_off == {}


def test_turning_the_watcher_off_and_choosing_a_region(qtbot: QtBot) -> None:
    panel = panel_for(qtbot, WatcherSettings(region="IE"))
    assert panel.region.code() == "IE"
    panel.enabled.setChecked(False)
    panel.region.choose("CA")
    settings = panel.current_settings()
    assert (settings.enabled, settings.region) == (False, "CA")


def test_adding_and_removing_people_asks_for_it(qtbot: QtBot) -> None:
    panel = panel_for(qtbot, WatcherSettings(), [TrustedContact("c1", "Jo", "0800", "")])
    assert not panel.add_button.isEnabled()
    qtbot.keyClicks(panel.name, "Priya")
    panel.reach.setText("07700 900123")
    with qtbot.waitSignal(panel.add_contact_requested) as blocker:
        qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["Priya", "07700 900123", ""]
    assert panel.name.text() == ""
    panel.contact_list.setCurrentRow(0)
    with qtbot.waitSignal(panel.remove_contact_requested) as blocker:
        qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["c1"]


def test_settings_from_the_card_are_saved_in_the_vault(qtbot: QtBot, vault: Vault) -> None:
    now = datetime(2026, 3, 20, 9, 0, tzinfo=UTC)
    space = Workspace.open(vault, fixed_clock(now))
    runner = TaskRunner()
    controller = WatcherController(
        watcher=space.watcher,
        contacts=space.contacts,
        questionnaires=space.questionnaires,
        runner=runner,
        place_card=lambda card: None,
        default_region="NZ",
    )
    controller.open_settings()
    qtbot.waitUntil(lambda: controller.settings_panel is not None, timeout=5000)
    panel = controller.settings_panel
    assert panel is not None
    assert panel.region.code() == "NZ"
    panel.crisis.setChecked(False)
    panel.name.setText("Priya")
    panel.add_button.click()
    qtbot.waitUntil(lambda: panel.contact_list.count() == 1, timeout=5000)
    runner.wait_until_idle()
    assert space.watcher.settings().kinds_off == {"crisis": None}
    assert [c.name for c in space.contacts.list()] == ["Priya"]
    for dialog in controller.dialogs:
        dialog.close()
