"""A trusted contact's "how to reach them" as links: a phone number becomes tel:, an email
mailto:. Tend never opens them itself: the link is handed to the desktop (QDesktopServices),
which opens the person's own phone or mail app; Tend makes no connection of its own."""

from __future__ import annotations

import html
import re

# Something like "+44 7700 900123", "(555) 010-0199" or "0800 111 222": digits with the
# usual separators, at least five digits in all.
PHONE = re.compile(r"\+?[\d\s().\-/]{5,}")
EMAIL = re.compile(r"[^\s@<>\"]+@[^\s@<>\"]+\.[^\s@<>\"]+")
PART = re.compile(rf"({EMAIL.pattern}|{PHONE.pattern})")


def link_for(text: str) -> str | None:
    """The tel: or mailto: link for one phone number or email, None for anything else."""
    value = text.strip()
    if EMAIL.fullmatch(value):
        return f"mailto:{value}"
    digits = "".join(char for char in value if char.isdigit())
    if PHONE.fullmatch(value) and len(digits) >= 5:
        return f"tel:{'+' if value.startswith('+') else ''}{digits}"
    return None


def reach_html(reach: str) -> str:
    """The reach text, escaped, with each phone number and email in it made a link."""
    pieces = []
    for index, piece in enumerate(PART.split(reach)):
        link = link_for(piece) if index % 2 else None
        if link is None:
            pieces.append(html.escape(piece))
        else:
            core = piece.strip()
            lead, trail = piece[: len(piece) - len(piece.lstrip())], piece[len(piece.rstrip()) :]
            pieces.append(
                f'{html.escape(lead)}<a href="{html.escape(link)}">{html.escape(core)}</a>'
                f"{html.escape(trail)}"
            )
    return "".join(pieces)


def links_in(reach: str) -> list[str]:
    """Every tel: and mailto: link the reach text holds, in order."""
    return [link for piece in PART.findall(reach) if (link := link_for(piece))]
