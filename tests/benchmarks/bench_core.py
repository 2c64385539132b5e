"""Speed of the journal core, reported as medians (a benchmark, not a test).

    python -m tests.benchmarks.bench_core --entries 10000
    python -m tests.benchmarks.bench_core --entries 10000 100000   # and the growth factor

For each size it builds a vault of generated entries (tests/benchmarks/generate.py) with the
real, calibrated Argon2id cost, then measures: a one-word search through the core; `tend
search` as a whole process; saving an edited entry; unlocking with the passphrase; and
opening with a remembered (raw) key. --data-dir keeps the vaults for another run; --repeat
measures everything several times and keeps the best median of each (for busy machines).
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
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3

from app.core import kdf, keyslots
from app.core.journal import Journal
from app.core.vault import Vault, VaultFiles
from tests.benchmarks import fts_experiment, keyring_cost
from tests.benchmarks.generate import PASSPHRASE, generate_vault

REPO_ROOT = Path(__file__).resolve().parents[2]
# One-word queries from rare to very common in the generated text.
SEARCH_WORDS = (
    "portfolio", "relocation", "swimming", "bakery", "counsellor", "garden",
    "sister", "tired", "coffee", "walk", "rejection", "interview",
)  # fmt: skip
TARGETS = {
    "search_ms": ("one-word search (core)", "< 20 ms"),
    "cli_search_ms": ("`tend search` process, passphrase on stdin", "< 1000 ms"),
    "cli_start_ms": ("  of which: start-up floor (`tend --version`)", "-"),
    "save_ms": ("save an edited entry", "< 10 ms"),
    "unlock_ms": ("unlock with the passphrase", "300-600 ms"),
    "argon2_ms": ("  of which: Argon2id alone", "-"),
    "remembered_ms": ("open with a remembered (raw) key", "< 50 ms"),
    "save_no_prefix_ms": ("save, FTS without prefix indexes (experiment)", "-"),
}


def median_ms(action: Callable[[], object], runs: int) -> float:
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings)


@dataclass
class Bench:
    files: VaultFiles
    runs: int

    def search(self, journal: Journal) -> float:
        for word in SEARCH_WORDS:  # warm the page cache once, as a running app would be
            journal.search(word)
        per_word = [median_ms(lambda w=word: journal.search(w), self.runs) for word in SEARCH_WORDS]
        return statistics.median(per_word)

    def save(self, journal: Journal) -> float:
        page, _ = journal.list_page(limit=self.runs * 3)
        entries = [journal.get(summary.id) for summary in page[::3]]
        timings = []
        for index, entry in enumerate(entries):
            edited = entry.body + f"\n\nAdded later ({index}): a short extra thought."
            started = time.perf_counter()
            journal.update(entry.id, body=edited)
            timings.append((time.perf_counter() - started) * 1000)
        return statistics.median(timings)

    def unlock(self) -> float:
        def unlock_and_lock() -> None:
            Vault.open_with_passphrase(self.files, PASSPHRASE).lock()

        return median_ms(unlock_and_lock, max(3, self.runs // 4))

    def argon2(self, params: kdf.Argon2Params) -> float:
        salt = kdf.new_salt()
        return median_ms(lambda: kdf.derive_key(PASSPHRASE, salt, params), max(3, self.runs // 4))

    def remembered(self, key: bytes, vault_id: str) -> float:
        def open_and_lock() -> None:
            Vault.open_with_key(self.files, key, vault_id).lock()

        return median_ms(open_and_lock, self.runs)

    def cli(self, *args: str, stdin: str = "") -> float:
        command = [sys.executable, "-m", "app", *args]
        env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}

        def run() -> None:
            subprocess.run(
                command,
                input=stdin,
                capture_output=True,
                text=True,
                check=True,
                env=env,
                cwd=REPO_ROOT,
            )

        run()  # the first run fills the OS file cache
        return median_ms(run, max(3, self.runs // 4))


def prepare(size: int, data_dir: Path, params: kdf.Argon2Params) -> VaultFiles:
    """A vault of ``size`` generated entries; reused when ``data_dir`` already holds one."""
    files = VaultFiles(data_dir / f"entries-{size}")
    if files.exists():
        return files
    started = time.perf_counter()
    created = generate_vault(files.folder, size, params=params)
    created.vault.lock()
    print(f"  generated {size} entries in {time.perf_counter() - started:.1f} s", flush=True)
    return files


def measure(files: VaultFiles, size: int, runs: int, experiment: bool) -> dict[str, float]:
    """Every figure for one vault (medians, in milliseconds)."""
    bench = Bench(files, runs)
    results: dict[str, float] = {}
    vault = Vault.open_with_passphrase(files, PASSPHRASE)
    try:
        journal = Journal(vault.database)
        assert journal.count() == size, "the reused vault has another size"
        results["search_ms"] = bench.search(journal)
        results["save_ms"] = bench.save(journal)
        key, vault_id = vault.raw_key(), vault.vault_id
    finally:
        vault.lock()
    stored = keyslots.read(files.slots).slot(keyslots.PASSPHRASE).params
    assert stored is not None
    results["unlock_ms"] = bench.unlock()
    results["argon2_ms"] = bench.argon2(stored)
    results["remembered_ms"] = bench.remembered(key, vault_id)
    search_args = ("search", "interview", "--passphrase-stdin", "--data-dir", str(files.folder))
    results["cli_search_ms"] = bench.cli(*search_args, stdin=PASSPHRASE + "\n")
    results["cli_start_ms"] = bench.cli("--version")
    if experiment:
        results["save_no_prefix_ms"] = fts_experiment.save_without_prefix_indexes(files, key, runs)
    size_mib = files.db.stat().st_size / 2**20
    print(
        f"  Argon2id: {stored.time_cost} passes, {stored.memory_kib // 1024} MiB, "
        f"{stored.parallelism} lanes; database {size_mib:.0f} MiB"
    )
    return results


def machine() -> str:
    loads = " ".join(f"{load:.2f}" for load in os.getloadavg())
    return (
        f"{platform.platform()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, "
        f"SQLite {sqlcipher3.sqlite_version}; load average at the start: {loads}"
    )


def report(sizes: list[int], results: dict[int, dict[str, float]]) -> None:
    """A Markdown table: one column per size, and the growth from the first to the last."""
    columns = ["measure", "target", *(f"{size:,} entries" for size in sizes)]
    if len(sizes) > 1:
        columns.append("growth")
    print("| " + " | ".join(columns) + " |")
    print("|" + "---|" * len(columns))
    for key, (label, target) in TARGETS.items():
        if key not in results[sizes[0]]:
            continue
        row = [label, target, *(f"{results[size][key]:.1f} ms" for size in sizes)]
        if len(sizes) > 1:
            row.append(f"{results[sizes[-1]][key] / results[sizes[0]][key]:.2f}x")
        print("| " + " | ".join(row) + " |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, nargs="+", default=[10_000])
    parser.add_argument("--runs", type=int, default=20, help="repetitions per measure")
    parser.add_argument(
        "--repeat", type=int, default=1,
        help="measure everything this many times and keep each measure's best median "
        "(on a shared machine, other people's work only ever makes a figure worse)",
    )  # fmt: skip
    parser.add_argument("--data-dir", type=Path, help="keep the generated vaults here")
    parser.add_argument(
        "--keyring", action="store_true",
        help="also time the Secret Service side of a remembered key (needs gnome-keyring)",
    )  # fmt: skip
    parser.add_argument(
        "--fts-experiment", action="store_true",
        help="also time saves on a copy whose full-text index has no prefix indexes",
    )  # fmt: skip
    args = parser.parse_args()
    print(machine(), flush=True)
    data_dir = args.data_dir or Path(tempfile.mkdtemp(prefix="tend-bench-"))
    try:
        # One calibration for every size, so unlock figures compare like with like.
        params = kdf.calibrate()
        vaults = {size: prepare(size, data_dir, params) for size in args.entries}
        results: dict[int, dict[str, float]] = {}
        for round_number in range(args.repeat):
            for size, files in vaults.items():
                print(f"{size} entries, round {round_number + 1}:", flush=True)
                measured = measure(files, size, args.runs, args.fts_experiment)
                best = results.setdefault(size, measured)
                for key, value in measured.items():
                    best[key] = min(best[key], value)
    finally:
        if args.data_dir is None:
            shutil.rmtree(data_dir, ignore_errors=True)
    report(args.entries, results)
    if args.keyring:
        costs = keyring_cost.keyring_costs(args.runs)
        print(
            "keyring side of a remembered key: "
            + ("not measured (no dbus-daemon or gnome-keyring-daemon)" if costs is None else
               f"{costs['keyring_new_process_ms']:.1f} ms to find the Secret Service in a new "
               f"process, {costs['keyring_recall_ms']:.1f} ms per recall after that")
        )  # fmt: skip
    print("load average at the end: " + " ".join(f"{load:.2f}" for load in os.getloadavg()))


if __name__ == "__main__":
    main()
