"""`tend search` stays quick to start: it never loads Qt, Alembic or the keyring library."""

from __future__ import annotations

import json
import subprocess
import sys

from app.core.journal import Journal
from tests.conftest import PASSPHRASE
from tests.support.cli import REPO_ROOT, isolated_environment

HEAVY = ("PySide6", "shiboken6", "alembic", "keyring", "pyqtgraph", "numpy")
SCRIPT = "\n".join(
    [
        "import json, sys",
        "from app.main import main",
        "code = main(sys.argv[1:])",
        f"heavy = sorted({{name.split('.')[0] for name in sys.modules}} & set({HEAVY!r}))",
        "print(json.dumps({'code': code, 'heavy': heavy}))",
    ]
)


def test_search_command_loads_no_heavy_modules(vault, data_dir, tmp_path):
    Journal(vault.database).create("Garden", "planted beans")
    vault.lock()
    env = {**isolated_environment(tmp_path / "env"), "PYTHONPATH": str(REPO_ROOT)}

    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, "search", "beans", "--passphrase-stdin",
         "--data-dir", str(data_dir)],
        input=PASSPHRASE + "\n", capture_output=True, text=True, env=env, cwd=REPO_ROOT,
        check=True, timeout=60,
    )  # fmt: skip

    *output, summary = result.stdout.splitlines()
    assert json.loads(summary) == {"code": 0, "heavy": []}
    assert "beans" in "\n".join(output)
