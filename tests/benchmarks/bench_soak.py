"""Resident memory of the window over a long stretch of scripted use (a benchmark).

    python -m tests.benchmarks.bench_soak [--entries 100000] [--minutes 60] [--data-dir DIR]

One process, offscreen Qt: a generated journal (cheap Argon2) is opened with its key, then
the same pass of everyday use repeats until the time is up: every page in turn, a search
for a few words, the list scrolled a page, an entry opened, a new entry written and saved,
a check-in saved (through the check-in service, then announced as the window's own flow
does), and Insights redrawn. Resident memory (VmRSS) is read after the first pass and at
the end; the goal is the end within 10% of the first pass, and under 250 MB at 100,000
entries. Each reading follows a garbage collection on the UI thread and an idle task
runner, so it is what stays, not what a pass holds for a moment.
"""

from __future__ import annotations

import argparse
import gc
import os
import platform
import tempfile
import time
from pathlib import Path

WORDS = ("interview", "walk", "tired", "coffee", "rejection", "river")


def resident_mb() -> float:
    status = Path("/proc/self/status").read_text()
    line = next(line for line in status.splitlines() if line.startswith("VmRSS"))
    return int(line.split()[1]) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--minutes", type=float, default=60)
    parser.add_argument("--data-dir", type=Path, help="keep the generated journal here")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from app.core import kdf
    from app.core.checkins.values import CheckInValues
    from app.core.vault import Vault
    from app.platform.paths import AppPaths
    from app.ui.application import build_context, create_application
    from app.ui.controller import AppController
    from tests.benchmarks.generate import PASSPHRASE, generate_vault

    folder = (args.data_dir or Path(tempfile.mkdtemp(prefix="tend-bench-soak-"))) / (
        f"journal-{args.entries}"
    )
    if not (folder / "journal.db").exists():
        generate_vault(folder, args.entries, params=kdf.TEST_PARAMS).vault.lock()
    app = create_application()
    paths = AppPaths(folder)
    context = build_context(paths, app)
    controller = AppController(context, app)
    controller._open(Vault.open_with_passphrase(paths.vault, PASSPHRASE))
    window = controller.main_window
    workspace = controller.workspace
    assert window is not None and workspace is not None
    # Scripted use sends no input events, so the idle lock would close the journal.
    controller.idle.stop()
    window.resize(1280, 800)
    window.show()

    def settle() -> None:
        for _ in range(3):
            app.processEvents()
            context.runner.wait_until_idle()
        app.processEvents()

    def one_pass(number: int) -> None:
        for key in ("home", "journal", "insights", "support", "trash", "journal"):
            window.show_page(key)
            window.repaint()
            settle()
        page = window.journal_page
        for word in WORDS:
            page.search(word)
            settle()
        page.search("")
        settle()
        bar = page.list.verticalScrollBar()
        bar.setValue(bar.value() + 400)  # the model fetches the next page as it is reached
        settle()
        page.select_row(3)
        settle()
        page.new_entry(f"Soak pass {number}")
        settle()
        saved = workspace.checkins.create(CheckInValues(mood=3, energy=2, interest=3, focus=2))
        controller.checkin_saved.emit(saved)
        window.show_page("insights")
        window.repaint()
        settle()

    started = time.perf_counter()
    one_pass(0)
    gc.collect()
    settle()
    first = resident_mb()
    passes = 1
    while time.perf_counter() - started < args.minutes * 60:
        one_pass(passes)
        passes += 1
    gc.collect()
    settle()
    last = resident_mb()
    minutes = (time.perf_counter() - started) / 60
    print(
        f"{os.cpu_count()} cores, Python {platform.python_version()}, {args.entries:,} entries, "
        f"{passes} passes in {minutes:.0f} minutes"
    )
    print(f"resident after the first pass: {first:.0f} MB")
    print(f"resident at the end:           {last:.0f} MB ({(last / first - 1) * 100:+.1f}%)")
    controller.quit()


if __name__ == "__main__":
    main()
