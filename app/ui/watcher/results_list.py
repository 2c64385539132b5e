"""The latest self-check results, newest first: when, which one, the score, and plain words."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from app.core.questionnaires import QuestionnaireResult
from app.core.questionnaires.definitions import load_questionnaire
from app.ui.dates import display_date

COLUMNS = ("When", "Self-check", "Score", "In plain words")
SHOWN = 8  # the latest few; the chart above holds the rest


def score_text(result: QuestionnaireResult) -> str:
    """ "12 of 27", or "48% (12 of 25)" for the WHO-5."""
    questionnaire = load_questionnaire(result.kind)
    raw = f"{result.score} of {questionnaire.max_score}"
    factor = questionnaire.percentage_factor
    return raw if factor is None else f"{result.score * factor}% ({raw})"


def result_row(result: QuestionnaireResult) -> tuple[str, str, str, str]:
    scored = result.scored()
    return (
        display_date(result.taken_at.date(), weekday=False, year=True, short=True),
        load_questionnaire(result.kind).name,
        score_text(result),
        scored.band.plain,
    )


class ResultsList(QTreeWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Latest self-check results, newest first")
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setHeaderLabels(list(COLUMNS))
        header = self.header()
        header.setStretchLastSection(True)
        for column in range(len(COLUMNS) - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def set_results(self, results: Sequence[QuestionnaireResult]) -> None:
        """Results oldest first (as the service gives them); the list shows the newest first."""
        self.clear()
        latest = sorted(results, key=lambda r: r.taken_at, reverse=True)[:SHOWN]
        for result in latest:
            row = result_row(result)
            item = QTreeWidgetItem(list(row))
            item.setToolTip(3, result.scored().band.message)
            self.addTopLevelItem(item)
        rows = max(1, len(latest))
        height = self.header().sizeHint().height() + rows * self.sizeHintForRow(0) + 6
        self.setFixedHeight(height if latest else 0)

    def rows(self) -> list[tuple[str, ...]]:
        """What the list shows, row by row."""
        found: list[tuple[str, ...]] = []
        for index in range(self.topLevelItemCount()):
            item = self.topLevelItem(index)
            if item is not None:
                found.append(tuple(item.text(c) for c in range(len(COLUMNS))))
        return found
