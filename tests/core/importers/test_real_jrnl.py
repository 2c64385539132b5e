"""An export made by the real jrnl program imports as expected.

jrnl is not a dependency of Tend (it brings rich, ruamel.yaml and more), so this test runs
where a `jrnl` command is found on PATH or named by TEND_JRNL, and is skipped elsewhere:
    pip install jrnl   # in any environment, then put its jrnl on PATH or in TEND_JRNL
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from app.core.importers import JournalImportSink, import_batch
from app.core.importers.jrnl import parse_jrnl
from app.core.workspace import Workspace

CONFIG = """\
colors: {{body: none, date: none, tags: none, title: none}}
default_hour: 9
default_minute: 0
editor: ''
encrypt: false
highlight: false
indent_character: '|'
journals:
  default:
    journal: {journal}
linewrap: 79
tagsymbols: '#@'
template: false
timeformat: '%Y-%m-%d %H:%M'
version: v4.2
"""


def _jrnl() -> str:
    found = os.environ.get("TEND_JRNL") or shutil.which("jrnl")
    if not found:
        pytest.skip("the jrnl program is not installed here (optional; see this file's docstring)")
    return found


def test_an_export_from_the_real_jrnl_imports(workspace: Workspace, tmp_path: Path) -> None:
    jrnl = _jrnl()
    config = tmp_path / "jrnl.yaml"
    config.write_text(CONFIG.format(journal=tmp_path / "journal.txt"))
    env = {**os.environ, "HOME": str(tmp_path), "NO_COLOR": "1"}
    for text in (
        "2026-02-03 18:40: Long walk by the river. The @health stuff matters.",
        "2026-02-05 21:02: First rejection. It stings. @work",
    ):
        subprocess.run(
            [jrnl, "--config-file", str(config), text], env=env, check=True, capture_output=True
        )
    exported = subprocess.run(
        [jrnl, "--config-file", str(config), "--export", "json"],
        env=env,
        check=True,
        capture_output=True,
    ).stdout

    batch = parse_jrnl(exported, "jrnl.json", ZoneInfo("Europe/Berlin"))
    result = import_batch(batch, JournalImportSink(workspace.journal))

    assert result.entries_added == 2
    walk = next(entry for entry in batch.entries if entry.title.startswith("Long walk"))
    assert walk.tags == ("health",) and walk.body == "The @health stuff matters."
    assert walk.created_at.isoformat() == "2026-02-03T18:40:00+01:00"
    again = import_batch(
        parse_jrnl(exported, "jrnl.json", ZoneInfo("Europe/Berlin")),
        JournalImportSink(workspace.journal),
    )
    assert again.entries_added == 0
