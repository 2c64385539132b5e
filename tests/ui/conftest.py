"""Qt tests run offscreen; without Qt's system libraries they skip (fail under CI)."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

try:
    from PySide6 import QtWidgets  # noqa: F401
except ImportError as error:  # pragma: no cover - depends on the machine
    if os.environ.get("TEND_STRICT_ENV") == "1":
        raise
    pytest.skip(f"Qt cannot load here ({error})", allow_module_level=True)


from collections.abc import Iterator
from pathlib import Path

from pytestqt.qtbot import QtBot

from app.core.kdf import TEST_PARAMS
from app.core.vault import Vault
from app.core.workspace import Workspace
from app.platform.keyring_store import DeviceKeyStore
from app.platform.paths import AppPaths
from app.ui.app_context import AppContext
from app.ui.controller import AppController
from app.ui.notices import NoticeBridge
from app.ui.tasks import TaskRunner
from tests.conftest import PASSPHRASE


class FakeIdleClock:
    """Monotonic seconds that only move when a test says so."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture(autouse=True)
def collect_garbage_on_the_ui_thread() -> Iterator[None]:
    """As the app does: no cycle collection on worker threads (see app.ui.gc_guard)."""
    import gc

    gc.disable()
    yield
    gc.collect()
    gc.enable()


@pytest.fixture
def idle_clock() -> FakeIdleClock:
    return FakeIdleClock()


@pytest.fixture
def app_context(qapp: object, tmp_path: Path, idle_clock: FakeIdleClock) -> Iterator[AppContext]:
    runner = TaskRunner()
    context = AppContext(
        paths=AppPaths(tmp_path / "data"),
        runner=runner,
        notices=NoticeBridge(),
        keystore=DeviceKeyStore(backends=list),
        kdf_params=TEST_PARAMS,
        idle_clock=idle_clock,
    )
    yield context
    runner.wait_until_idle()


@pytest.fixture
def controller(app_context: AppContext, qapp: object) -> Iterator[AppController]:
    made = AppController(app_context, qapp)  # type: ignore[arg-type]
    yield made
    if made.workspace is not None:
        made.save_everything()
        made._close_main_window()
        app_context.runner.wait_until_idle()
        made.workspace.lock()
    made._dismiss_gate()
    qapp.removeEventFilter(made.idle)  # type: ignore[attr-defined]


@pytest.fixture
def opened(controller: AppController, app_context: AppContext, qtbot: QtBot) -> AppController:
    """A controller with a new vault open in the main window, its region already chosen
    (so the first unlock's question, "Where do you live?", is not open)."""
    created = Vault.create(app_context.paths.vault, PASSPHRASE, TEST_PARAMS)
    Workspace.open(created.vault).watcher.set_region("US")
    controller._open(created.vault)
    # The journal page reads its list in the background and enables the editor when it
    # has: wait for that, as a person sees it, so typing in a test never meets a disabled
    # editor on a busy machine.
    window = controller.main_window
    if window is not None:
        qtbot.waitUntil(window.journal_page.editor.isEnabled, timeout=10_000)
    return controller
