"""Activity impact: a scale's mean on days with an activity versus the other days.

Everything is counted in days, not check-ins: a day's value is the mean of its check-ins,
and a day is "with" an activity when any of its check-ins records it. SQLite computes the
day means, the days of each activity, and both sides' means; Python only wraps the few
rows (one per activity) that meet the minimum number of days on both sides.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from app.core.insights.model import ActivityImpact, Comparison

MIN_DAYS_EACH_SIDE = 5

IMPACT_SQL = text(
    """
    WITH day_means AS (
        SELECT local_day, avg(mood) AS mood, avg(energy) AS energy
        FROM checkins
        WHERE local_day BETWEEN :start AND :end
        GROUP BY local_day
    ),
    totals AS (
        SELECT count(mood) AS mood_days, total(mood) AS mood_sum,
               count(energy) AS energy_days, total(energy) AS energy_sum
        FROM day_means
    ),
    activity_days AS (
        SELECT DISTINCT link.activity_pk AS activity_pk, c.local_day AS local_day
        FROM checkin_activities AS link JOIN checkins AS c ON c.pk = link.checkin_pk
        WHERE c.local_day BETWEEN :start AND :end
    ),
    with_activity AS (
        SELECT ad.activity_pk AS activity_pk,
               count(dm.mood) AS mood_days, total(dm.mood) AS mood_sum,
               count(dm.energy) AS energy_days, total(dm.energy) AS energy_sum
        FROM activity_days AS ad JOIN day_means AS dm ON dm.local_day = ad.local_day
        GROUP BY ad.activity_pk
    ),
    sides AS (
        SELECT a.id AS id, a.name AS name, g.position AS group_position, a.position AS position,
               w.mood_days AS mood_with_days,
               t.mood_days - w.mood_days AS mood_without_days,
               w.mood_sum / nullif(w.mood_days, 0) AS mood_with,
               (t.mood_sum - w.mood_sum) / nullif(t.mood_days - w.mood_days, 0) AS mood_without,
               w.energy_days AS energy_with_days,
               t.energy_days - w.energy_days AS energy_without_days,
               w.energy_sum / nullif(w.energy_days, 0) AS energy_with,
               (t.energy_sum - w.energy_sum) / nullif(t.energy_days - w.energy_days, 0)
                   AS energy_without
        FROM with_activity AS w
        JOIN activities AS a ON a.pk = w.activity_pk
        JOIN activity_groups AS g ON g.pk = a.group_pk
        CROSS JOIN totals AS t
        WHERE NOT a.hidden
    )
    SELECT id, name,
           mood_with, mood_with_days, mood_without, mood_without_days,
           energy_with, energy_with_days, energy_without, energy_without_days
    FROM sides
    WHERE (mood_with_days >= :min_days AND mood_without_days >= :min_days)
       OR (energy_with_days >= :min_days AND energy_without_days >= :min_days)
    ORDER BY coalesce(mood_with - mood_without, energy_with - energy_without) DESC,
             group_position, position
    """
)


def activity_impact(
    session: Session,
    start: date | None = None,
    end: date | None = None,
    min_days: int = MIN_DAYS_EACH_SIDE,
) -> list[ActivityImpact]:
    """Activities with enough days on both sides, the most favourable difference first."""
    rows = session.execute(
        IMPACT_SQL,
        {
            "start": (start or date.min).isoformat(),
            "end": (end or date.max).isoformat(),
            "min_days": min_days,
        },
    ).all()
    return [
        ActivityImpact(
            activity_id=row[0],
            activity_name=row[1],
            mood=_comparison(row[2:6], min_days),
            energy=_comparison(row[6:10], min_days),
        )
        for row in rows
    ]


def _comparison(values: Sequence[Any], min_days: int) -> Comparison | None:
    with_mean, with_days, without_mean, without_days = values
    if with_mean is None or without_mean is None:
        return None
    if int(with_days) < min_days or int(without_days) < min_days:
        return None
    return Comparison(float(with_mean), int(with_days), float(without_mean), int(without_days))
