"""Activities as toggle chips, one wrapped row per group."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from app.core.checkins import ActivityGroup
from app.ui.checkins.flow_layout import FlowLayout

# palette() colours follow the light or dark theme.
CHIP_STYLE = """
QPushButton[chip="true"] {
    border: 1px solid palette(mid);
    border-radius: 13px;
    padding: 4px 12px;
    background: palette(base);
    color: palette(text);
}
QPushButton[chip="true"]:checked {
    background: palette(highlight);
    color: palette(highlighted-text);
    border-color: palette(highlight);
}
QPushButton[chip="true"]:focus {
    border: 2px solid palette(highlight);
}
"""


class ActivityChips(QWidget):
    changed = Signal()

    def __init__(
        self,
        groups: Iterable[ActivityGroup],
        always_show: Iterable[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        """``always_show``: ids to offer even if hidden (the ones an edited check-in has)."""
        super().__init__(parent)
        keep = set(always_show)
        self.setStyleSheet(CHIP_STYLE)
        self.setAccessibleName("Activities")
        self._chips: dict[str, QPushButton] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        for group in groups:
            shown = [a for a in group.activities if not a.hidden or a.id in keep]
            if not shown:
                continue
            title = QLabel(group.name)
            font = title.font()
            font.setBold(True)
            title.setFont(font)
            layout.addWidget(title)
            row = QWidget(self)
            flow = FlowLayout(row)
            for activity in shown:
                chip = QPushButton(activity.name, row)
                chip.setProperty("chip", True)
                chip.setCheckable(True)
                chip.setAutoDefault(False)
                chip.setAccessibleName(f"{activity.name} ({group.name})")
                chip.toggled.connect(lambda _checked: self.changed.emit())
                flow.addWidget(chip)
                self._chips[activity.id] = chip
            layout.addWidget(row)
        layout.addStretch(1)

    def chips(self) -> list[QPushButton]:
        return list(self._chips.values())

    def chip(self, activity_id: str) -> QPushButton:
        return self._chips[activity_id]

    def selected_ids(self) -> tuple[str, ...]:
        return tuple(i for i, chip in self._chips.items() if chip.isChecked())

    def set_selected(self, activity_ids: Iterable[str]) -> None:
        wanted = set(activity_ids)
        for activity_id, chip in self._chips.items():
            chip.setChecked(activity_id in wanted)
