"""Every page and dialog, in light and dark, at 800×600, 1280×800 and 1920×1080 and with
text half as large again: no clipped text, nothing cut off, no overlapping widgets."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from app.ui import theme
from tests.support import ui_catalog, visual_check
from tests.support.ui_catalog import SCREENS, SIZES, Scene

SMALLEST = SIZES[0]


def problems_on_every_screen(scene: Scene) -> list[str]:
    """Pages at each size; dialogs at their own size, which must fit the smallest screen."""
    found: list[str] = []
    for screen in SCREENS:
        sizes = SIZES if screen.is_page else (SMALLEST,)
        for size in sizes:
            shown = ui_catalog.show_screen(scene, screen, size)
            where = f"{screen.name} at {size[0]}×{size[1]}"
            if not screen.is_page:
                minimum = shown.minimumSizeHint()
                if minimum.width() > size[0] or minimum.height() > size[1]:
                    found.append(
                        f"{where}: needs at least {minimum.width()}×{minimum.height()} px, "
                        "more than the screen"
                    )
            found.extend(f"{where}: {problem}" for problem in visual_check.inspect(shown))
            scene.close_opened()
    return found


@pytest.mark.parametrize("theme_name", ["light", "dark"])
def test_no_page_or_dialog_clips_text_or_overlaps(
    scene: Scene, qapp: QApplication, theme_name: str
) -> None:
    theme.apply(qapp, theme_name)
    problems = problems_on_every_screen(scene)
    assert not problems, "What looks broken:\n" + "\n".join(problems)


def test_no_page_or_dialog_clips_text_with_a_larger_system_font(
    qapp: QApplication, tmp_path_factory: pytest.TempPathFactory, larger_font: float
) -> None:
    # A new window after the font changed, as when Tend starts on a desktop with large text.
    theme.apply(qapp, "light")
    scene = ui_catalog.build_scene(qapp, tmp_path_factory.mktemp("large-text"))
    try:
        problems = problems_on_every_screen(scene)
    finally:
        ui_catalog.close_scene(scene)
    assert not problems, f"What looks broken at {larger_font}× text:\n" + "\n".join(problems)
