"""Light and dark palettes; 'system' follows the desktop's colour scheme as it changes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

# Calm greens for the accent: the tray icon and the brand are a sprout.
ACCENT_LIGHT = "#2e7d5b"
ACCENT_DARK = "#6fcf97"


def _palette(dark: bool) -> QPalette:
    palette = QPalette()
    if dark:
        colours = {
            QPalette.ColorRole.Window: "#1f2326",
            QPalette.ColorRole.WindowText: "#e8eaed",
            QPalette.ColorRole.Base: "#16191b",
            QPalette.ColorRole.AlternateBase: "#23282b",
            QPalette.ColorRole.ToolTipBase: "#2b3033",
            QPalette.ColorRole.ToolTipText: "#e8eaed",
            QPalette.ColorRole.PlaceholderText: "#8a9296",
            QPalette.ColorRole.Text: "#e8eaed",
            QPalette.ColorRole.Button: "#2a2f32",
            QPalette.ColorRole.ButtonText: "#e8eaed",
            QPalette.ColorRole.BrightText: "#ffffff",
            QPalette.ColorRole.Highlight: ACCENT_DARK,
            QPalette.ColorRole.HighlightedText: "#0d1a13",
            QPalette.ColorRole.Link: ACCENT_DARK,
            QPalette.ColorRole.Mid: "#3a4044",
            QPalette.ColorRole.Dark: "#101214",
            QPalette.ColorRole.Light: "#3d4347",
        }
        disabled = "#6b7275"
    else:
        colours = {
            QPalette.ColorRole.Window: "#f6f7f5",
            QPalette.ColorRole.WindowText: "#1d2320",
            QPalette.ColorRole.Base: "#ffffff",
            QPalette.ColorRole.AlternateBase: "#eef1ee",
            QPalette.ColorRole.ToolTipBase: "#ffffff",
            QPalette.ColorRole.ToolTipText: "#1d2320",
            QPalette.ColorRole.PlaceholderText: "#6f7873",
            QPalette.ColorRole.Text: "#1d2320",
            QPalette.ColorRole.Button: "#eceeeb",
            QPalette.ColorRole.ButtonText: "#1d2320",
            QPalette.ColorRole.BrightText: "#000000",
            QPalette.ColorRole.Highlight: ACCENT_LIGHT,
            QPalette.ColorRole.HighlightedText: "#ffffff",
            QPalette.ColorRole.Link: ACCENT_LIGHT,
            QPalette.ColorRole.Mid: "#c9cec9",
            QPalette.ColorRole.Dark: "#9aa19c",
            QPalette.ColorRole.Light: "#ffffff",
        }
        disabled = "#9aa19c"
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled))
    return palette


def system_prefers_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def is_dark(choice: str) -> bool:
    return choice == "dark" or (choice == "system" and system_prefers_dark())


def apply(app: QApplication, choice: str) -> None:
    """Apply 'light', 'dark' or 'system' to the whole application."""
    app.setStyle("Fusion")
    app.setPalette(_palette(is_dark(choice)))


def follow_system(app: QApplication, current_choice: Callable[[], str]) -> None:
    """Re-apply when the desktop switches scheme, if the person chose 'system'."""

    def changed(_scheme: object) -> None:
        if current_choice() == "system":
            apply(app, "system")

    QGuiApplication.styleHints().colorSchemeChanged.connect(changed)
