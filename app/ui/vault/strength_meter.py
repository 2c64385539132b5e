"""The bar and hint under a new passphrase: how hard it is to guess, and whether Tend takes it.

One widget for every place a new passphrase is chosen (a new journal, a changed passphrase,
a backup's), so the bar, the words and the rule (app.core.passphrase_strength) agree.
"""

from __future__ import annotations

from PySide6.QtWidgets import QProgressBar, QVBoxLayout, QWidget

from app.core import passphrase_strength
from app.ui.widgets import muted

# One segment per zxcvbn score plus one, so "very weak" shows a small red piece, not nothing.
SEGMENTS = 5
# Red while refused, amber when just accepted, green when good (readable on light and dark).
COLOURS = {0: "#c62828", 1: "#c62828", 2: "#b26a00", 3: "#2e7d32", 4: "#2e7d32"}


class StrengthMeter(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, SEGMENTS)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(8)
        self.bar.setAccessibleName("Passphrase strength")
        self.hint = muted(passphrase_strength.estimate("").hint)
        self.hint.setWordWrap(True)
        self.hint.setAccessibleName("About this passphrase")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.bar)
        layout.addWidget(self.hint)
        self.strength = passphrase_strength.estimate("")

    def show_strength(self, text: str) -> None:
        strength = passphrase_strength.estimate(text)
        self.strength = strength
        self.bar.setValue(strength.score + 1 if text else 0)
        self.bar.setStyleSheet(
            f"QProgressBar::chunk {{ background: {COLOURS[strength.score]}; border-radius: 3px; }}"
        )
        self.hint.setText(f"{strength.label}. {strength.hint}" if text else strength.hint)
        self.bar.setAccessibleDescription(strength.label if text else "")
