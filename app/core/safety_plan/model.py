"""The safety plan: the Stanley–Brown steps, each in the person's own words."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

# The steps in the plan's own order; the field names of SafetyPlan, the table's columns,
# the backup's item fields and the keys in app/resources/safety_plan.json all use these.
STEP_KEYS = (
    "warning_signs",
    "coping_on_my_own",
    "people_and_places",
    "people_to_ask",
    "professionals",
    "safer_surroundings",
    "reasons_for_living",
)
MAX_STEP_CHARS = 10_000


@dataclass(frozen=True)
class SafetyPlan:
    warning_signs: str = ""
    coping_on_my_own: str = ""
    people_and_places: str = ""
    people_to_ask: str = ""
    professionals: str = ""
    safer_surroundings: str = ""
    reasons_for_living: str = ""
    updated_at: datetime | None = None  # None: never saved

    def step(self, key: str) -> str:
        if key not in STEP_KEYS:
            raise KeyError(key)
        text: str = getattr(self, key)
        return text

    def steps(self) -> tuple[tuple[str, str], ...]:
        """(key, text) for every step, in the plan's order."""
        return tuple((key, self.step(key)) for key in STEP_KEYS)

    def written_steps(self) -> tuple[tuple[str, str], ...]:
        """Only the steps with words in them, in the plan's order."""
        return tuple((key, text) for key, text in self.steps() if text.strip())

    @property
    def is_empty(self) -> bool:
        return not self.written_steps()

    def same_words(self, other: SafetyPlan) -> bool:
        """True when every step reads the same (the update time aside)."""
        return self.steps() == other.steps()

    def with_steps(self, **texts: str) -> SafetyPlan:
        unknown = set(texts) - set(STEP_KEYS)
        if unknown:
            raise KeyError(", ".join(sorted(unknown)))
        current = dict(self.steps())
        return plan_from_texts({**current, **texts}, self.updated_at)


def plan_from_texts(texts: dict[str, str], updated_at: datetime | None = None) -> SafetyPlan:
    return SafetyPlan(**{key: texts.get(key, "") for key in STEP_KEYS}, updated_at=updated_at)
