"""End-to-end tray check, run inside a real X server with a real tray host (trayer).

The test runs this under ``xvfb-run`` in a subprocess, so the test process itself stays
offscreen. It puts Tend's icon into trayer's tray, clicks it with xdotool, opens its menu
with a right click, shows a tray message, and prints what happened as one JSON line.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from app.platform.notification_messages import NotificationKind
from app.platform.notifications import Notifier
from app.platform.tray import TrayController, TrayState

TIMEOUT_SECONDS = 10.0


def wait_for(app: QApplication, condition: object, timeout: float = TIMEOUT_SECONDS) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        app.processEvents()
        if condition():  # type: ignore[operator]
            return True
        time.sleep(0.02)
    return False


def click(x: int, y: int, button: int) -> None:
    subprocess.run(
        ["xdotool", "mousemove", str(x), str(y), "click", str(button)], check=True, timeout=10
    )


def main() -> int:
    app = QApplication(sys.argv)
    app.setQuitOnLastWindowClosed(False)
    result: dict[str, object] = {}
    trayer = subprocess.Popen(
        [
            "trayer",
            "--edge",
            "top",
            "--align",
            "right",
            "--widthtype",
            "request",
            "--height",
            "32",
            "--transparent",
            "false",
            "--SetDockType",
            "true",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        result["tray_available"] = wait_for(app, QSystemTrayIcon.isSystemTrayAvailable)
        events: list[str] = []
        tray = TrayController(lambda: TrayState(locked=True))
        tray.toggle_window_requested.connect(lambda: events.append("toggle"))
        tray.menu.aboutToShow.connect(lambda: events.append("menu"))
        result["shown"] = tray.show()
        # The icon window starts at (0, 0) and moves once trayer (top right) embeds it.
        result["embedded"] = wait_for(app, lambda: tray.icon.geometry().x() > 0)
        geometry = tray.icon.geometry()
        result["geometry"] = [geometry.x(), geometry.y(), geometry.width(), geometry.height()]
        center = geometry.center()

        click(center.x(), center.y(), 1)
        result["click_toggles"] = wait_for(app, lambda: "toggle" in events)

        click(center.x(), center.y(), 3)
        result["menu_opened"] = wait_for(app, tray.menu.isVisible)
        result["menu_labels"] = list(tray.actions())
        tray.menu.hide()

        notifier = Notifier(tray_icon=tray.icon, desktop=None)
        result["message_route"] = notifier.notify(NotificationKind.CHECK_IN_REMINDER)
        QTimer.singleShot(0, app.quit)
        app.exec()
        tray.dispose()
    finally:
        trayer.terminate()
        trayer.wait(timeout=5)
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    os.environ.pop("DBUS_SESSION_BUS_ADDRESS", None)  # XEmbed tray, not a D-Bus one
    sys.exit(main())
