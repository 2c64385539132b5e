"""A second (or crashing) Tend start, for the single-instance tests.

    python -m tests.platform.instance_process NAME REQUEST [--crash]

Prints "first" or "handed-over". With --crash, a first instance kills itself at once
(SIGKILL, no clean-up), leaving its socket behind like a real crash would.
"""

from __future__ import annotations

import os
import signal
import sys

from PySide6.QtCore import QCoreApplication

from app.platform.single_instance import SingleInstance


def main() -> int:
    name, request = sys.argv[1], sys.argv[2]
    app = QCoreApplication([])
    instance = SingleInstance(name)
    first = instance.acquire(request)
    print("first" if first else "handed-over", flush=True)
    if first and "--crash" in sys.argv:
        os.kill(os.getpid(), signal.SIGKILL)
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
