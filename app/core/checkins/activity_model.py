"""Activities a check-in can record, in the groups a person arranges them in."""

from __future__ import annotations

from dataclasses import dataclass, field

# The built-in activity whose check-ins bring the prompts for a hard moment forward.
REJECTION_KEY = "rejection"
MAX_NAME_LENGTH = 60


@dataclass(frozen=True)
class Activity:
    id: str
    name: str
    group_id: str
    hidden: bool = False
    position: int = 0
    # Which default this is ("rejection", ...); stays when the person renames it.
    builtin_key: str | None = None


@dataclass(frozen=True)
class ActivityGroup:
    id: str
    name: str
    position: int = 0
    activities: tuple[Activity, ...] = field(default_factory=tuple)
