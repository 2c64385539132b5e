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
    # The faster of two probes: a busy moment on a shared machine only ever slows a probe
    # down, and a slow probe would make every later unlock cheaper than intended.
    elapsed = max(min(_seconds_to_derive(probe) for _ in range(CALIBRATION_PROBES)), 1e-3)
    per_pass = elapsed / MIN_TIME_COST
    time_cost = round(target_seconds / per_pass)
    time_cost = max(MIN_TIME_COST, min(MAX_TIME_COST, time_cost))
    return Argon2Params(time_cost, DEFAULT_MEMORY_KIB, DEFAULT_PARALLELISM)


def _seconds_to_derive(params: Argon2Params) -> float:
    start = time.perf_counter()
    derive_key("calibration", new_salt(), params)
    return time.perf_counter() - start
