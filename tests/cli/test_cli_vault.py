"""`tend init`, `passwd` and `check`, and the exit codes with their one-line messages."""

from __future__ import annotations

import json
import re
import sqlite3

import pytest

from app.core.journal import Journal, NewEntry
from app.core.recovery_key import normalise
from app.core.vault import Vault, VaultFiles
from tests.support.cli import PASSPHRASE, init_vault, isolated_environment, tend
from tests.support.files import files_containing, fingerprint

NEW_PASSPHRASE = "a brand new passphrase"
RECOVERY_KEY_PATTERN = re.compile(r"\b[0-9A-Z]{4}(?:-[0-9A-Z]{4}){7}\b")


@pytest.fixture
def env(tmp_path):
    return isolated_environment(tmp_path / "env")


def assert_one_line_error(result, code, *phrases):
    assert result.returncode == code, (result.stdout, result.stderr)
    lines = result.stderr.splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("tend")
    for phrase in phrases:
        assert phrase in lines[0]


def list_with(data_dir, env, secret):
    return tend("list", "--passphrase-stdin", data_dir=data_dir, stdin=secret + "\n", env=env)


def test_init_shows_the_recovery_key_once_and_keeps_it_nowhere(tmp_path, env):
    data_dir = tmp_path / "data"
    result = tend(
        "init",
        "--passphrase-stdin",
        data_dir=data_dir,
        stdin=PASSPHRASE + "\n",
        env=env,
    )
    assert result.returncode == 0, result.stderr
    keys = RECOVERY_KEY_PATTERN.findall(result.stdout)
    assert len(keys) == 1
    assert "shown only this once" in result.stdout
    assert str(data_dir) in result.stdout
    assert files_containing(data_dir, keys[0]) == []
    assert files_containing(data_dir, normalise(keys[0])) == []
    # Asking again shows nothing new: the journal exists, so init refuses.
    again = tend("init", "--passphrase-stdin", data_dir=data_dir, stdin=PASSPHRASE + "\n", env=env)
    assert RECOVERY_KEY_PATTERN.findall(again.stdout + again.stderr) == []


def test_init_json_gives_vault_id_recovery_key_and_folder(tmp_path, env):
    data_dir = tmp_path / "data"
    created = json.loads(init_vault(data_dir, env=env).stdout)
    assert set(created) == {"vault_id", "recovery_key", "data_dir"}
    assert RECOVERY_KEY_PATTERN.fullmatch(created["recovery_key"])
    assert created["data_dir"] == str(data_dir)
    assert (data_dir / "journal.db").exists()


def test_init_refuses_to_overwrite_an_existing_vault(tmp_path, env):
    data_dir = tmp_path / "data"
    init_vault(data_dir, env=env)
    before = fingerprint(data_dir)
    result = tend(
        "init",
        "--passphrase-stdin",
        data_dir=data_dir,
        stdin="another passphrase\n",
        env=env,
    )
    assert_one_line_error(result, 1, "already holds a Tend journal")
    assert fingerprint(data_dir) == before


def test_init_refuses_a_folder_holding_only_a_key_file(tmp_path, env):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    (data_dir / "journal.keys").write_text("{}")
    result = tend(
        "init",
        "--passphrase-stdin",
        data_dir=data_dir,
        stdin=PASSPHRASE + "\n",
        env=env,
    )
    assert_one_line_error(result, 1, "already holds a Tend journal")
    assert [path.name for path in data_dir.iterdir()] == ["journal.keys"]


def test_init_with_a_short_passphrase_is_a_usage_error(tmp_path, env):
    result = tend(
        "init",
        "--passphrase-stdin",
        data_dir=tmp_path / "data",
        stdin="short\n",
        env=env,
    )
    assert_one_line_error(result, 1, "at least 8 characters")
    assert not (tmp_path / "data" / "journal.db").exists()


def test_passwd_replaces_the_passphrase(tmp_path, env):
    data_dir = tmp_path / "data"
    init_vault(data_dir, env=env)
    result = tend(
        "passwd",
        "--passphrase-stdin",
        data_dir=data_dir,
        stdin=f"{PASSPHRASE}\n{NEW_PASSPHRASE}\n",
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert "Passphrase changed" in result.stdout

    assert_one_line_error(list_with(data_dir, env, PASSPHRASE), 2, "doesn't match")
    assert list_with(data_dir, env, NEW_PASSPHRASE).returncode == 0


def test_passwd_with_the_wrong_current_passphrase_changes_nothing(tmp_path, env):
    data_dir = tmp_path / "data"
    init_vault(data_dir, env=env)
    before = fingerprint(data_dir)
    result = tend(
        "passwd",
        "--passphrase-stdin",
        data_dir=data_dir,
        stdin=f"not it at all\n{NEW_PASSPHRASE}\n",
        env=env,
    )
    assert_one_line_error(result, 2, "doesn't match")
    assert fingerprint(data_dir) == before


def test_passwd_with_the_recovery_key(tmp_path, env):
    data_dir = tmp_path / "data"
    recovery = json.loads(init_vault(data_dir, env=env).stdout)["recovery_key"]
    typed = recovery.lower().replace("-", " ")
    result = tend(
        "passwd",
        "--recovery-key",
        "--passphrase-stdin",
        data_dir=data_dir,
        stdin=f"{typed}\n{NEW_PASSPHRASE}\n",
        env=env,
    )
    assert result.returncode == 0, result.stderr

    assert list_with(data_dir, env, NEW_PASSPHRASE).returncode == 0
    assert list_with(data_dir, env, PASSPHRASE).returncode == 2


def test_passwd_with_a_wrong_recovery_key_exits_2(tmp_path, env):
    data_dir = tmp_path / "data"
    init_vault(data_dir, env=env)
    result = tend(
        "passwd",
        "--recovery-key",
        "--passphrase-stdin",
        data_dir=data_dir,
        stdin=f"{'ABCD-' * 7}ABCD\n{NEW_PASSPHRASE}\n",
        env=env,
    )
    assert_one_line_error(result, 2, "recovery key doesn't match")


@pytest.fixture
def filled(tmp_path, env):
    """A vault made by `tend init`, filled in-process (faster than one `tend add` each)."""
    data_dir = tmp_path / "data"
    init_vault(data_dir, env=env)
    body = " ".join(f"line {n} of a long entry about the garden and the weather" for n in range(40))
    vault = Vault.open_with_passphrase(VaultFiles(data_dir), PASSPHRASE)
    try:
        Journal(vault.database).create_many(
            NewEntry(f"Entry {index}", f"{index} {body}") for index in range(12)
        )
    finally:
        vault.lock()
    return data_dir


def test_check_passes_on_a_sound_vault(filled, env):
    result = tend("check", "--passphrase-stdin", data_dir=filled, stdin=PASSPHRASE + "\n", env=env)
    assert result.returncode == 0, result.stderr
    assert "All checks passed" in result.stdout
    result = tend(
        "check", "--json", "--passphrase-stdin", data_dir=filled, stdin=PASSPHRASE + "\n", env=env
    )
    assert json.loads(result.stdout) == {
        "ok": True,
        "cipher_integrity": [],
        "integrity": [],
        "key_slots": [],
    }


def flip(path, offset):
    data = bytearray(path.read_bytes())
    for index in range(offset, offset + 16):
        data[index] ^= 0xFF
    path.write_bytes(bytes(data))


def test_check_exits_3_and_names_the_damaged_page(filled, env):
    flip(filled / "journal.db", 2 * 4096 + 300)
    before = fingerprint(filled)

    result = tend(
        "check", "--json", "--passphrase-stdin", data_dir=filled, stdin=PASSPHRASE + "\n", env=env
    )

    assert_one_line_error(result, 3, "found damage")
    report = json.loads(result.stdout)
    assert report["ok"] is False
    assert any("page 3" in problem for problem in report["cipher_integrity"])
    assert fingerprint(filled) == before


def test_wrong_passphrase_exits_2_and_changes_nothing(filled, env):
    before = fingerprint(filled)
    assert_one_line_error(list_with(filled, env, "wrong passphrase"), 2, "doesn't match")
    assert fingerprint(filled) == before


def test_no_passphrase_without_a_terminal_exits_2(filled, env):
    result = tend("list", data_dir=filled, stdin="", env=env)
    assert_one_line_error(result, 2, "--passphrase-stdin")
    result = tend("list", "--passphrase-stdin", data_dir=filled, stdin="", env=env)
    assert_one_line_error(result, 2, "standard input was empty")


def test_damaged_first_page_exits_3(filled, env):
    flip(filled / "journal.db", 500)
    before = fingerprint(filled)
    assert_one_line_error(list_with(filled, env, PASSPHRASE), 3, "first page is damaged")
    assert fingerprint(filled) == before


def test_plain_sqlite_file_exits_3(tmp_path, env):
    data_dir = tmp_path / "data"
    init_vault(data_dir, env=env)
    (data_dir / "journal.db").unlink()
    connection = sqlite3.connect(data_dir / "journal.db")
    connection.execute("CREATE TABLE t (x)")
    connection.commit()
    connection.close()
    before = fingerprint(data_dir)
    assert_one_line_error(list_with(data_dir, env, PASSPHRASE), 3, "unencrypted SQLite")
    assert fingerprint(data_dir) == before


def test_missing_key_file_exits_3(tmp_path, env):
    data_dir = tmp_path / "data"
    init_vault(data_dir, env=env)
    (data_dir / "journal.keys").unlink()
    assert_one_line_error(list_with(data_dir, env, PASSPHRASE), 3, "journal.keys is missing")


def test_no_journal_yet_exits_1_and_suggests_init(tmp_path, env):
    assert_one_line_error(list_with(tmp_path / "empty", env, PASSPHRASE), 1, "tend init")


def test_unusable_data_folder_exits_4(tmp_path, env):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    result = tend(
        "init",
        "--passphrase-stdin",
        data_dir=blocker / "journal",
        stdin=PASSPHRASE + "\n",
        env=env,
    )
    assert_one_line_error(result, 4, "can't use")
    assert blocker.read_text() == "not a folder"


@pytest.mark.parametrize(
    "args",
    [("frobnicate",), ("list", "--no-such-option"), ("--no-such-option",)],
)
def test_unknown_command_or_option_exits_1(env, args):
    assert_one_line_error(tend(*args, env=env), 1)


def test_version_and_help_exit_0(env):
    assert tend("--version", env=env).stdout.startswith("Tend ")
    result = tend("search", "--help", env=env)
    assert result.returncode == 0
    assert "full-text" in tend("--help", env=env).stdout
