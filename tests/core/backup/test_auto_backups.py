"""Automatic backups: when they are due, keeping the last N only after a verified new one,
and failures recorded in the config file (times and paths only) and raised, not swallowed."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from app.core.backup import Identities, open_backup_file
from app.core.backup.auto import AutoBackups, Trigger, backup_file_name, is_due, prune
from app.core.backup.auto_settings import AutoBackupSettings
from app.core.errors import StorageError
from app.core.workspace import Workspace
from tests.core.backup.helpers import MARKER, fill, key_pair

NOW = datetime.fromisoformat("2026-11-20T10:00:00+01:00")


class Clock:
    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment


@pytest.fixture
def setup(workspace: Workspace, tmp_path: Path):
    fill(workspace)
    folder = tmp_path / "synced"
    folder.mkdir()
    pair = key_pair()
    clock = Clock(NOW)
    auto = AutoBackups(workspace.vault, tmp_path / "config.json", clock)
    auto.configure(
        AutoBackupSettings(enabled=True, folder=str(folder), recipient=pair.public_key, keep=3)
    )
    return auto, folder, pair, clock, tmp_path / "config.json"


def _settings(**changes: object) -> AutoBackupSettings:
    base = AutoBackupSettings(
        enabled=True,
        folder="/backups",
        recipient="age1x",
        schedule="daily",
        last_success_at=NOW.isoformat(),
        last_fingerprint="f",
    )
    return AutoBackupSettings(**{**base.to_dict(), **changes})


@pytest.mark.parametrize(
    ("settings", "trigger", "later", "changed", "due"),
    [
        (_settings(), Trigger.SCHEDULE, timedelta(hours=5), True, False),
        (_settings(), Trigger.SCHEDULE, timedelta(days=1), True, True),
        (_settings(), Trigger.SCHEDULE, timedelta(days=1), False, False),
        (_settings(schedule="weekly"), Trigger.SCHEDULE, timedelta(days=3), True, False),
        (_settings(schedule="weekly"), Trigger.SCHEDULE, timedelta(days=7), True, True),
        (_settings(), Trigger.QUIT, timedelta(minutes=5), True, True),
        (_settings(), Trigger.QUIT, timedelta(minutes=5), False, False),
        (_settings(on_quit=False), Trigger.QUIT, timedelta(days=2), True, False),
        (_settings(enabled=False), Trigger.SCHEDULE, timedelta(days=9), True, False),
        (_settings(last_success_at=None), Trigger.SCHEDULE, timedelta(0), False, True),
        (_settings(), Trigger.NOW, timedelta(0), False, True),
        (
            _settings(last_failure_at=(NOW + timedelta(days=1)).isoformat()),
            Trigger.SCHEDULE,
            timedelta(days=1, minutes=30),
            True,
            False,
        ),
        (
            _settings(last_failure_at=(NOW + timedelta(days=1)).isoformat()),
            Trigger.SCHEDULE,
            timedelta(days=1, hours=2),
            True,
            True,
        ),
    ],
)
def test_when_a_backup_is_due(
    settings: AutoBackupSettings, trigger: Trigger, later: timedelta, changed: bool, due: bool
) -> None:
    assert is_due(settings, trigger, NOW + later, changed=changed, last_file_present=True) is due


def test_a_missing_last_backup_makes_one_due_even_without_changes() -> None:
    later = NOW + timedelta(days=1)
    assert is_due(_settings(), Trigger.SCHEDULE, later, changed=False, last_file_present=False)


def test_file_names_sort_by_time() -> None:
    moments = [NOW + timedelta(hours=hours) for hours in (0, 3, 30, 24 * 40, 24 * 400)]
    names = [backup_file_name(moment) for moment in moments]
    assert sorted(names) == names
    assert names[0] == "tend-backup-2026-11-20T09-00-00Z.tend.age"


def test_a_run_writes_a_backup_the_private_key_opens(setup) -> None:
    auto, folder, pair, _, _ = setup
    outcome = auto.run()
    document = open_backup_file(outcome.result.path, Identities((pair.secret_key,)))
    assert document.count("entries") == 4
    assert outcome.result.path.parent == folder


def test_nothing_is_due_after_a_backup_until_something_changes(setup, workspace: Workspace) -> None:
    auto, _, _, clock, _ = setup
    auto.run()
    clock.moment = NOW + timedelta(days=2)
    assert not auto.is_due(Trigger.SCHEDULE)
    assert not auto.is_due(Trigger.QUIT)
    workspace.journal.create("New", "Something happened.")
    assert auto.is_due(Trigger.SCHEDULE)
    assert auto.is_due(Trigger.QUIT)


def test_only_the_newest_backups_are_kept_and_other_files_are_left_alone(
    setup, workspace: Workspace
) -> None:
    auto, folder, _, clock, _ = setup
    (folder / "notes.txt").write_text("mine")
    (folder / "tend-backup-by-hand.tend.age").write_bytes(b"x")
    made = []
    for day in range(5):
        clock.moment = NOW + timedelta(days=day)
        workspace.journal.create(f"Day {day}", "text")
        made.append(auto.run().result.path)
    kept = sorted(path.name for path in folder.iterdir())
    assert kept == sorted(
        [*(path.name for path in made[-3:]), "notes.txt", "tend-backup-by-hand.tend.age"]
    )


def test_older_backups_stay_when_the_new_one_fails(setup, monkeypatch: pytest.MonkeyPatch) -> None:
    auto, folder, _, clock, _ = setup
    for day in range(3):
        clock.moment = NOW + timedelta(days=day)
        auto.run()
    before = sorted(folder.iterdir())

    def broken(*args: object, **kwargs: object) -> None:
        raise StorageError("The disk holding the backups is full.")

    monkeypatch.setattr("app.core.backup.auto.create_backup", broken)
    clock.moment = NOW + timedelta(days=5)
    with pytest.raises(StorageError):
        auto.run()
    assert sorted(folder.iterdir()) == before


def test_a_failure_is_recorded_and_raised(setup) -> None:
    auto, folder, _, clock, _config_path = setup
    folder.rmdir()
    clock.moment = NOW + timedelta(hours=1)
    with pytest.raises(StorageError, match="isn't there"):
        auto.run()
    settings = auto.settings()
    assert settings.last_failure == NOW + timedelta(hours=1)
    assert "isn't there" in (settings.last_failure_message or "")
    assert settings.last_success is None


def test_success_is_recorded_and_clears_the_last_failure(setup) -> None:
    auto, folder, _, clock, _ = setup
    folder.rename(folder.with_name("away"))
    with pytest.raises(StorageError):
        auto.run()
    folder.with_name("away").rename(folder)
    clock.moment = NOW + timedelta(hours=2)
    outcome = auto.run()
    settings = auto.settings()
    assert settings.last_success == NOW + timedelta(hours=2)
    assert settings.last_success_file == str(outcome.result.path)
    assert settings.last_failure is None


def test_the_config_file_holds_nothing_personal(setup) -> None:
    auto, _, _, _, config_path = setup
    auto.run()
    text = config_path.read_text()
    assert MARKER not in text and "Interview" not in text and "work" not in text
    stored = json.loads(text)["auto_backup"]
    assert set(stored) == set(AutoBackupSettings().to_dict())


def test_prune_keeps_everything_when_there_are_fewer_than_keep(tmp_path: Path) -> None:
    (tmp_path / backup_file_name(NOW)).write_bytes(b"x")
    assert prune(tmp_path, 10) == ()
