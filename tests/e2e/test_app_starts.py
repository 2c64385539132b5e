"""The real entry point: `python -m app` starts the desktop app, and a second start hands
over to it and exits, with no traceback on the way."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtWidgets", reason="Qt cannot load here")

ROOT = Path(__file__).resolve().parents[2]


def _start(data_dir: Path, *extra: str) -> subprocess.Popen[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TEND_LOG_LEVEL": "INFO"}
    return subprocess.Popen(
        [sys.executable, "-m", "app", "--data-dir", str(data_dir), *extra],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _wait_for(condition: object, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():  # type: ignore[operator]
            return True
        time.sleep(0.1)
    return False


def test_the_app_starts_and_a_second_start_hands_over(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    first = _start(data_dir)
    try:
        log = data_dir / "logs" / "tend.log"
        assert _wait_for(log.exists, 20), "the app did not start"
        time.sleep(1.5)
        assert first.poll() is None, first.communicate()[1]
        second = _start(data_dir, "--check-in")
        try:
            _out, second_err = second.communicate(timeout=30)
        finally:
            second.kill()
        assert second.returncode == 0, second_err
        assert first.poll() is None, "the first Tend exited when the second one started"
    finally:
        first.kill()
        _out, first_err = first.communicate(timeout=30)
    assert "Traceback" not in first_err
    # Nothing but the log folder exists yet: no journal is created before the person says so.
    assert sorted(path.name for path in data_dir.iterdir()) == ["logs"]
