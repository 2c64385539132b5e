"""Hostile inputs from the reliability report, built as files and bytes for the tests."""

from __future__ import annotations

import gzip
import json
import zipfile
from pathlib import Path

from app.core.backup.crypto import Passphrase, decrypt, encrypt_with_passphrase
from app.core.backup.document import decode_text

LONE_SURROGATE = "\\ud800"  # as written inside JSON text: an escape for half a UTF-16 pair
HUGE_NUMBER = "9" * 5000  # beyond json's 4,300-digit limit
HUGE_LIMIT = "100000000000000000000"
NOT_UTF8 = b"\xff\xfe\xc3("


def jrnl_file(path: Path, *, date: str = "2026-02-02", body: str = '"A day."') -> Path:
    """A jrnl export with one entry; ``body`` is raw JSON text (so it can hold any escape)."""
    path.write_text(
        '{"tags": {}, "entries": [{"title": "A title", "body": '
        + body
        + f', "date": "{date}", "time": "09:15", "tags": [], "starred": false}}]}}',
        encoding="utf-8",
    )
    return path


def jrnl_with_huge_number(path: Path) -> Path:
    path.write_text(f'{{"tags": {{}}, "entries": [], "count": {HUGE_NUMBER}}}', encoding="utf-8")
    return path


def dayone_zip(path: Path, text_json: str) -> Path:
    """A Day One export holding one entry whose "text" is ``text_json`` (raw JSON text)."""
    document = (
        '{"metadata": {"version": "1.0"}, "entries": [{"uuid": '
        '"0123456789ABCDEF0123456789ABCDEF", "creationDate": "2024-05-14T08:30:12Z", '
        f'"timeZone": "Europe/London", "text": {text_json}}}]}}'
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("Journal.json", document)
    return path


def daylio_file(path: Path, full_date: str, time: str = "21:40") -> Path:
    path.write_text(
        "full_date,date,weekday,time,mood,activities,note_title,note\n"
        f'{full_date},May 1,Monday,{time},good,"reading",A title,"A note."\n',
        encoding="utf-8",
    )
    return path


def history_with_huge_number(path: Path) -> Path:
    path.write_text(
        f'{{"type": "checkin", "at": "2026-03-01T20:15", "mood": {HUGE_NUMBER}}}\n',
        encoding="utf-8",
    )
    return path


def backup_with_body(source: Path, target: Path, secret: str, body_json: str) -> Path:
    """``source`` (a real backup) re-encrypted with its first entry's body replaced."""
    text = decode_text(decrypt(source.read_bytes(), Passphrase(secret)))
    document = json.loads(text)
    entries = document["sections"]["entries"]["items"]
    entries[0]["body"] = "PLACEHOLDER"
    changed = json.dumps(document).replace('"PLACEHOLDER"', body_json)
    target.write_bytes(encrypt_with_passphrase(gzip.compress(changed.encode()), Passphrase(secret)))
    return target
