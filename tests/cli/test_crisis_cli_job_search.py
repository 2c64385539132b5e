"""`tend job add` and `tend people add` read what was written for crisis words, as
`tend add` does: the same short message on standard error, the prompt kept for the window,
and the exit code 0, because the opening or the person was saved."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from app.core.vault import Vault, VaultFiles
from app.core.workspace import Workspace
from tests.support.cli import PASSPHRASE, init_vault, isolated_environment, tend


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One `tend init` per module; each test gets its own copy."""
    root = tmp_path_factory.mktemp("crisis-cli-job")
    data_dir = root / "data"
    init_vault(data_dir, env=isolated_environment(root))
    return data_dir


@pytest.fixture
def journal(template: Path, tmp_path: Path) -> Path:
    return Path(shutil.copytree(template, tmp_path / "data"))


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    made = isolated_environment(tmp_path / "env")
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        made.pop(name, None)
    made["LANG"] = "en_GB.UTF-8"
    return made


def run(journal: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return tend(*args, "--passphrase-stdin", data_dir=journal, stdin=f"{PASSPHRASE}\n", env=env)


def waiting_sources(journal: Path) -> list[str]:
    space = Workspace.open(Vault.open_with_passphrase(VaultFiles(journal), PASSPHRASE))
    try:
        waiting = space.watcher.waiting_crisis_prompts()
        return [shown.prompt.evidence[0].source for shown in waiting]
    finally:
        space.lock()


def test_tend_job_add_with_crisis_words_in_the_note_gives_the_crisis_line_and_exits_0(
    journal: Path, env: dict[str, str]
) -> None:
    note = "Third no this week. I cut myself again."
    result = run(
        journal, env, "job", "add", "--role", "Archivist", "--org", "Museum", "--note", note
    )

    assert result.returncode == 0, result.stderr
    assert "Archivist" in result.stdout  # the opening was saved and is shown as usual
    assert result.stderr.startswith("What you wrote sounds really painful.")
    assert "Samaritans, call 116 123, day and night." in result.stderr
    assert "cut myself" not in result.stderr  # the person's words are not echoed back
    assert waiting_sources(journal) == ["opening"]


def test_tend_people_add_with_crisis_words_gives_the_crisis_line(
    journal: Path, env: dict[str, str]
) -> None:
    result = run(journal, env, "people", "add", "Sam", "--met", "I want to end my life.")

    assert result.returncode == 0, result.stderr
    assert "Samaritans, call 116 123" in result.stderr
    assert waiting_sources(journal) == ["search_person"]


def test_an_everyday_opening_prints_nothing_on_standard_error(
    journal: Path, env: dict[str, str]
) -> None:
    result = run(
        journal,
        env,
        "job",
        "add",
        "--role",
        "Archivist",
        "--org",
        "Museum",
        "--note",
        "This commute is killing me.",
    )

    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert waiting_sources(journal) == []
