"""A short panel with a region's crisis lines, shown the moment they are needed."""

from __future__ import annotations

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QFrame, QLabel, QTextBrowser, QVBoxLayout, QWidget

from app.core.support.resources import Region
from app.ui.watcher.support_dialog import item_html


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
        self.lines = QTextBrowser()
        self.lines.setAccessibleName("Crisis lines")
        self.lines.setOpenLinks(False)
        self.lines.anchorClicked.connect(lambda url: self.link_requested.emit(QUrl(url).toString()))
        self.lines.setMinimumHeight(140)
        self.show_region(region)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.lines)

    def show_region(self, region: Region) -> None:
        items = [item for item in region.items if item.kind in ("crisis", "emergency")]
        self.lines.setHtml("".join(item_html(item) for item in items))
