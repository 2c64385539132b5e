"""Tend beside jrnl 4.6 on the same journal, whole processes (a benchmark).

    python -m tests.benchmarks.bench_jrnl [--entries 10000 100000] [--rounds 5]
                                         [--jrnl PATH_TO_JRNL] [--jrnl-limit SECONDS]

jrnl is no dependency of Tend. Without ``--jrnl``, the script makes a virtual environment
for it under ``.bench-venvs/jrnl-4.6`` (git ignores it) and installs jrnl 4.6 there with
pip, once.

For each size, the same generated entries (`tests/benchmarks/generate.py`) are written as a
jrnl journal, encrypted by jrnl's own code (its v3 format) with its password in the
keyring, the way jrnl keeps it. jrnl exports the journal as JSON, and Tend takes it in
through `tend import jrnl`, with its key remembered in the same keyring. Both keyrings are a
real Secret Service (gnome-keyring) on a private D-Bus (`tests/support/secret_service.py`).

Each round runs every command of both programs once (interleaved, so a busy moment on a
shared machine hits both); the figures are medians and the ratio is jrnl's time over
Tend's (above 1: Tend is faster). Needs `dbus-daemon` and `gnome-keyring-daemon`.
"""

from __future__ import annotations

import argparse
import json
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
from tests.benchmarks.bench_cli import tend_command
from tests.benchmarks.generate import PASSPHRASE, drafts, generate_vault
from tests.support.secret_service import private_secret_service

REPO_ROOT = Path(__file__).resolve().parents[2]
JRNL_VERSION = "4.6"
JRNL_PASSWORD = "benchmark password, not a secret"
SEARCH_WORD = "interview"

JRNL_CONFIG = """\
colors: {{body: none, date: none, tags: none, title: none}}
default_hour: 9
default_minute: 0
editor: ''
encrypt: true
highlight: false
indent_character: '|'
journals:
  default:
    journal: {journal}
    encrypt: true
linewrap: 79
tagsymbols: '#@'
template: false
timeformat: '%Y-%m-%d %H:%M'
version: v{version}
"""

# Run with jrnl's own Python: encrypt the plain journal as jrnl does, keep the password in
# the keyring under jrnl's own names.
JRNL_ENCRYPT = """
import sys, keyring
from jrnl.encryption.Jrnlv3Encryption import Jrnlv3Encryption
encryption = Jrnlv3Encryption("default", {"encrypt": True})
encryption.password = sys.argv[3]
with open(sys.argv[1], encoding="utf-8") as plain:
    data = encryption.encrypt(plain.read())
with open(sys.argv[2], "wb") as out:
    out.write(data)
keyring.set_password("jrnl", "default", sys.argv[3])
"""


def jrnl_executable(given: Path | None) -> Path:
    if given is not None:
        return given
    venv = REPO_ROOT / ".bench-venvs" / f"jrnl-{JRNL_VERSION}"
    executable = venv / "bin" / "jrnl"
    if not executable.exists():
        print(f"Installing jrnl {JRNL_VERSION} into {venv.relative_to(REPO_ROOT)} (once)")
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run(
            [str(venv / "bin" / "pip"), "install", "-q", f"jrnl=={JRNL_VERSION}"], check=True
        )
    return executable


def jrnl_text(count: int) -> str:
    """The generated entries in jrnl's plain format: a dated first line, then the body."""
    blocks = []
    for draft in drafts(count):
        assert draft.created_at is not None
        stamp = draft.created_at.strftime("%Y-%m-%d %H:%M")
        tags = " ".join(f"@{tag}" for tag in draft.tags)
        blocks.append(f"[{stamp}] {draft.title}\n{draft.body}\n{tags}".rstrip() + "\n")
    return "\n".join(blocks)


@contextmanager
def both_journals(entries: int, jrnl: Path) -> Iterator[tuple[dict[str, str], Path, Path]]:
    """(environment, jrnl's config file, scratch folder) with both journals ready."""
    from app.core import kdf

    root = Path(tempfile.mkdtemp(prefix="tend-bench-jrnl-"))
    try:
        dbus, keyring = shutil.which("dbus-daemon"), shutil.which("gnome-keyring-daemon")
        if dbus is None or keyring is None:
            sys.exit("needs dbus-daemon and gnome-keyring-daemon")
        with private_secret_service(root, dbus, keyring) as service_env:
            data = root / "tend"
            env = {**service_env, "TEND_DATA_DIR": str(data), "PYTHONPATH": str(REPO_ROOT)}
            started = time.perf_counter()
            plain, journal, config = root / "plain.txt", root / "journal.jrnl", root / "jrnl.yaml"
            plain.write_text(jrnl_text(entries), encoding="utf-8")
            jrnl_python = jrnl.with_name("python")
            run(
                [str(jrnl_python), "-c", JRNL_ENCRYPT, str(plain), str(journal), JRNL_PASSWORD], env
            )
            plain.unlink()
            config.write_text(JRNL_CONFIG.format(journal=journal, version=JRNL_VERSION))
            exported = root / "export.json"
            run(
                [str(jrnl), "--config-file", str(config), "--export", "json", "-o", str(exported)],
                env,
            )
            generate_vault(data, 0, params=kdf.TEST_PARAMS).vault.lock()
            run([*tend_command(), "remember", "--passphrase-stdin"], env, PASSPHRASE + "\n")
            run([*tend_command(), "import", "jrnl", str(exported)], env)
            count = len(json.loads(exported.read_text(encoding="utf-8"))["entries"])
            exported.unlink()
            print(f"  {count:,} entries in both journals ({time.perf_counter() - started:.0f} s)")
            yield env, config, root
    finally:
        shutil.rmtree(root, ignore_errors=True)


def run(command: list[str], env: dict[str, str], stdin: str = "") -> None:
    done = subprocess.run(
        command, input=stdin, text=True, env=env, capture_output=True, check=False
    )
    if done.returncode != 0:
        sys.exit(f"{command[0]} failed ({done.returncode}): {done.stderr[-2000:]}")


def work(jrnl: Path, config: Path, scratch: Path) -> dict[str, tuple[list[str], list[str], str]]:
    """name: (jrnl command, Tend command, Tend's standard input)."""
    j = [str(jrnl), "--config-file", str(config)]
    tend = tend_command()
    return {
        "--version": ([str(jrnl), "--version"], [*tend, "--version"], ""),
        "search one word": (
            [*j, "-contains", SEARCH_WORD, "-n", "20"],
            [*tend, "search", "--limit", "20", SEARCH_WORD],
            "",
        ),
        "add one entry": (
            [*j, "A short entry written from the command line."],
            [*tend, "add"],
            "A short entry written from the command line.\n",
        ),
        "last 10": ([*j, "-n", "10"], [*tend, "list", "--limit", "10"], ""),
        "export everything (jrnl JSON, Tend CSV)": (
            [*j, "--export", "json", "-o", str(scratch / "jrnl-export.json")],
            [*tend, "export", "csv", str(scratch / "tend-export.csv")],
            "",
        ),
    }


def timed(
    command: list[str], env: dict[str, str], stdin: str, limit_s: float | None = None
) -> tuple[float, bool]:
    """Milliseconds, and whether the command was stopped at ``limit_s`` (then the time is a
    lower bound: the command would have taken at least that long)."""
    started = time.perf_counter()
    try:
        done = subprocess.run(
            command,
            input=stdin,
            text=True,
            env=env,
            capture_output=True,
            check=False,
            timeout=limit_s,
        )
    except subprocess.TimeoutExpired:
        return (time.perf_counter() - started) * 1000, True
    elapsed = (time.perf_counter() - started) * 1000
    if done.returncode != 0:
        sys.exit(f"{' '.join(command[:3])}… failed ({done.returncode}): {done.stderr[-2000:]}")
    return elapsed, False


def measure(entries: int, rounds: int, jrnl: Path, jrnl_limit_s: float | None) -> None:
    with both_journals(entries, jrnl) as (env, config, scratch):
        jobs = work(jrnl, config, scratch)
        jrnl_ms: dict[str, list[float]] = {name: [] for name in jobs}
        tend_ms: dict[str, list[float]] = {name: [] for name in jobs}
        stopped: set[str] = set()
        for round_number in range(1, rounds + 1):
            for name, (jrnl_command, tend, stdin) in jobs.items():
                for leftover in scratch.glob("*-export.*"):
                    leftover.unlink()
                jrnl_time, was_stopped = timed(jrnl_command, env, "", jrnl_limit_s)
                if was_stopped:
                    stopped.add(name)
                jrnl_ms[name].append(jrnl_time)
                tend_ms[name].append(timed(tend, env, stdin)[0])
                # Each measurement as it comes, so a long run that is cut short still tells.
                print(
                    f"  round {round_number}, {name}: jrnl "
                    f"{'at least ' if was_stopped else ''}{jrnl_time:,.0f} ms, "
                    f"Tend {tend_ms[name][-1]:,.0f} ms",
                    flush=True,
                )
        print(f"\n{entries:,} entries, {rounds} rounds\n")
        print("| work | jrnl | Tend | Tend vs jrnl |")
        print("|---|---|---|---|")
        for name in jobs:
            ratios = [j / t for j, t in zip(jrnl_ms[name], tend_ms[name], strict=True)]
            ratio = statistics.median(ratios)
            said = f"{ratio:.1f}x faster" if ratio >= 1 else f"{1 / ratio:.1f}x slower"
            bound = "at least " if name in stopped else ""
            if name in stopped:
                said = f"at least {said}"
            print(
                f"| {name} | {bound}{statistics.median(jrnl_ms[name]):,.0f} ms "
                f"| {statistics.median(tend_ms[name]):,.0f} ms | {said} |"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, nargs="+", default=[10_000])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--jrnl", type=Path, help="a jrnl 4.6 executable (else one is installed)")
    parser.add_argument(
        "--jrnl-limit",
        type=float,
        metavar="SECONDS",
        help="stop a jrnl command after this long and count it as at least that (jrnl reads "
        "its whole journal for every command, which takes minutes at 100,000 entries)",
    )
    args = parser.parse_args()
    byte_compile_app()  # as pip does on install: time what an install runs
    jrnl = jrnl_executable(args.jrnl)
    print(
        f"{os.cpu_count()} cores, Python {platform.python_version()}, "
        f"load {' '.join(f'{load:.2f}' for load in os.getloadavg())}"
    )
    for entries in args.entries:
        measure(entries, args.rounds, jrnl, args.jrnl_limit)


if __name__ == "__main__":
    main()
