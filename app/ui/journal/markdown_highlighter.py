"""Light Markdown highlighting while writing: headings, emphasis, lists, quotes, code."""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument


class MarkdownHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument, muted: QColor, accent: QColor) -> None:
        super().__init__(document)
        heading = QTextCharFormat()
        heading.setFontWeight(QFont.Weight.Bold)
        heading.setForeground(accent)
        bold = QTextCharFormat()
        bold.setFontWeight(QFont.Weight.Bold)
        italic = QTextCharFormat()
        italic.setFontItalic(True)
        quiet = QTextCharFormat()
        quiet.setForeground(muted)
        code = QTextCharFormat()
        code.setFontFixedPitch(True)
        code.setForeground(muted)
        self._rules: list[tuple[re.Pattern[str], QTextCharFormat]] = [
            (re.compile(r"^#{1,6}\s.*$"), heading),
            (re.compile(r"\*\*[^*\n]+\*\*|__[^_\n]+__"), bold),
            (re.compile(r"(?<![*\w])\*[^*\n]+\*(?!\*)|(?<![_\w])_[^_\n]+_(?!_)"), italic),
            (re.compile(r"^\s*(?:[-*+]|\d+[.)])\s"), quiet),
            (re.compile(r"^>.*$"), quiet),
            (re.compile(r"`[^`\n]+`"), code),
        ]

    def highlightBlock(self, text: str) -> None:
        for pattern, text_format in self._rules:
            for match in pattern.finditer(text):
                self.setFormat(match.start(), match.end() - match.start(), text_format)
