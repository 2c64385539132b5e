"""The plain config file: defaults, unknown keys kept, wrong types ignored, bad files set aside."""

from __future__ import annotations

import json
import logging

import pytest

from app.core import config


def test_missing_file_gives_defaults(tmp_path):
    assert config.load(tmp_path / "config.json") == config.AppConfig()


def test_saved_settings_load_back(tmp_path):
    path = tmp_path / "config.json"
    saved = config.AppConfig(
        theme="dark", idle_lock_minutes=3, remembered_vault_id="v", remembered_backend="b"
    )
    config.ConfigStore(path).update(lambda _current: saved)
    assert config.load(path) == saved
    assert oct(path.stat().st_mode & 0o777) == "0o600"


def test_unknown_keys_survive_a_load_and_save(tmp_path):
    path = tmp_path / "config.json"
    path.write_text(json.dumps({"theme": "light", "from_a_newer_tend": {"x": [1, 2]}}))

    config.ConfigStore(path).update(lambda cfg: setattr(cfg, "idle_lock_minutes", 20))

    on_disk = json.loads(path.read_text())
    assert on_disk["from_a_newer_tend"] == {"x": [1, 2]}
    assert on_disk["theme"] == "light"
    assert on_disk["idle_lock_minutes"] == 20


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("theme", 3),
        ("theme", "purple"),
        ("idle_lock_minutes", "10"),
        ("idle_lock_minutes", True),
        ("idle_lock_minutes", 0),
        ("idle_lock_minutes", 10**9),
        ("remembered_vault_id", 12345),
        ("remembered_backend", ["keyring"]),
    ],
)
def test_wrong_type_or_range_falls_back_to_the_default(tmp_path, field, value):
    path = tmp_path / "config.json"
    path.write_text(json.dumps({field: value}))
    assert getattr(config.load(path), field) == getattr(config.AppConfig(), field)


@pytest.mark.allow_log("config file was unreadable")
@pytest.mark.parametrize("content", ["{ not json", "[1, 2]", '"text"', "\udcff"])
def test_unreadable_file_is_set_aside_and_defaults_used(tmp_path, caplog, content):
    path = tmp_path / "config.json"
    path.write_bytes(content.encode("utf-8", "surrogateescape"))

    assert config.load(path) == config.AppConfig()

    assert not path.exists()
    assert (tmp_path / "config.json.bad").read_bytes() == content.encode("utf-8", "surrogateescape")
    assert any(record.levelno == logging.WARNING for record in caplog.records)
