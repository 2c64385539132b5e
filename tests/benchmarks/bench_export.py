"""Export speed and memory against a floor (a benchmark, not a test).

    python -m tests.benchmarks.bench_export --entries 10000 [--entries-large 100000]

Builds a vault of generated entries (tests/benchmarks/generate.py, cheap Argon2: unlocking
is not measured here) with ten years of check-ins, then times, in one process and in
interleaved rounds: the Markdown export, the entries CSV and the check-ins CSV, each beside
its "floor": one ``sqlcipher3`` connection opened with the raw key that reads the same rows
(tags through group_concat) and writes the same kind of files with the standard library.
Prints medians and the ratio to the floor measured in the same rounds. With --before it
also times, once, the old way of reading (one ``Journal.get`` per entry). Peak memory
(tracemalloc) of the entries CSV is measured in a separate pass, for every size given.
"""

from __future__ import annotations

import argparse
import csv
import os
import platform
import shutil
import statistics
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Iterator
from datetime import date
from functools import partial
from pathlib import Path

import sqlcipher3

from app.core import kdf
from app.core.db.engine import key_pragma
from app.core.export.checkins_csv import export_checkins_csv
from app.core.export.entries_csv import export_entries_csv
from app.core.export.markdown import export_markdown
from app.core.journal import Entry, Journal
from app.core.vault import Vault, VaultFiles
from app.core.workspace import Workspace
from tests.benchmarks.checkin_history import fill_history
from tests.benchmarks.generate import PASSPHRASE, generate_vault

TODAY = date(2026, 1, 1)
FLOOR_ENTRIES = """
    SELECT e.id, e.created_at, e.updated_at, e.title, e.starred, e.body,
           (SELECT group_concat(name, ' | ') FROM (
               SELECT t.name FROM entry_tags et JOIN tags t ON t.pk = et.tag_pk
               WHERE et.entry_pk = e.pk ORDER BY t.name))
    FROM entries e WHERE e.deleted_at IS NULL ORDER BY e.created_at, e.pk
"""
FLOOR_CHECKINS = """
    SELECT c.id, c.at, c.local_day, c.mood, c.energy, c.interest, c.focus, c.sleep_hours,
           (SELECT group_concat(name, ' | ') FROM (
               SELECT a.name FROM checkin_activities ca
               JOIN activities a ON a.pk = ca.activity_pk
               JOIN activity_groups g ON g.pk = a.group_pk
               WHERE ca.checkin_pk = c.pk ORDER BY g.position, a.position, a.pk)),
           c.note, c.entry_id
    FROM checkins c ORDER BY c.at, c.pk
"""


def prepare(size: int, data_dir: Path) -> VaultFiles:
    files = VaultFiles(data_dir / f"export-{size}")
    if files.exists():
        return files
    started = time.perf_counter()
    created = generate_vault(files.folder, size, params=kdf.TEST_PARAMS)
    fill_history(Workspace.open(created.vault), TODAY)
    created.vault.lock()
    print(f"  generated {size} entries in {time.perf_counter() - started:.1f} s", flush=True)
    return files


def floor_connection(files: VaultFiles, key: bytes) -> sqlcipher3.Connection:
    connection = sqlcipher3.connect(str(files.db))
    connection.execute(key_pragma(key))
    return connection


def floor_entries_csv(files: VaultFiles, key: bytes, path: Path) -> None:
    connection = floor_connection(files, key)
    try:
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(("id", "created", "updated", "title", "tags", "starred", "body"))
            for row in connection.execute(FLOOR_ENTRIES):
                writer.writerow(row)
    finally:
        connection.close()


def floor_checkins_csv(files: VaultFiles, key: bytes, path: Path) -> None:
    connection = floor_connection(files, key)
    try:
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            for row in connection.execute(FLOOR_CHECKINS):
                writer.writerow(row)
    finally:
        connection.close()


def floor_markdown(files: VaultFiles, key: bytes, folder: Path) -> None:
    folder.mkdir()
    connection = floor_connection(files, key)
    try:
        for row in connection.execute(FLOOR_ENTRIES):
            text = f"---\nid: {row[0]}\ntitle: {row[3]}\ntags: [{row[6] or ''}]\n---\n{row[5]}\n"
            (folder / f"{row[1][:10]}-{row[0][:8]}.md").write_text(text, encoding="utf-8")
    finally:
        connection.close()


def entries_one_by_one(journal: Journal) -> Iterator[Entry]:
    """The reading the export used before batches: the list's ids, then one get per id."""
    ids: list[str] = []
    summaries, cursor = journal.list_page()
    ids.extend(summary.id for summary in summaries)
    while cursor is not None:
        summaries, cursor = journal.list_page(after=cursor)
        ids.extend(summary.id for summary in summaries)
    for entry_id in reversed(ids):
        yield journal.get(entry_id)


class Rounds:
    """Interleaved timings: each round runs every action once, in the same order."""

    def __init__(self, scratch: Path) -> None:
        self._scratch = scratch
        self.timings: dict[str, list[float]] = {}

    def target(self, name: str) -> Path:
        path = self._scratch / name
        if path.is_dir():
            shutil.rmtree(path)
        elif path.exists():
            path.unlink()
        return path

    def time(self, name: str, action: Callable[[Path], object]) -> None:
        target = self.target(name)
        started = time.perf_counter()
        action(target)
        self.timings.setdefault(name, []).append((time.perf_counter() - started) * 1000)
        self.target(name)

    def median(self, name: str) -> float:
        return statistics.median(self.timings[name])


def measure(files: VaultFiles, rounds_count: int, before: bool, only: list[str]) -> None:
    vault = Vault.open_with_passphrase(files, PASSPHRASE)
    scratch = Path(tempfile.mkdtemp(prefix="tend-export-bench-"))
    try:
        workspace = Workspace.open(vault)
        journal, key = workspace.journal, vault.raw_key()
        rounds = Rounds(scratch)
        checkins = workspace.checkins
        pairs: list[tuple[str, Callable[[Path], object], Callable[[Path], object]]] = [
            ("markdown", partial(export_markdown, journal), partial(floor_markdown, files, key)),
            (
                "entries CSV",
                partial(export_entries_csv, journal),
                partial(floor_entries_csv, files, key),
            ),
            (
                "check-ins CSV",
                partial(export_checkins_csv, checkins),
                partial(floor_checkins_csv, files, key),
            ),
        ]
        pairs = [pair for pair in pairs if not only or pair[0].split()[0].lower() in only]
        for _ in range(rounds_count):
            for name, tend, floor in pairs:
                rounds.time(name, tend)
                rounds.time(name + " floor", floor)
        print(f"  {journal.count()} entries, {len(workspace.checkins.list_between())} check-ins")
        print("| export | Tend | floor | Tend vs floor |")
        print("|---|---|---|---|")
        for name, _, _ in pairs:
            tend_ms, floor_ms = rounds.median(name), rounds.median(name + " floor")
            print(
                f"| {name} | {tend_ms:,.0f} ms | {floor_ms:,.0f} ms | {tend_ms / floor_ms:.2f}x |"
            )
        if before:
            started = time.perf_counter()
            count = sum(1 for _ in entries_one_by_one(journal))
            once = (time.perf_counter() - started) * 1000
            started = time.perf_counter()
            count_now = sum(1 for _ in journal_batches(journal))
            now = (time.perf_counter() - started) * 1000
            assert count == count_now
            print(f"  reading every entry: one get per entry {once:,.0f} ms (once), "
                  f"in batches {now:,.0f} ms ({once / now:.0f}x)")  # fmt: skip
    finally:
        vault.lock()
        shutil.rmtree(scratch, ignore_errors=True)


def journal_batches(journal: Journal) -> Iterator[Entry]:
    for batch in journal.live_batches(500):
        yield from batch


def peak_memory_mib(files: VaultFiles) -> float:
    """Peak Python allocation while writing the entries CSV (a separate, untimed pass)."""
    vault = Vault.open_with_passphrase(files, PASSPHRASE)
    scratch = Path(tempfile.mkdtemp(prefix="tend-export-mem-"))
    try:
        journal = Journal(vault.database)
        journal.count()  # the connection and its caches are not the export's
        tracemalloc.start()
        export_entries_csv(journal, scratch / "entries.csv")
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        return peak / 2**20
    finally:
        vault.lock()
        shutil.rmtree(scratch, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--entries-large", type=int, help="also measure peak memory here")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--before", action="store_true", help="also time the per-entry reading")
    parser.add_argument("--data-dir", type=Path, help="keep the generated vaults here")
    parser.add_argument(
        "--only", nargs="+", choices=["markdown", "entries", "check-ins"], default=[],
        help="time only these exports (Markdown at 100,000 entries writes 100,000 files)",
    )  # fmt: skip
    args = parser.parse_args()
    loads = " ".join(f"{load:.2f}" for load in os.getloadavg())
    print(f"{platform.platform()}, {os.cpu_count()} CPUs, Python {platform.python_version()}; "
          f"load average {loads}")  # fmt: skip
    data_dir = args.data_dir or Path(tempfile.mkdtemp(prefix="tend-export-data-"))
    try:
        files = prepare(args.entries, data_dir)
        measure(files, args.rounds, args.before, args.only)
        sizes = [args.entries] + ([args.entries_large] if args.entries_large else [])
        peaks = {size: peak_memory_mib(prepare(size, data_dir)) for size in sizes}
        for size, peak in peaks.items():
            print(f"  peak Python memory, entries CSV at {size:,}: {peak:.1f} MiB")
        if len(peaks) > 1:
            print(f"  growth: {peaks[sizes[-1]] / peaks[sizes[0]]:.2f}x")
    finally:
        if args.data_dir is None:
            shutil.rmtree(data_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
