"""Argon2id calibration picks a cost within fixed bounds, whatever the machine's speed."""

from __future__ import annotations

import itertools

import pytest

from app.core import kdf


@pytest.fixture
def fake_timing(monkeypatch):
    """Make the calibration probe appear to take ``seconds[0]`` (no real derivation runs)."""
    seconds = [0.0]
    ticks = itertools.count()

    def perf_counter() -> float:
        return next(ticks) * seconds[0]

    monkeypatch.setattr(kdf, "derive_key", lambda *args: b"\x00" * 32)
    monkeypatch.setattr(kdf.time, "perf_counter", perf_counter)
    return seconds


@pytest.mark.parametrize(
    ("probe_seconds", "expected_time_cost"),
    [
        (0.15, 8),  # 0.05 s a pass: eight passes make the 0.4 s target
        (0.3, 4),
        (0.0001, kdf.MAX_TIME_COST),  # a very fast machine is capped
        (5.0, kdf.MIN_TIME_COST),  # a very slow one never drops below the floor
    ],
)
def test_calibrate_stays_within_bounds(fake_timing, probe_seconds, expected_time_cost):
    fake_timing[0] = probe_seconds
    params = kdf.calibrate()
    assert params.time_cost == expected_time_cost
    assert kdf.MIN_TIME_COST <= params.time_cost <= kdf.MAX_TIME_COST
    assert params.memory_kib == kdf.DEFAULT_MEMORY_KIB
    assert params.parallelism == kdf.DEFAULT_PARALLELISM


def test_calibration_trusts_the_faster_probe(monkeypatch):
    probes = iter([0.6, 0.15])  # a busy moment, then a quiet one
    clock = iter([0.0, next(probes), 10.0, 10.0 + next(probes)])
    monkeypatch.setattr(kdf, "derive_key", lambda *args: b"\x00" * 32)
    monkeypatch.setattr(kdf.time, "perf_counter", lambda: next(clock))
    assert kdf.calibrate().time_cost == 8


def test_real_calibration_for_a_tiny_target_gives_the_floor():
    assert kdf.calibrate(target_seconds=0.001).time_cost == kdf.MIN_TIME_COST


def test_derivation_depends_on_salt_passphrase_and_params():
    salt = bytes(16)
    base = kdf.derive_key("passphrase", salt, kdf.TEST_PARAMS)
    assert len(base) == kdf.KEY_BYTES
    assert base == kdf.derive_key("passphrase", salt, kdf.TEST_PARAMS)
    assert base != kdf.derive_key("passphrase", bytes([1]) * 16, kdf.TEST_PARAMS)
    assert base != kdf.derive_key("Passphrase", salt, kdf.TEST_PARAMS)
    slower = kdf.Argon2Params(2, kdf.TEST_PARAMS.memory_kib, 1)
    assert base != kdf.derive_key("passphrase", salt, slower)


@pytest.mark.parametrize(
    "data",
    [
        {"time_cost": 0, "memory_kib": 8, "parallelism": 1},
        {"time_cost": "3", "memory_kib": 8, "parallelism": 1},
        {"time_cost": 3, "memory_kib": 8.5, "parallelism": 1},
    ],
)
def test_params_from_file_must_be_positive_integers(data):
    with pytest.raises(ValueError):
        kdf.Argon2Params.from_dict(data)


def test_params_from_file_without_a_field_is_refused():
    with pytest.raises(KeyError):
        kdf.Argon2Params.from_dict({"time_cost": 3, "memory_kib": 8})
