"""Whole `tend` processes for search, add, list and show beside their floor (a benchmark).

    python -m tests.benchmarks.bench_cli [--entries 10000 100000] [--rounds 9]

For each size, a journal is generated once (cheap Argon2: the remembered key is what opens
it) in a throwaway data folder, and its key is remembered in a real Secret Service
(gnome-keyring on a private D-Bus, `tests/support/secret_service.py`), the way a person
who ticked "remember on this device" runs the command line.

The **floor** for each command is a one-shot Python process that opens the database with
the `sqlcipher3` driver and the raw key (no keyring, no schema check) and runs the same
query: the least any program written in Python could do. Rounds are interleaved (every
command once per round) and the figures are medians, with the ratio from the same rounds.
Needs `dbus-daemon` and `gnome-keyring-daemon`.
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
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.benchmarks.as_installed import byte_compile_app
from tests.benchmarks.generate import PASSPHRASE, generate_vault
from tests.support.secret_service import private_secret_service

REPO_ROOT = Path(__file__).resolve().parents[2]
SEARCH_WORD = "interview"

# The floor: sqlcipher3 with the raw key, the same SQL as Tend's, printing the rows.
FLOOR_OPEN = """
import sys
from sqlcipher3 import dbapi2 as sqlite
con = sqlite.connect(sys.argv[1])
con.execute("PRAGMA key = \\"x'" + sys.argv[2] + "'\\"")
"""
FLOORS = {
    "search": FLOOR_OPEN
    + """
rows = con.execute(
    "WITH top AS (SELECT rowid AS pk, bm25(entries_fts, 4.0, 1.0) AS rank FROM entries_fts"
    " WHERE entries_fts MATCH ? ORDER BY rank LIMIT 20)"
    " SELECT e.id, e.title, e.created_at, snippet(entries_fts, 1, '[', ']', '…', 16)"
    " FROM top JOIN entries e ON e.pk = top.pk JOIN entries_fts ON entries_fts.rowid = top.pk"
    " WHERE entries_fts MATCH ? AND e.deleted_at IS NULL ORDER BY top.rank",
    (sys.argv[3], sys.argv[3]),
).fetchall()
print("\\n".join(" ".join(map(str, row)) for row in rows))
""",
    "list": FLOOR_OPEN
    + """
rows = con.execute(
    "SELECT e.id, e.title, e.created_at, group_concat(t.name) FROM entries e"
    " LEFT JOIN entry_tags et ON et.entry_pk = e.pk LEFT JOIN tags t ON t.pk = et.tag_pk"
    " WHERE e.pk IN (SELECT pk FROM entries WHERE deleted_at IS NULL"
    " ORDER BY created_at DESC LIMIT 10) GROUP BY e.pk ORDER BY e.created_at DESC"
).fetchall()
print("\\n".join(" ".join(map(str, row)) for row in rows))
""",
    "show": FLOOR_OPEN
    + """
row = con.execute(
    "SELECT e.id, e.title, e.body, e.created_at, group_concat(t.name) FROM entries e"
    " LEFT JOIN entry_tags et ON et.entry_pk = e.pk LEFT JOIN tags t ON t.pk = et.tag_pk"
    " WHERE e.id = ? GROUP BY e.pk", (sys.argv[3],)
).fetchone()
print(row)
""",
    "add": FLOOR_OPEN
    + """
import datetime, uuid
now = datetime.datetime.now(datetime.timezone.utc).isoformat()
con.execute(
    "INSERT INTO entries (id, created_at, created_offset_min, updated_at, title, body, starred)"
    " VALUES (?, ?, 0, ?, ?, ?, 0)",
    (str(uuid.uuid4()), now, now, "", sys.stdin.read()),
)
con.commit()
""",
}


@contextmanager
def journal_with_remembered_key(entries: int) -> Iterator[tuple[dict[str, str], Path, str]]:
    """(environment, database file, raw key as hex) for a journal whose key is remembered."""
    from app.core import kdf

    root = Path(tempfile.mkdtemp(prefix="tend-bench-cli-"))
    try:
        dbus, keyring = shutil.which("dbus-daemon"), shutil.which("gnome-keyring-daemon")
        if dbus is None or keyring is None:
            sys.exit("needs dbus-daemon and gnome-keyring-daemon")
        with private_secret_service(root, dbus, keyring) as service_env:
            data = root / "data"
            created = generate_vault(data, entries, params=kdf.TEST_PARAMS)
            raw_key = bytes(created.vault._raw_key).hex()
            created.vault.lock()
            env = {**service_env, "TEND_DATA_DIR": str(data), "PYTHONPATH": str(REPO_ROOT)}
            subprocess.run(
                [*tend_command(), "remember", "--passphrase-stdin"],
                input=PASSPHRASE + "\n",
                text=True,
                env=env,
                check=True,
                capture_output=True,
            )
            yield env, data / "journal.db", raw_key
    finally:
        shutil.rmtree(root, ignore_errors=True)


def tend_command() -> list[str]:
    """The installed `tend` script beside this Python, else `python -m app`."""
    script = Path(sys.executable).with_name("tend")
    return [str(script)] if script.exists() else [sys.executable, "-m", "app"]


def newest_entry_id(env: dict[str, str]) -> str:
    listed = subprocess.run(
        [*tend_command(), "list", "--limit", "1", "--json"],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    import json

    return str(json.loads(listed.stdout)[0]["id"])


def work(env: dict[str, str], db: Path, key: str) -> dict[str, tuple[list[str], list[str], str]]:
    """name: (tend command, floor command, standard input)."""
    tend = tend_command()
    floor = [sys.executable, "-c"]
    entry = newest_entry_id(env)
    text = "A short entry written from the command line.\n"
    return {
        "search one word": (
            [*tend, "search", "--limit", "20", SEARCH_WORD],
            [*floor, FLOORS["search"], str(db), key, SEARCH_WORD],
            "",
        ),
        "last 10": ([*tend, "list", "--limit", "10"], [*floor, FLOORS["list"], str(db), key], ""),
        "show one": ([*tend, "show", entry], [*floor, FLOORS["show"], str(db), key, entry], ""),
        "add one entry": ([*tend, "add"], [*floor, FLOORS["add"], str(db), key], text),
    }


def timed(command: list[str], env: dict[str, str], stdin: str) -> float:
    started = time.perf_counter()
    subprocess.run(command, input=stdin, text=True, env=env, check=True, capture_output=True)
    return (time.perf_counter() - started) * 1000


def measure(entries: int, rounds: int) -> None:
    with journal_with_remembered_key(entries) as (env, db, key):
        jobs = work(env, db, key)
        tend_ms: dict[str, list[float]] = {name: [] for name in jobs}
        floor_ms: dict[str, list[float]] = {name: [] for name in jobs}
        for tend, floor, stdin in jobs.values():  # warm the file cache, untimed
            timed(tend, env, stdin)
            timed(floor, env, stdin)
        # What the ORM's import alone costs, beside the floor: the part no query can save.
        orm_import = [sys.executable, "-c", "import sqlalchemy.orm"]
        orm_ms: list[float] = []
        for _ in range(rounds):
            for name, (tend, floor, stdin) in jobs.items():
                tend_ms[name].append(timed(tend, env, stdin))
                floor_ms[name].append(timed(floor, env, stdin))
            orm_ms.append(timed(orm_import, env, ""))
        print(f"\n{entries:,} entries, {rounds} rounds\n")
        print("| work | Tend | floor | Tend vs floor |")
        print("|---|---|---|---|")
        for name in jobs:
            ratios = [t / f for t, f in zip(tend_ms[name], floor_ms[name], strict=True)]
            print(
                f"| {name} | {statistics.median(tend_ms[name]):,.0f} ms "
                f"| {statistics.median(floor_ms[name]):,.0f} ms "
                f"| {statistics.median(ratios):.1f}x |"
            )
        floors = [statistics.median(times) for times in zip(*floor_ms.values(), strict=True)]
        ratios = [orm / floor for orm, floor in zip(orm_ms, floors, strict=True)]
        print(
            "| (reference) `python -c 'import sqlalchemy.orm'` "
            f"| {statistics.median(orm_ms):,.0f} ms | | {statistics.median(ratios):.1f}x |"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, nargs="+", default=[10_000])
    parser.add_argument("--rounds", type=int, default=9)
    args = parser.parse_args()
    byte_compile_app()  # as pip does on install: time what an install runs
    print(
        f"{os.cpu_count()} cores, Python {platform.python_version()}, "
        f"load {' '.join(f'{load:.2f}' for load in os.getloadavg())}"
    )
    for entries in args.entries:
        measure(entries, args.rounds)


if __name__ == "__main__":
    main()
