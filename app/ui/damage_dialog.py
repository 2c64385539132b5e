"""A damaged journal file, said in a dialog: what is damaged, that nothing was changed,
and how to restore. An expected problem, so never the crash dialog's "This is a bug"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from app.core.errors import DamagedVaultError


def show_damage(error: DamagedVaultError, parent: QWidget | None) -> QMessageBox:
    """Open (not exec) a window-modal message over ``parent``; returns it for tests."""
    box = QMessageBox(
        QMessageBox.Icon.Warning, error.title, error.message, QMessageBox.StandardButton.Ok, parent
    )
    box.setAccessibleName(error.title)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
