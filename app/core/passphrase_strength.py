"""How easy a new passphrase is to guess, offline, with zxcvbn; and which ones are refused.

zxcvbn estimates how many guesses an attacker who knows common passwords, words, names,
dates, keyboard patterns and l33t spellings would need. Its score runs from 0 ("too
guessable", under 10^3 guesses) to 4 (over 10^10). Tend refuses scores 0 and 1 (under
10^6 guesses): the journal file can be copied and attacked offline, and although Argon2id
makes each guess slow (about 0.4 s on the machine that set the passphrase), a million
guesses is days of work spread over a few machines, not years. Score 2 (under 10^8) is
accepted with a nudge to add a word. The same rule holds wherever a new passphrase is chosen:
a new journal, a changed passphrase, a backup's passphrase, in the window and on the
command line.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from app.core.resources import load_json

LOWEST_ACCEPTED = 2  # zxcvbn scores 0 and 1 are refused (see the module's docstring)
# zxcvbn reads at most 72 characters; the rest of a longer passphrase only adds to it.
ESTIMATED_LENGTH = 72
# Words a guesser would try first here, whatever else they know.
OBVIOUS_WORDS = ("tend", "journal", "passphrase")


@dataclass(frozen=True)
class Wording:
    labels: tuple[str, ...]
    empty_hint: str
    hints: tuple[str, ...]
    refused: str
    easy_to_guess: str
    reasons: tuple[tuple[str, str], ...]  # zxcvbn's warning (its start), and our words


@cache
def wording() -> Wording:
    data = load_json("passphrase_strength.json")
    return Wording(
        labels=tuple(data["labels"]),
        empty_hint=data["empty_hint"],
        hints=tuple(data["hints"]),
        refused=data["refused"],
        easy_to_guess=data["easy_to_guess"],
        reasons=tuple((prefix, words) for prefix, words in data["reasons"]),
    )


@dataclass(frozen=True)
class Strength:
    score: int  # zxcvbn's 0 (very weak) to 4 (strong)
    label: str
    hint: str  # what the field's hint says, consistent with ``accepted``
    reason: str  # why it is easy to guess ("This is one of the most common passphrases."), or ""

    @property
    def accepted(self) -> bool:
        return self.score >= LOWEST_ACCEPTED


def estimate(passphrase: str) -> Strength:
    words = wording()
    if not passphrase:
        return Strength(0, words.labels[0], words.empty_hint, "")
    # Imported here: zxcvbn loads its word lists (about 0.2 s), which only choosing a new
    # passphrase needs, never opening the journal or a command that reads it.
    from zxcvbn import zxcvbn

    result = zxcvbn(passphrase[:ESTIMATED_LENGTH], user_inputs=list(OBVIOUS_WORDS))
    score = int(result["score"])
    reason = _reason(str(result["feedback"]["warning"] or "")) if score < LOWEST_ACCEPTED else ""
    hint = f"{reason} {words.hints[score]}" if reason else words.hints[score]
    return Strength(score, words.labels[score], hint, reason)


def refusal(passphrase: str) -> str | None:
    """Why a new passphrase is refused, in plain words, or None when it is accepted."""
    strength = estimate(passphrase)
    if strength.accepted:
        return None
    words = wording()
    return f"{strength.reason or words.easy_to_guess} {words.refused}"


def _reason(warning: str) -> str:
    for prefix, words in wording().reasons:
        if warning.startswith(prefix):
            return words
    return wording().easy_to_guess if warning else ""
