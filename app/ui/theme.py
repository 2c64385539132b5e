"""Light and dark themes from the design tokens; 'system' follows the desktop as it changes.

Applying a theme sets the palette and the application style sheet (both built from
``app.ui.design``), so it works the same at start and while Tend runs."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from app.ui import style_sheet
from app.ui.design import Tokens, tokens
from app.ui.tend_style import TendStyle


def _palette(dark: bool) -> QPalette:
    t = tokens(dark)
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: t.window,
        QPalette.ColorRole.WindowText: t.text,
        QPalette.ColorRole.Base: t.base,
        QPalette.ColorRole.AlternateBase: t.alternate_base,
        QPalette.ColorRole.ToolTipBase: t.tooltip,
        QPalette.ColorRole.ToolTipText: t.text,
        QPalette.ColorRole.PlaceholderText: t.muted,
        QPalette.ColorRole.Text: t.text,
        QPalette.ColorRole.Button: t.button,
        QPalette.ColorRole.ButtonText: t.text,
        QPalette.ColorRole.BrightText: "#ffffff" if dark else "#000000",
        QPalette.ColorRole.Highlight: t.accent,
        QPalette.ColorRole.HighlightedText: t.on_accent,
        QPalette.ColorRole.Link: t.accent,
        QPalette.ColorRole.Mid: t.border,
        QPalette.ColorRole.Dark: "#101214" if dark else "#9aa19c",
        QPalette.ColorRole.Light: "#3d4347" if dark else "#ffffff",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(t.disabled))
    return palette


def system_prefers_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def is_dark(choice: str) -> bool:
    return choice == "dark" or (choice == "system" and system_prefers_dark())


def current_tokens(app: QApplication) -> Tokens:
    """The tokens of the theme now showing (read from the palette, so always in step)."""
    return tokens(app.palette().color(QPalette.ColorRole.Window).lightness() < 128)


def apply(app: QApplication, choice: str) -> None:
    """Apply 'light', 'dark' or 'system' to the whole application, at start or while running."""
    apply_dark(app, is_dark(choice))


def apply_dark(app: QApplication, dark: bool) -> None:
    if not isinstance(getattr(app, "_tend_style", None), TendStyle):
        tend_style = TendStyle()
        app._tend_style = tend_style  # type: ignore[attr-defined]
        app.setStyle(tend_style)
    app.setPalette(_palette(dark))
    # Setting a new application style sheet re-polishes every widget, so the ones with a
    # style sheet of their own resolve palette(...) again. A palette change alone does not
    # reach them (that is what once left the sidebar white until a restart).
    app.setStyleSheet(style_sheet.build(tokens(dark)))


def follow_system(
    app: QApplication, current_choice: Callable[[], str]
) -> Callable[[Qt.ColorScheme], None]:
    """Re-apply when the desktop switches scheme, if the person chose 'system'.

    Returns the connected slot (to disconnect it again)."""

    def changed(scheme: Qt.ColorScheme) -> None:
        if current_choice() == "system":
            apply_dark(app, scheme == Qt.ColorScheme.Dark)

    QGuiApplication.styleHints().colorSchemeChanged.connect(changed)
    return changed
