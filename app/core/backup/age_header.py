"""Reading the outside of an age v1 file (the header), without any key.

pyrage does the decryption; this module only looks at the structure first, so a file that
is not age at all, a header that was changed, and a file cut short inside its header each
get their own message before any passphrase is tried. The grammar follows the age v1
specification (age-encryption.org/v1).
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass

from app.core.backup.errors import (
    NOTHING_CHANGED,
    BackupHeaderDamagedError,
    BackupTruncatedError,
    NotAnAgeFileError,
)

MAGIC = b"age-encryption.org/v1\n"
ARMOR_BEGIN = b"-----BEGIN AGE ENCRYPTED FILE-----"
ARMOR_END = b"-----END AGE ENCRYPTED FILE-----"
STANZA_PREFIX = b"-> "
MAC_PREFIX = b"--- "
BODY_COLUMNS = 64
MAC_BYTES = 32
PAYLOAD_NONCE_BYTES = 16
MAX_HEADER_BYTES = 64 * 1024

SCRYPT = "scrypt"
X25519 = "X25519"


@dataclass(frozen=True)
class Stanza:
    kind: str
    args: tuple[str, ...]
    body: bytes


@dataclass(frozen=True)
class AgeHeader:
    stanzas: tuple[Stanza, ...]
    mac_input: bytes  # the header up to and including "---", which the MAC covers
    mac: bytes
    payload_offset: int

    @property
    def is_passphrase(self) -> bool:
        return any(stanza.kind == SCRYPT for stanza in self.stanzas)

    @property
    def recipient_kinds(self) -> tuple[str, ...]:
        return tuple(stanza.kind for stanza in self.stanzas)


def dearmor(data: bytes) -> bytes:
    """The binary form of an ASCII-armored age file; binary input is returned as is."""
    stripped = data.lstrip()
    if not stripped.startswith(ARMOR_BEGIN):
        return data
    text = stripped.rstrip()
    if not text.endswith(ARMOR_END):
        raise BackupTruncatedError(
            "The backup file ends before its closing line: it was cut short, perhaps "
            f"while copying or syncing. {NOTHING_CHANGED}"
        )
    inner = b"".join(text[len(ARMOR_BEGIN) : -len(ARMOR_END)].split())
    try:
        return base64.b64decode(inner, validate=True)
    except binascii.Error as error:
        raise BackupHeaderDamagedError(
            "The backup is in age's text form, but some of its letters were changed, so it "
            f"can't be read. {NOTHING_CHANGED}"
        ) from error


def parse_header(data: bytes) -> AgeHeader:
    """The header's stanzas and MAC, or an error saying what is wrong with the file."""
    if not data:
        raise BackupTruncatedError(f"The backup file is empty. {NOTHING_CHANGED}")
    if not data.startswith(MAGIC):
        if MAGIC.startswith(data):
            raise _cut_short()
        raise NotAnAgeFileError(
            "This file isn't a Tend backup: it isn't an age-encrypted file at all. Check "
            f"that you chose the right file (backups end in .tend.age). {NOTHING_CHANGED}"
        )
    position = len(MAGIC)
    stanzas: list[Stanza] = []
    while True:
        line, position = _next_line(data, position)
        if line.startswith(MAC_PREFIX):
            mac = _decode_b64(line[len(MAC_PREFIX) :])
            if len(mac) != MAC_BYTES:
                raise _damaged("its seal (the header MAC) has the wrong length")
            line_start = position - len(line) - 1
            mac_input = data[: line_start + len(MAC_PREFIX.rstrip())]
            break
        if not line.startswith(STANZA_PREFIX):
            raise _damaged("a line in it doesn't follow the age format")
        stanza, position = _read_stanza(data, position, line)
        stanzas.append(stanza)
    if not stanzas:
        raise _damaged("it names no way to open the file")
    if len(data) - position < PAYLOAD_NONCE_BYTES:
        raise _cut_short()
    return AgeHeader(tuple(stanzas), mac_input, mac, position)


def _read_stanza(data: bytes, position: int, first_line: bytes) -> tuple[Stanza, int]:
    try:
        words = first_line[len(STANZA_PREFIX) :].decode("ascii").split(" ")
    except UnicodeDecodeError as error:
        raise _damaged("a line in it holds characters age never writes") from error
    if not words or any(not word or not word.isprintable() for word in words):
        raise _damaged("a recipient line in it is malformed")
    body = bytearray()
    while True:
        line, position = _next_line(data, position)
        if len(line) > BODY_COLUMNS:
            raise _damaged("a line in it is longer than age allows")
        body += _decode_b64(line)
        if len(line) < BODY_COLUMNS:
            break
    return Stanza(words[0], tuple(words[1:]), bytes(body)), position


def _next_line(data: bytes, position: int) -> tuple[bytes, int]:
    end = data.find(b"\n", position, position + MAX_HEADER_BYTES)
    if end < 0:
        if len(data) - position < MAX_HEADER_BYTES:
            raise _cut_short()
        raise _damaged("it is far longer than any age header")
    return data[position:end], end + 1


def _decode_b64(text: bytes) -> bytes:
    """Canonical, unpadded base64, as the age format requires."""
    if b"=" in text:
        raise _damaged("it holds padding that age never writes")
    try:
        decoded = base64.b64decode(text + b"=" * (-len(text) % 4), validate=True)
    except binascii.Error as error:
        raise _damaged("some of its letters were changed") from error
    if base64.b64encode(decoded).rstrip(b"=") != text:
        raise _damaged("some of its letters were changed")
    return decoded


def _damaged(detail: str) -> BackupHeaderDamagedError:
    return BackupHeaderDamagedError(
        f"The backup's header was changed or damaged ({detail}), so Tend can't trust the "
        f"file. Use another copy of this backup if you have one. {NOTHING_CHANGED}"
    )


def _cut_short() -> BackupTruncatedError:
    return BackupTruncatedError(
        "The backup file is cut short: it ends inside its header, perhaps because copying "
        f"or syncing stopped early. Use another copy if you have one. {NOTHING_CHANGED}"
    )
