"""Render the safety plan editor, and a crisis card and dialog showing the plan, to PNG.

    python -m tests.tools.safety_plan_screenshots OUT_DIR [--dark]

Runs the real windows (offscreen, or on $DISPLAY under xvfb-run) on a throwaway data
folder with a sample plan; nothing touches the real journal. Writes the pieces and one
picture of them side by side, ``safety-plan-light.png`` or ``safety-plan-dark.png``.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

PASSPHRASE = "river heron lantern"
SAMPLE_PLAN = {
    "warning_signs": "Not answering messages. Lying awake after another rejection.",
    "coping_on_my_own": "Cold water on my face, the breathing exercise, a walk round the block.",
    "people_and_places": "The library café; five-a-side on Sundays.",
    "people_to_ask": "Sam · 07700 900123\nMum · any time",
    "professionals": "Dr Rahman (GP) · 0161 496 0000",
    "safer_surroundings": "Tablets stay at Mum's.",
    "reasons_for_living": "My niece. The allotment in spring. Finishing the course.",
}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--dark", action="store_true")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    args.out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QImage, QPainter, QPalette
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QWidget

    from app.core.kdf import TEST_PARAMS
    from app.core.safety_plan import SafetyPlan
    from app.core.vault import Vault
    from app.core.workspace import Workspace
    from app.platform.paths import AppPaths
    from app.ui import theme
    from app.ui.application import build_context, create_application
    from app.ui.controller import AppController
    from app.ui.watcher.support_dialog import SupportOptionsDialog

    app = create_application()
    name = "dark" if args.dark else "light"
    paths = AppPaths(Path(tempfile.mkdtemp(prefix="tend-plan-shots-")))
    context = build_context(paths, app)
    context.kdf_params = TEST_PARAMS
    context.config.theme = name
    theme.apply(app, name)

    def settle() -> None:
        for _ in range(6):
            context.runner.wait_until_idle()
            app.processEvents()
            QTest.qWait(30)

    def grab(widget: QWidget, piece: str) -> QImage:
        settle()
        image = widget.grab().toImage()
        image.save(str(args.out / f"{piece}-{name}.png"))
        return image

    created = Vault.create(paths.vault, PASSPHRASE, TEST_PARAMS)
    workspace = Workspace.open(created.vault)
    workspace.safety_plan.save(SafetyPlan(**SAMPLE_PLAN))
    workspace.watcher.set_region("GB")
    workspace.journal.create(
        "", "Another no today. I can't do this anymore. I want to end my life."
    )
    created.vault.lock()

    controller = AppController(context, app)
    controller.show_unlock()
    controller._open(Vault.open_with_passphrase(paths.vault, PASSPHRASE))
    window, features = controller.main_window, controller.features
    assert window is not None and features is not None
    window.resize(1100, 720)
    window.show()
    settle()
    (card,) = features.watcher.cards.values()
    card_image = grab(card, "crisis-card")
    dialog = next(d for d in features.watcher.dialogs if isinstance(d, SupportOptionsDialog))
    dialog_image = grab(dialog, "crisis-dialog")
    dialog.close()
    window.show_page("support")
    grab(window, "support-page")
    plans = features.watcher.safety_plans
    assert plans is not None
    plans.open_editor()
    settle()
    assert plans.editor is not None
    editor_image = grab(plans.editor, "safety-plan-editor")

    # One picture: the editor on the left, the crisis card over the crisis dialog on the right.
    gap = 24
    right = max(card_image.width(), dialog_image.width())
    width = gap + editor_image.width() + gap + right + gap
    height = gap + max(editor_image.height(), card_image.height() + gap + dialog_image.height())
    height += gap
    sheet = QImage(width, height, QImage.Format.Format_RGB32)
    sheet.fill(app.palette().color(QPalette.ColorRole.Window))
    painter = QPainter(sheet)
    painter.drawImage(gap, gap, editor_image)
    column = gap + editor_image.width() + gap
    painter.drawImage(column, gap, card_image)
    painter.drawImage(column, gap + card_image.height() + gap, dialog_image)
    painter.end()
    sheet.save(str(args.out / f"safety-plan-{name}.png"))

    QTimer.singleShot(0, controller.quit)
    app.exec()
    print(f"Saved screenshots to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
