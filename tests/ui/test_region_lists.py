"""Region lists in the support dialog and the settings stay easy to scan with many regions."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget
from pytestqt.qtbot import QtBot

from app.core.support.resources import ELSEWHERE, load_support_resources
from app.core.watcher.model import WatcherSettings
from app.ui.watcher.settings_panel import WatcherSettingsPanel
from app.ui.watcher.support_dialog import SupportOptionsDialog


def listed(box: QListWidget) -> list[str]:
    return [box.item(index).text() for index in range(box.count())]


def assert_alphabetical_with_somewhere_else_last(box: QListWidget) -> None:
    names = listed(box)
    assert len(names) >= 19
    assert names[-1] == "Somewhere else"
    assert box.item(box.count() - 1).data(Qt.ItemDataRole.UserRole) == ELSEWHERE
    assert names[:-1] == sorted(names[:-1], key=str.casefold)


def test_the_support_dialog_lists_regions_by_name_with_somewhere_else_last(
    qtbot: QtBot,
) -> None:
    dialog = SupportOptionsDialog(load_support_resources(), "JP", [], crisis=True)
    qtbot.addWidget(dialog)
    chooser = dialog.region_picker.open_chooser()
    qtbot.addWidget(chooser)
    assert_alphabetical_with_somewhere_else_last(chooser.list)
    assert chooser.code() == "JP"
    chooser.reject()
    assert dialog.region_picker.code() == "JP"
    assert "0120-279-338" in dialog.options.plain_text()


def test_the_settings_list_regions_by_name_and_an_unset_region_shows_somewhere_else(
    qtbot: QtBot,
) -> None:
    panel = WatcherSettingsPanel(WatcherSettings(), [], load_support_resources(), date(2026, 12, 4))
    qtbot.addWidget(panel)
    chooser = panel.region.open_chooser()
    qtbot.addWidget(chooser)
    assert_alphabetical_with_somewhere_else_last(chooser.list)
    assert chooser.code() == ELSEWHERE
    chooser.reject()
    assert panel.region.code() == ELSEWHERE
