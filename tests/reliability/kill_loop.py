"""Writers for the kill-during-write loop: `tend add` and `tend checkin` run as real
processes, each SIGKILLed at a moment drawn from a seeded random generator unless it
finishes first.

A write counts as acknowledged when the command printed its record (the whole JSON, with
its id) before it ended or was killed: that is the moment a person or a script is told
"saved". Every write carries a token, so whatever is found afterwards can be matched to the
command that wrote it, whole.
"""

from __future__ import annotations

import json
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from tests.support.cli import REPO_ROOT

ADD = "add"
CHECKIN = "checkin"
TAG = "killtest"
POLL_SECONDS = 0.001
MAX_DELAY_AFTER_CHANGE = 0.04
DATABASE_FILES = ("journal.db", "journal.db-wal")


def body_for(token: str) -> str:
    return f"kill test {token}\n" + "steady words for a kill test " * 40


def note_for(token: str) -> str:
    return f"kill test {token}"


@dataclass
class Write:
    """One `tend add` or `tend checkin` process and what became of it."""

    kind: str
    token: str
    mood: int
    kill_after: float  # seconds after start; the process is killed then if still running
    # Or: killed this many seconds after the database files are next seen to change (a
    # commit, a checkpoint), which aims the kill at the write itself.
    kill_after_change: float | None = None
    process: subprocess.Popen[str] | None = None
    started: float = 0.0
    seconds: float = 0.0
    returncode: int | None = None
    stdout: str = ""
    stderr: str = ""

    @property
    def killed(self) -> bool:
        return self.returncode == -signal.SIGKILL

    @property
    def acknowledged_id(self) -> str | None:
        """The id the command printed, if it printed its whole record."""
        try:
            record = json.loads(self.stdout)
        except json.JSONDecodeError:
            return None
        return str(record["id"]) if isinstance(record, dict) and "id" in record else None

    def command(self, data_dir: Path) -> tuple[list[str], str]:
        common = ["--json", "--no-keyring", "--passphrase-stdin", "--data-dir", str(data_dir)]
        if self.kind == ADD:
            arguments = [ADD, *common, "--title", f"Kill {self.token}", "--tag", TAG]
            return arguments, body_for(self.token)
        arguments = [CHECKIN, *common, "--mood", str(self.mood), "--note", note_for(self.token)]
        return arguments, ""


def plan_write(rng: random.Random, number: int, typical_seconds: float) -> Write:
    """A write of a random kind, killed at a random moment.

    Some moments are drawn over a typical command's whole life (start-up, unlocking,
    writing); the rest come a random few milliseconds after the database files change,
    because the write itself is a short stretch at the very end of that life.
    """
    kind = rng.choice((ADD, CHECKIN))
    token = f"w{number:03d}-{rng.getrandbits(32):08x}"
    mood = rng.randint(1, 5)
    if rng.random() < 0.4:
        return Write(kind, token, mood, rng.uniform(0.0, 1.1 * typical_seconds))
    return Write(kind, token, mood, float("inf"), rng.uniform(0.0, MAX_DELAY_AFTER_CHANGE))


def files_state(data_dir: Path) -> tuple[tuple[int, int], ...]:
    """Size and change time of the database and its write-ahead log (0s when absent)."""
    state = []
    for name in DATABASE_FILES:
        try:
            info = (data_dir / name).stat()
        except FileNotFoundError:
            state.append((0, 0))
        else:
            state.append((info.st_size, info.st_mtime_ns))
    return tuple(state)


def run_concurrently(
    writes: list[Write], data_dir: Path, passphrase: str, env: dict[str, str]
) -> None:
    """Start every write at once; kill each that is still running at its moment."""
    environment = {**env, "PYTHONPATH": str(REPO_ROOT)}
    for write in writes:
        arguments, body = write.command(data_dir)
        write.process = subprocess.Popen(
            [sys.executable, "-m", "app", *arguments],
            cwd=REPO_ROOT,
            env=environment,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        write.started = time.monotonic()
        assert write.process.stdin is not None
        write.process.stdin.write(f"{passphrase}\n{body}")
        write.process.stdin.close()
    pending = list(writes)
    last_state = files_state(data_dir)
    while pending:
        now = time.monotonic()
        state = files_state(data_dir)
        changed, last_state = state != last_state, state
        for write in list(pending):
            assert write.process is not None
            if changed and write.kill_after_change is not None:
                write.kill_after = min(
                    write.kill_after, now - write.started + write.kill_after_change
                )
            if write.process.poll() is not None:
                pending.remove(write)
            elif now - write.started >= write.kill_after:
                write.process.send_signal(signal.SIGKILL)
                pending.remove(write)
        time.sleep(POLL_SECONDS)
    for write in writes:
        process = write.process
        assert process is not None and process.stdout is not None and process.stderr is not None
        # Every process has ended or been killed, so reading its pipes cannot block.
        write.returncode = process.wait(timeout=60)
        write.stdout, write.stderr = process.stdout.read(), process.stderr.read()
        process.stdout.close()
        process.stderr.close()
        write.seconds = time.monotonic() - write.started
