"""Messages that pointed the wrong way, each now saying what is really going on."""

from __future__ import annotations

import getpass
import io
import os
from pathlib import Path
from typing import Any

import pytest

from app.cli.context import CliContext
from app.cli.secrets import SecretSource
from app.core.errors import ExitCode, KeyringUnavailableError, StaleRememberedKeyError
from app.core.journal import Journal
from app.core.kdf import TEST_PARAMS
from app.core.vault import Vault, VaultFiles
from app.platform import paths as app_paths
from app.platform import remembered_key
from app.platform.keyring_store import DeviceKeyStore
from tests.conftest import PASSPHRASE
from tests.reliability.cli_in_process import InProcessCli
from tests.support.files import fingerprint

UNLOCK = PASSPHRASE + "\n"
BACKUP_SECRET = "a separate backup passphrase"
ESCAPE = "\x1b]0;owned\x07\x1b[2J\x1b[31m"  # retitle the terminal, clear it, turn text red


@pytest.fixture
def journal_dir(tmp_path: Path) -> Path:
    files = VaultFiles(tmp_path / "data")
    created = Vault.create(files, PASSPHRASE, TEST_PARAMS)
    created.vault.lock()
    return files.folder


def where(folder: Path) -> tuple[str, ...]:
    return ("--data-dir", str(folder), "--passphrase-stdin")


class StaleKeyStore:
    """A keyring that hands back a key which is not this journal's (e.g. from before a restore)."""

    def __init__(self) -> None:
        self.forgotten: list[str] = []

    def remember(self, vault_id: str, raw_key: bytes) -> str:
        return "keyring.backends.SecretService.Keyring"

    def recall(self, vault_id: str, enrolled_backend: str) -> bytes:
        return os.urandom(32)

    def forget(self, vault_id: str) -> None:
        self.forgotten.append(vault_id)


def test_a_remembered_key_that_does_not_open_the_journal_is_stale_not_damage(
    journal_dir: Path,
) -> None:
    files = VaultFiles(journal_dir)
    vault_id = Vault.open_with_passphrase(files, PASSPHRASE)
    vault_id.lock()

    with pytest.raises(StaleRememberedKeyError) as caught:
        Vault.open_with_key(files, os.urandom(32), vault_id.vault_id)

    assert isinstance(caught.value, KeyringUnavailableError)  # "ask for the passphrase"
    assert "damaged" not in caught.value.message
    assert "enter your passphrase" in caught.value.message


def test_the_cli_asks_for_the_passphrase_and_offers_to_forget_a_stale_key(
    journal_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = app_paths.resolve(journal_dir)
    store = StaleKeyStore()
    vault = Vault.open_with_passphrase(paths.vault, PASSPHRASE)
    remembered_key.remember(paths, vault, store)  # type: ignore[arg-type]
    vault.lock()
    asked: list[str] = []

    def typed(prompt: str = "") -> str:
        asked.append(prompt)
        return PASSPHRASE

    monkeypatch.setattr(getpass, "getpass", typed)
    ctx = CliContext(
        paths=paths,
        secrets=SecretSource(from_stdin=False, stdin=io.StringIO("y\n"), interactive=True),
        keystore=store,  # type: ignore[arg-type]
    )

    opened = ctx.open_vault()
    opened.lock()

    said = capsys.readouterr().err
    assert "doesn't open this journal" in said
    assert "Forget the out-of-date key" in said
    assert "damaged" not in said
    assert asked == ["Passphrase: "]
    assert store.forgotten == [opened.vault_id]
    assert not remembered_key.is_remembered(paths)


def test_without_a_terminal_a_stale_key_exits_as_a_wrong_passphrase(
    journal_dir: Path, tend: InProcessCli, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = app_paths.resolve(journal_dir)
    store = StaleKeyStore()
    vault = Vault.open_with_passphrase(paths.vault, PASSPHRASE)
    remembered_key.remember(paths, vault, store)  # type: ignore[arg-type]
    vault.lock()
    monkeypatch.setattr(DeviceKeyStore, "recall", StaleKeyStore.recall)

    outcome = tend("list", "--data-dir", str(journal_dir))

    assert outcome.code == ExitCode.WRONG_PASSPHRASE, outcome.err
    assert "doesn't open this journal" in outcome.err
    assert "damaged" not in outcome.err


def test_restore_new_refuses_a_folder_holding_unrelated_files(
    journal_dir: Path, tend: InProcessCli, tmp_path: Path
) -> None:
    backup = tmp_path / "b.tend.age"
    made = tend(
        "backup", "create", "--out", str(backup), "--backup-passphrase-stdin",
        *where(journal_dir), stdin=UNLOCK + BACKUP_SECRET + "\n",
    )  # fmt: skip
    assert made.code == ExitCode.OK, made.err
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "cover-letter.txt").write_text("Dear hiring manager", encoding="utf-8")
    before = fingerprint(folder)

    outcome = tend(
        "backup", "restore", str(backup), "--new", "--backup-passphrase-stdin",
        *where(folder), stdin="a new long passphrase\n" + BACKUP_SECRET + "\n",
    )  # fmt: skip

    assert outcome.code == ExitCode.USAGE, outcome.err
    assert "isn't empty" in outcome.err and "cover-letter.txt" in outcome.err
    assert fingerprint(folder) == before


def test_verify_reads_the_two_secret_lines_in_the_same_order_as_restore(
    journal_dir: Path, tend: InProcessCli, tmp_path: Path
) -> None:
    backup = tmp_path / "b.tend.age"
    both = UNLOCK + BACKUP_SECRET + "\n"
    options = ("--backup-passphrase-stdin", *where(journal_dir))
    made = tend("backup", "create", "--out", str(backup), *options, stdin=both)
    assert made.code == ExitCode.OK, made.err

    verified = tend("backup", "verify", str(backup), *options, stdin=both)
    restored = tend("backup", "restore", str(backup), *options, stdin=both)

    assert verified.code == ExitCode.OK, verified.err
    assert restored.code == ExitCode.OK, restored.err


@pytest.mark.parametrize("command", ["init", "passwd"])
def test_a_passphrase_of_only_spaces_is_refused_with_the_reason(
    tend: InProcessCli, tmp_path: Path, journal_dir: Path, command: str
) -> None:
    spaces = " " * 12 + "\n"
    if command == "init":
        folder = tmp_path / "new"
        outcome = tend("init", *where(folder), stdin=spaces)
        assert not folder.exists() or not any(folder.iterdir())
    else:
        outcome = tend("passwd", *where(journal_dir), stdin=UNLOCK + spaces)
        reopened = Vault.open_with_passphrase(VaultFiles(journal_dir), PASSPHRASE)
        reopened.lock()  # the old passphrase still opens it

    assert outcome.code == ExitCode.USAGE, outcome.err
    assert "only spaces" in outcome.err


def test_an_emoji_in_an_entry_can_be_found(journal_dir: Path, tend: InProcessCli) -> None:
    vault = Vault.open_with_passphrase(VaultFiles(journal_dir), PASSPHRASE)
    journal = Journal(vault.database)
    offer = journal.create("News", "Got the offer 🎉 today, so happy😊 and relieved ❤️")
    journal.create("Other", "A quiet day 😴 with no news.")
    vault.lock()

    found: dict[str, Any] = {}
    for query in ("🎉", "😊", "❤️", "offer 🎉", "news 😴", "offer 😴"):
        outcome = tend("search", query, "--json", *where(journal_dir), stdin=UNLOCK)
        assert outcome.code == ExitCode.OK, outcome.err
        found[query] = outcome.out

    for query in ("🎉", "😊", "❤️", "offer 🎉"):
        assert offer.id in found[query], query
    assert '"title": "Other"' in found["news 😴"]
    assert '"id"' not in found["offer 😴"]  # both must be in the same entry


@pytest.mark.parametrize("command", ["checkins", "list", "show"])
def test_terminal_escape_codes_are_shown_not_obeyed(
    journal_dir: Path, tend: InProcessCli, command: str
) -> None:
    vault = Vault.open_with_passphrase(VaultFiles(journal_dir), PASSPHRASE)
    entry = Journal(vault.database).create(f"Title {ESCAPE}", f"Body {ESCAPE}\nsecond line")
    vault.lock()
    added = tend("checkin", "--mood", "3", "--note", f"note {ESCAPE}", *where(journal_dir),
                 stdin=UNLOCK)  # fmt: skip
    assert added.code == ExitCode.OK, added.err
    argv = {"checkins": ("checkins",), "list": ("list",), "show": ("show", entry.id)}[command]

    plain = tend(*argv, *where(journal_dir), stdin=UNLOCK)
    as_json = tend(*argv, "--json", *where(journal_dir), stdin=UNLOCK)

    for outcome in (plain, as_json):
        assert outcome.code == ExitCode.OK, outcome.err
        assert "\x1b" not in outcome.out and "\x07" not in outcome.out
    assert "␛" in plain.out  # shown as a visible stand-in
    assert "\\u001b" in as_json.out  # JSON keeps the exact text, escaped
    if command == "show":
        assert "\nsecond line" in plain.out  # line breaks of the body are kept
