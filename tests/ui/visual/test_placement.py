"""A window brought forward again (a second start of Tend) lands fully on the screen."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from app.ui.app_context import AppContext
from app.ui.controller import AppController
from app.ui.placement import fit_on_screen
from app.ui.vault.unlock_window import UnlockWindow


def available() -> object:
    screen = QGuiApplication.primaryScreen()
    assert screen is not None
    return screen.availableGeometry()


def test_a_window_partly_off_screen_is_centred_on_the_screen(
    qtbot: QtBot, app_context: AppContext
) -> None:
    window = UnlockWindow(app_context, "")
    qtbot.addWidget(window)
    window.show()
    area = available()
    window.move(area.right() - 100, area.bottom() - 80)  # type: ignore[attr-defined]

    fit_on_screen(window)

    assert area.contains(window.frameGeometry())  # type: ignore[attr-defined]
    assert abs(window.frameGeometry().center().x() - area.center().x()) <= 1  # type: ignore[attr-defined]


def test_a_window_larger_than_the_screen_is_shrunk_to_it(
    qtbot: QtBot, app_context: AppContext
) -> None:
    window = UnlockWindow(app_context, "")
    qtbot.addWidget(window)
    window.show()
    area = available()
    window.resize(area.width() + 400, area.height() + 300)  # type: ignore[attr-defined]

    fit_on_screen(window)

    assert area.contains(window.frameGeometry())  # type: ignore[attr-defined]


def test_a_second_start_shows_the_unlock_window_on_screen(
    controller: AppController, app_context: AppContext, created_vault: object
) -> None:
    controller.show_unlock()
    gate = controller.gate
    assert gate is not None
    gate.move(5000, 4000)
    gate.hide()

    controller.handle_request("show")

    assert available().contains(gate.frameGeometry())  # type: ignore[attr-defined]
