"""The four layers keep to their places (the contracts are in pyproject.toml, run here with
import-linter so CI checks them): core has no Qt and imports no other layer, platform sits
on core only, the window and the command line don't import each other, and neither reaches
the database except through core's services."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
CORE = REPO / "app" / "core"
CONTRACTS = (
    "Layers: the window and the command line sit on platform, which sits on core",
    "Core is plain Python: no Qt, no charts",
    "The window and the command line reach the database only through core services",
)

if importlib.util.find_spec("importlinter") is None:  # pragma: no cover - depends on the env
    if os.environ.get("TEND_STRICT_ENV") == "1":
        raise ImportError("import-linter is part of the test extra; install it")
    pytest.skip("import-linter is not installed here", allow_module_level=True)


def _lint(root: Path) -> subprocess.CompletedProcess[str]:
    script = (
        "import sys\n"
        "from importlinter.cli import lint_imports\n"
        "sys.exit(lint_imports(no_cache=True, no_logo=True))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(root)}
    return subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        cwd=root,
        env=env,
        timeout=300,
        check=False,
    )


def test_every_layer_contract_is_kept() -> None:
    result = _lint(REPO)
    assert result.returncode == 0, result.stdout + result.stderr
    for name in CONTRACTS:
        assert f"{name} KEPT" in result.stdout


@pytest.mark.parametrize(
    ("module", "shortcut", "broken"),
    [
        ("app/ui/vault/integrity_dialog.py", "import app.core.db.integrity", CONTRACTS[2]),
        ("app/platform/paths.py", "import app.ui.theme", CONTRACTS[0]),
        ("app/core/clock.py", "import PySide6.QtCore", CONTRACTS[1]),
        ("app/cli/context.py", "import app.ui.tasks", CONTRACTS[0]),
    ],
)
def test_a_shortcut_across_layers_breaks_a_contract(
    tmp_path: Path, module: str, shortcut: str, broken: str
) -> None:
    shutil.copytree(REPO / "app", tmp_path / "app", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(REPO / "pyproject.toml", tmp_path / "pyproject.toml")
    target = tmp_path / module
    target.write_text(target.read_text(encoding="utf-8") + f"\n{shortcut}\n", encoding="utf-8")

    result = _lint(tmp_path)

    assert result.returncode != 0
    assert f"{broken} BROKEN" in result.stdout


def test_importing_every_core_module_loads_no_qt() -> None:
    """Beyond the contracts: no third-party package core uses pulls Qt in either."""
    modules = sorted(
        ".".join(("app", "core", *path.relative_to(CORE).with_suffix("").parts))
        for path in CORE.rglob("*.py")
        if "migrations" not in path.parts
    )
    script = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name.removesuffix('.__init__'))\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=REPO
    )
    assert result.stdout.strip() == "[]"
