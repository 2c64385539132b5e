"""A synthetic ten-year journal for timing the watcher: daily check-ins and most-days entries.

Deterministic (seeded), so runs compare. About one sentence in seven carries a signal
phrase, some negated or about someone else, as real writing does; a few stretches are low.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone

from app.core.checkins.model import CheckIn
from app.core.journal.model import Entry

EVERYDAY = [
    "Went for a walk in the park before lunch.",
    "Applied to three more jobs this morning and tidied up my CV.",
    "Had coffee with Priya, we talked about her new flat for ages.",
    "The recruiter said they'd get back to me by Friday.",
    "Cooked a big pot of soup and froze half of it.",
    "Read two chapters of my book before bed.",
    "It rained all afternoon so I stayed in and sorted out the drawers.",
    "Called Mum, she sounded well and the garden is coming along.",
    "Spent an hour on the practice questions for Thursday's interview.",
    "The bus was late again, but I had a podcast so it was fine.",
    "Watched a film with my flatmate, it was silly but fun.",
    "Wrote a cover letter I'm actually proud of.",
    "Did the weekly shop and remembered everything on the list for once.",
    "Got an email about a networking meetup next month.",
    "My sister has no energy with the new baby, I might visit on Sunday.",
    "Not tired at all today, which was a nice change.",
    "I was afraid I'd lose interest in the course, but it's going well.",
    "I'd die for a proper coffee right now.",
    "Killed it in the mock interview, felt great.",
    "The commute is killing me, two hours each way.",
    "Dying to hear back about the second round.",
    "Helped a neighbour carry boxes up the stairs.",
    "Fixed the bike's brakes with a video tutorial.",
    "Long day, but a good one.",
]
LOW = [
    "I'm exhausted and I have no energy for anything.",
    "Can't focus on anything, my mind keeps wandering.",
    "I don't enjoy running anymore.",
    "Feeling down after another rejection.",
    "Nothing feels fun lately.",
    "Stayed in bed until noon, everything feels like such an effort.",
    "I've lost interest in the things I usually love.",
    "I keep reading the same paragraph over and over.",
]
NOTES = ["ok day", "a bit flat", "good walk", "slept badly", "busy", "calm evening"]


def ten_years(seed: int = 7, days: int = 3650) -> tuple[list[CheckIn], list[Entry]]:
    rng = random.Random(seed)
    zone = timezone(timedelta(hours=1))
    start = datetime(2016, 1, 1, 20, 30, tzinfo=zone)
    checkins: list[CheckIn] = []
    entries: list[Entry] = []
    for index in range(days):
        moment = start + timedelta(days=index)
        low_stretch = (index // 60) % 7 == 3  # about one low month in every seven
        base = 2 if low_stretch else 3
        scales = [max(1, min(5, base + rng.choice((-1, 0, 0, 1, 1)))) for _ in range(4)]
        note = rng.choice(NOTES) if rng.random() < 0.3 else ""
        checkins.append(CheckIn(f"c{index}", moment, *scales, note=note))
        if rng.random() < 0.7:
            count = rng.randint(3, 8)
            pool = LOW if low_stretch else EVERYDAY
            sentences = [
                rng.choice(LOW) if rng.random() < 0.08 else rng.choice(pool) for _ in range(count)
            ]
            written = moment + timedelta(minutes=30)
            entries.append(Entry(f"e{index}", "", " ".join(sentences), (), written, written))
    return checkins, entries
