"""Chart colours: the Okabe-Ito palette, which stays distinct for colour-blind eyes,
in shades chosen to read on both light and dark backgrounds."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

from app.ui.design import tokens

OKABE_ITO = {
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "bluish_green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7",
}

# Mean mood 1 (very low) to 5 (very good), warm to cool.
MOOD_RAMP = (
    OKABE_ITO["vermillion"],
    OKABE_ITO["orange"],
    OKABE_ITO["yellow"],
    OKABE_ITO["sky_blue"],
    OKABE_ITO["blue"],
)


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightnessF() < 0.5


def scale_colour(scale: str, palette: QPalette) -> QColor:
    """The scale's colour in the theme's tokens: Okabe-Ito hues shaded to reach AA contrast."""
    return QColor(tokens(is_dark(palette)).scales[scale])


def mood_colour(mean_mood: float) -> QColor:
    """A colour between the ramp's anchors for a mean such as 3.4."""
    position = min(max(mean_mood, 1.0), 5.0) - 1.0
    low = int(position)
    if low >= len(MOOD_RAMP) - 1:
        return QColor(MOOD_RAMP[-1])
    fraction = position - low
    start, end = QColor(MOOD_RAMP[low]), QColor(MOOD_RAMP[low + 1])
    return QColor.fromRgbF(
        start.redF() + (end.redF() - start.redF()) * fraction,
        start.greenF() + (end.greenF() - start.greenF()) * fraction,
        start.blueF() + (end.blueF() - start.blueF()) * fraction,
    )
