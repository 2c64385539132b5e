"""A screen reader can name every control, and Tab alone reaches every control."""

from __future__ import annotations

from tests.support import keyboard_check, ui_catalog
from tests.support.ui_catalog import SCREENS, Scene

SIZE = (1280, 800)


def test_every_control_on_every_screen_has_an_accessible_name(scene: Scene) -> None:
    problems = []
    for screen in SCREENS:
        shown = ui_catalog.show_screen(scene, screen, SIZE)
        problems += [f"{screen.name}: {p}" for p in keyboard_check.unnamed_controls(shown)]
        scene.close_opened()
    assert not problems, "Controls without a name:\n" + "\n".join(problems)


def test_tab_reaches_every_control_on_every_screen_without_a_trap(scene: Scene) -> None:
    problems = []
    for screen in SCREENS:
        shown = ui_catalog.show_screen(scene, screen, SIZE)
        problems += [f"{screen.name}: {p}" for p in keyboard_check.unreachable_by_tab(shown)]
        scene.close_opened()
    assert not problems, "Keyboard problems:\n" + "\n".join(problems)
