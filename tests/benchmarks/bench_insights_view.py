"""How long opening the insights page takes over ten years of check-ins, charts drawn.

Run: python -m tests.benchmarks.bench_insights_view
Target: under 300 ms (median) from nothing on screen to every chart painted, with the
"All" range (3,650 days). Offscreen Qt, so the figure excludes the window manager.
"""

from __future__ import annotations

import os
import platform
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from app.core.clock import fixed_clock
from app.core.insights import TrendRange
from app.core.kdf import TEST_PARAMS
from app.core.vault import Vault, VaultFiles
from app.core.workspace import Workspace
from app.ui.insights.insights_view import InsightsView
from app.ui.insights.snapshot import load_snapshot
from app.ui.tasks import TaskRunner
from tests.benchmarks.checkin_history import DAYS, fill_history, median_ms

NOW = datetime(2026, 3, 14, 20, 0, tzinfo=timezone(timedelta(hours=-5)))
TARGET_MS = 300.0
SIZE = (1100, 1400)


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    runner = TaskRunner()
    with tempfile.TemporaryDirectory() as folder:
        created = Vault.create(VaultFiles(Path(folder)), "benchmark passphrase", TEST_PARAMS)
        workspace = Workspace.open(created.vault, fixed_clock(NOW))
        try:
            count = fill_history(workspace, NOW.date())
            insights = workspace.insights
            parts: dict[str, list[float]] = {"load": [], "build": [], "draw": []}

            def open_view() -> None:
                start = time.perf_counter()
                snapshot = load_snapshot(insights, TrendRange.EVERYTHING)
                loaded = time.perf_counter()
                view = InsightsView(insights, runner, TrendRange.EVERYTHING)
                view.resize(*SIZE)
                view.show_snapshot(snapshot)
                built = time.perf_counter()
                view.show()  # lays the page out
                view.grab()  # paints every visible chart, the calendar and the text, once
                drawn = time.perf_counter()
                parts["load"].append((loaded - start) * 1000)
                parts["build"].append((built - loaded) * 1000)
                parts["draw"].append((drawn - built) * 1000)
                view.close()
                view.deleteLater()
                app.processEvents()

            total = median_ms(open_view, runs=15, warmup=2)
        finally:
            workspace.lock()
    print(f"{count:,} check-ins over {DAYS:,} days; window {SIZE[0]}x{SIZE[1]}, offscreen")
    print(f"machine: {os.cpu_count()} cores, Python {platform.python_version()}, {sys.platform}")
    for name, values in parts.items():
        measured = values[2:]  # without the warm-up runs
        print(f"  {name:<6} {statistics.median(measured):8.1f} ms (median)")
    verdict = "meets" if total < TARGET_MS else "MISSES"
    print(
        f"  open the insights view, all charts drawn: {total:.1f} ms (median), "
        f"{verdict} the {TARGET_MS:.0f} ms target"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
