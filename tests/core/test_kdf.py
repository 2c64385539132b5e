"""Argon2id calibration picks a cost within fixed bounds, whatever the machine's speed."""

from __future__ import annotations

import itertools

import pytest

from app.core import kdf


class FakeTiming:
    """Probes that seem to take ``wall`` seconds and ``cpu`` seconds (no real derivation)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.wall = [0.0]
        self.cpu = [0.0]
        wall_ticks, cpu_ticks = itertools.count(), itertools.count()
        monkeypatch.setattr(kdf, "derive_key", lambda *args: b"\x00" * 32)
        monkeypatch.setattr(kdf.time, "perf_counter", lambda: next(wall_ticks) * self.wall[0])
        monkeypatch.setattr(kdf.time, "process_time", lambda: next(cpu_ticks) * self.cpu[0])
        monkeypatch.setattr(kdf.os, "cpu_count", lambda: 2)

    def set(self, wall: float, cpu: float) -> None:
        self.wall[0], self.cpu[0] = wall, cpu


@pytest.fixture
def fake_timing(monkeypatch) -> FakeTiming:
    return FakeTiming(monkeypatch)


@pytest.mark.parametrize(
    ("wall", "cpu", "expected_time_cost"),
    [
        (0.15, 0.3, 8),  # 0.05 s a pass: eight passes make the 0.4 s target
        (0.3, 0.6, 4),
        (0.0001, 0.0002, kdf.MAX_TIME_COST),  # a very fast machine is capped
        (5.0, 10.0, kdf.MIN_TIME_COST),  # a very slow one never drops below the floor
    ],
)
def test_calibrate_stays_within_bounds(fake_timing, wall, cpu, expected_time_cost):
    fake_timing.set(wall, cpu)
    params = kdf.calibrate()
    assert params.time_cost == expected_time_cost
    assert kdf.MIN_TIME_COST <= params.time_cost <= kdf.MAX_TIME_COST
    assert params.memory_kib == kdf.DEFAULT_MEMORY_KIB
    assert params.parallelism == kdf.DEFAULT_PARALLELISM


def test_busy_machine_does_not_weaken_the_calibration(fake_timing):
    # Quiet, the two lanes overlap: 0.15 s of wall time for 0.3 s of CPU time. Someone
    # else's work triples the wall time, but not the CPU time we needed.
    fake_timing.set(wall=0.45, cpu=0.3)
    assert kdf.calibrate().time_cost == 8


def test_wall_time_counts_when_it_is_the_smaller(fake_timing):
    fake_timing.set(wall=0.15, cpu=0.9)
    assert kdf.calibrate().time_cost == 8


def test_calibration_keeps_the_best_probe(monkeypatch):
    walls = iter([0.0, 0.9, 0.0, 0.15])  # a busy first probe, then a quiet one
    cpus = iter([0.0, 0.9, 0.0, 0.3])
    monkeypatch.setattr(kdf, "derive_key", lambda *args: b"\x00" * 32)
    monkeypatch.setattr(kdf.time, "perf_counter", lambda: next(walls))
    monkeypatch.setattr(kdf.time, "process_time", lambda: next(cpus))
    monkeypatch.setattr(kdf.os, "cpu_count", lambda: 2)
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
