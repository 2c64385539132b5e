"""Ten years of generated check-ins for the insights benchmarks (and nothing personal)."""

from __future__ import annotations

import random
import statistics
import time
import uuid
from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone
from datetime import time as clock_time

from sqlalchemy import insert, select

from app.core.clock import to_utc_text
from app.core.db.checkin_tables import ActivityRow, CheckInRow, checkin_activities
from app.core.workspace import Workspace

DAYS = 3650
OFFSET = timezone(timedelta(hours=-5))


def fill_history(workspace: Workspace, today: date, days: int = DAYS, seed: int = 7) -> int:
    """One check-in a day, two or three on some days, with random scales and activities.

    Rows go in through the ORM tables in one transaction: generating them is not what is
    measured. Returns the number of check-ins written.
    """
    rng = random.Random(seed)
    checkins: list[dict[str, object]] = []
    links: list[tuple[int, int]] = []
    with workspace.vault.database.session() as session:
        activity_pks = list(session.scalars(select(ActivityRow.pk)))
        pk = 0
        for back in range(days):
            day = today - timedelta(days=back)
            for index in range(rng.choice((1, 1, 1, 1, 2, 2, 3))):
                pk += 1
                moment = datetime.combine(day, clock_time(8 + 5 * index, 30), OFFSET)
                checkins.append(
                    {
                        "pk": pk,
                        "id": str(uuid.uuid4()),
                        "at": to_utc_text(moment),
                        "offset_min": -300,
                        "updated_at": to_utc_text(moment),
                        "note": "",
                        **{
                            scale: (rng.randint(1, 5) if rng.random() > 0.1 else None)
                            for scale in ("mood", "energy", "interest", "focus")
                        },
                        "sleep_hours": round(rng.uniform(4, 9), 1),
                    }
                )
                for activity_pk in rng.sample(activity_pks, rng.randint(0, 3)):
                    links.append((pk, activity_pk))
        session.execute(insert(CheckInRow), checkins)
        session.execute(
            insert(checkin_activities),
            [{"checkin_pk": c, "activity_pk": a} for c, a in links],
        )
    return len(checkins)


def median_ms(work: Callable[[], object], runs: int = 21, warmup: int = 2) -> float:
    for _ in range(warmup):
        work()
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings)
