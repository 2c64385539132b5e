"""Tools > Check integrity: both database checks and the key file, off the UI thread.

The banner says "Checking…" only while the check runs: a sound journal replaces it with
the result, problems replace it with a dialog, and a failure never leaves it behind.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from app.core.workspace import IntegrityReport, Workspace
from app.ui.app_context import AppContext
from app.ui.banner import Banner
from app.ui.notices import Level

CHECKING = "Checking your journal…"
SOUND = "Your journal is sound: encryption, structure and the key file all checked out."
RESULT_SHOWN_MS = 10_000


def check_integrity(
    context: AppContext, workspace: Workspace, parent: QWidget, banner: Banner
) -> None:
    banner.show_notice(CHECKING)  # no timeout: it stays until the result replaces it

    def show(report: IntegrityReport) -> None:
        if report.ok:
            banner.show_notice(SOUND, Level.INFO, timeout_ms=RESULT_SHOWN_MS)
            return
        banner.hide()
        QMessageBox.warning(
            parent,
            "Problems were found",
            "Some of the journal file could not be verified:\n\n"
            + "\n".join(f"• {line}" for line in report.lines())
            + "\n\nYour journal has not been changed. If you have a backup, restoring it is "
            "the safest way forward.",
        )

    def finished(succeeded: bool) -> None:
        # A failure is reported by the runner (banner or dialog); "Checking…" must not stay.
        if not succeeded and banner.text.text() == CHECKING:
            banner.hide()

    context.runner.run(
        lambda progress: workspace.check_integrity(), on_success=show, on_done=finished
    )
