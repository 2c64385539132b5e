"""The application style sheet, built from the design tokens of the current theme.

Rebuilt and re-applied on every theme change (``app.ui.theme.apply``), so nothing keeps a
colour from the theme it was made in. Widgets opt in by object name or a property
(``card``), never with a style sheet of their own.
"""

from __future__ import annotations

from app.ui.design import CARD_RADIUS, Space, Tokens


def build(t: Tokens) -> str:
    return f"""
QFrame[card="true"] {{
    background: {t.card};
    border: 1px solid {t.card_border};
    border-radius: {CARD_RADIUS}px;
}}
QFrame[card="true"] QLabel {{ background: transparent; border: none; }}
QListWidget#sidebar {{
    background: {t.sidebar};
    color: {t.text};
    border: none;
    border-right: 1px solid {t.border};
    padding-top: {Space.S}px;
    outline: 0;
}}
QListWidget#sidebar::item {{
    padding: {Space.XS}px {Space.M}px;
    margin: 1px {Space.S - 2}px;
    border: 2px solid transparent;
    border-radius: 6px;
    color: {t.text};
}}
QListWidget#sidebar::item:hover:!selected {{ background: {t.alternate_base}; }}
QListWidget#sidebar::item:selected {{ background: {t.accent}; color: {t.on_accent}; }}
QListWidget#sidebar::item:selected:focus {{ border: 2px solid {t.on_accent}; }}
"""
