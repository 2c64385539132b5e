"""A spin box's unit follows its number: never "1 minutes"."""

from __future__ import annotations

from PySide6.QtWidgets import QSpinBox
from pytestqt.qtbot import QtBot

from app.ui.plural_spin import plural_suffix


def test_the_unit_is_singular_at_one_and_plural_otherwise(qtbot: QtBot) -> None:
    spin = QSpinBox()
    qtbot.addWidget(spin)
    spin.setRange(1, 240)
    spin.setValue(1)
    plural_suffix(spin, "minute", "minutes")
    assert spin.text() == "1 minute"
    spin.setValue(5)
    assert spin.text() == "5 minutes"
    spin.setValue(1)
    assert spin.text() == "1 minute"
