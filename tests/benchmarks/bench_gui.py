"""How quickly the main window shows the journal after unlocking, and how much memory it holds.

    python -m tests.benchmarks.bench_gui --entries 10000 100000 [--runs 5] [--data-dir DIR]

For each size, a journal is generated once (cheap Argon2: unlocking is measured in
bench_core, not here). Each run is a fresh process, offscreen Qt: the vault is opened with
its raw key (what a finished unlock hands over), then the clock runs until the main window
is on screen with the first page of the entry list loaded and painted, and the Journal page
shown. Resident memory is read from /proc after that (VmRSS) and at its peak (VmHWM).
Targets: under 300 ms, under 250 MB resident, and 100,000 entries within 2x of 10,000.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

RUN_ONE = r"""
import json, os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path
from app.core.vault import Vault, VaultFiles
from app.platform.paths import AppPaths
from app.ui.application import build_context, create_application
from app.ui.controller import AppController
from tests.benchmarks.generate import PASSPHRASE

folder = Path(sys.argv[1])
app = create_application()
paths = AppPaths(folder)
context = build_context(paths, app)
controller = AppController(context, app)
vault = Vault.open_with_passphrase(paths.vault, PASSPHRASE)
start = time.perf_counter()
controller._open(vault)
window = controller.main_window
window.show_page("journal")
window.resize(1280, 800)
window.repaint()
app.processEvents()
elapsed = time.perf_counter() - start
rows = window.journal_page.model.rowCount()
context.runner.wait_until_idle()
status = Path("/proc/self/status").read_text()
def kib(name):
    line = next(l for l in status.splitlines() if l.startswith(name))
    return int(line.split()[1])
print(json.dumps({"ms": elapsed * 1000, "rows": rows, "rss_mb": kib("VmRSS") / 1024,
                  "peak_mb": kib("VmHWM") / 1024}))
controller.quit()
"""


def measure(folder: Path, runs: int) -> dict[str, float]:
    samples = []
    root = Path(__file__).resolve().parents[2]
    for _ in range(runs):
        result = subprocess.run(
            [sys.executable, "-c", RUN_ONE, str(folder)],
            capture_output=True,
            text=True,
            check=True,
            cwd=root,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
        samples.append(json.loads(result.stdout.strip().splitlines()[-1]))
    return {
        "ms": statistics.median(s["ms"] for s in samples),
        "rows": samples[0]["rows"],
        "rss_mb": statistics.median(s["rss_mb"] for s in samples),
        "peak_mb": statistics.median(s["peak_mb"] for s in samples),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--data-dir", type=Path, help="keep generated journals here")
    args = parser.parse_args()
    from app.core import kdf
    from tests.benchmarks.generate import generate_vault

    base = args.data_dir or Path(tempfile.mkdtemp(prefix="tend-bench-gui-"))
    results = {}
    for count in args.entries:
        folder = base / f"journal-{count}"
        if not (folder / "journal.db").exists():
            generate_vault(folder, count, params=kdf.TEST_PARAMS).vault.lock()
        results[count] = measure(folder, args.runs)
        figures = results[count]
        print(
            f"{count:>7} entries: window with first page {figures['ms']:.0f} ms "
            f"({figures['rows']} rows loaded), resident {figures['rss_mb']:.0f} MB, "
            f"peak {figures['peak_mb']:.0f} MB"
        )
    if len(results) > 1:
        sizes = sorted(results)
        small, large = results[sizes[0]], results[sizes[-1]]
        print(
            f"growth {sizes[0]} -> {sizes[-1]}: time {large['ms'] / small['ms']:.2f}x, "
            f"resident {large['rss_mb'] / small['rss_mb']:.2f}x"
        )


if __name__ == "__main__":
    main()
