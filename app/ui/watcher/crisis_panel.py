"""A short panel with a region's crisis lines, shown the moment they are needed."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from app.core.support.resources import Region
from app.ui.watcher.support_list import SupportList


class CrisisPanel(QFrame):
    link_requested = Signal(str)

    def __init__(self, message: str, region: Region, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crisisPanel")
        self.setStyleSheet(
            "QFrame#crisisPanel { border: 2px solid palette(highlight); border-radius: 8px; }"
        )
        self.setAccessibleName("Crisis support")
        self.message = QLabel(message)
        self.message.setWordWrap(True)
        self.lines = SupportList()
        self.lines.setAccessibleName("Crisis lines")
        self.lines.link_requested.connect(self.link_requested)
        self.lines.setMinimumHeight(160)
        self.show_region(region)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.lines)

    def show_region(self, region: Region) -> None:
        self.lines.show_items([i for i in region.items if i.kind in ("crisis", "emergency")])
