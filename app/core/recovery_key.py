"""Recovery keys: 160 random bits shown once as eight groups of letters and digits.

The alphabet is Crockford's base32 (no I, L, O, U), so a key copied by hand survives
common misreadings: O is read as 0, I and L as 1, and case and separators are ignored.
"""

from __future__ import annotations

import os
import re

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
KEY_BITS = 160
CHARS = KEY_BITS // 5
GROUP = 4
_CONFUSABLE = str.maketrans({"O": "0", "I": "1", "L": "1"})


class MalformedRecoveryKey(ValueError):
    """The text cannot be a recovery key (wrong length or characters)."""


def generate() -> str:
    value = int.from_bytes(os.urandom(KEY_BITS // 8), "big")
    chars = [ALPHABET[(value >> (5 * i)) & 31] for i in reversed(range(CHARS))]
    return format_groups("".join(chars))


def format_groups(compact: str) -> str:
    return "-".join(compact[i : i + GROUP] for i in range(0, len(compact), GROUP))


def normalise(text: str) -> str:
    """Canonical compact form of a typed key; raises MalformedRecoveryKey if it can't be one."""
    compact = re.sub(r"[\s\-_]", "", text).upper().translate(_CONFUSABLE)
    if len(compact) != CHARS or any(char not in ALPHABET for char in compact):
        raise MalformedRecoveryKey(
            f"A recovery key has {CHARS} letters and digits in groups of {GROUP}, like ABCD-1234-…"
        )
    return compact


def to_secret(text: str) -> bytes:
    """The bytes used for key derivation."""
    return normalise(text).encode("ascii")
