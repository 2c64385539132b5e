"""The config store is the file's one writer: every change is a read-modify-write of the
file as it is now, under a lock that threads and other processes share, so concurrent
writers never put back an old copy over each other's change."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from pathlib import Path

from app.core import config
from app.core.backup import auto_settings
from app.core.backup.auto_settings import AutoBackupSettings

UPDATES_PER_WRITER = 40

# Each process adds its own keys one update at a time, as the window and the CLI would.
_WRITER = """
import sys
from pathlib import Path
from app.core.config import ConfigStore

store = ConfigStore(Path(sys.argv[1]))
for number in range(int(sys.argv[3])):
    store.update(lambda cfg, n=number: cfg.other.update({f"{sys.argv[2]}-{n}": n}))
"""


def test_an_update_changes_the_file_as_it_is_now_not_an_old_copy(tmp_path: Path) -> None:
    store = config.ConfigStore(tmp_path / "config.json")
    before = store.read()
    auto_settings.update(store.path, lambda current: AutoBackupSettings(enabled=False, keep=4))

    store.update(lambda cfg: setattr(cfg, "theme", "dark"))

    assert before.auto_backup == {}
    saved = store.read()
    assert saved.theme == "dark"
    assert auto_settings.load(store.path).keep == 4


def test_two_threads_updating_at_once_lose_nothing(tmp_path: Path) -> None:
    store = config.ConfigStore(tmp_path / "config.json")
    start = threading.Barrier(2)

    def writer(name: str) -> None:
        start.wait()
        for number in range(UPDATES_PER_WRITER):
            # A fresh store each time, as separate parts of the app make their own.
            config.ConfigStore(store.path).update(
                lambda cfg, n=number: cfg.other.update({f"{name}-{n}": n})
            )

    threads = [threading.Thread(target=writer, args=(name,)) for name in ("a", "b")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    other = store.read().other
    assert len(other) == 2 * UPDATES_PER_WRITER
    assert not list(tmp_path.glob(".config.json.*"))  # no temp file left behind


def test_two_processes_updating_at_once_lose_nothing(tmp_path: Path) -> None:
    path = tmp_path / "config.json"
    writers = [
        subprocess.Popen([sys.executable, "-c", _WRITER, str(path), name, str(UPDATES_PER_WRITER)])
        for name in ("window", "cli")
    ]
    assert [writer.wait(timeout=120) for writer in writers] == [0, 0]

    other = json.loads(path.read_text())
    assert sorted(key for key in other if key.startswith(("window-", "cli-"))) == sorted(
        f"{name}-{n}" for name in ("window", "cli") for n in range(UPDATES_PER_WRITER)
    )


def test_configuring_keeps_the_outcome_recorded_meanwhile(tmp_path: Path) -> None:
    """The dialog's choices go over what the file holds now: a backup that finished while
    the dialog was open keeps its record."""
    path = tmp_path / "config.json"
    opened_with = auto_settings.load(path)
    auto_settings.update(path, lambda current: AutoBackupSettings(last_success_at="2026-01-01"))

    chosen = AutoBackupSettings(
        enabled=True, folder="/f", recipient="age1x", keep=3, schedule="weekly", on_quit=False
    )
    auto_settings.update(path, lambda current: auto_settings.with_choices(current, chosen))

    saved = auto_settings.load(path)
    assert opened_with.last_success_at is None
    assert saved.last_success_at == "2026-01-01"
    assert (saved.enabled, saved.folder, saved.keep, saved.schedule, saved.on_quit) == (
        True,
        "/f",
        3,
        "weekly",
        False,
    )
