"""Take the PHQ-9 or WHO-5: one question at a time on screen, all by keyboard, a kind result.

If PHQ-9 item 9 is answered above 0, crisis resources appear at once, before the result.
The dialog only scores; ``completed`` hands the answers to the app to keep. The first
question has the keyboard when the dialog opens; arrows choose (see answer_keys.py). The
result fits its words and offers gentle next steps: the results over time, support
options, or writing about it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.questionnaires.definitions import Questionnaire
from app.core.questionnaires.scoring import QuestionnaireScore, score
from app.core.support.resources import Region
from app.ui.watcher.answer_keys import AnswerKeys
from app.ui.watcher.answer_rows import AnswerGrid, AnswerRowsFitter
from app.ui.watcher.crisis_panel import CrisisPanel

RESULT_WIDTH = 560  # the result's few lines read best at about this width


class QuestionnaireDialog(QDialog):
    completed = Signal(str, object, object)  # kind, tuple of answers, follow-up index or None
    crisis_resources_shown = Signal()
    link_requested = Signal(str)
    # The result's next steps: the app shows the results over time, the support options,
    # or a new journal entry.
    over_time_requested = Signal()
    support_requested = Signal()
    write_requested = Signal()

    def __init__(
        self, questionnaire: Questionnaire, region: Region, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.questionnaire = questionnaire
        self.outcome: QuestionnaireScore | None = None
        self.setWindowTitle(questionnaire.title)
        self.setAccessibleName(questionnaire.title)

        self.groups: list[QButtonGroup] = []
        self.answer_grids: list[AnswerGrid] = []
        self.follow_up: QButtonGroup | None = None
        self.crisis_panel = CrisisPanel(questionnaire.crisis_message, region)
        self.crisis_panel.link_requested.connect(self.link_requested.emit)
        self.crisis_panel.hide()
        self.pages = QStackedWidget()
        self.pages.addWidget(self._asking_page())
        self.pages.addWidget(self._result_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.crisis_panel)
        layout.addWidget(self.pages, 1)
        self.resize(720, 640)
        answer_groups = [*self.groups, *([self.follow_up] if self.follow_up else [])]
        self.keys = AnswerKeys(answer_groups, self.questions_area.ensureWidgetVisible, self)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.pages.currentIndex() == 0 and not any(g.checkedButton() for g in self.groups):
            self.keys.first_button().setFocus()  # the first question, with no Tab needed

    def _asking_page(self) -> QWidget:
        questionnaire = self.questionnaire
        questions = QWidget()
        column = QVBoxLayout(questions)
        intro = QLabel(questionnaire.instructions)
        intro.setWordWrap(True)
        column.addWidget(intro)
        for number, text in enumerate(questionnaire.items, start=1):
            column.addWidget(self._question(number, text, [o.label for o in questionnaire.options]))
        if questionnaire.follow_up is not None:
            follow = questionnaire.follow_up
            column.addWidget(self._question(None, follow.question, list(follow.options), True))
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setAccessibleName("Questions")
        scroll.setWidgetResizable(True)
        scroll.setWidget(questions)
        self.questions_area = scroll
        self.answer_rows = AnswerRowsFitter(scroll, self.answer_grids)

        self.note = QLabel(f"{questionnaire.screening_note}\n{questionnaire.attribution}")
        self.note.setWordWrap(True)
        self.submit = QPushButton("See my &result")
        self.submit.setAccessibleName("See my result")
        self.submit.setEnabled(False)
        self.submit.setDefault(True)
        self.submit.clicked.connect(self._finish)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.submit, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        return page

    def _result_page(self) -> QWidget:
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setAccessibleName("Your result")
        self.next_label = QLabel("If you like, a next step:")
        self.over_time_button = self._next_step(
            "See my results over &time", self.over_time_requested
        )
        self.support_button = self._next_step(
            "Talk to &someone: support options", self.support_requested
        )
        self.write_button = self._next_step("&Write about how it's been", self.write_requested)
        # One under another: side by side, the three need more than a small screen's
        # width when the text is large.
        steps = QVBoxLayout()
        for button in (self.over_time_button, self.support_button, self.write_button):
            steps.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        done = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        done.rejected.connect(self.accept)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.result_label)
        layout.addSpacing(8)
        layout.addWidget(self.next_label)
        layout.addLayout(steps)
        layout.addWidget(done)
        return page

    def _next_step(self, text: str, signal: SignalInstance) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.replace("&", ""))
        button.setAutoDefault(False)
        button.clicked.connect(signal.emit)
        button.clicked.connect(self.accept)
        return button

    def answers(self) -> list[int | None]:
        values = [option.value for option in self.questionnaire.options]
        return [None if g.checkedId() < 0 else values[g.checkedId()] for g in self.groups]

    def _question(
        self, number: int | None, text: str, options: list[str], optional: bool = False
    ) -> QWidget:
        """A question with its answers as radio buttons: Tab to move on, arrows to choose."""
        box = QWidget()
        box.setAccessibleName(text)
        grid = QGridLayout(box)
        label = QLabel(f"{number}. {text}" if number else text)
        label.setWordWrap(True)
        group = QButtonGroup(box)
        radios = []
        for index, option in enumerate(options):
            radio = QRadioButton(option, box)
            radio.setAccessibleName(f"{option}: {text}")
            group.addButton(radio, index)
            radios.append(radio)
        # As many answers to a row as the width allows (see answer_rows.py).
        self.answer_grids.append(AnswerGrid(grid, label, radios))
        label.setBuddy(group.button(0))
        if optional:
            self.follow_up = group
        else:
            self.groups.append(group)
            group.idClicked.connect(self._answered)
        return box

    def _answered(self) -> None:
        answers = self.answers()
        self.submit.setEnabled(all(answer is not None for answer in answers))
        item = self.questionnaire.crisis_item
        needed = item is not None and (answers[item - 1] or 0) > 0
        if needed and self.crisis_panel.isHidden():
            self.crisis_panel.show()
            self.crisis_resources_shown.emit()

    def _finish(self) -> None:
        answers = [answer or 0 for answer in self.answers()]
        self.outcome = score(self.questionnaire, answers)
        follow = None
        if self.follow_up is not None and self.follow_up.checkedId() >= 0:
            follow = self.follow_up.checkedId()
        self.result_label.setText(
            f"{self.outcome.summary}\n\n{self.questionnaire.screening_note}\n\n"
            f"{self.questionnaire.attribution}"
        )
        self.pages.setCurrentIndex(1)
        self._fit_to_result()
        self.completed.emit(self.questionnaire.id, tuple(answers), follow)

    def _fit_to_result(self) -> None:
        """The result is a few lines: the dialog shrinks to them, not the questions' size.
        (A stacked widget is as tall as its tallest page, so the questions leave it.)"""
        asking = self.pages.widget(0)
        if asking is not None:
            self.pages.removeWidget(asking)
            asking.hide()
            self._asking = asking  # kept: it holds the answers
        self.setMinimumSize(0, 0)
        layout = self.layout()
        if layout is not None:
            layout.activate()
            width = max(RESULT_WIDTH, layout.minimumSize().width())
            self.resize(width, self.heightForWidth(width))
        self.over_time_button.setFocus()
