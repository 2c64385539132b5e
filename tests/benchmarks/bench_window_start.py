"""From launch to Tend's unlock window, beside an empty PySide6 window (a benchmark).

    python -m tests.benchmarks.bench_window_start [--runs 9]

Two kinds of process, started in interleaved rounds: `tend` with no command on a data folder
that holds a journal (so it opens the unlock window), and a script that shows one empty
QWidget. Both are timed the same way, from the moment the process is started until its
first window has painted for the first time; then it reports which windows are visible.
Medians; the ratio is from the same rounds.
Runs on $DISPLAY when there is one (xvfb-run, say), else on Qt's offscreen platform.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.benchmarks.as_installed import byte_compile_app
from tests.benchmarks.generate import generate_vault
from tests.support.cli import isolated_environment

REPO_ROOT = Path(__file__).resolve().parents[2]

# Both children report the same way: once a top-level window has painted for the first
# time (on the next turn of the event loop, so that paint has finished), the windows shown.
REPORT = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

def report():
    shown = [type(w).__name__ for w in QApplication.topLevelWidgets() if w.isVisible()]
    print("shown " + ",".join(shown), flush=True)
    QApplication.exit(0)

class _FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if (
            event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.isWindow()
        ):
            QApplication.instance().removeEventFilter(self)
            QTimer.singleShot(0, report)
        return False

_exec = QApplication.exec
_first_paint = _FirstPaint()

def _exec_and_report(*_):
    QApplication.instance().installEventFilter(_first_paint)
    return _exec()

QApplication.exec = _exec_and_report
"""
EMPTY_WINDOW = (
    REPORT
    + """
app = QApplication(sys.argv)
from PySide6.QtWidgets import QWidget
window = QWidget()
window.resize(480, 360)
window.show()
app.exec()
"""
)
TEND_WINDOW = (
    REPORT
    + """
from app.main import main
sys.exit(main([]))
"""
)


def launch(script: str, env: dict[str, str]) -> tuple[float, str]:
    """Milliseconds from starting the process to its report, and the report."""
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", script],
        env=env,
        cwd=REPO_ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert child.stdout is not None
    line = child.stdout.readline()
    elapsed = (time.perf_counter() - started) * 1000
    try:
        child.wait(timeout=30)
    except subprocess.TimeoutExpired:
        child.kill()
        child.wait()
    if not line.startswith("shown "):
        sys.exit(f"the window did not report (got {line!r})")
    return elapsed, line.strip()


def main() -> None:
    from app.core import kdf

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    byte_compile_app()  # as pip does on install: time what an install runs
    root = Path(tempfile.mkdtemp(prefix="tend-bench-window-"))
    try:
        env = isolated_environment(root)
        data = root / "data"
        generate_vault(data, 10, params=kdf.TEST_PARAMS).vault.lock()
        env.update(TEND_DATA_DIR=str(data), PYTHONPATH=str(REPO_ROOT))
        if not env.get("DISPLAY"):
            env["QT_QPA_PLATFORM"] = "offscreen"
        kinds = {"empty PySide6 window": EMPTY_WINDOW, "tend to its unlock window": TEND_WINDOW}
        timings: dict[str, list[float]] = {name: [] for name in kinds}
        reports = {}
        for name, script in kinds.items():  # warm the file cache, untimed
            reports[name] = launch(script, env)[1]
        for _ in range(args.runs):
            for name, script in kinds.items():
                timings[name].append(launch(script, env)[0])
        print(
            f"{os.cpu_count()} cores, Python {platform.python_version()}, "
            f"platform {env.get('QT_QPA_PLATFORM', 'xcb')}, "
            f"load {' '.join(f'{load:.2f}' for load in os.getloadavg())}\n"
        )
        empty = timings["empty PySide6 window"]
        print("| process | median | vs the empty window | windows shown |")
        print("|---|---|---|---|")
        for name in kinds:
            ratios = [t / e for t, e in zip(timings[name], empty, strict=True)]
            print(
                f"| {name} | {statistics.median(timings[name]):,.0f} ms "
                f"| {statistics.median(ratios):.2f}x | {reports[name].removeprefix('shown ')} |"
            )
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
