"""The tray, reminders, notifications and second starts reach the app as they should."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from app.core.kdf import TEST_PARAMS
from app.core.vault import Vault
from app.platform.notification_messages import NotificationKind, message_for
from app.ui.app_context import AppContext
from app.ui.controller import AppController
from app.ui.desktop_integration import DesktopIntegration
from app.ui.reminders.reminder_offer import ReminderOffer
from app.ui.settings_dialog import SettingsDialog
from tests.conftest import PASSPHRASE
from tests.ui.watcher_samples import crisis_prompt, support_prompt


@pytest.fixture
def desktop(
    controller: AppController, app_context: AppContext, qapp: QApplication
) -> Iterator[DesktopIntegration]:
    made = DesktopIntegration(controller, app_context, qapp, instance=None, use_session_bus=False)
    yield made
    made.shutdown()
    made.deleteLater()


@pytest.fixture
def notified(desktop: DesktopIntegration, monkeypatch: pytest.MonkeyPatch) -> list[object]:
    shown: list[object] = []
    monkeypatch.setattr(desktop.notifier, "notify", lambda kind, count=None: shown.append(kind))
    return shown


def _open(controller: AppController, app_context: AppContext) -> None:
    controller._open(Vault.create(app_context.paths.vault, PASSPHRASE, TEST_PARAMS).vault)


def test_without_a_tray_closing_the_window_quits(
    desktop: DesktopIntegration,
    controller: AppController,
    app_context: AppContext,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(desktop.tray, "is_shown", lambda: False)
    quits: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", lambda *args: quits.append(True))
    _open(controller, app_context)
    assert controller.main_window is not None
    controller.main_window.close()
    assert quits == [True]


def test_with_a_tray_closing_hides_and_says_so_only_the_first_time(
    desktop: DesktopIntegration,
    controller: AppController,
    app_context: AppContext,
    notified: list[object],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(desktop.tray, "is_shown", lambda: True)
    _open(controller, app_context)
    window = controller.main_window
    assert window is not None
    window.close()
    assert not window.isVisible() and controller.workspace is not None
    assert notified == [NotificationKind.STILL_IN_TRAY]
    assert app_context.config.tray_close_explained
    controller.show_window()
    window.close()
    assert notified == [NotificationKind.STILL_IN_TRAY]


def test_a_reminder_while_locked_opens_the_unlock_then_the_check_in(
    qtbot: object,
    desktop: DesktopIntegration,
    controller: AppController,
    app_context: AppContext,
) -> None:
    Vault.create(app_context.paths.vault, PASSPHRASE, TEST_PARAMS).vault.lock()
    controller.start(hidden=True)
    assert controller.gate is not None and not controller.gate.isVisible()
    desktop.timer.check_in_requested.emit(True)
    assert controller.gate.isVisible()
    controller.gate.secret.setText(PASSPHRASE)  # type: ignore[attr-defined]
    controller.gate.unlock_button.click()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: controller.features is not None)  # type: ignore[attr-defined]
    flow = controller.features.checkin_flow  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: flow.dialog is not None)  # type: ignore[attr-defined]
    assert flow.dialog is not None and flow.dialog.isVisible()


def test_a_second_start_asking_to_check_in_opens_the_check_in(
    qtbot: object,
    desktop: DesktopIntegration,
    controller: AppController,
    app_context: AppContext,
) -> None:
    _open(controller, app_context)
    controller.hide_window()
    controller.handle_request("check-in")
    assert controller.main_window is not None and controller.main_window.isVisible()
    flow = controller.features.checkin_flow  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: flow.dialog is not None)  # type: ignore[attr-defined]
    assert flow.dialog is not None and flow.dialog.isVisible()


def test_tray_menu_items_reach_the_app(
    desktop: DesktopIntegration, controller: AppController, app_context: AppContext
) -> None:
    _open(controller, app_context)
    desktop.tray.rebuild_menu()
    actions = desktop.tray.actions()
    assert "Lock" in [a.text().replace("&", "") for a in actions.values()]
    desktop.tray.new_entry_requested.emit()
    assert controller.main_window is not None
    assert controller.main_window.current_page_key() == "journal"
    desktop.tray.lock_requested.emit()
    assert controller.is_locked
    desktop.tray.rebuild_menu()
    assert any("Unlock" in a.text() for a in desktop.tray.actions().values())


def test_a_check_in_tells_the_reminders(
    qtbot: object,
    desktop: DesktopIntegration,
    controller: AppController,
    app_context: AppContext,
) -> None:
    _open(controller, app_context)
    flow = controller.features.checkin_flow  # type: ignore[union-attr]
    from app.core.checkins.values import CheckInValues
    from app.ui.checkins.submission import CheckInSubmission

    flow._save(CheckInSubmission(CheckInValues(mood=3), None))
    qtbot.waitUntil(lambda: controller.last_check_in_day is not None)  # type: ignore[attr-defined]
    assert controller.last_check_in_day == app_context.clock().date()


def test_the_reminder_offer_appears_once_and_its_answer_is_kept(
    desktop: DesktopIntegration, controller: AppController, app_context: AppContext
) -> None:
    _open(controller, app_context)
    home = controller.features.home  # type: ignore[union-attr]
    offers = home.findChildren(ReminderOffer)
    assert len(offers) == 1
    offers[0].yes_button.click()
    assert desktop.timer.settings.enabled
    assert app_context.config.reminders["enabled"] is True
    assert not desktop.timer.settings.should_offer_default


def test_settings_get_a_reminders_tab(
    desktop: DesktopIntegration, controller: AppController, app_context: AppContext
) -> None:
    _open(controller, app_context)
    controller.open_settings()
    dialog = controller.main_window.findChildren(SettingsDialog)[-1]  # type: ignore[union-attr]
    titles = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert "Reminders" in titles
    dialog.close()
    app_context.runner.wait_until_idle()


def test_a_watcher_note_while_hidden_becomes_a_notification(
    desktop: DesktopIntegration,
    controller: AppController,
    app_context: AppContext,
    notified: list[object],
) -> None:
    _open(controller, app_context)
    controller.hide_window()
    controller.features.watcher.prompt_shown.emit(object())  # type: ignore[union-attr]
    assert notified == [NotificationKind.WATCHER_PROMPT]


def test_a_crisis_note_while_hidden_says_support_options_are_ready(
    desktop: DesktopIntegration,
    controller: AppController,
    app_context: AppContext,
    notified: list[object],
) -> None:
    _open(controller, app_context)
    controller.hide_window()
    controller.features.watcher.prompt_shown.emit(crisis_prompt())  # type: ignore[union-attr]
    assert notified == [NotificationKind.WATCHER_CRISIS]
    assert message_for(NotificationKind.WATCHER_CRISIS).summary == (
        "Support options are ready in Tend"
    )


def test_a_calmer_note_never_replaces_the_crisis_notification(
    desktop: DesktopIntegration,
    controller: AppController,
    app_context: AppContext,
    notified: list[object],
) -> None:
    _open(controller, app_context)
    controller.hide_window()
    watcher = controller.features.watcher  # type: ignore[union-attr]
    watcher.prompt_shown.emit(crisis_prompt())
    watcher.prompt_shown.emit(support_prompt())
    assert notified == [NotificationKind.WATCHER_CRISIS]


def test_made_after_the_journal_opened_it_still_passes_on_a_crisis_note(
    controller: AppController,
    app_context: AppContext,
    qapp: QApplication,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The app makes the tray on the event loop's first turn; a remembered key may have
    # opened the journal by then, and its crisis notes must still reach the desktop.
    _open(controller, app_context)
    late = DesktopIntegration(controller, app_context, qapp, instance=None, use_session_bus=False)
    try:
        shown: list[object] = []
        monkeypatch.setattr(late.notifier, "notify", lambda kind, count=None: shown.append(kind))
        controller.hide_window()
        controller.features.watcher.prompt_shown.emit(crisis_prompt())  # type: ignore[union-attr]
        assert shown == [NotificationKind.WATCHER_CRISIS]
    finally:
        late.shutdown()
        late.deleteLater()
