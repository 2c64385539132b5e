"""A gentle, offline estimate of passphrase strength for the hint under the field.

It is a rough guide (character classes, length, words, repeats, common choices), not a
promise; Argon2id makes every guess slow, and a long passphrase of ordinary words is best.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

COMMON = frozenset(
    {
        "password", "passw0rd", "123456", "12345678", "123456789", "qwerty", "letmein",
        "iloveyou", "welcome", "admin", "monkey", "dragon", "sunshine", "princess",
        "football", "baseball", "abc123", "trustno1", "correct horse battery staple",
    }
)  # fmt: skip


@dataclass(frozen=True)
class Strength:
    score: int  # 0 (very weak) to 4 (strong)
    label: str
    hint: str


LABELS = ("Very weak", "Weak", "Fair", "Good", "Strong")


def estimate(passphrase: str) -> Strength:
    if not passphrase:
        return Strength(0, LABELS[0], "Four or five unrelated words make a strong passphrase.")
    if passphrase.lower() in COMMON:
        return Strength(0, LABELS[0], "This is one of the most common choices; pick another.")
    pool = 0
    pool += 26 if re.search(r"[a-z]", passphrase) else 0
    pool += 26 if re.search(r"[A-Z]", passphrase) else 0
    pool += 10 if re.search(r"\d", passphrase) else 0
    pool += 33 if re.search(r"[^\w\s]", passphrase) else 0
    pool += 1 if " " in passphrase else 0
    pool += 100 if re.search(r"[^\x00-\x7f]", passphrase) else 0
    unique = len(set(passphrase))
    # Repeats add little: count unique characters more than repeated ones.
    effective_length = unique + (len(passphrase) - unique) * 0.3
    bits = effective_length * math.log2(max(pool, 2))
    words = len(passphrase.split())
    if words >= 4:
        bits = max(bits, words * 11.0)
    score = 0 if bits < 28 else 1 if bits < 40 else 2 if bits < 60 else 3 if bits < 80 else 4
    hints = {
        0: "Too easy to guess. Try a few unrelated words.",
        1: "Still easy to guess. Add another word or two.",
        2: "One more word would make it much stronger.",
        3: "Make sure it's one you'll remember.",
        4: "Just make sure it's one you'll remember.",
    }
    return Strength(score, LABELS[score], hints[score])
