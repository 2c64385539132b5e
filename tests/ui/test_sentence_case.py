"""Labels are in sentence case ("New entry", never "New Entry"), and window titles never
say "Tend" twice (the desktop adds " — Tend" after each title)."""

from __future__ import annotations

import re

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QApplication

from app.ui.app_context import AppContext
from app.ui.controller import AppController
from app.ui.vault.unlock_window import UnlockWindow

# Names keep their capitals inside a sentence.
PROPER = {"Tend", "PHQ-9", "WHO-5", "Ctrl", "Shift", "Alt", "Markdown", "Settings", "Support"}


def title_case_words(text: str) -> list[str]:
    words = re.findall(r"[A-Za-z][\w'-]*", text.replace("&", ""))
    return [w for w in words[1:] if w[0].isupper() and w not in PROPER and not w.isupper()]


def test_title_case_is_found_and_sentence_case_is_not() -> None:
    assert title_case_words("&New Entry") == ["Entry"]
    assert title_case_words("New entry (Ctrl+N)") == []


def test_every_action_and_button_in_the_window_is_in_sentence_case(
    opened: AppController,
) -> None:
    window = opened.main_window
    assert window is not None
    texts = [action.text() for action in window.findChildren(QAction)]
    texts += [button.text() for button in window.findChildren(QAbstractButton)]
    wrong = {text: words for text in texts if (words := title_case_words(text))}
    assert wrong == {}


def test_the_unlock_window_title_says_tend_once(
    qapp: QApplication, app_context: AppContext
) -> None:
    window = UnlockWindow(app_context)
    try:
        # The desktop shows "<title> — Tend": the title itself must not name Tend.
        assert "Tend" not in window.windowTitle()
        assert window.windowTitle() == "Unlock"
    finally:
        window.deleteLater()
