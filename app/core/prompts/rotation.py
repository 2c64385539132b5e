"""Prompt of the day: the same for everyone on a date, and never the same two days running.

Days are taken in cycles as long as the pool. Each cycle visits every prompt once, in an
order fixed by hashing the cycle number with each prompt's id (stable across Python
versions, unlike ``random``). Inside a cycle, consecutive days differ because a cycle is a
permutation; across the seam, a cycle that would open with the prompt the previous cycle
closed on swaps its first two. That swap never touches a cycle's last day (pools have at
least 3 prompts), so each seam can be checked against the previous cycle alone.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import date
from typing import TypeVar

T = TypeVar("T")

MIN_POOL = 3


def pick_for_day(pool: Sequence[T], key: Sequence[str], day: date) -> T:
    """The pool's item for ``day``. ``key`` gives each item's stable id, in pool order."""
    if len(pool) < MIN_POOL:
        raise ValueError(f"a rotation needs at least {MIN_POOL} items")
    cycle, position = divmod(day.toordinal(), len(pool))
    return pool[cycle_order(key, cycle)[position]]


def cycle_order(key: Sequence[str], cycle: int) -> list[int]:
    """The order (indexes into the pool) in which one cycle visits every item."""
    order = _shuffled(key, cycle)
    if order[0] == _shuffled(key, cycle - 1)[-1]:
        order[0], order[1] = order[1], order[0]
    return order


def _shuffled(key: Sequence[str], cycle: int) -> list[int]:
    def rank(index: int) -> bytes:
        return hashlib.sha256(f"{cycle}:{key[index]}".encode()).digest()

    return sorted(range(len(key)), key=rank)
