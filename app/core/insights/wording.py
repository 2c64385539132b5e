"""Plain sentences for activity impact: what went together, never what caused what."""

from __future__ import annotations

from app.core.insights.model import ActivityImpact, Comparison
from app.core.plural import plural

PATTERN_NOT_CAUSE = (
    "These show what tended to happen on the same days, not what caused what: "
    "many things change together."
)


def _days(count: int) -> str:
    return plural(count, "day")


def _figure(value: float) -> str:
    return f"{value:.1f}"


def describe_mood(activity_name: str, mood: Comparison) -> str:
    """'On days with “Exercise”, your mood averaged 3.8 (12 days), compared with 3.1 on
    other days (30 days).'"""
    return (
        f"On days with “{activity_name}”, your mood averaged {_figure(mood.with_mean)} "
        f"({_days(mood.with_days)}), compared with {_figure(mood.without_mean)} "
        f"on other days ({_days(mood.without_days)})."
    )


def describe_energy(activity_name: str, energy: Comparison, after_mood: bool) -> str:
    if after_mood:
        return (
            f"Your energy averaged {_figure(energy.with_mean)} ({_days(energy.with_days)}), "
            f"compared with {_figure(energy.without_mean)} ({_days(energy.without_days)})."
        )
    return (
        f"On days with “{activity_name}”, your energy averaged {_figure(energy.with_mean)} "
        f"({_days(energy.with_days)}), compared with {_figure(energy.without_mean)} "
        f"on other days ({_days(energy.without_days)})."
    )


def describe(impact: ActivityImpact) -> list[str]:
    """One sentence per figure that has enough days behind it."""
    sentences = []
    if impact.mood is not None:
        sentences.append(describe_mood(impact.activity_name, impact.mood))
    if impact.energy is not None:
        sentences.append(
            describe_energy(impact.activity_name, impact.energy, after_mood=impact.mood is not None)
        )
    return sentences
