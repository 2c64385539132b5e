"""The words beside each trend chart: how many days, and the 7-day average when it means
something (at least ``MIN_DAYS_FOR_AVERAGE`` of the last 7 days have a rating: an
"average" of one day is just that day).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from app.core.plural import plural

MIN_DAYS_FOR_AVERAGE = 3
WEEK = 7


def scale_summary(label: str, daily: Sequence[float], rolling_last: float) -> str:
    """``daily`` holds one mean per day (NaN where none); ``rolling_last`` the 7-day mean."""
    rated = [not math.isnan(value) for value in daily]
    days = sum(rated)
    name = label.lower()
    if days == 0:
        # Say why it's empty and what fills it, rather than a bare empty chart.
        return (
            f"No {name} ratings in this stretch yet: the check-in's {name} question fills this in"
        )
    with_data = f"{plural(days, 'day')} with a rating"
    in_last_week = sum(rated[-WEEK:])
    if in_last_week == 0:
        return f"{with_data}; none in the last week"
    if in_last_week < MIN_DAYS_FOR_AVERAGE or math.isnan(rolling_last):
        needed = f"{MIN_DAYS_FOR_AVERAGE} of the last {WEEK} days"
        return f"{with_data}; a 7-day average shows once {needed} have one"
    return f"7-day average {rolling_last:.1f} · {with_data}"
