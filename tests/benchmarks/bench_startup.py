"""Start-up of `tend --version` and `tend --help` beside `python -c pass` (a benchmark).

    python -m tests.benchmarks.bench_startup [--runs 15]

Whole processes, run in interleaved rounds (every command once per round, so a busy
moment on a shared machine hits them all), medians in milliseconds and the ratio to
`python -c pass` from the same rounds. "full parser" builds the parser with every command,
which is what `--version` paid before it stopped importing the commands; `search --help`
builds the parser a search builds (its own module in full, the other commands by name).
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

from tests.benchmarks.as_installed import byte_compile_app

REPO_ROOT = Path(__file__).resolve().parents[2]


def tend_command() -> list[str]:
    """The installed `tend` script beside this Python, else `python -m app`."""
    script = Path(sys.executable).with_name("tend")
    return [str(script)] if script.exists() else [sys.executable, "-m", "app"]


def commands() -> dict[str, list[str]]:
    tend = tend_command()
    return {
        "python -c pass": [sys.executable, "-c", "pass"],
        "tend --version": [*tend, "--version"],
        "tend --help": [*tend, "--help"],
        "tend search --help": [*tend, "search", "--help"],
        "full parser (before)": [
            sys.executable,
            "-c",
            "from app.cli.parser import build_parser; build_parser()",
        ],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    byte_compile_app()  # as pip does on install: time what an install runs
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    timings: dict[str, list[float]] = {name: [] for name in commands()}
    for command in commands().values():  # warm the file cache once, untimed
        subprocess.run(command, capture_output=True, check=True, env=env, cwd=REPO_ROOT)
    for _ in range(args.runs):
        for name, command in commands().items():
            started = time.perf_counter()
            subprocess.run(command, capture_output=True, check=True, env=env, cwd=REPO_ROOT)
            timings[name].append((time.perf_counter() - started) * 1000)
    loads = " ".join(f"{load:.2f}" for load in os.getloadavg())
    print(f"{platform.platform()}, {os.cpu_count()} CPUs, Python {platform.python_version()}; "
          f"load average {loads}; {args.runs} interleaved rounds")  # fmt: skip
    floor = statistics.median(timings["python -c pass"])
    print("| process | median | vs `python -c pass` |")
    print("|---|---|---|")
    for name, values in timings.items():
        median = statistics.median(values)
        print(f"| `{name}` | {median:.0f} ms | {median / floor:.2f}x |")


if __name__ == "__main__":
    main()
