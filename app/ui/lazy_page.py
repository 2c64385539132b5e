"""A page that builds its real content the first time it is shown.

Heavy pages (charts) would otherwise add their import and build time to every unlock.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget


class LazyPage(QWidget):
    def __init__(self, factory: Callable[[], QWidget], on_built: Callable[[QWidget], None]) -> None:
        super().__init__()
        self._factory: Callable[[], QWidget] | None = factory
        self._on_built = on_built
        self.content: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def build(self) -> QWidget:
        if self.content is None and self._factory is not None:
            factory, self._factory = self._factory, None
            self.content = factory()
            self._layout.addWidget(self.content)
            self._on_built(self.content)
        assert self.content is not None
        return self.content

    def showEvent(self, event: QShowEvent) -> None:
        self.build()
        super().showEvent(event)
