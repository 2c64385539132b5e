"""Generate a journal of realistic entries for benchmarks: deterministic, and quick to write.

    python -m tests.benchmarks.generate --entries 10000 --data-dir PATH [--fast-kdf]

Each entry has about 150 words of everyday journal English built from the phrase lists in
journal_words.json, zero to three tags, and a moment spread over the years before
2026-01-01 in one of a few UTC offsets. The same seed always gives the same text.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

from app.core import kdf
from app.core.journal import Journal, NewEntry
from app.core.vault import CreatedVault, Vault, VaultFiles

PASSPHRASE = "benchmark passphrase, not a secret"
WORDS_FILE = Path(__file__).with_name("journal_words.json")
TARGET_WORDS = 150
SPAN_DAYS = 5 * 365
END = datetime(2026, 1, 1, tzinfo=UTC)
OFFSETS = [timezone(timedelta(hours=hours)) for hours in (0, 1, 2, -5, -8, 5.5, 9)]
BATCH = 2000
_SLOT = re.compile(r"\{(\w+?)\}")


def load_words() -> dict[str, list[str]]:
    data: dict[str, list[str]] = json.loads(WORDS_FILE.read_text(encoding="utf-8"))
    return data


class EntryWriter:
    """Makes entries from the phrase lists with its own random generator."""

    def __init__(self, seed: int) -> None:
        self._rng = random.Random(seed)
        self._words = load_words()
        self._templates = self._words["templates"]

    def sentence(self) -> str:
        template = self._rng.choice(self._templates)
        text = _SLOT.sub(lambda match: self._rng.choice(self._words[match.group(1)]), template)
        return text[0].upper() + text[1:]

    def body(self) -> str:
        paragraphs, paragraph, words = [], [], 0
        while words < TARGET_WORDS:
            sentence = self.sentence()
            paragraph.append(sentence)
            words += sentence.count(" ") + 1
            if len(paragraph) >= self._rng.randint(3, 5):
                paragraphs.append(" ".join(paragraph))
                paragraph = []
        if paragraph:
            paragraphs.append(" ".join(paragraph))
        return "\n\n".join(paragraphs)

    def entry(self, moment: datetime) -> NewEntry:
        tags = self._rng.sample(self._words["tags"], self._rng.choice((0, 1, 1, 2, 2, 3)))
        return NewEntry(
            title=self._rng.choice(self._words["titles"]),
            body=self.body(),
            tags=tuple(tags),
            created_at=moment.astimezone(self._rng.choice(OFFSETS)),
        )


def drafts(count: int, seed: int = 1) -> Iterator[NewEntry]:
    """``count`` entries, oldest first, spread evenly (with jitter) over five years."""
    writer = EntryWriter(seed)
    step = SPAN_DAYS * 86400 / max(count, 1)
    start = END - timedelta(days=SPAN_DAYS)
    jitter = random.Random(seed + 1)
    for index in range(count):
        seconds = index * step + jitter.uniform(0, step * 0.9)
        yield writer.entry(start + timedelta(seconds=seconds))


def generate_vault(
    folder: Path, count: int, seed: int = 1, params: kdf.Argon2Params | None = None
) -> CreatedVault:
    """A new vault in ``folder`` holding ``count`` generated entries (still unlocked)."""
    created = Vault.create(VaultFiles(folder), PASSPHRASE, params)
    Journal(created.vault.database).create_many(drafts(count, seed), batch_size=BATCH)
    created.vault.database.checkpoint()
    return created


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--fast-kdf", action="store_true", help="cheap Argon2 (not for timing)")
    args = parser.parse_args()
    started = time.perf_counter()
    created = generate_vault(
        args.data_dir, args.entries, args.seed, kdf.TEST_PARAMS if args.fast_kdf else None
    )
    created.vault.lock()
    print(
        f"{args.entries} entries in {args.data_dir} ({time.perf_counter() - started:.1f} s); "
        f"passphrase: {PASSPHRASE!r}"
    )


if __name__ == "__main__":
    main()
