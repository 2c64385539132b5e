"""Entry text never reaches the disk in the clear, and text deleted for good is gone.

The second half decrypts the database with its key, page by page, using an independent
SQLCipher reader (tests/support/sqlcipher_pages.py). A marker in a live entry must be found
that way (so the reader is known to work) while a marker deleted forever must not.
"""

from __future__ import annotations

import uuid

import pytest

from app.core import config
from app.core.journal import Journal, NewEntry
from app.platform.paths import AppPaths
from tests.support.files import encodings_of, files_containing
from tests.support.sqlcipher_pages import (
    PageAuthenticationError,
    decrypt_database,
    plaintext_of_vault_files,
)


def new_marker() -> str:
    return "zqx" + uuid.uuid4().hex[:20] + "q"


def found_in(plaintext: bytes, marker: str) -> bool:
    return any(pattern in plaintext for pattern in encodings_of(marker))


def write_marked_entry(journal: Journal, marker: str):
    return journal.create(
        f"Title {marker}", f"A body about {marker}, written on a hard day.", [f"tag{marker}"]
    )


def test_file_scan_finds_a_marker_written_in_the_clear(tmp_path):
    marker = new_marker()
    (tmp_path / "utf8.txt").write_text(f"x {marker} y", encoding="utf-8")
    (tmp_path / "utf16.txt").write_text(f"x {marker} y", encoding="utf-16")
    assert files_containing(tmp_path, marker) == ["utf16.txt", "utf8.txt"]


def test_no_file_in_the_data_folder_holds_entry_text(vault, vault_files, data_dir):
    marker = new_marker()
    journal = Journal(vault.database)
    entry = write_marked_entry(journal, marker)
    journal.update(entry.id, body=f"Edited: {marker} again")
    assert [hit.id for hit in journal.search(marker)] == [entry.id]
    paths = AppPaths(data_dir)
    config.ConfigStore(paths.config_file).update(
        lambda cfg: setattr(cfg, "remembered_vault_id", vault.vault_id)
    )
    assert all(path.exists() for path in vault_files.sidecars)  # the WAL is scanned too

    assert files_containing(data_dir, marker) == []

    vault.lock()
    assert files_containing(data_dir, marker) == []


def test_decryptor_reads_every_page_and_refuses_a_wrong_key(vault, vault_files):
    Journal(vault.database).create("hello", "world")
    vault.database.checkpoint()
    pages = decrypt_database(vault_files.db, vault.raw_key())
    assert pages[0].startswith(b"SQLite format 3\x00")
    assert int.from_bytes(pages[0][16:18], "big") == 4096
    with pytest.raises(PageAuthenticationError):
        decrypt_database(vault_files.db, bytes(32))


def assert_only_live_marker_remains(vault, vault_files, live: str, dead: str) -> None:
    plaintext = plaintext_of_vault_files(vault_files.db, vault.raw_key())
    assert found_in(plaintext, live)  # the positive control: the reader sees entry text
    assert not found_in(plaintext, dead)


def test_entry_deleted_forever_is_gone_even_with_the_key(vault, vault_files):
    live, dead = new_marker(), new_marker()
    journal = Journal(vault.database)
    write_marked_entry(journal, live)
    doomed = write_marked_entry(journal, dead)
    plaintext = plaintext_of_vault_files(vault_files.db, vault.raw_key())
    assert found_in(plaintext, live)
    assert found_in(plaintext, dead)

    journal.delete_forever([doomed.id])

    assert_only_live_marker_remains(vault, vault_files, live, dead)
    key = vault.raw_key()
    vault.lock()
    plaintext = plaintext_of_vault_files(vault_files.db, key)
    assert found_in(plaintext, live)
    assert not found_in(plaintext, dead)


def test_trashed_entry_already_in_the_main_file_is_scrubbed_by_empty_trash(vault, vault_files):
    live, dead = new_marker(), new_marker()
    journal = Journal(vault.database)
    filler = [NewEntry(f"Day {n}", "ordinary words about an ordinary day " * 20) for n in range(40)]
    journal.create_many(filler)
    write_marked_entry(journal, live)
    doomed = write_marked_entry(journal, dead)
    journal.update(doomed.id, body=f"A second version, still about {dead}.")
    vault.database.checkpoint()  # the marked pages now live in journal.db itself
    assert found_in(b"".join(decrypt_database(vault_files.db, vault.raw_key())), dead)

    journal.move_to_trash(doomed.id)
    assert journal.empty_trash() == 1

    assert_only_live_marker_remains(vault, vault_files, live, dead)
