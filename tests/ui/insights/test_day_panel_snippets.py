"""The day panel's entry previews end between words, with an ellipsis."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from app.core.insights import DayDetail
from app.core.journal import EntrySummary
from app.ui.insights.day_panel import DAY_PANEL_PREVIEW_CHARS, DayPanel

WORDS = "practising answers for the interview " * 8


def test_a_long_entry_preview_is_cut_at_a_word_boundary(qtbot: QtBot) -> None:
    at = datetime(2026, 12, 4, 9, 30).astimezone()
    entry = EntrySummary("e1", "Practice", WORDS.strip(), (), at, at)
    panel = DayPanel()
    qtbot.addWidget(panel)
    panel.set_detail(DayDetail(date(2026, 12, 4), (), (entry,)))
    (text,) = [
        label.text() for label in panel.findChildren(QLabel) if label.text().startswith("Practice")
    ]
    preview = text.split("\n", 1)[1]
    assert preview.endswith("…")
    assert len(preview) <= DAY_PANEL_PREVIEW_CHARS
    last_word = preview[:-1].split()[-1]
    assert last_word in {"practising", "answers", "for", "the", "interview"}
