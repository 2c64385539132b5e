"""`tend add` and `tend checkin --note` read what was written for crisis words.

When the words call for it, standard error gets a short, kind message with the person's
crisis line (their chosen region, else the system locale), the prompt is kept in the
vault for the window, and the exit code stays 0 because the writing was saved.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from app.cli.runner import run
from app.core.vault import Vault, VaultFiles
from app.core.workspace import Workspace
from tests.support.cli import PASSPHRASE, init_vault, isolated_environment, tend


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One `tend init` per module; each test gets its own copy."""
    root = tmp_path_factory.mktemp("crisis-cli")
    data_dir = root / "data"
    init_vault(data_dir, env=isolated_environment(root))
    return data_dir


@pytest.fixture
def journal(template: Path, tmp_path: Path) -> Path:
    return Path(shutil.copytree(template, tmp_path / "data"))


def environment(tmp_path: Path, lang: str) -> dict[str, str]:
    env = isolated_environment(tmp_path / "env")
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        env.pop(name, None)
    env["LANG"] = lang
    return env


def add(journal: Path, env: dict[str, str], body: str) -> subprocess.CompletedProcess[str]:
    # As `printf '%s\n%s\n' "$PASS" "$BODY" | tend add --passphrase-stdin` does.
    return tend(
        "add", "--passphrase-stdin", data_dir=journal, stdin=f"{PASSPHRASE}\n{body}\n", env=env
    )


def open_workspace(journal: Path) -> Workspace:
    return Workspace.open(Vault.open_with_passphrase(VaultFiles(journal), PASSPHRASE))


def test_tend_add_with_crisis_words_saves_them_and_gives_the_crisis_line(
    journal: Path, tmp_path: Path
) -> None:
    result = add(journal, environment(tmp_path, "en_GB.UTF-8"), "I want to end my life.")

    assert result.returncode == 0
    entry_id = result.stdout.strip()
    assert "Samaritans, call 116 123, day and night." in result.stderr
    assert result.stderr.startswith("What you wrote sounds really painful.")
    assert "999" in result.stderr
    assert "end my life" not in result.stderr  # the person's words are not echoed back
    space = open_workspace(journal)
    try:
        assert space.journal.get(entry_id).body == "I want to end my life."
        (waiting,) = space.watcher.waiting_crisis_prompts()
        assert waiting.response is None
        assert waiting.prompt.evidence[0].source_ids == (entry_id,)
    finally:
        space.lock()


def test_tend_checkin_with_a_crisis_note_gives_the_crisis_line(
    journal: Path, tmp_path: Path
) -> None:
    result = tend(
        "checkin",
        "--passphrase-stdin",
        "--mood",
        "1",
        "--note",
        "I want to kill myself",
        data_dir=journal,
        stdin=f"{PASSPHRASE}\n",
        env=environment(tmp_path, "en_US.UTF-8"),
    )

    assert result.returncode == 0, result.stderr
    assert "988 Suicide & Crisis Lifeline, call or text 988, day and night." in result.stderr
    space = open_workspace(journal)
    try:
        (waiting,) = space.watcher.waiting_crisis_prompts()
        assert waiting.prompt.evidence[0].source == "checkin"
    finally:
        space.lock()


def test_the_region_chosen_in_settings_wins_over_the_locale(journal: Path, tmp_path: Path) -> None:
    space = open_workspace(journal)
    space.watcher.set_region("IE")
    space.lock()

    result = add(journal, environment(tmp_path, "en_US.UTF-8"), "I want to kill myself.")

    assert result.returncode == 0
    assert "Samaritans, call 116 123" in result.stderr
    assert "988" not in result.stderr and "112" in result.stderr


def test_without_a_region_the_message_says_how_to_find_a_line(
    journal: Path, tmp_path: Path
) -> None:
    result = add(journal, environment(tmp_path, "C.UTF-8"), "I want to end my life.")

    assert result.returncode == 0
    assert "emergency number" in result.stderr
    assert "https://findahelpline.com/" in result.stderr


def test_everyday_words_print_nothing_on_standard_error(journal: Path, tmp_path: Path) -> None:
    result = add(journal, environment(tmp_path, "en_GB.UTF-8"), "A long walk by the river.")

    assert result.returncode == 0
    assert result.stderr == ""
    space = open_workspace(journal)
    try:
        assert space.watcher.history() == []
    finally:
        space.lock()


def test_each_new_entry_with_crisis_words_gets_the_line(journal: Path, tmp_path: Path) -> None:
    env = environment(tmp_path, "en_GB.UTF-8")
    first = add(journal, env, "I want to end my life.")
    second = add(journal, env, "I want to end my life.")
    # Two entries, two pieces of writing: each gets the line.
    assert "116 123" in first.stderr and "116 123" in second.stderr


def replay(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], *lines: str
) -> tuple[int, list[dict[str, Any]], str]:
    """`tend watch --replay` over these lines: exit code, prompts printed, standard error."""
    history = tmp_path / "history.jsonl"
    history.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code = run(["watch", "--replay", str(history)])
    captured = capsys.readouterr()
    return code, [json.loads(line) for line in captured.out.splitlines()], captured.err


def test_tend_watch_replay_reports_a_crisis_prompt_for_such_an_entry(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, prompts, err = replay(
        tmp_path,
        capsys,
        '{"type": "entry", "at": "2026-03-01T21:00", "body": "I want to end my life."}',
        '{"type": "checkin", "at": "2026-03-03T20:00", "mood": 1, "note": "I want to kill myself"}',
    )
    assert (code, err) == (0, "")
    assert [(p["date"], p["kind"]) for p in prompts] == [
        ("2026-03-01", "crisis"),
        ("2026-03-03", "crisis"),
    ]
    assert [p["evidence"][0]["ids"] for p in prompts] == [["line-1"], ["line-2"]]


def test_replay_reads_an_entry_finished_after_midnight_on_the_day_it_was_finished(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, prompts, err = replay(
        tmp_path,
        capsys,
        '{"type": "entry", "at": "2026-03-01T23:50", "edited": "2026-03-02T00:20", '
        '"body": "Another no. I want to end my life."}',
    )
    assert (code, err) == (0, "")
    assert [(p["date"], p["kind"]) for p in prompts] == [("2026-03-02", "crisis")]
    assert prompts[0]["evidence"][0]["date"] == "2026-03-02"


def test_replay_refuses_an_entry_edited_before_it_was_begun(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, prompts, err = replay(
        tmp_path,
        capsys,
        '{"type": "entry", "at": "2026-03-02T08:00", "edited": "2026-03-01T08:00", "body": "x"}',
    )
    assert code == 1
    assert prompts == []
    assert 'line 1: "edited" can\'t come before "at"' in err
