"""The tray menu, its signals, and life without a tray (offscreen Qt has none)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QSystemTrayIcon
from pytestqt.qtbot import QtBot

from app.platform.close_policy import ClosePolicy
from app.platform.notification_messages import NotificationKind
from app.platform.notifications import Notifier
from app.platform.tray import TrayController, TrayState, tray_icon
from tests.conftest import require_tool
from tests.platform.conftest import REPO_ROOT


class MutableState:
    """The state the shell would report; tests change it between menu openings."""

    def __init__(self) -> None:
        self.current = TrayState(locked=False)

    def __call__(self) -> TrayState:
        return self.current


@pytest.fixture
def state() -> MutableState:
    return MutableState()


@pytest.fixture
def tray(qtbot: QtBot, state: MutableState) -> Iterator[TrayController]:
    controller = TrayController(state)
    yield controller
    controller.dispose()


def open_menu(qtbot: QtBot, tray: TrayController) -> None:
    """Open the menu the way a click does (aboutToShow fires), then close it."""
    tray.menu.popup(QPoint(0, 0))
    qtbot.waitUntil(tray.menu.isVisible)
    tray.menu.hide()


@pytest.mark.parametrize(
    ("label", "signal_name"),
    [
        ("Check in now", "check_in_requested"),
        ("New entry", "new_entry_requested"),
        ("Open Tend", "open_requested"),
        ("Lock", "lock_requested"),
        ("Pause reminders for today", "pause_reminders_requested"),
        ("Quit", "quit_requested"),
    ],
)
def test_each_menu_item_emits_its_signal(
    qtbot: QtBot, tray: TrayController, label: str, signal_name: str
) -> None:
    with qtbot.waitSignal(getattr(tray, signal_name)):
        tray.actions()[label].trigger()


def test_menu_offers_unlock_while_locked_and_lock_while_open(
    qtbot: QtBot, tray: TrayController, state: MutableState
) -> None:
    assert "Lock" in tray.actions()
    state.current = replace(state.current, locked=True)
    open_menu(qtbot, tray)
    labels = tray.actions()
    assert "Lock" not in labels
    with qtbot.waitSignal(tray.unlock_requested):
        labels["Unlock…"].trigger()
    state.current = replace(state.current, locked=False)
    open_menu(qtbot, tray)
    assert "Lock" in tray.actions() and "Unlock…" not in tray.actions()


def test_menu_is_rebuilt_each_time_it_opens(
    qtbot: QtBot, tray: TrayController, state: MutableState
) -> None:
    state.current = replace(state.current, reminders_paused_today=True)
    assert "Pause reminders for today" in tray.actions()  # not yet reopened
    open_menu(qtbot, tray)
    with qtbot.waitSignal(tray.resume_reminders_requested):
        tray.actions()["Resume reminders"].trigger()


def test_pause_is_greyed_out_when_reminders_are_off(
    qtbot: QtBot, tray: TrayController, state: MutableState
) -> None:
    state.current = replace(state.current, reminders_enabled=False)
    open_menu(qtbot, tray)
    assert not tray.actions()["Pause reminders for today"].isEnabled()


def test_menu_lists_the_actions_in_order(tray: TrayController) -> None:
    assert list(tray.actions()) == [
        "Check in now",
        "New entry",
        "Open Tend",
        "Lock",
        "Pause reminders for today",
        "Quit",
    ]


def test_clicking_the_icon_asks_to_show_or_hide_the_window(
    qtbot: QtBot, tray: TrayController
) -> None:
    with qtbot.waitSignal(tray.toggle_window_requested):
        tray.icon.activated.emit(QSystemTrayIcon.ActivationReason.Trigger)
    with qtbot.assertNotEmitted(tray.toggle_window_requested):
        tray.icon.activated.emit(QSystemTrayIcon.ActivationReason.Context)


def test_tray_icons_load_from_resources(qtbot: QtBot) -> None:
    for symbolic in (False, True):
        icon = tray_icon(symbolic)
        assert not icon.isNull()
        assert not icon.pixmap(16, 16).toImage().isNull()


def test_without_a_tray_show_reports_it_and_closing_quits(
    qtbot: QtBot, tray: TrayController
) -> None:
    assert not QSystemTrayIcon.isSystemTrayAvailable()  # offscreen Qt has no tray
    assert tray.show() is False
    assert not tray.is_shown()
    policy = ClosePolicy(tray.is_shown, lambda: False, lambda: None)
    outcome = policy.on_window_close()
    assert outcome.keep_running is False


def test_without_a_tray_reminders_arrive_as_a_banner(qtbot: QtBot, tray: TrayController) -> None:
    tray.show()
    notifier = Notifier(tray_icon=tray.icon, desktop=None)
    with qtbot.waitSignal(notifier.banner_requested) as banner:
        assert notifier.notify(NotificationKind.CHECK_IN_REMINDER) == "banner"
    assert banner.args[0].kind is NotificationKind.CHECK_IN_REMINDER


def test_with_a_tray_closing_keeps_tend_running_and_explains_once() -> None:
    explained: list[bool] = []
    policy = ClosePolicy(
        tray_shown=lambda: True,
        already_explained=lambda: bool(explained),
        mark_explained=lambda: explained.append(True),
    )
    first = policy.on_window_close()
    second = policy.on_window_close()
    assert first.keep_running and first.explain
    assert second.keep_running and not second.explain
    assert explained == [True]


def test_icon_sits_in_a_real_tray_host_and_answers_clicks() -> None:
    """Under Xvfb with trayer: the icon embeds, a click toggles, a right click opens the menu."""
    xvfb_run = require_tool("xvfb-run")
    require_tool("trayer")
    require_tool("xdotool")
    env = {k: v for k, v in os.environ.items() if k != "DBUS_SESSION_BUS_ADDRESS"}
    env["QT_QPA_PLATFORM"] = "xcb"
    completed = subprocess.run(
        [
            xvfb_run,
            "-a",
            "-s",
            "-screen 0 800x600x24",
            sys.executable,
            "-m",
            "tests.platform.tray_host_session",
        ],
        cwd=REPO_ROOT,
        env=env,
        check=False,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert completed.returncode == 0, completed.stderr
    result = json.loads(completed.stdout.strip().splitlines()[-1])
    assert result["tray_available"] and result["shown"] and result["embedded"]
    assert result["click_toggles"]
    assert result["menu_opened"]
    assert result["menu_labels"] == [
        "Check in now",
        "New entry",
        "Open Tend",
        "Unlock…",
        "Pause reminders for today",
        "Quit",
    ]
    assert result["message_route"] == "tray"
