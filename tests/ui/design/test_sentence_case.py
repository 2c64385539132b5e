"""Every label, button, title and menu item in app/ui is in sentence case ("New entry").

Reads the source: the first argument of the calls that put words on screen. A capital
inside a label is allowed for names (Tend, PHQ-9, the page names a sentence refers to),
for "I", and after the end of a sentence.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import app.ui

UI_ROOT = Path(app.ui.__file__).parent

# Calls whose string arguments are text shown as a label, a title or a menu item.
LABEL_CALLS = {
    "QLabel",
    "QPushButton",
    "QToolButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QAction",
    "QMenu",
    "_action",
    "_button",
    "heading",
    "muted",
    "setText",
    "setTitle",
    "setWindowTitle",
    "addTab",
    "add_tab",
    "add_page",
    "addMenu",
    "addAction",
    "setPlaceholderText",
    "setToolTip",
    "addItem",
    "information",
    "question",
    "warning",
    "critical",
}

# Names and words that keep their capital anywhere in a label.
PROPER = {
    "Tend",
    "I",
    "I'm",
    "I've",
    "I'd",
    "I'll",
    "PHQ-9",
    "WHO-5",
    "Daylio",
    "Markdown",
    "CSV",
    "JSON",
    "Ctrl",
    "Shift",
    "Enter",
    "Esc",
    "Settings",
    "Home",
    "Journal",
    "Insights",
    "Support",
    "Trash",
    "OK",
}

_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def title_case_words(text: str) -> list[str]:
    """Capitalised words that are neither the first of a sentence nor a name."""
    clean = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    found = []
    for sentence in re.split(r"(?<=[.!?:;—])\s+|\n+|\(", clean):
        words = _WORD.findall(sentence)
        for word in words[1:]:
            if word[0].isupper() and word not in PROPER and not word.isupper():
                found.append(word)
    return found


def _name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def label_strings() -> list[tuple[str, int, str]]:
    strings = []
    for path in sorted(UI_ROOT.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or _name(node) not in LABEL_CALLS or not node.args:
                continue
            for argument in node.args:  # the text, wherever it sits ("_action(self, text)")
                if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                    strings.append((str(path.relative_to(UI_ROOT)), node.lineno, argument.value))
    return strings


def test_title_case_is_caught() -> None:
    assert title_case_words("&New Entry") == ["Entry"]
    assert title_case_words("Watcher Settings") == []  # Settings is the window's name
    assert title_case_words("Back up now. Then rest") == []
    assert title_case_words("What I'd like Tend to do") == []


def test_the_scan_reads_the_window_labels() -> None:
    texts = {text for _, _, text in label_strings()}
    assert "&Check in" in texts and len(texts) > 100


def test_every_label_is_in_sentence_case() -> None:
    offenders = [
        f"{path}:{line}: {text!r} ({', '.join(words)})"
        for path, line, text in label_strings()
        if (words := title_case_words(text))
    ]
    assert not offenders, "Title Case in labels:\n" + "\n".join(offenders)
