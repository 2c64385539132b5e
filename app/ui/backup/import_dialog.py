"""The import dialog: choose the app and the file, confirm Daylio's mood labels, see a
preview, then import with progress.

Wiring:
    ImportDialog(runner, import_batch=lambda batch, progress: app.core.importers.import_batch(
        batch, JournalImportSink(workspace.journal, checkin_writer=...), progress))
    dialog.imported -> ImportResult
Reading the files uses the core readers directly (pure functions, run in the background).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core.checkins.model import SCALE_MAX, SCALE_MIN
from app.core.importers import (
    DaylioFile,
    ImportBatch,
    ImportResult,
    preview,
    propose,
    read_daylio,
    read_dayone,
    read_jrnl,
)
from app.core.plural import plural
from app.core.progress import ProgressCallback
from app.ui.backup.base import TaskDialog
from app.ui.backup.widgets import PathField
from app.ui.tasks import TaskRunner

FORMATS = (
    ("daylio", "Daylio (CSV export)"),
    ("jrnl", "jrnl (JSON export)"),
    ("dayone", "Day One (JSON export, .zip)"),
)
MOOD_HINT = "1 = very low … 5 = very high"


class ImportDialog(TaskDialog):
    imported = Signal(object)  # ImportResult

    def __init__(
        self,
        runner: TaskRunner,
        import_batch: Callable[[ImportBatch, ProgressCallback], ImportResult],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, parent)
        self._import = import_batch
        self._daylio: DaylioFile | None = None
        self._batch: ImportBatch | None = None
        self.setWindowTitle("Import from another app")
        self.kind = QComboBox(self)
        self.kind.setAccessibleName("App the file comes from")
        for key, text in FORMATS:
            self.kind.addItem(text, key)
        self.source = PathField("Exported file", _choose_file, self)
        self.moods = QGroupBox("Daylio moods: how does each feel? (" + MOOD_HINT + ")", self)
        self.moods.setAccessibleName("Daylio mood values")
        self.mood_form = QFormLayout(self.moods)
        self.mood_boxes: dict[str, QSpinBox] = {}
        self.moods.setVisible(False)
        self.preview = QPlainTextEdit(self)
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName("What will be imported")
        self.preview.setPlaceholderText("Read the file to see what will come in.")

        form = QFormLayout()
        form.addRow(_label("&From:", self.kind), self.kind)
        form.addRow(_label("&File:", self.source), self.source)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.read = self.buttons.addButton("&Read file", QDialogButtonBox.ButtonRole.ActionRole)
        self.read.setAccessibleName("Read the file and show a preview")
        self.start = self.buttons.addButton("&Import", QDialogButtonBox.ButtonRole.AcceptRole)
        self.start.setAccessibleName("Import now")
        self.read.clicked.connect(self.read_file)
        self.start.clicked.connect(self.begin_import)
        self.buttons.rejected.connect(self.reject)
        self.kind.currentIndexChanged.connect(self._reset)
        self.source.changed.connect(self._reset)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.moods)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._reset()

    def _reset(self) -> None:
        self._daylio = None
        self._batch = None
        self.preview.clear()
        self.moods.setVisible(False)
        self._refresh()

    def _refresh(self) -> None:
        self.read.setEnabled(not self.busy)
        self.start.setEnabled(self._batch is not None and not self.busy)

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.kind, self.source, self.moods):
            widget.setEnabled(not busy)
        self._refresh()

    def read_file(self) -> None:
        path = self.source.path()
        if path is None:
            self.message.say("Choose the file you exported from the other app.")
            return
        kind = str(self.kind.currentData())

        def work(progress: ProgressCallback) -> DaylioFile | ImportBatch:
            if kind == "daylio":
                return read_daylio(path)
            return read_jrnl(path) if kind == "jrnl" else read_dayone(path)

        self.run_work(work, self._read, cancellable=False)

    def _read(self, result: DaylioFile | ImportBatch) -> None:
        if isinstance(result, DaylioFile):
            self._daylio = result
            self._show_moods(result)
            self._update_daylio_batch()
        else:
            self._show_batch(result)

    def _show_moods(self, daylio: DaylioFile) -> None:
        while self.mood_form.rowCount():
            self.mood_form.removeRow(0)
        self.mood_boxes.clear()
        proposal = propose(daylio.mood_labels)
        for label in daylio.mood_labels:
            box = QSpinBox(self.moods)
            box.setRange(SCALE_MIN - 1, SCALE_MAX)
            box.setSpecialValueText("choose…")
            box.setValue(proposal.mapping.get(label, SCALE_MIN - 1))
            box.setAccessibleName(f"Value for the mood {label}")
            box.valueChanged.connect(self._update_daylio_batch)
            self.mood_form.addRow(_label(label, box), box)
            self.mood_boxes[label] = box
        self.moods.setVisible(True)

    def _update_daylio_batch(self) -> None:
        if self._daylio is None:
            return
        mapping = {label: box.value() for label, box in self.mood_boxes.items()}
        unset = [label for label, value in mapping.items() if value < SCALE_MIN]
        if unset:
            self._batch = None
            self.preview.setPlainText(
                "Give each mood a value to continue: " + ", ".join(unset) + "."
            )
            self._refresh()
            return
        self._show_batch(self._daylio.to_batch(mapping))

    def _show_batch(self, batch: ImportBatch) -> None:
        self._batch = batch
        shown = preview(batch)
        lines = [f"Entries: {shown.entries}", f"Check-ins: {shown.checkins}"]
        if shown.activities:
            lines.append(f"Activities: {shown.activities}")
        if shown.skipped:
            lines.append(f"Skipped (nothing to import): {shown.skipped}")
        if shown.first_day and shown.last_day:
            lines.append(f"From {shown.first_day} to {shown.last_day}")
        if shown.first_titles:
            lines += ["", "First entries:", *(f"  {title}" for title in shown.first_titles)]
        lines += ["", "Anything already imported before is skipped, so nothing is doubled."]
        self.preview.setPlainText("\n".join(lines))
        self._refresh()

    def begin_import(self) -> None:
        batch = self._batch
        if batch is None:
            return
        importer = self._import
        self.run_work(lambda progress: importer(batch, progress), self._done)

    def _done(self, result: ImportResult) -> None:
        self._batch = None
        self.message.say(
            f"Imported {plural(result.entries_added, 'entry', 'entries')} and "
            f"{plural(result.checkins_added, 'check-in')}"
            + (
                f" ({result.entries_already_here + result.checkins_already_here} were already "
                "here)."
                if result.entries_already_here or result.checkins_already_here
                else "."
            )
        )
        self._refresh()
        self.imported.emit(result)


def _label(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


def _choose_file(parent: QWidget, current: str) -> str:
    chosen, _ = QFileDialog.getOpenFileName(
        parent, "Choose the exported file", current, "Exports (*.csv *.json *.zip);;All (*)"
    )
    return str(chosen)
