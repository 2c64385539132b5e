"""Tools > Check integrity: both database checks and the key file, off the UI thread."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from app.core.workspace import IntegrityReport, Workspace
from app.ui.app_context import AppContext


def check_integrity(context: AppContext, workspace: Workspace, parent: QWidget) -> None:
    context.notices.info("Checking your journal…")

    def show(report: IntegrityReport) -> None:
        if report.ok:
            QMessageBox.information(
                parent,
                "Your journal is sound",
                "Encryption, structure and the key file all checked out.",
            )
            return
        QMessageBox.warning(
            parent,
            "Problems were found",
            "Some of the journal file could not be verified:\n\n"
            + "\n".join(f"• {line}" for line in report.lines())
            + "\n\nYour journal has not been changed. If you have a backup, restoring it is "
            "the safest way forward.",
        )

    context.runner.run(lambda progress: workspace.check_integrity(), on_success=show)
