"""Notifications: fixed text only, the route chosen, and a real D-Bus round trip."""

from __future__ import annotations

import re
import string
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.core.resources import load_json
from app.platform.freedesktop_notifications import FreedesktopNotifications
from app.platform.notification_messages import (
    NotificationAction,
    NotificationKind,
    NotificationMessage,
    message_for,
)
from app.platform.notifications import Notifier
from tests.platform.conftest import FakeNotificationServer


def test_every_kind_has_gentle_fixed_text() -> None:
    for kind in NotificationKind:
        message = message_for(kind)
        assert message.summary and message.body
        assert "{" not in message.summary + message.body


def test_notifications_cannot_carry_free_text() -> None:
    with pytest.raises(TypeError, match="NotificationKind"):
        message_for("Today I felt awful about the interview")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="whole number"):
        message_for(NotificationKind.WATCHER_PROMPT, "a secret")  # type: ignore[arg-type]


def test_catalog_templates_use_no_placeholder_but_count() -> None:
    catalog = load_json("notifications.json")
    for kind in NotificationKind:
        entry = catalog[kind.value]
        for field in ("summary", "body"):
            templates = entry[field].values() if isinstance(entry[field], dict) else [entry[field]]
            for template in templates:
                names = {n for _, n, _, _ in string.Formatter().parse(template) if n is not None}
                assert names <= {"count"}


def test_count_picks_the_plural_and_is_shown() -> None:
    assert message_for(NotificationKind.WATCHER_PROMPT, 1).summary == "Tend has a note for you"
    assert message_for(NotificationKind.WATCHER_PROMPT, 3).summary == "Tend has 3 notes for you"


def test_reminders_offer_check_in_and_snooze() -> None:
    message = message_for(NotificationKind.CHECK_IN_REMINDER)
    assert [action for action, _ in message.actions] == [
        NotificationAction.CHECK_IN,
        NotificationAction.SNOOZE,
    ]
    assert message.default_action is NotificationAction.CHECK_IN
    locked = message_for(NotificationKind.CHECK_IN_REMINDER_LOCKED)
    assert "locked" in locked.body


def test_the_checking_in_reminder_counts_nothing_and_offers_support_first() -> None:
    message = message_for(NotificationKind.CHECKING_IN_REMINDER)
    assert message.summary == "Just checking in on you"
    assert not re.search(r"\d", message.summary + message.body)  # never a count of days
    assert message.actions[0] == (NotificationAction.SUPPORT, "See support options")
    assert message.default_action is NotificationAction.OPEN
    assert NotificationKind.CHECKING_IN_REMINDER.is_reminder  # a check-in takes it down


def test_without_tray_or_desktop_service_the_window_banner_is_asked(qtbot: QtBot) -> None:
    notifier = Notifier(tray_icon=None, desktop=None)
    with qtbot.waitSignal(notifier.banner_requested) as banner:
        route = notifier.notify(NotificationKind.CHECK_IN_REMINDER)
    assert route == "banner"
    shown: NotificationMessage = banner.args[0]
    assert shown.kind is NotificationKind.CHECK_IN_REMINDER
    with qtbot.waitSignal(notifier.snooze_requested):
        notifier.invoke(NotificationAction.SNOOZE)


@pytest.mark.parametrize(
    ("action", "signal_name"),
    [
        (NotificationAction.CHECK_IN, "check_in_requested"),
        (NotificationAction.SNOOZE, "snooze_requested"),
        (NotificationAction.OPEN, "open_requested"),
        (NotificationAction.SUPPORT, "support_requested"),
    ],
)
def test_each_action_emits_its_signal(
    qtbot: QtBot, action: NotificationAction, signal_name: str
) -> None:
    notifier = Notifier()
    with qtbot.waitSignal(getattr(notifier, signal_name)):
        notifier.invoke(action)


def test_withdraw_takes_the_banner_down(qtbot: QtBot) -> None:
    notifier = Notifier()
    with qtbot.waitSignal(notifier.banner_withdrawn) as withdrawn:
        notifier.withdraw()
    assert NotificationKind.CHECK_IN_REMINDER in withdrawn.args[0]


def desktop_on(bus: str, notifier: Notifier) -> FreedesktopNotifications:
    desktop = FreedesktopNotifications(on_action=notifier.invoke, bus_address=bus)
    notifier.set_desktop(desktop)
    return desktop


def test_reminder_reaches_the_notification_server_with_its_actions(
    qtbot: QtBot,
    private_session_bus: str,
    notification_server: Callable[..., FakeNotificationServer],
) -> None:
    server = notification_server()
    notifier = Notifier()
    desktop = desktop_on(private_session_bus, notifier)
    try:
        assert notifier.notify(NotificationKind.CHECK_IN_REMINDER) == "desktop"
    finally:
        desktop.close()
    (call,) = server.calls()
    assert call["signature"] == "susssasa{sv}i"
    assert call["app_name"] == "Tend"
    assert call["summary"] == "A moment to check in?"
    assert call["body"] == "How are you doing today? A check-in takes about a minute."
    assert call["actions"] == [
        "default",
        "Check in now",
        "check-in",
        "Check in now",
        "snooze",
        "Remind me in an hour",
    ]
    assert call["hints"] == ["desktop-entry"]
    assert Path(str(call["icon"]).removeprefix("file://")).name == "org.tend.Tend.svg"


def test_pressing_check_in_on_the_notification_asks_for_a_check_in(
    qtbot: QtBot,
    private_session_bus: str,
    notification_server: Callable[..., FakeNotificationServer],
) -> None:
    notification_server(invoke="check-in")
    notifier = Notifier()
    desktop = desktop_on(private_session_bus, notifier)
    try:
        with qtbot.waitSignal(notifier.check_in_requested, timeout=5000):
            notifier.notify(NotificationKind.CHECK_IN_REMINDER)
    finally:
        desktop.close()


@pytest.mark.parametrize("delay", [0.0, 0.3], ids=["with-the-reply", "a-moment-later"])
def test_pressing_snooze_on_the_notification_asks_for_a_snooze(
    qtbot: QtBot,
    private_session_bus: str,
    notification_server: Callable[..., FakeNotificationServer],
    delay: float,
) -> None:
    notification_server(invoke="snooze", delay=delay)
    notifier = Notifier()
    desktop = desktop_on(private_session_bus, notifier)
    try:
        with qtbot.waitSignal(notifier.snooze_requested, timeout=5000):
            notifier.notify(NotificationKind.CHECK_IN_REMINDER)
    finally:
        desktop.close()


def test_a_new_reminder_replaces_the_one_still_on_screen(
    qtbot: QtBot,
    private_session_bus: str,
    notification_server: Callable[..., FakeNotificationServer],
) -> None:
    server = notification_server()
    notifier = Notifier()
    desktop = desktop_on(private_session_bus, notifier)
    try:
        notifier.notify(NotificationKind.CHECK_IN_REMINDER)
        notifier.notify(NotificationKind.CHECK_IN_REMINDER_LOCKED)
        notifier.withdraw()
    finally:
        desktop.close()
    first, second, closed = server.calls()
    assert first["replaces_id"] == 0
    assert second["replaces_id"] == first["id"]
    assert closed == {"closed": second["id"]}


def test_server_without_actions_gets_no_buttons(
    qtbot: QtBot,
    private_session_bus: str,
    notification_server: Callable[..., FakeNotificationServer],
) -> None:
    server = notification_server(capabilities="body")
    notifier = Notifier()
    desktop = desktop_on(private_session_bus, notifier)
    try:
        assert not desktop.supports_actions()
        assert notifier.notify(NotificationKind.CHECK_IN_REMINDER) == "desktop"
    finally:
        desktop.close()
    (call,) = server.calls()
    assert call["actions"] == []


def test_bus_without_a_notification_server_falls_back_to_the_banner(
    qtbot: QtBot, private_session_bus: str
) -> None:
    notifier = Notifier()
    desktop = desktop_on(private_session_bus, notifier)
    try:
        with qtbot.waitSignal(notifier.banner_requested):
            assert notifier.notify(NotificationKind.CHECK_IN_REMINDER) == "banner"
    finally:
        desktop.close()


def test_no_session_bus_at_all_falls_back_to_the_banner(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    notifier = Notifier()
    desktop_on("SESSION", notifier)
    assert notifier.notify(NotificationKind.STILL_IN_TRAY) == "banner"
