"""PySide6 6.12.0 drops a reference to True on every signal emit, and Python 3.11 then
aborts. The lock files pin a release without the bug; this test fails if one comes back."""

from __future__ import annotations

import subprocess
import sys

from tests.platform.conftest import REPO_ROOT

EMIT_MANY = """
from PySide6.QtCore import QCoreApplication, QObject, Signal
app = QCoreApplication([])
class Ticker(QObject):
    tick = Signal(bool)
ticker = Ticker()
ticker.tick.connect(lambda value: None)
before = sys.getrefcount(True)
for _ in range(200_000):  # far more than True's whole natural reference count
    ticker.tick.emit(True)
print(sys.getrefcount(True) - before)
"""


def test_a_long_run_of_signal_emits_neither_leaks_nor_aborts() -> None:
    completed = subprocess.run(
        [sys.executable, "-c", "import sys\n" + EMIT_MANY],
        cwd=REPO_ROOT,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""},
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert completed.returncode == 0, completed.stderr[-2000:]
    assert abs(int(completed.stdout.strip())) < 10
