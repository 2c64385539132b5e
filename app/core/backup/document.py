"""The backup document: versioned JSON, gzip-compressed, written and read section by section.

    {"format": "tend-backup", "version": 1, "created_at": …, "app_version": …,
     "vault_id": …, "sections": {"entries": {"version": 1, "items": [...]}, …}}

Writing streams item by item into the compressor, so the whole JSON text never sits in
memory at once. Reading decompresses with a size cap and checks everything before anyone
writes anything. docs/backup-format.md describes every field.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, BinaryIO

from sqlalchemy.orm import Session

from app import __version__
from app.core.backup import validate as v
from app.core.backup.errors import NOTHING_CHANGED, BackupSchemaError, BackupTooNewError
from app.core.backup.sections import PLANNED_SECTIONS, SECTIONS, BackupSection, section_named
from app.core.progress import ProgressCallback, report

FORMAT_NAME = "tend-backup"
FORMAT_VERSION = 1
GZIP_MAGIC = b"\x1f\x8b"
GZIP_WBITS = 31
COMPRESS_LEVEL = 6
MAX_DOCUMENT_BYTES = 1 << 30  # 1 GiB of JSON: far beyond a lifetime of writing
READ_PIECE = 1 << 20
TOP_LEVEL = ("format", "version", "created_at", "app_version", "vault_id", "sections")


@dataclass(frozen=True)
class BackupDocument:
    """A checked backup: its header and each section's plain records."""

    created_at: datetime
    app_version: str
    vault_id: str
    records: dict[str, Sequence[Any]] = field(default_factory=dict)

    def count(self, section: str) -> int:
        return len(self.records.get(section, ()))


def write_document(
    session: Session,
    out: BinaryIO,
    *,
    created_at: datetime,
    vault_id: str,
    progress: ProgressCallback | None = None,
    sections: Sequence[BackupSection] = SECTIONS,
) -> dict[str, int]:
    """Write the gzip-compressed document to ``out``; returns the record count per section."""
    compressor = zlib.compressobj(COMPRESS_LEVEL, zlib.DEFLATED, GZIP_WBITS)
    pending: list[str] = []

    def emit(text: str) -> None:
        pending.append(text)
        if len(pending) >= 256:
            drain()

    def drain() -> None:
        out.write(compressor.compress("".join(pending).encode("utf-8")))
        pending.clear()

    header = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "created_at": created_at.isoformat(timespec="microseconds"),
        "app_version": __version__,
        "vault_id": vault_id,
    }
    emit(json.dumps(header, ensure_ascii=False)[:-1] + ', "sections": {')
    counts = {section.name: section.count(session) for section in sections}
    total = sum(counts.values())
    done = 0
    for position, section in enumerate(sections):
        emit(
            ("," if position else "")
            + f'\n"{section.name}": {{"version": {section.version}, "items": ['
        )
        first = True
        for item in section.dump(session):
            emit(("" if first else ",") + "\n" + json.dumps(item, ensure_ascii=False))
            first = False
            done += 1
            if done % 500 == 0:
                report(progress, done, total)
        emit("]}")
    emit("\n}}\n")
    drain()
    out.write(compressor.flush())
    report(progress, total, total)
    return counts


def read_document(plaintext: bytes) -> BackupDocument:
    """Decompress (if gzip), parse and check the whole document, or raise BackupSchemaError."""
    return parse_document(parse_json(decode_text(plaintext)))


def decode_text(plaintext: bytes) -> str:
    """The document's JSON text: gunzipped if it is gzip (Tend's), as is if not (by hand)."""
    data = _decompress(plaintext) if plaintext.startswith(GZIP_MAGIC) else plaintext
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise BackupSchemaError("(the document)", "it isn't UTF-8 text") from error


def parse_json(text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise BackupSchemaError(
            "(the document)", f"it isn't valid JSON (line {error.lineno}, column {error.colno})"
        ) from error
    except RecursionError as error:
        raise BackupSchemaError("(the document)", "it is nested too deeply") from error
    except ValueError as error:
        # json refuses integers of more than 4,300 digits with a plain ValueError.
        raise BackupSchemaError("(the document)", "it holds a number far too long") from error


def parse_document(raw: Any) -> BackupDocument:
    obj = v.expect_object(raw, "", TOP_LEVEL)
    if obj["format"] != FORMAT_NAME:
        raise v.fail("format", f'expected "{FORMAT_NAME}"')
    version = v.expect_int(obj["version"], "version", 1, 1_000_000)
    if version > FORMAT_VERSION:
        raise BackupTooNewError(
            f"This backup was made by a newer version of Tend (format {version}). Update Tend "
            f"to restore it. {NOTHING_CHANGED}"
        )
    created_at = v.expect_timestamp(obj["created_at"], "created_at")
    app_version = v.expect_str(obj["app_version"], "app_version", 100)
    vault_id = v.expect_uuid(obj["vault_id"], "vault_id")
    sections = obj["sections"]
    if not isinstance(sections, dict):
        raise v.fail("sections", "expected an object")
    records: dict[str, Sequence[Any]] = {}
    for name, body in sections.items():
        path = f"sections.{name}"
        content = v.expect_object(body, path, ("version", "items"))
        section_version = v.expect_int(content["version"], f"{path}.version", 1, 1_000_000)
        items = v.expect_list(content["items"], f"{path}.items", 10_000_000)
        section = section_named(name)
        if section is None:
            if items:
                raise _unsupported_section(name)
            continue
        if section_version > section.version:
            raise BackupTooNewError(
                f"This backup's {section.label} were saved by a newer version of Tend. Update "
                f"Tend to restore it. {NOTHING_CHANGED}"
            )
        records[name] = section.parse(items, f"{path}.items")
    # Links between sections (a check-in's activities and entry) are checked once all are read.
    for section in SECTIONS:
        if section.name in records:
            section.check_links(records, f"sections.{section.name}.items")
    return BackupDocument(created_at, app_version, vault_id, records)


def _unsupported_section(name: str) -> BackupTooNewError:
    label = PLANNED_SECTIONS.get(name)
    what = label if label else f'a kind of data this Tend doesn\'t know ("{name[:40]}")'
    return BackupTooNewError(
        f"This backup holds {what}, which this version of Tend can't restore yet. Update Tend "
        f"to restore it whole; nothing is restored in part. {NOTHING_CHANGED}"
    )


def _decompress(data: bytes) -> bytearray:
    """Gunzip into one growing buffer (not a list of pieces joined later: half the peak)."""
    decompressor = zlib.decompressobj(GZIP_WBITS)
    out = bytearray()
    pending = data
    try:
        while pending and not decompressor.eof:
            out += decompressor.decompress(pending, READ_PIECE)
            if len(out) > MAX_DOCUMENT_BYTES:
                raise BackupSchemaError(
                    "(the document)", "it unpacks to more than 1 GiB, far more than any journal"
                )
            pending = decompressor.unconsumed_tail
    except zlib.error as error:
        raise BackupSchemaError("(the document)", "its gzip compression is damaged") from error
    if not decompressor.eof:
        raise BackupSchemaError("(the document)", "its gzip compression ends too early")
    if decompressor.unused_data:
        raise BackupSchemaError("(the document)", "there is extra data after the compressed part")
    return out
