"""A trusted contact: someone the person chose to list among their support options."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class TrustedContact:
    id: str
    name: str
    reach: str  # how to reach them, as the person wrote it (a number, an email, "at work")
    note: str = ""
