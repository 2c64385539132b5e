"""The export dialog: Markdown files or a CSV file, with a clear "not encrypted" warning.

Wiring:
    ExportDialog(runner,
        export_markdown=lambda folder, progress: export_markdown(journal, folder, progress),
        export_csv=lambda path, progress: export_entries_csv(journal, path, progress),
        default_folder=Path.home(),
        export_checkins_csv=lambda path, progress: export_checkins_csv(checkins, path, progress))
    dialog.exported -> (kind: "markdown" | "csv" | "checkins_csv", path: Path, count: int)
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QLabel,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.core.export import NOT_ENCRYPTED_WARNING
from app.core.progress import ProgressCallback
from app.ui.backup.base import TaskDialog
from app.ui.backup.widgets import PathField
from app.ui.tasks import TaskRunner

Export = Callable[[Path, ProgressCallback], int]
# What each kind writes: a default name, and the noun for one and for many.
KINDS = {
    "markdown": ("tend-export", "entry", "entries"),
    "csv": ("tend-entries.csv", "entry", "entries"),
    "checkins_csv": ("tend-checkins.csv", "check-in", "check-ins"),
}


class ExportDialog(TaskDialog):
    exported = Signal(str, object, int)  # kind, path, count

    def __init__(
        self,
        runner: TaskRunner,
        export_markdown: Export,
        export_csv: Export,
        default_folder: Path,
        parent: QWidget | None = None,
        *,
        export_checkins_csv: Export | None = None,
    ) -> None:
        super().__init__(runner, parent)
        self._exports = {"markdown": export_markdown, "csv": export_csv}
        if export_checkins_csv is not None:
            self._exports["checkins_csv"] = export_checkins_csv
        self._default_folder = default_folder
        self.setWindowTitle("Export as plain files")
        headline, rest = NOT_ENCRYPTED_WARNING.split(": ", 1)
        warning = QLabel(f"<b>{headline}:</b> {rest}", self)
        warning.setWordWrap(True)
        warning.setAccessibleName("Warning: exported files are not encrypted")
        warning.setFrameShape(QFrame.Shape.StyledPanel)
        warning.setMargin(8)
        # A wrapped label guesses a narrow width for its first size; at the dialog's width
        # it needs fewer lines, so keep it from taking the spare height into its frame.
        warning.setMinimumWidth(500)
        warning.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.as_markdown = QRadioButton("Markdown: one file per entry, in a new folder", self)
        self.as_csv = QRadioButton("CSV: one file with every entry", self)
        self.as_checkins_csv = QRadioButton("CSV: one file with every check-in", self)
        self.as_checkins_csv.setVisible(export_checkins_csv is not None)
        self._kind_buttons = {
            "markdown": self.as_markdown,
            "csv": self.as_csv,
            "checkins_csv": self.as_checkins_csv,
        }
        for button in self._kind_buttons.values():
            button.setAccessibleName(button.text())
            button.toggled.connect(self._kind_changed)
        self.target = PathField("Export to", self._choose, self)
        self.understood = QCheckBox("I understand these files are not encrypted", self)
        self.understood.setAccessibleName(self.understood.text())
        self.understood.toggled.connect(self._refresh)

        form = QFormLayout()
        form.addRow(self.as_markdown)
        form.addRow(self.as_csv)
        if export_checkins_csv is not None:
            form.addRow(self.as_checkins_csv)
        label = QLabel("&Save to:", self)
        label.setBuddy(self.target)
        form.addRow(label, self.target)
        form.addRow(self.understood)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.start = self.buttons.addButton("&Export", QDialogButtonBox.ButtonRole.AcceptRole)
        self.start.setAccessibleName("Export now")
        self.start.clicked.connect(self.begin)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(warning)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.as_markdown.setChecked(True)

    @property
    def kind(self) -> str:
        return next(kind for kind, button in self._kind_buttons.items() if button.isChecked())

    def _kind_changed(self, checked: bool = True) -> None:
        if not checked:
            return  # the button that was switched off; the one switched on follows
        self.target.edit.setText(str(self._default_folder / KINDS[self.kind][0]))
        self._refresh()

    def _refresh(self) -> None:
        self.start.setEnabled(self.understood.isChecked() and not self.busy)

    def _set_busy(self, busy: bool) -> None:
        for widget in (*self._kind_buttons.values(), self.target, self.understood):
            widget.setEnabled(not busy)
        self._refresh()

    def _choose(self, parent: QWidget, current: str) -> str:
        if self.kind == "markdown":
            return str(QFileDialog.getExistingDirectory(parent, "Export into folder", current))
        chosen, _ = QFileDialog.getSaveFileName(parent, "Export as", current, "CSV (*.csv)")
        return str(chosen)

    def begin(self) -> None:
        target = self.target.path()
        if target is None:
            self.message.say("Choose where to put the exported files.")
            return
        kind = self.kind
        export = self._exports[kind]
        self.run_work(
            lambda progress: export(target, progress), lambda count: self._done(kind, target, count)
        )

    def _done(self, kind: str, target: Path, count: int) -> None:
        _, one, many = KINDS[kind]
        self.message.say(
            f"Exported {count} {one if count == 1 else many} to {target}. Remember: not encrypted."
        )
        self.exported.emit(kind, target, count)
