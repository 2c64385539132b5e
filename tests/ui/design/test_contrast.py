"""The theme's colours reach WCAG AA contrast, computed from the colours the app applies."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette

from app.core.checkins import SCALES
from app.ui import theme
from app.ui.design import tokens
from app.ui.insights.colors import scale_colour

AA_TEXT = 4.5  # WCAG 2.1, 1.4.3: normal-size text
AA_GRAPHICS = 3.0  # WCAG 2.1, 1.4.11: the parts of a control a person must see


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(first: QColor, second: QColor) -> float:
    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def backgrounds(dark: bool) -> dict[str, QColor]:
    palette = theme._palette(dark)
    t = tokens(dark)
    return {
        "window": palette.color(QPalette.ColorRole.Window),
        "base": palette.color(QPalette.ColorRole.Base),
        "alternate base": palette.color(QPalette.ColorRole.AlternateBase),
        "card": QColor(t.card),
        "sidebar": QColor(t.sidebar),
    }


def test_contrast_of_black_on_white_is_twenty_one() -> None:
    assert contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_the_four_scale_colours_pass_aa_on_every_background(dark: bool) -> None:
    palette = theme._palette(dark)
    for scale in SCALES:
        colour = scale_colour(scale, palette)
        for name, background in backgrounds(dark).items():
            ratio = contrast(colour, background)
            assert ratio >= AA_TEXT, f"{scale} on {name}: {ratio:.2f}"


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_text_and_muted_text_pass_aa_on_every_background(dark: bool) -> None:
    palette = theme._palette(dark)
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.PlaceholderText):
        for name, background in backgrounds(dark).items():
            ratio = contrast(palette.color(role), background)
            assert ratio >= AA_TEXT, f"{role.name} on {name}: {ratio:.2f}"


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_check_box_and_radio_rings_stand_out_from_their_field(dark: bool) -> None:
    t = tokens(dark)
    for background in (t.base, t.window, t.card):
        assert contrast(QColor(t.control_border), QColor(background)) >= AA_GRAPHICS


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_selected_sidebar_text_reads_on_the_accent(dark: bool) -> None:
    t = tokens(dark)
    assert contrast(QColor(t.on_accent), QColor(t.accent)) >= AA_TEXT
