"""Platform tests: offscreen Qt, and a private D-Bus session bus with a fake notification server."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import require_tool

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

try:
    from PySide6 import QtWidgets  # noqa: F401
except ImportError as error:  # pragma: no cover - depends on the machine
    if os.environ.get("TEND_STRICT_ENV") == "1":
        raise
    pytest.skip(f"Qt cannot load here ({error})", allow_module_level=True)

REPO_ROOT = Path(__file__).resolve().parents[2]

# A bus that knows no services: nothing on this machine gets started on it by accident.
BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir={folder}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


@pytest.fixture
def private_session_bus(tmp_path: Path) -> Iterator[str]:
    """The address of a fresh session bus that lives for one test."""
    daemon = require_tool("dbus-daemon")
    folder = tmp_path / "bus"
    folder.mkdir()
    config = folder / "bus.conf"
    config.write_text(BUS_CONFIG.format(folder=folder))
    process = subprocess.Popen(
        [daemon, "--nofork", f"--config-file={config}", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,  # it complains it may not raise its fd limit; harmless
        text=True,
    )
    with process, process.stdout:  # type: ignore[union-attr]
        address = process.stdout.readline().strip()  # type: ignore[union-attr]
        assert address.startswith("unix:"), address
        yield address
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=5)


@dataclass
class FakeNotificationServer:
    record: Path

    def calls(self) -> list[dict[str, object]]:
        if not self.record.exists():
            return []
        lines = self.record.read_text(encoding="utf-8").splitlines()
        return [json.loads(line) for line in lines]


@pytest.fixture
def notification_server(
    private_session_bus: str, tmp_path: Path
) -> Iterator[Callable[..., FakeNotificationServer]]:
    """Start the fake server on the private bus: ``notification_server(invoke="check-in")``."""
    started: list[subprocess.Popen[str]] = []

    def start(
        capabilities: str = "body,actions", invoke: str | None = None, delay: float = 0.0
    ) -> FakeNotificationServer:
        record = tmp_path / f"notifications-{len(started)}.jsonl"
        command = [
            sys.executable,
            "-m",
            "tests.platform.fake_notification_server",
            private_session_bus,
            str(record),
            f"--capabilities={capabilities}",
        ]
        if invoke:
            command += [f"--invoke={invoke}", f"--invoke-delay={delay}"]
        process = subprocess.Popen(command, cwd=REPO_ROOT, stdout=subprocess.PIPE, text=True)
        started.append(process)
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "ready"
        return FakeNotificationServer(record)

    yield start
    for process in started:
        process.terminate()
        process.wait(timeout=5)
        assert process.stdout is not None
        process.stdout.close()
