"""One Tend with a sample journal, shared by the visual and accessibility checks (opening
it once keeps these tests quick); the theme and font each test sets are put back."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from tests.support import ui_catalog


@pytest.fixture(scope="module")
def scene(
    qapp: QApplication, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[ui_catalog.Scene]:
    palette, style = QPalette(qapp.palette()), qapp.style().name()
    built = ui_catalog.build_scene(qapp, tmp_path_factory.mktemp("visual"))
    yield built
    ui_catalog.close_scene(built)
    qapp.setStyle(style)
    qapp.setPalette(palette)


@pytest.fixture
def larger_font(qapp: QApplication) -> Iterator[float]:
    """The application font half as large again, as a larger system font would make it."""
    saved = QFont(qapp.font())
    bigger = QFont(saved)
    bigger.setPointSizeF(saved.pointSizeF() * 1.5)
    qapp.setFont(bigger)
    yield 1.5
    qapp.setFont(saved)
