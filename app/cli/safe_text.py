"""Journal text made safe for a terminal: control characters shown, never obeyed.

A note or entry may hold terminal escape codes (pasted, imported or typed on purpose).
Printed raw they could recolour, retitle or rewrite the terminal, so every control
character is shown as a visible stand-in instead: C0 ones as their Unicode "control
picture" (ESC becomes ␛), DEL as ␡, and C1 ones as <U+009B>. Line breaks and tabs stay
where the text is shown whole (`tend show`).
"""

from __future__ import annotations

import re

_C0_PICTURES = 0x2400  # U+2400 SYMBOL FOR NULL; the C0 pictures follow in code order
_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_CONTROLS_BUT_LINES = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_C1_OR_DEL = re.compile(r"[\x7f-\x9f]")


def _picture(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(_C0_PICTURES + code)
    if code == 0x7F:
        return "\u2421"
    return f"<U+{code:04X}>"


def visible(text: str) -> str:
    """One-line text (titles, tags, notes): every control character made visible."""
    return _CONTROLS.sub(_picture, text)


def visible_keeping_lines(text: str) -> str:
    """Text shown whole: line breaks and tabs kept, every other control made visible."""
    return _CONTROLS_BUT_LINES.sub(_picture, text)


def json_safe(text: str) -> str:
    """JSON text with DEL and C1 controls escaped (json escapes only C0 ones by itself).

    Only string contents can hold them, where \\u escapes mean the same character.
    """
    return _C1_OR_DEL.sub(lambda match: f"\\u{ord(match.group()):04x}", text)
