"""What a remembered key costs beyond opening with it: asking the Secret Service for it.

Runs a private session bus and gnome-keyring (tests/support/secret_service.py), stores a
key through Tend's keyring policy, and times ``DeviceKeyStore.recall`` in a new process:
finding the backend in a new process (importing keyring, asking D-Bus), and a warm recall.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.support.secret_service import private_secret_service

REPO_ROOT = Path(__file__).resolve().parents[2]
CHILD = """
import json, statistics, sys, time
from app.platform.keyring_store import DeviceKeyStore
store = DeviceKeyStore()
backend = store.remember("benchmark-vault", bytes(32))
timings = []
for _ in range(int(sys.argv[1])):
    started = time.perf_counter()
    store.recall("benchmark-vault", backend)
    timings.append((time.perf_counter() - started) * 1000)
print(json.dumps({"warm": statistics.median(timings)}))
"""
STARTUP = """
import json, sys, time
started = time.perf_counter()
from app.platform.keyring_store import DeviceKeyStore
DeviceKeyStore().protected_backend()
print(json.dumps({"startup": (time.perf_counter() - started) * 1000}))
"""


def keyring_costs(runs: int) -> dict[str, float] | None:
    """Milliseconds for a new process to find the backend, and for a warm recall.

    None when the Secret Service tools are not installed.
    """
    dbus_daemon, keyring_daemon = shutil.which("dbus-daemon"), shutil.which("gnome-keyring-daemon")
    if not (dbus_daemon and keyring_daemon and shutil.which("dbus-send")):
        return None
    with (
        tempfile.TemporaryDirectory(prefix="tend-keyring-") as folder,
        private_secret_service(Path(folder), dbus_daemon, keyring_daemon) as session,
    ):
        env = {**session, "PYTHONPATH": str(REPO_ROOT)}
        recall = _run(CHILD, env, str(runs))
        startup = _run(STARTUP, env)
    return {"keyring_new_process_ms": startup["startup"], "keyring_recall_ms": recall["warm"]}


def _run(script: str, env: dict[str, str], *args: str) -> dict[str, float]:
    result = subprocess.run(
        [sys.executable, "-c", script, *args],
        env=env, cwd=REPO_ROOT, capture_output=True, text=True, check=True, timeout=120,
    )  # fmt: skip
    values: dict[str, float] = json.loads(result.stdout.strip().splitlines()[-1])
    return values


if __name__ == "__main__":
    print(keyring_costs(int(os.environ.get("RUNS", "20"))))
