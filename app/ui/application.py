"""The composition root: build the context, the controller and the first window, then run."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from app import __version__
from app.core.errors import ExitCode, TendError
from app.core.resources import resource_path
from app.platform import paths as app_paths
from app.platform.identity import APP_ID, ICON_FILE
from app.platform.logs import configure_logging
from app.platform.single_instance import SingleInstance, request_from_args
from app.ui import theme
from app.ui.app_context import AppContext
from app.ui.controller import AppController
from app.ui.first_paint import after_first_paint
from app.ui.gc_guard import UiThreadGarbageCollector
from app.ui.notices import NoticeBridge
from app.ui.tasks import TaskRunner


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    set_identity(app)
    return app


def set_identity(app: QApplication) -> None:
    """Name, version, desktop id and icon, as desktops and notifications see them."""
    app.setApplicationName("Tend")
    app.setApplicationDisplayName("Tend")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Tend")
    app.setDesktopFileName(APP_ID)
    icon = resource_path("icons", ICON_FILE)
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))


def build_context(paths: app_paths.AppPaths, app: QApplication) -> AppContext:
    runner = TaskRunner(app)
    return AppContext(
        paths=paths,
        runner=runner,
        notices=NoticeBridge(app),
    )


def integrate_desktop(
    controller: AppController, context: AppContext, app: QApplication, instance: SingleInstance
) -> None:
    from app.ui.desktop_integration import DesktopIntegration

    DesktopIntegration(controller, context, app, instance)  # kept by its parent, the app


def run_gui(args: argparse.Namespace) -> int:
    paths = app_paths.resolve(getattr(args, "data_dir", None))
    try:
        app_paths.prepare_private_folder(paths.data_dir)
    except OSError as error:
        print(
            f"tend: can't use the data folder {paths.data_dir}: {error.strerror}", file=sys.stderr
        )
        return int(ExitCode.ENVIRONMENT)
    configure_logging(paths.log_dir)
    app = create_application()
    instance = SingleInstance(paths.instance_name)
    if not instance.acquire(request_from_args(args)):
        return int(ExitCode.OK)  # the Tend already running took the request and came forward
    context = build_context(paths, app)
    theme.apply(app, context.config.theme)
    theme.follow_system(app, lambda: context.config.theme)
    collector = UiThreadGarbageCollector(app)
    collector.start()
    controller = AppController(context, app)
    controller.crash.install()
    app.setQuitOnLastWindowClosed(False)
    instance.request_received.connect(controller.handle_request)
    try:
        controller.start(hidden=bool(getattr(args, "hidden", False)))
    except TendError as error:
        print(f"tend: {error.message}", file=sys.stderr)
        return int(error.exit_code)
    # The tray, notifications and reminders come once the first window has painted, so it
    # is not kept waiting for them (about 30 ms); they join a journal that is already open
    # as well as a locked one.
    shown = controller.gate if controller.gate is not None and controller.gate.isVisible() else None
    after_first_paint(shown, lambda: integrate_desktop(controller, context, app, instance))
    if getattr(args, "check_in", False):
        controller.request_check_in()  # right away, or as soon as the journal is unlocked
    return int(app.exec())
