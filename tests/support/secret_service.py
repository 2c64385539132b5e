"""A private Secret Service for tests: its own session bus and an unlocked gnome-keyring.

Everything lives in a temp folder (HOME, XDG_RUNTIME_DIR, the bus socket), and both
daemons are children of the test, killed when the context ends, whatever happened.
"""

from __future__ import annotations

import contextlib
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

from tests.support.cli import isolated_environment

KEYRING_PASSWORD = b"test keyring password"
START_TIMEOUT = 10.0

# A session bus with no service folders: nothing is started by D-Bus activation, so the
# only Secret Service is the daemon this module starts (and kills).
BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>{address}</listen>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.kill()
    process.wait(timeout=10)


def _wait_for(predicate: object, what: str) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if predicate():  # type: ignore[operator]
            return
        time.sleep(0.05)
    raise TimeoutError(f"{what} did not start within {START_TIMEOUT} s")


@contextlib.contextmanager
def private_secret_service(
    root: Path, dbus_daemon: str, keyring_daemon: str
) -> Iterator[dict[str, str]]:
    """Yield an environment where an unlocked Secret Service answers on a private bus."""
    env = isolated_environment(root)
    socket_path = Path(env["XDG_RUNTIME_DIR"]) / "bus"
    address = f"unix:path={socket_path}"
    config = root / "bus.conf"
    config.write_text(BUS_CONFIG.format(address=address), encoding="utf-8")
    bus = subprocess.Popen(
        [dbus_daemon, f"--config-file={config}", "--nofork", "--nopidfile"],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    keyring: subprocess.Popen[bytes] | None = None
    try:
        _wait_for(socket_path.exists, "dbus-daemon")
        env["DBUS_SESSION_BUS_ADDRESS"] = address
        keyring = subprocess.Popen(
            [keyring_daemon, "--foreground", "--unlock", "--components=secrets"],
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        assert keyring.stdin is not None
        keyring.stdin.write(KEYRING_PASSWORD)
        keyring.stdin.close()
        _wait_for(lambda: _secret_service_answers(env), "gnome-keyring-daemon")
        yield env
    finally:
        if keyring is not None:
            _stop(keyring)
        _stop(bus)


def _secret_service_answers(env: dict[str, str]) -> bool:
    probe = subprocess.run(
        [
            "dbus-send",
            "--session",
            "--print-reply",
            "--dest=org.freedesktop.DBus",
            "/org/freedesktop/DBus",
            "org.freedesktop.DBus.NameHasOwner",
            "string:org.freedesktop.secrets",
        ],
        env=env,
        capture_output=True,
        check=False,
        timeout=5,
    )
    return probe.returncode == 0 and "boolean true" in probe.stdout.decode()
