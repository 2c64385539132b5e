"""Mapping Daylio's mood labels to Tend's 1-5 scale, proposed by Tend, confirmed by the person.

Daylio's five default labels (rad, good, meh, bad, awful) get a proposal from
app/resources/importers/daylio-moods.json; renamed labels get none, and the person gives them
a value. Nothing is imported until every label in the file has one.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from app.core.checkins.model import SCALE_MAX, SCALE_MIN
from app.core.errors import UsageError
from app.core.importers.errors import NOTHING_IMPORTED, MoodMappingError
from app.core.resources import load_json


@dataclass(frozen=True)
class MoodProposal:
    mapping: dict[str, int]  # labels Tend recognised, with the value it proposes
    unknown: tuple[str, ...]  # labels the person must give a value

    @property
    def complete(self) -> bool:
        return not self.unknown


def default_moods() -> dict[str, int]:
    moods = load_json("importers", "daylio-moods.json")["moods"]
    return {str(label): int(value) for label, value in moods.items()}


def propose(labels: Iterable[str]) -> MoodProposal:
    defaults = default_moods()
    mapping: dict[str, int] = {}
    unknown: list[str] = []
    for label in labels:
        value = defaults.get(label.strip().casefold())
        if value is None:
            unknown.append(label)
        else:
            mapping[label] = value
    return MoodProposal(mapping, tuple(unknown))


def check_mapping(labels: Iterable[str], confirmed: Mapping[str, int]) -> dict[str, int]:
    """The confirmed mapping, if it gives every label a value from 1 to 5."""
    by_fold = {label.casefold(): value for label, value in confirmed.items()}
    result: dict[str, int] = {}
    missing: list[str] = []
    for label in labels:
        value = confirmed.get(label, by_fold.get(label.casefold()))
        if value is None:
            missing.append(label)
            continue
        if isinstance(value, bool) or not SCALE_MIN <= value <= SCALE_MAX:
            raise UsageError(f'The mood "{label}" needs a value from 1 to 5.')
        result[label] = value
    if missing:
        names = ", ".join(f'"{label}"' for label in missing)
        raise MoodMappingError(
            f"These moods need a value from 1 (very low) to 5 (very high): {names}. "
            f"{NOTHING_IMPORTED}"
        )
    return result


def parse_mood_map(text: str) -> dict[str, int]:
    """'label=5,other label=3' (as typed on the command line) to a mapping."""
    mapping: dict[str, int] = {}
    for part in text.split(","):
        if not part.strip():
            continue
        label, sep, value = part.rpartition("=")
        if not sep or not label.strip() or not value.strip().isdigit():
            raise UsageError(
                'Give moods as label=value pairs separated by commas, e.g. "rad=5,so-so=3".'
            )
        mapping[label.strip()] = int(value)
    return mapping
