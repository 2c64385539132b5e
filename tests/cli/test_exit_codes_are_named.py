"""Every exit code the programs return is a member of ExitCode, never a bare number, so the
documented codes and the returned ones cannot drift apart."""

from __future__ import annotations

import ast
from pathlib import Path

from app.core.errors import ExitCode

APP = Path(__file__).resolve().parents[2] / "app"
ENTRY_POINTS = [APP / "main.py", APP / "ui" / "application.py", *sorted((APP / "cli").glob("*.py"))]


def _bare_numbers_returned(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        value = node.value if isinstance(node, ast.Return) else None
        if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "exit" and node.args:
            value = node.args[0]
        if isinstance(value, ast.Constant) and type(value.value) is int:
            found.append(f"{path.relative_to(APP.parent)}:{node.lineno} returns {value.value}")
    return found


def test_no_entry_point_returns_a_bare_number() -> None:
    assert [line for path in ENTRY_POINTS for line in _bare_numbers_returned(path)] == []


def test_the_codes_people_and_scripts_rely_on() -> None:
    assert (ExitCode.OK, ExitCode.ENVIRONMENT, ExitCode.INTERRUPTED) == (0, 4, 130)
