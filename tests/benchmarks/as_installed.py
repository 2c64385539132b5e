"""Time Tend as an install runs it: with its modules byte-compiled.

pip byte-compiles a wheel's modules as it installs them, so an installed `tend` never
compiles its own source when it starts. A checkout run with PYTHONDONTWRITEBYTECODE set
(as some shells, containers and CI images do) compiles every module it imports on every
start: about 40 ms more for the window's start and more for each command on a 2-core
machine, none of which a person who installed Tend pays. The start-up benchmarks call
``byte_compile_app`` first, so they measure what an install runs.
"""

from __future__ import annotations

import compileall
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]


def byte_compile_app() -> None:
    """Write the ``.pyc`` files pip would write for ``app/`` (compileall writes them even
    when PYTHONDONTWRITEBYTECODE is set)."""
    if not compileall.compile_dir(str(REPO_ROOT / "app"), quiet=1):
        raise SystemExit("app/ did not byte-compile")
