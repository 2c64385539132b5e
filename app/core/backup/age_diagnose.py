"""Telling apart a changed byte, a cut-short file and extra bytes, after pyrage refused a file.

pyrage reports every payload failure as one "decryption error". To give each kind of damage
its own message, this module re-derives the file key with the same secret (age v1: scrypt or
X25519 stanzas, HKDF-SHA-256, ChaCha20-Poly1305 STREAM in 64 KiB chunks), then walks the
chunks. Where the last chunk fails, it deciphers it without authentication and lets the
gzip stream inside say whether it ends early (cut short), ends exactly before the 16-byte
tag (a changed byte in the tag), or ends with bytes to spare (appended data). It runs only
on a file that already failed; nothing it sees is kept or written anywhere.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import zlib
from enum import Enum

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.core.backup.age_header import PAYLOAD_NONCE_BYTES, SCRYPT, X25519, AgeHeader, Stanza

CHUNK_PLAINTEXT = 64 * 1024
TAG_BYTES = 16
CHUNK_CIPHERTEXT = CHUNK_PLAINTEXT + TAG_BYTES
MAX_SCRYPT_LOG2 = 22
SCRYPT_LABEL = b"age-encryption.org/v1/scrypt"
X25519_LABEL = b"age-encryption.org/v1/X25519"
BECH32_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
GZIP_WBITS = 31
PROBE_PIECE = 64 * 1024


class PayloadFault(Enum):
    CHANGED = "changed"
    TRUNCATED = "truncated"
    APPENDED = "appended"
    UNKNOWN = "unknown"


class HeaderFault(Exception):
    """The file key could be recovered but the header's MAC doesn't match."""


def diagnose_payload(
    data: bytes, header: AgeHeader, passphrase: str | None, identities: tuple[str, ...]
) -> PayloadFault:
    """Why the payload of ``data`` failed to decrypt, given the secret that opens its header."""
    file_key = _file_key(header, passphrase, identities)
    if file_key is None:
        return PayloadFault.UNKNOWN
    mac_key = _hkdf(file_key, b"", b"header")
    if not hmac.compare_digest(hmac.new(mac_key, header.mac_input, "sha256").digest(), header.mac):
        raise HeaderFault
    start = header.payload_offset
    nonce = data[start : start + PAYLOAD_NONCE_BYTES]
    payload = memoryview(data)[start + PAYLOAD_NONCE_BYTES :]
    return _walk_chunks(_hkdf(file_key, nonce, b"payload"), payload)


def _walk_chunks(payload_key: bytes, payload: memoryview) -> PayloadFault:
    aead = ChaCha20Poly1305(payload_key)
    plaintext = bytearray()
    position, index = 0, 0
    while True:
        piece = bytes(payload[position : position + CHUNK_CIPHERTEXT])
        is_final_piece = position + len(piece) >= len(payload)
        if len(piece) < TAG_BYTES:
            return PayloadFault.TRUNCATED
        as_middle = _open(aead, index, piece, last=False)
        as_last = None if as_middle is not None else _open(aead, index, piece, last=True)
        if not is_final_piece:
            if as_middle is not None:
                plaintext += as_middle
                position, index = position + len(piece), index + 1
                continue
            return PayloadFault.APPENDED if as_last is not None else PayloadFault.CHANGED
        if as_middle is not None:
            return PayloadFault.TRUNCATED  # a whole chunk that promised more to come
        if as_last is not None:
            return PayloadFault.UNKNOWN  # it all checks out here; pyrage saw something else
        return _probe_final_piece(payload_key, index, piece, plaintext)


def _probe_final_piece(
    payload_key: bytes, index: int, piece: bytes, before: bytearray
) -> PayloadFault:
    """Read the unauthenticated plaintext's gzip structure to see how the file ends."""
    if before[:2] != b"\x1f\x8b" and index > 0:
        return PayloadFault.UNKNOWN
    for last in (True, False):
        guess = _keystream_decrypt(payload_key, _chunk_nonce(index, last), piece)
        if index == 0 and guess[:2] != b"\x1f\x8b":
            continue
        verdict = _gzip_ending(bytes(before) + guess)
        if verdict is not None:
            return verdict
    return PayloadFault.CHANGED


def _gzip_ending(stream: bytes) -> PayloadFault | None:
    """How a gzip stream whose last 16 bytes should be a tag ends; None if it is garbled."""
    decompressor = zlib.decompressobj(GZIP_WBITS)
    pending = stream
    try:
        while pending and not decompressor.eof:
            # The output is thrown away; max_length keeps a crafted stream from ballooning.
            decompressor.decompress(pending, PROBE_PIECE)
            pending = decompressor.unconsumed_tail
    except zlib.error:
        return None
    if not decompressor.eof:
        return PayloadFault.TRUNCATED
    spare = len(decompressor.unused_data)
    if spare == TAG_BYTES:
        return PayloadFault.CHANGED  # the contents are whole; the tag itself was altered
    return PayloadFault.APPENDED if spare > TAG_BYTES else PayloadFault.TRUNCATED


def _file_key(
    header: AgeHeader, passphrase: str | None, identities: tuple[str, ...]
) -> bytes | None:
    for stanza in header.stanzas:
        if stanza.kind == SCRYPT and passphrase is not None:
            return _unwrap_scrypt(stanza, passphrase)
        if stanza.kind == X25519:
            for identity in identities:
                key = _unwrap_x25519(stanza, identity)
                if key is not None:
                    return key
    return None


def _unwrap_scrypt(stanza: Stanza, passphrase: str) -> bytes | None:
    if len(stanza.args) != 2 or not stanza.args[1].isdigit():
        return None
    log2_n = int(stanza.args[1])
    if not 1 <= log2_n <= MAX_SCRYPT_LOG2:
        return None
    try:
        salt = base64.b64decode(stanza.args[0] + "=" * (-len(stanza.args[0]) % 4))
    except ValueError:  # damaged base64
        return None
    wrap_key = hashlib.scrypt(
        passphrase.encode("utf-8"),
        salt=SCRYPT_LABEL + salt,
        n=2**log2_n,
        r=8,
        p=1,
        maxmem=2**31 - 1,
        dklen=32,
    )
    return _unwrap(wrap_key, stanza.body)


def _unwrap_x25519(stanza: Stanza, identity: str) -> bytes | None:
    if len(stanza.args) != 1:
        return None
    try:
        share = base64.b64decode(stanza.args[0] + "=" * (-len(stanza.args[0]) % 4))
        secret = X25519PrivateKey.from_private_bytes(_bech32_payload(identity))
        ours = secret.public_key().public_bytes_raw()
        shared = secret.exchange(X25519PublicKey.from_public_bytes(share))
    except ValueError:  # a damaged share: bad base64, the wrong length, a low-order point
        return None
    return _unwrap(_hkdf(shared, share + ours, X25519_LABEL), stanza.body)


def _unwrap(wrap_key: bytes, body: bytes) -> bytes | None:
    try:
        return ChaCha20Poly1305(wrap_key).decrypt(bytes(12), body, None)
    except InvalidTag:
        return None


def _open(aead: ChaCha20Poly1305, index: int, piece: bytes, *, last: bool) -> bytes | None:
    try:
        return aead.decrypt(_chunk_nonce(index, last), piece, None)
    except InvalidTag:
        return None


def _chunk_nonce(index: int, last: bool) -> bytes:
    return index.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


def _keystream_decrypt(key: bytes, nonce: bytes, ciphertext: bytes) -> bytes:
    """ChaCha20 from block 1, as the AEAD does, without checking the tag."""
    decryptor = Cipher(algorithms.ChaCha20(key, (1).to_bytes(4, "little") + nonce), None)
    return decryptor.decryptor().update(ciphertext)


def _hkdf(key: bytes, salt: bytes, info: bytes) -> bytes:
    return HKDF(hashes.SHA256(), 32, salt, info).derive(key)


def _bech32_payload(text: str) -> bytes:
    """The 32 key bytes of an age secret key (its checksum was already checked by pyrage)."""
    lowered = text.strip().lower()
    data_part = lowered[lowered.rindex("1") + 1 : -6]
    accumulator, bits, out = 0, 0, bytearray()
    for char in data_part:
        accumulator = (accumulator << 5) | BECH32_CHARSET.index(char)
        bits += 5
        if bits >= 8:
            bits -= 8
            out.append((accumulator >> bits) & 0xFF)
    return bytes(out)
