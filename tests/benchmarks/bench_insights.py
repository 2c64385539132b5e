"""How fast insights come back over ten years of daily check-ins.

Run: python -m tests.benchmarks.bench_insights
Targets: trend data for "everything" under 50 ms (median).
"""

from __future__ import annotations

import os
import platform
import sys
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

from app.core.clock import fixed_clock
from app.core.insights import TrendRange
from app.core.kdf import TEST_PARAMS
from app.core.vault import Vault, VaultFiles
from app.core.workspace import Workspace
from tests.benchmarks.checkin_history import DAYS, fill_history, median_ms

NOW = datetime(2026, 3, 14, 20, 0, tzinfo=timezone(timedelta(hours=-5)))
TARGET_TREND_MS = 50.0


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        created = Vault.create(VaultFiles(Path(folder)), "benchmark passphrase", TEST_PARAMS)
        workspace = Workspace.open(created.vault, fixed_clock(NOW))
        try:
            count = fill_history(workspace, NOW.date())
            insights = workspace.insights
            results = {
                'trend, "everything" (3,650 days, 4 scales + rolling)': median_ms(
                    lambda: insights.trend(TrendRange.EVERYTHING)
                ),
                "trend, 1 year": median_ms(lambda: insights.trend(TrendRange.YEAR)),
                "trend, 3 months": median_ms(lambda: insights.trend(TrendRange.THREE_MONTHS)),
                "year calendar (1 year)": median_ms(lambda: insights.year_calendar(2025)),
                "activity impact (all 10 years)": median_ms(insights.activity_impact),
                "day detail (one day)": median_ms(
                    lambda: insights.day_detail(NOW.date() - timedelta(days=100))
                ),
            }
        finally:
            workspace.lock()
    print(f"{count:,} check-ins over {DAYS:,} days")
    print(f"machine: {os.cpu_count()} cores, Python {platform.python_version()}, {sys.platform}")
    for name, value in results.items():
        print(f"  {name:<55} {value:8.2f} ms (median)")
    trend_ms = next(iter(results.values()))
    verdict = "meets" if trend_ms < TARGET_TREND_MS else "MISSES"
    print(f'"everything" trend {verdict} the {TARGET_TREND_MS:.0f} ms target')
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
