"""Every path comes from one place, and --data-dir / TEND_DATA_DIR override it."""

from __future__ import annotations

from pathlib import Path

from app.platform import paths


def test_explicit_folder_wins_over_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("TEND_DATA_DIR", str(tmp_path / "from-env"))
    resolved = paths.resolve(tmp_path / "explicit")
    assert resolved.data_dir == tmp_path / "explicit"


def test_environment_is_used_without_an_explicit_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("TEND_DATA_DIR", str(tmp_path / "from-env"))
    assert paths.resolve().data_dir == tmp_path / "from-env"


def test_default_folder_is_the_platform_data_folder(private_home):
    data_dir = paths.resolve().data_dir
    assert data_dir.is_relative_to(private_home)
    assert data_dir.name == "Tend"


def test_relative_and_home_folders_become_absolute(tmp_path, monkeypatch, private_home):
    monkeypatch.chdir(tmp_path)
    assert paths.resolve("journal").data_dir == tmp_path / "journal"
    assert paths.resolve("~/journal").data_dir == private_home / "journal"


def test_everything_lives_inside_the_data_folder(tmp_path):
    app_paths = paths.resolve(tmp_path)
    for path in (
        app_paths.vault.db,
        app_paths.vault.slots,
        app_paths.config_file,
        app_paths.log_dir,
        app_paths.backups_dir,
    ):
        assert Path(path).is_relative_to(tmp_path)


def test_instance_name_differs_per_folder(tmp_path):
    assert (
        paths.resolve(tmp_path / "a").instance_name != paths.resolve(tmp_path / "b").instance_name
    )
