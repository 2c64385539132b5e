"""The person's PHQ-9 results over time, opened from an escalated note's first option:
something to bring to a doctor or a counsellor. A chart and the latest few, nothing more."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app.core.questionnaires import QuestionnaireResult
from app.ui.watcher.results_chart import ResultCharts
from app.ui.watcher.results_list import ResultsList

INTRO = (
    "Your PHQ-9 self-checks over time. They are what you noted, not a diagnosis: "
    "something you could bring with you to a doctor or a counsellor."
)


class Phq9ResultsDialog(QDialog):
    def __init__(
        self, results: Sequence[QuestionnaireResult], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("My PHQ-9 results")
        self.setAccessibleName("My PHQ-9 results over time")
        intro = QLabel(INTRO)
        intro.setWordWrap(True)
        self.charts = ResultCharts()
        self.charts.set_results(results)
        self.results = ResultsList()
        self.results.set_results(results)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.charts)
        layout.addWidget(self.results)
        layout.addWidget(buttons)
        self.resize(620, 460)
