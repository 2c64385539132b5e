"""A journal with four months of generated check-ins, and a way to judge rendered images."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QWidget

from app.core.workspace import Workspace
from tests.benchmarks.checkin_history import fill_history

HISTORY_DAYS = 120


@pytest.fixture
def filled(workspace: Workspace) -> Workspace:
    fill_history(workspace, date.today(), days=HISTORY_DAYS, seed=3)
    return workspace


def save_png(widget: QWidget, path: Path) -> QImage:
    """Render the widget offscreen, save it, and read the file back."""
    assert widget.grab().save(str(path))
    image = QImage(str(path))
    assert not image.isNull()
    return image


def colour_census(image: QImage, step: int = 2) -> dict[int, int]:
    counts: dict[int, int] = {}
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            rgb = image.pixel(x, y) & 0xFFFFFF
            counts[rgb] = counts.get(rgb, 0) + 1
    return counts


def share_not(background: QColor, counts: dict[int, int]) -> float:
    """The share of sampled pixels that are not the background colour."""
    total = sum(counts.values())
    return 1 - counts.get(background.rgb() & 0xFFFFFF, 0) / total


def near(colour: QColor, counts: dict[int, int], tolerance: int = 40) -> int:
    """How many sampled pixels are close to ``colour``."""
    found = 0
    for rgb, count in counts.items():
        r, g, b = (rgb >> 16) & 255, (rgb >> 8) & 255, rgb & 255
        if abs(r - colour.red()) + abs(g - colour.green()) + abs(b - colour.blue()) <= tolerance:
            found += count
    return found
