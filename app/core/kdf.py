"""Argon2id key derivation for the passphrase slot, with parameters stored beside the wrap."""

from __future__ import annotations

import os
import time
import unicodedata
from dataclasses import dataclass

from argon2.low_level import Type, hash_secret_raw

KEY_BYTES = 32
SALT_BYTES = 16

# Unlocking should cost about 0.3-0.5 s: slow for guessing, quick for a person.
TARGET_SECONDS = 0.4
DEFAULT_MEMORY_KIB = 128 * 1024
DEFAULT_PARALLELISM = 2
MIN_TIME_COST = 3
MAX_TIME_COST = 40
CALIBRATION_PROBES = 2


@dataclass(frozen=True)
class Argon2Params:
    """Argon2id cost parameters; saved in the slot file so they can change later."""

    time_cost: int
    memory_kib: int
    parallelism: int

    def to_dict(self) -> dict[str, int]:
        return {
            "time_cost": self.time_cost,
            "memory_kib": self.memory_kib,
            "parallelism": self.parallelism,
        }

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> Argon2Params:
        values = {name: data[name] for name in ("time_cost", "memory_kib", "parallelism")}
        if not all(isinstance(value, int) and value > 0 for value in values.values()):
            raise ValueError("Argon2 parameters must be positive integers")
        return cls(
            time_cost=int(str(values["time_cost"])),
            memory_kib=int(str(values["memory_kib"])),
            parallelism=int(str(values["parallelism"])),
        )


# Cheap parameters for tests only: the real cost is chosen by calibrate().
TEST_PARAMS = Argon2Params(time_cost=1, memory_kib=8, parallelism=1)


def normalise_passphrase(passphrase: str) -> bytes:
    """NFC-normalise so that the same passphrase typed on another keyboard still works."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def derive_key(passphrase: str, salt: bytes, params: Argon2Params) -> bytes:
    return hash_secret_raw(
        secret=normalise_passphrase(passphrase),
        salt=salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )


def new_salt() -> bytes:
    return os.urandom(SALT_BYTES)


def calibrate(target_seconds: float = TARGET_SECONDS) -> Argon2Params:
    """Pick a time cost that makes one derivation take about ``target_seconds`` here."""
    probe = Argon2Params(MIN_TIME_COST, DEFAULT_MEMORY_KIB, DEFAULT_PARALLELISM)
    # Busy moments only ever make a probe look slower, and a slow probe would make every
    # later unlock cheaper than intended; so the best of a few estimates counts.
    elapsed = max(min(_quiet_seconds_to_derive(probe) for _ in range(CALIBRATION_PROBES)), 1e-3)
    per_pass = elapsed / MIN_TIME_COST
    time_cost = round(target_seconds / per_pass)
    time_cost = max(MIN_TIME_COST, min(MAX_TIME_COST, time_cost))
    return Argon2Params(time_cost, DEFAULT_MEMORY_KIB, DEFAULT_PARALLELISM)


def _quiet_seconds_to_derive(params: Argon2Params) -> float:
    """One derivation's wall time as an otherwise idle machine would show it.

    Other programs stretch the wall time but hardly the CPU time we use, and that CPU time
    spread over the lanes that run at once is what the wall time would be without them.
    """
    wall, cpu = time.perf_counter(), time.process_time()
    derive_key("calibration", new_salt(), params)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    lanes = max(1, min(params.parallelism, os.cpu_count() or 1))
    return min(wall, cpu / lanes)
