"""Render the escalated support note (with "Why am I seeing this?" and the PHQ-9 results)
and the calm note on Home after going quiet, to PNG.

    python -m tests.tools.watcher_screenshots OUT_DIR [--dark]

Runs the real windows (offscreen, or on $DISPLAY under xvfb-run) on throwaway data folders
with a fixed clock; nothing touches the real journal.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

PASSPHRASE = "river heron lantern"
ZONE = timezone(timedelta(hours=1))
NOW = datetime(2026, 3, 24, 19, 30, tzinfo=ZONE)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--dark", action="store_true")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    args.out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QWidget

    from app.core.checkins import CheckInService, CheckInValues
    from app.core.clock import fixed_clock
    from app.core.kdf import TEST_PARAMS
    from app.core.vault import Vault
    from app.core.workspace import Workspace
    from app.platform.paths import AppPaths
    from app.ui import theme
    from app.ui.application import build_context, create_application
    from app.ui.controller import AppController
    from app.ui.watcher.phq9_results_dialog import Phq9ResultsDialog
    from app.ui.watcher.returning_note import ReturningNote
    from app.ui.watcher.why_dialog import WhyDialog

    app = create_application()
    name = "dark" if args.dark else "light"

    def open_window(fill: object) -> tuple[AppController, object]:
        paths = AppPaths(Path(tempfile.mkdtemp(prefix="tend-watcher-shots-")))
        context = build_context(paths, app)
        context.kdf_params = TEST_PARAMS
        context.config.theme = name
        context.clock = fixed_clock(NOW)
        theme.apply(app, name)
        created = Vault.create(paths.vault, PASSPHRASE, TEST_PARAMS)
        space = Workspace.open(created.vault, fixed_clock(NOW))
        space.watcher.set_region("GB")
        fill(space)  # type: ignore[operator]
        created.vault.lock()
        controller = AppController(context, app)
        controller.show_unlock()
        controller._open(Vault.open_with_passphrase(paths.vault, PASSPHRASE))
        window = controller.main_window
        assert window is not None
        window.resize(1100, 760)
        window.show()
        return controller, context

    def settle(context: object) -> None:
        for _ in range(8):
            context.runner.wait_until_idle()  # type: ignore[attr-defined]
            app.processEvents()
            QTest.qWait(40)

    def grab(widget: QWidget, piece: str, context: object) -> None:
        settle(context)
        widget.grab().save(str(args.out / f"{piece}-{name}.png"))

    def low_stretch(space: Workspace) -> None:
        """Three weeks of low energy, interest and focus, short nights, and a PHQ-9."""
        checkins = CheckInService(space.vault.database, fixed_clock(NOW))
        for back in range(21, 0, -1):
            moment = NOW - timedelta(days=back, hours=1)
            note = "No energy at all, couldn't focus on the cover letter." if back == 5 else ""
            values = CheckInValues(
                mood=3, energy=1, interest=2, focus=1, sleep_hours=5.0, note=note
            )
            checkins.backfill(values, moment)
        space.journal.create(
            "Another week",
            "So tired. I used to love the allotment and now I can't be bothered.",
            created_at=NOW - timedelta(days=3),
        )
        results = type(space.questionnaires)(
            space.vault.database, fixed_clock(NOW - timedelta(days=30))
        )
        results.record("phq9", [1, 1, 1, 1, 1, 1, 0, 1, 0], 1)
        recent = type(space.questionnaires)(
            space.vault.database, fixed_clock(NOW - timedelta(days=4))
        )
        recent.record("phq9", [2, 2, 2, 2, 1, 2, 1, 2, 0], 1)

    controller, context = open_window(low_stretch)
    features = controller.features
    window = controller.main_window
    assert features is not None and window is not None
    settle(context)
    grab(window, "escalated-home", context)
    (card,) = features.watcher.cards.values()
    grab(card, "escalated-card", context)
    card.why_button.click()
    settle(context)
    why = next(d for d in features.watcher.dialogs if isinstance(d, WhyDialog))
    grab(why, "escalated-why", context)
    why.close()
    card.first_option.click()
    settle(context)
    results = next(d for d in features.watcher.dialogs if isinstance(d, Phq9ResultsDialog))
    grab(results, "escalated-phq9-results", context)
    results.close()
    controller.lock()

    def quiet_after_low_week(space: Workspace) -> None:
        checkins = CheckInService(space.vault.database, fixed_clock(NOW))
        for back in range(14, 7, -1):
            checkins.backfill(CheckInValues(mood=1, energy=2), NOW - timedelta(days=back))

    controller, context = open_window(quiet_after_low_week)
    window = controller.main_window
    assert window is not None
    settle(context)
    grab(window, "returning-home", context)
    (note,) = window.findChildren(ReturningNote)
    grab(note, "returning-note", context)
    note.why_button.click()
    settle(context)
    features = controller.features
    assert features is not None
    why = next(d for d in features.watcher.dialogs if isinstance(d, WhyDialog))
    grab(why, "returning-why", context)

    QTimer.singleShot(0, QApplication.quit)
    app.exec()
    print(f"Saved screenshots to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
