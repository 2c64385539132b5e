"""An independent reader of SQLCipher 4 pages, to look inside the encrypted file in tests.

Default SQLCipher 4 settings with a raw key: 4096-byte pages, each ending in an 80-byte
reserve (a 16-byte IV, then a 64-byte HMAC-SHA512). Page 1 begins with the 16-byte salt
and is encrypted from offset 16. The raw key is the AES-256-CBC key; the HMAC key is
PBKDF2-HMAC-SHA512(raw key, salt XOR 0x3a, 2 iterations). The HMAC covers the ciphertext,
the IV and the page number (4 bytes, little-endian).

WAL files hold the same encrypted pages: a 32-byte header, then frames of a 24-byte header
(page number first, big-endian) followed by one page.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE_SIZE = 4096
SALT_BYTES = 16
IV_BYTES = 16
HMAC_BYTES = 64
RESERVE = IV_BYTES + HMAC_BYTES
WAL_HEADER = 32
WAL_FRAME_HEADER = 24
SQLITE_HEADER = b"SQLite format 3\x00"


class PageAuthenticationError(ValueError):
    """A page's HMAC does not match: wrong key, or the page is damaged."""


@dataclass(frozen=True)
class PageKeys:
    encryption: bytes
    hmac: bytes

    @classmethod
    def derive(cls, raw_key: bytes, salt: bytes) -> PageKeys:
        hmac_salt = bytes(byte ^ 0x3A for byte in salt)
        return cls(raw_key, hashlib.pbkdf2_hmac("sha512", raw_key, hmac_salt, 2, len(raw_key)))


def database_salt(db_path: Path) -> bytes:
    with db_path.open("rb") as handle:
        return handle.read(SALT_BYTES)


def decrypt_page(keys: PageKeys, page_number: int, page: bytes) -> bytes:
    """The plaintext of one page (page 1 gets its SQLite header back); checks the HMAC."""
    if len(page) != PAGE_SIZE:
        raise ValueError(f"a page is {PAGE_SIZE} bytes, not {len(page)}")
    start = SALT_BYTES if page_number == 1 else 0
    end = PAGE_SIZE - RESERVE
    ciphertext, iv = page[start:end], page[end : end + IV_BYTES]
    stored_mac = page[end + IV_BYTES :]
    mac = hmac.new(keys.hmac, ciphertext + iv + page_number.to_bytes(4, "little"), "sha512")
    if not hmac.compare_digest(mac.digest(), stored_mac):
        raise PageAuthenticationError(f"HMAC mismatch on page {page_number}")
    decryptor = Cipher(algorithms.AES(keys.encryption), modes.CBC(iv)).decryptor()
    plain = decryptor.update(ciphertext) + decryptor.finalize()
    prefix = SQLITE_HEADER if page_number == 1 else b""
    return prefix + plain + bytes(RESERVE)


def decrypt_database(db_path: Path, raw_key: bytes) -> list[bytes]:
    """Every page of the main database file, decrypted. All-zero pages are kept as is."""
    data = db_path.read_bytes()
    keys = PageKeys.derive(raw_key, data[:SALT_BYTES])
    pages = []
    for index in range(len(data) // PAGE_SIZE):
        page = data[index * PAGE_SIZE : (index + 1) * PAGE_SIZE]
        pages.append(page if not any(page) else decrypt_page(keys, index + 1, page))
    return pages


def decrypt_wal(wal_path: Path, salt: bytes, raw_key: bytes) -> list[bytes]:
    """Every frame's page in a WAL file, decrypted (empty list for an empty or absent WAL)."""
    if not wal_path.exists():
        return []
    data = wal_path.read_bytes()
    keys = PageKeys.derive(raw_key, salt)
    pages = []
    frame_size = WAL_FRAME_HEADER + PAGE_SIZE
    offset = WAL_HEADER
    while offset + frame_size <= len(data):
        page_number = int.from_bytes(data[offset : offset + 4], "big")
        page = data[offset + WAL_FRAME_HEADER : offset + frame_size]
        if page_number and any(page):
            pages.append(decrypt_page(keys, page_number, page))
        offset += frame_size
    return pages


def plaintext_of_vault_files(db_path: Path, raw_key: bytes) -> bytes:
    """All decrypted pages of the database and of its WAL, joined for searching."""
    salt = database_salt(db_path)
    wal = db_path.with_name(db_path.name + "-wal")
    return b"".join(decrypt_database(db_path, raw_key) + decrypt_wal(wal, salt, raw_key))
