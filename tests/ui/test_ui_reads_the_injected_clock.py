"""The window never reads the machine's clock for "today": every date it shows comes from the
injected clock (AppContext.clock), so a test can pin it and the views agree with each other."""

from __future__ import annotations

import ast
from pathlib import Path

import app.ui

UI_ROOT = Path(app.ui.__file__).parent

# Calls that answer "what time is it now" from the machine.
REAL_CLOCK_CALLS = {
    ("date", "today"),
    ("datetime", "now"),
    ("datetime", "today"),
    ("datetime", "utcnow"),
    ("QDate", "currentDate"),
    ("QDateTime", "currentDateTime"),
    ("QDateTime", "currentDateTimeUtc"),
    ("QDateTime", "currentSecsSinceEpoch"),
    ("QDateTime", "currentMSecsSinceEpoch"),
    ("QTime", "currentTime"),
    ("time", "time"),
    ("time", "localtime"),
}

# (file under app/ui, call) pairs that may read the machine's clock because they measure
# elapsed time rather than say what day it is. None do today: elapsed time is measured with
# time.monotonic (the idle lock, how long a crisis notification is kept), not a date.
ALLOWED: set[tuple[str, str]] = set()


def real_clock_calls(source: str) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        owner = node.func.value
        name = owner.attr if isinstance(owner, ast.Attribute) else getattr(owner, "id", None)
        if (name, node.func.attr) in REAL_CLOCK_CALLS:
            found.append((node.lineno, f"{name}.{node.func.attr}()"))
    return found


def test_the_finder_sees_each_way_of_reading_the_clock() -> None:
    source = (
        "date.today()\ndatetime.now(tz)\ndatetime.datetime.now()\n"
        "QDate.currentDate()\nQDateTime.currentDateTime()\ntime.time()\nclock()\n"
    )
    assert [line for line, _ in real_clock_calls(source)] == [1, 2, 3, 4, 5, 6]


def test_no_ui_module_reads_the_real_clock() -> None:
    offenders = [
        f"{path.relative_to(UI_ROOT.parent.parent)}:{line}: {call}"
        for path in sorted(UI_ROOT.rglob("*.py"))
        for line, call in real_clock_calls(path.read_text(encoding="utf-8"))
        if (str(path.relative_to(UI_ROOT)), call) not in ALLOWED
    ]
    assert offenders == [], "use the injected clock (AppContext.clock) instead"
