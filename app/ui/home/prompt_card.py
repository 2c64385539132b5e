"""The home view's prompt of the day, with a way to write about it or browse for another.

After a recent job-search stage change (an interview, a verbal offer, ...) it shows the
prompts that change brings, with their caption, as the core chose them.

Choosing a prompt emits ``prompt_chosen(Prompt)``; the shell starts a new entry with the
prompt's text as its heading.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.core.jobsearch.stage_prompts import StagePrompts
from app.core.prompts import Moment, Prompt, PromptLibrary, prompt_of_the_day
from app.ui.design import Type, make_card, set_type
from app.ui.home.prompt_browser import PromptBrowser


class PromptCard(QFrame):
    prompt_chosen = Signal(object)  # Prompt

    def __init__(
        self,
        library: PromptLibrary,
        day: date,
        moment: Moment | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._library = library
        self.browser: PromptBrowser | None = None
        self._stage: StagePrompts | None = None
        self.setAccessibleName("Prompt of the day")
        layout = QVBoxLayout(self)
        make_card(self, layout)
        self.caption = QLabel(self)
        set_type(self.caption, Type.LABEL)
        layout.addWidget(self.caption)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        set_type(self.text, Type.SUBTITLE)
        layout.addWidget(self.text)
        buttons = QHBoxLayout()
        self.write = QPushButton("&Write about this", self)
        self.write.setAccessibleName("Write about this prompt")
        self.write.clicked.connect(lambda: self.prompt_chosen.emit(self._prompt))
        self.more = QPushButton("More &prompts…", self)
        self.more.setAccessibleName("Browse more prompts")
        self.more.clicked.connect(self.open_browser)
        buttons.addWidget(self.write)
        buttons.addWidget(self.more)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.set_day(day, moment)

    def prompt(self) -> Prompt:
        return self._prompt

    def stage_prompts(self) -> StagePrompts | None:
        return self._stage

    def set_day(
        self, day: date, moment: Moment | None = None, stage: StagePrompts | None = None
    ) -> None:
        """Show the prompt for ``day``; after a rejection, one written for that moment;
        after a recent stage change (``stage``), the first prompt it brings."""
        self._day, self._moment, self._stage = day, moment or Moment(), stage
        if stage is not None:
            self._prompt = stage.today
            self.caption.setText(stage.caption)
        else:
            self._prompt = prompt_of_the_day(self._library, day, self._moment)
            self.caption.setText(
                "For today, after a hard no"
                if self._moment.after_rejection
                else "A prompt for today"
            )
        self.text.setText(self._prompt.text)
        self.setAccessibleDescription(self._prompt.text)

    def open_browser(self) -> PromptBrowser:
        first = self._stage.prompts if self._stage is not None else ()
        browser = PromptBrowser(self._library, self._day, self._moment, self, first)
        browser.prompt_chosen.connect(self.prompt_chosen)
        browser.finished.connect(browser.deleteLater)
        self.browser = browser
        browser.open()
        return browser
