"""Render Tend's windows to PNG files, to look at them (and for the README).

    python -m tests.tools.screenshots OUT_DIR [--dark] [--size 1280x800]

Runs the real windows offscreen (or on $DISPLAY under xvfb-run) on a throwaway data folder
filled with sample entries; nothing touches the real journal.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

SAMPLES = [
    (
        "After the final interview",
        "The call came at four. A form letter, really: *we decided "
        "to move forward with other candidates*.\n\nI'm disappointed. I liked the team and I "
        "thought the last round went well.\n\n- Send a thank-you note anyway\n- Ask for two or "
        "three things I could improve",
        ["job", "rejection"],
    ),
    (
        "Walk by the river",
        "Went out without my phone for an hour. The heron was back.",
        ["outside"],
    ),
    (
        "Coffee with Sam",
        "Sam knows someone at the library network. She'll introduce me.",
        ["networking", "friends"],
    ),
    (
        "Practising answers",
        "Ran through the 'tell me about a conflict' question three times.",
        ["job"],
    ),
    ("", "Slept badly. Tired, but I still made the applications I planned.", []),
]


def add_sample_checkins(workspace: object, now: object) -> None:
    """About four months of varied check-ins, some days skipped, so charts have shape."""
    import math
    import random

    from app.core.checkins.values import CheckInValues

    rng = random.Random(7)
    activities = [a for group in workspace.activities.list_grouped() for a in group.activities]  # type: ignore[attr-defined]
    for day in range(120, 0, -1):
        if rng.random() < 0.2:
            continue
        # The last two weeks run low, so the watcher has something to say on Home.
        wave = math.sin(day / 9) if day > 14 else -1.4

        def level(shift: float, wave: float = wave) -> int:
            return max(1, min(5, round(3 + 1.3 * wave + rng.uniform(-1, 1) + shift)))

        chosen = tuple(a.id for a in rng.sample(activities, k=rng.randint(0, 3)))
        workspace.checkins.create(  # type: ignore[attr-defined]
            CheckInValues(
                mood=level(0),
                energy=level(-0.3),
                interest=level(0.2),
                focus=level(-0.1),
                sleep_hours=round(rng.uniform(5, 9), 1),
                activity_ids=chosen,
            ),
            now - timedelta(days=day, hours=3),  # type: ignore[operator]
        )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--size", default="1280x800")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    width, height = (int(part) for part in args.size.split("x"))
    args.out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QWidget

    from app.core.kdf import TEST_PARAMS
    from app.core.vault import Vault
    from app.core.workspace import Workspace
    from app.platform.paths import AppPaths
    from app.ui import theme
    from app.ui.application import build_context, create_application
    from app.ui.controller import AppController

    app = create_application()
    suffix = "-dark" if args.dark else ""
    data = Path(tempfile.mkdtemp(prefix="tend-shots-"))
    paths = AppPaths(data)
    context = build_context(paths, app)
    context.kdf_params = TEST_PARAMS
    chosen_theme = "dark" if args.dark else "light"
    context.update_config(lambda cfg: setattr(cfg, "theme", chosen_theme))
    theme.apply(app, context.config.theme)

    def shoot(widget: QWidget, name: str) -> None:
        # Let layouts settle (charts resize in a second pass) before grabbing.
        for _ in range(5):
            app.processEvents()
            QTest.qWait(20)
        widget.grab().save(str(args.out / f"{name}{suffix}.png"))

    controller = AppController(context, app)
    controller.start()
    gate = controller.gate
    assert gate is not None
    gate.resize(620, 460)
    gate.passphrase.setText("river heron lantern")  # type: ignore[attr-defined]
    shoot(gate, "first-run")
    from app.ui.vault.backup_secret_dialog import BackupSecretDialog

    for by_passphrase, name in ((True, "restore-secret-passphrase"), (False, "restore-secret-key")):
        secret = BackupSecretDialog(Path("tend-backup-2026-11-20.tend.age"), by_passphrase, gate)
        secret.show()
        shoot(secret, name)
        secret.close()

    created = Vault.create(paths.vault, "river heron lantern", TEST_PARAMS)
    gate._created_vault(created)  # type: ignore[attr-defined]
    shoot(gate, "recovery-key")
    workspace = Workspace.open(created.vault)
    now = context.clock()
    for days, (title, body, tags) in enumerate(SAMPLES):
        workspace.journal.create(title, body, tags, created_at=now - timedelta(days=days, hours=2))
    add_sample_checkins(workspace, now)
    from tests.tools.job_search_shots import add_sample_search, shoot_job_search

    add_sample_search(workspace, now)
    created.vault.lock()

    controller.show_unlock()
    unlock = controller.gate
    assert unlock is not None
    unlock.resize(520, 340)
    shoot(unlock, "unlock")
    vault = Vault.open_with_passphrase(paths.vault, "river heron lantern")
    controller._open(vault)
    window = controller.main_window
    assert window is not None
    window.resize(width, height)
    window.show()
    window.show_page("journal")
    window.journal_page.select_row(0)
    shoot(window, f"main-{width}x{height}")
    window.show_page("home")
    context.runner.wait_until_idle()
    app.processEvents()
    shoot(window, f"home-{width}x{height}")
    window.show_page("insights")
    context.runner.wait_until_idle()
    app.processEvents()
    context.runner.wait_until_idle()
    shoot(window, f"insights-{width}x{height}")
    if controller.features is not None:
        controller.features.checkin_flow.check_in()
        dialog = controller.features.checkin_flow.dialog
        if dialog is not None:
            shoot(dialog, "checkin")
            dialog.reject()
    window.show_page("support")
    context.runner.wait_until_idle()
    shoot(window, f"support-{width}x{height}")
    backup = controller.features.backup if controller.features is not None else None
    if backup is not None:
        for action, name in (
            (backup.back_up_action, "backup-create"),
            (backup.restore_action, "backup-restore"),
            (backup.import_action, "backup-import"),
            (backup.export_action, "backup-export"),
            (backup.auto_action, "backup-automatic"),
        ):
            action.trigger()
            if backup.dialog is not None:
                shoot(backup.dialog, name)
                backup.dialog.reject()
    shoot_job_search(window, context.runner, shoot, f"{width}x{height}")
    window.show_page("journal")
    window.journal_page.filters.search.setText("interview")
    window.journal_page.search("interview")
    shoot(window, f"search-{width}x{height}")
    QTimer.singleShot(0, controller.quit)
    app.exec()
    print(f"Saved screenshots to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
