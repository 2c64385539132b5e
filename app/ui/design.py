"""Tend's small design language in one place: colours, type scale, spacing, the card, the measure.

``docs/design-language.md`` explains the choices. Widgets never pick their own colours or
sizes: they ask here, so light and dark, and a larger system font, reach every page alike.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QFrame, QLayout, QScrollArea, QWidget

# -- spacing: every margin and gap is one of these steps (px) ---------------------------


class Space:
    XS = 4
    S = 8
    M = 12
    L = 16
    XL = 24
    XXL = 32


# -- type: named sizes as factors of the system font, so a larger system font scales all ---


class Type(Enum):
    CAPTION = (0.88, QFont.Weight.Normal)  # axis labels, small print
    BODY = (1.0, QFont.Weight.Normal)  # everything else
    LABEL = (1.0, QFont.Weight.DemiBold)  # a card's or a chart's name
    READING = (1.1, QFont.Weight.Normal)  # long text: the journal's editor
    SUBTITLE = (1.15, QFont.Weight.DemiBold)  # a prompt, a list's title
    SECTION = (1.3, QFont.Weight.DemiBold)  # a section of a page or dialog
    TITLE = (1.6, QFont.Weight.DemiBold)  # a page's or a window's one title


def font(role: Type, base: QFont) -> QFont:
    """``base`` (a widget's or the system font) at ``role``'s size and weight."""
    factor, weight = role.value
    scaled = QFont(base)
    if base.pointSizeF() > 0:
        scaled.setPointSizeF(base.pointSizeF() * factor)
    else:  # a font set in pixels
        scaled.setPixelSize(max(1, round(base.pixelSize() * factor)))
    scaled.setWeight(weight)
    return scaled


def set_type(widget: QWidget, role: Type) -> None:
    widget.setFont(font(role, widget.font()))


# -- colours: one set of tokens per theme --------------------------------------------------


@dataclass(frozen=True)
class Tokens:
    dark: bool
    window: str  # the page behind everything
    base: str  # text fields, lists, charts
    alternate_base: str
    text: str
    muted: str  # secondary text; AA (4.5:1) on window, base and card
    disabled: str
    button: str
    accent: str  # selection, links, focus
    on_accent: str  # text on the accent
    border: str  # frames and separators
    control_border: str  # check box and radio rings; 3:1 on base (WCAG non-text)
    card: str  # the one card style's background
    card_border: str
    sidebar: str
    tooltip: str
    scales: dict[str, str]  # mood, energy, interest, focus; AA (4.5:1) on every background

    def backgrounds(self) -> tuple[str, ...]:
        """Every surface text or a scale colour is drawn on."""
        return (self.window, self.base, self.card, self.sidebar, self.alternate_base)


# Calm greens for the accent: the tray icon and the brand are a sprout. The scale colours
# are the Okabe-Ito hues (distinct for colour-blind eyes), shaded until they reach 4.5:1.
LIGHT = Tokens(
    dark=False,
    window="#f6f7f5",
    base="#ffffff",
    alternate_base="#eef1ee",
    text="#1d2320",
    muted="#5c6560",
    disabled="#9aa19c",
    button="#eceeeb",
    accent="#2e7d5b",
    on_accent="#ffffff",
    border="#c9cec9",
    control_border="#6f7873",
    card="#ffffff",
    card_border="#d5dbd6",
    sidebar="#eceeeb",
    tooltip="#ffffff",
    scales={
        "mood": "#0068a3",
        "energy": "#b34700",
        "interest": "#00785a",
        "focus": "#9c3f73",
    },
)

DARK = Tokens(
    dark=True,
    window="#1f2326",
    base="#16191b",
    alternate_base="#23282b",
    text="#e8eaed",
    muted="#9aa2a6",
    disabled="#6b7275",
    button="#2a2f32",
    accent="#6fcf97",
    on_accent="#0d1a13",
    border="#3a4044",
    control_border="#9aa2a6",
    card="#262b2e",
    card_border="#3a4044",
    sidebar="#191c1f",
    tooltip="#2b3033",
    scales={
        "mood": "#56b4e9",
        "energy": "#e69f00",
        "interest": "#2bc79a",
        "focus": "#e08dbe",
    },
)


def tokens(dark: bool) -> Tokens:
    return DARK if dark else LIGHT


# -- the one card ---------------------------------------------------------------------------

CARD_RADIUS = 10
CARD_PADDING = (Space.L, Space.M + 2, Space.L, Space.M + 2)  # left, top, right, bottom


def make_card(frame: QFrame, layout: QLayout | None = None) -> None:
    """Give ``frame`` the card style (drawn by the application style sheet, so it follows
    the theme) and the card's padding to its layout."""
    frame.setProperty("card", True)
    frame.setFrameShape(QFrame.Shape.NoFrame)
    if layout is not None:
        layout.setContentsMargins(*CARD_PADDING)
    frame.style().unpolish(frame)
    frame.style().polish(frame)


# -- the readable measure -------------------------------------------------------------------

MEASURE_CHARS = 75  # a comfortable line: 70-80 characters
PAGE_MEASURE_CHARS = 80  # a page of cards: the text inside, less the padding, stays near 75


def measure_px(base: QFont, chars: int = MEASURE_CHARS) -> int:
    """The width of ``chars`` average characters of ``base``."""
    return round(QFontMetricsF(base).averageCharWidth() * chars)


class ReadableMeasure(QObject):
    """Keeps a layout's content at most ``chars`` characters wide, centred on wide windows.

    It grows the layout's left and right margins as the widget widens past the measure, so
    nothing else about the layout changes. Installed on ``widget``, owned by it.
    """

    def __init__(
        self,
        widget: QWidget,
        chars: int = MEASURE_CHARS,
        font_of: QWidget | None = None,
        extra: int = 0,
    ) -> None:
        super().__init__(widget)
        self._widget = widget
        self._chars = chars
        self._font_of = font_of or widget
        self._extra = extra  # px beside the text itself: a frame, a scroll bar
        layout = widget.layout()
        assert layout is not None, "set the layout first"
        margins = layout.contentsMargins()
        self._left, self._right = margins.left(), margins.right()
        self._viewport: QWidget | None = None  # a scroll area's, once the widget is in one
        widget.installEventFilter(self)

    def limit(self) -> int:
        return measure_px(self._font_of.font(), self._chars) + self._extra

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self._widget or watched is self._viewport) and event.type() in (
            QEvent.Type.Resize,
            QEvent.Type.FontChange,
            QEvent.Type.Show,
        ):
            self.refit()
        return False

    def _available(self) -> int:
        """The width the content may take: a scroll area's viewport, when it is in one.

        The margins are part of the widget's minimum width, so in a scroll area a widget
        made wide once would never be narrowed again (and a window made smaller would
        scroll sideways); the viewport says how much room there really is.
        """
        viewport = self._widget.parentWidget()
        area = viewport.parentWidget() if viewport is not None else None
        if viewport is not None and isinstance(area, QScrollArea) and area.widget() is self._widget:
            if self._viewport is not viewport:
                self._viewport = viewport
                viewport.installEventFilter(self)
            return viewport.width()
        return self._widget.width()

    def refit(self) -> None:
        layout = self._widget.layout()
        if layout is None:
            return
        spare = self._available() - self._left - self._right - self.limit()
        side = max(0, spare // 2)
        margins = layout.contentsMargins()
        if margins.left() != self._left + side or margins.right() != self._right + side:
            layout.setContentsMargins(
                self._left + side, margins.top(), self._right + side, margins.bottom()
            )
