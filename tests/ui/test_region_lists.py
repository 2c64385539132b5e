"""Region lists in the support dialog and the settings stay easy to scan with many regions."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from app.core.support.resources import ELSEWHERE, load_support_resources
from app.core.watcher.model import WatcherSettings
from app.ui.watcher.settings_panel import WatcherSettingsPanel
from app.ui.watcher.support_dialog import SupportOptionsDialog


def listed(box: QComboBox) -> list[str]:
    return [box.itemText(index) for index in range(box.count())]


def assert_alphabetical_with_somewhere_else_last(box: QComboBox) -> None:
    names = listed(box)
    assert len(names) >= 19
    assert names[-1] == "Somewhere else"
    assert box.itemData(box.count() - 1) == ELSEWHERE
    assert names[:-1] == sorted(names[:-1], key=str.casefold)


def test_the_support_dialog_lists_regions_by_name_with_somewhere_else_last(
    qtbot: QtBot,
) -> None:
    dialog = SupportOptionsDialog(load_support_resources(), "JP", [], crisis=True)
    qtbot.addWidget(dialog)
    assert_alphabetical_with_somewhere_else_last(dialog.region_box)
    assert dialog.region_box.currentData() == "JP"
    assert "0120-279-338" in dialog.browser.toPlainText()


def test_the_settings_list_regions_by_name_and_an_unset_region_shows_somewhere_else(
    qtbot: QtBot,
) -> None:
    panel = WatcherSettingsPanel(WatcherSettings(), [], load_support_resources(), date(2026, 12, 4))
    qtbot.addWidget(panel)
    assert_alphabetical_with_somewhere_else_last(panel.region)
    assert panel.region.currentData() == ELSEWHERE
