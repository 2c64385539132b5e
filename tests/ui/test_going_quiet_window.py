"""Going quiet, in the window: a calm note on Home when the person comes back (once), and
the warmer reminder with the support options one click away, with the injected clock."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.core.checkins import CheckInService, CheckInValues
from app.core.clock import fixed_clock
from app.core.kdf import TEST_PARAMS
from app.core.vault import Vault
from app.core.watcher.model import CHECKING_IN, DISMISSED, OPENED_SUPPORT
from app.core.watcher.wording import default_wording
from app.core.workspace import Workspace
from app.platform.notification_messages import NotificationAction, NotificationKind
from app.ui.app_context import AppContext
from app.ui.controller import AppController
from app.ui.desktop_integration import DesktopIntegration
from app.ui.watcher.returning_note import ReturningNote
from app.ui.watcher.support_dialog import SupportOptionsDialog
from tests.conftest import PASSPHRASE

ZONE = timezone(timedelta(hours=1))


def at(day: int, hour: int = 9) -> datetime:
    return datetime(2026, 3, day, hour, tzinfo=ZONE)


def open_after_low_week(
    controller: AppController, app_context: AppContext, day: int, *, watcher_on: bool = True
) -> Vault:
    """Mood 1 on 1-7 March, then nothing; the journal opened on ``day``."""
    app_context.clock = fixed_clock(at(day))
    vault = Vault.create(app_context.paths.vault, PASSPHRASE, TEST_PARAMS).vault
    checkins = CheckInService(vault.database, fixed_clock(at(8)))
    for index in range(1, 8):
        checkins.backfill(CheckInValues(mood=1), at(index, 20))
    space = Workspace.open(vault)
    space.watcher.set_region("US")
    space.watcher.set_enabled(watcher_on)
    controller._open(vault)
    return vault


def notes(controller: AppController) -> list[ReturningNote]:
    window = controller.main_window
    assert window is not None
    return [n for n in window.findChildren(ReturningNote) if not n.isHidden()]


def settle(qtbot: QtBot, context: AppContext) -> None:
    qtbot.waitUntil(lambda: not context.runner.is_busy, timeout=20_000)


def test_home_shows_a_calm_note_when_the_person_comes_back_and_only_once(
    qtbot: QtBot, controller: AppController, app_context: AppContext
) -> None:
    open_after_low_week(controller, app_context, 12)
    qtbot.waitUntil(lambda: bool(notes(controller)), timeout=20_000)
    (note,) = notes(controller)
    window = controller.main_window
    assert window is not None and window.current_page_key() == "home"
    assert note.title.text() == default_wording().returning_title
    assert note.text.text() == default_wording().returning
    assert not re.search(r"\d", note.text.text())  # never a count of days
    assert note.support_button.isDefault()
    qtbot.mouseClick(note.close_button, Qt.MouseButton.LeftButton)
    settle(qtbot, app_context)
    assert notes(controller) == []
    workspace = controller.workspace
    assert workspace is not None
    (kept,) = workspace.watcher.history()
    assert (kept.prompt.kind, kept.response) == (CHECKING_IN, DISMISSED)
    controller.lock()
    settle(qtbot, app_context)
    controller.gate.secret.setText(PASSPHRASE)  # type: ignore[union-attr]
    controller.gate.unlock_button.click()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: controller.features is not None, timeout=20_000)
    settle(qtbot, app_context)
    assert notes(controller) == []


def test_support_options_are_one_click_from_the_note(
    qtbot: QtBot, controller: AppController, app_context: AppContext
) -> None:
    open_after_low_week(controller, app_context, 12)
    qtbot.waitUntil(lambda: bool(notes(controller)), timeout=20_000)
    (note,) = notes(controller)
    qtbot.mouseClick(note.support_button, Qt.MouseButton.LeftButton)
    settle(qtbot, app_context)
    features = controller.features
    assert features is not None
    assert any(
        isinstance(d, SupportOptionsDialog) and d.isVisible() for d in features.watcher.dialogs
    )
    assert controller.workspace is not None
    assert controller.workspace.watcher.history()[0].response == OPENED_SUPPORT


def test_no_note_with_the_watcher_off(
    qtbot: QtBot, controller: AppController, app_context: AppContext
) -> None:
    open_after_low_week(controller, app_context, 12, watcher_on=False)
    settle(qtbot, app_context)
    assert notes(controller) == []


@pytest.fixture
def desktop(
    controller: AppController, app_context: AppContext, qapp: QApplication
) -> Iterator[DesktopIntegration]:
    made = DesktopIntegration(controller, app_context, qapp, instance=None, use_session_bus=False)
    yield made
    made.shutdown()
    made.deleteLater()


def test_the_reminder_after_going_quiet_is_the_warmer_one_even_while_locked(
    qtbot: QtBot, desktop: DesktopIntegration, controller: AppController, app_context: AppContext
) -> None:
    # Opened on the 10th (two quiet days), then locked: the 12th is the first quiet day.
    open_after_low_week(controller, app_context, 10)
    qtbot.waitUntil(lambda: desktop.quiet_outlook is not None, timeout=20_000)
    controller.lock()
    assert not desktop._checking_in_on(at(11).date())
    assert desktop._checking_in_on(at(12).date())
    shown: list[NotificationKind] = []
    desktop.notifier.notify = lambda kind, count=None: shown.append(kind)  # type: ignore[method-assign]
    desktop.timer._clock = fixed_clock(at(12, 20) + timedelta(minutes=1))
    desktop.timer._zone = lambda: ZONE
    desktop.timer._settings = desktop.timer.settings.accept_offer()
    desktop.timer.check_now()
    assert shown == [NotificationKind.CHECKING_IN_REMINDER]
    # Its "See support options" opens them without asking for the passphrase first.
    desktop.notifier.invoke(NotificationAction.SUPPORT)
    dialog = desktop.support_while_locked
    assert dialog is not None and dialog.isVisible()
    assert dialog.options.plain_text().startswith("Crisis lines")
    dialog.close()


def test_the_reminder_stays_ordinary_with_the_watcher_off(
    qtbot: QtBot, desktop: DesktopIntegration, controller: AppController, app_context: AppContext
) -> None:
    open_after_low_week(controller, app_context, 12, watcher_on=False)
    settle(qtbot, app_context)
    assert not desktop._checking_in_on(at(12).date())
