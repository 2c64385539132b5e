"""Find a damaged write-ahead log before SQLite opens it and quietly drops its tail.

SQLite replays the log (journal.db-wal) only up to the first frame whose checksum fails,
then discards the rest and deletes the file when the last connection closes: committed
writes after a damaged frame would vanish without a word. A torn last frame is normal
(a write cut short by a crash, never acknowledged), but a bad frame followed by good
frames of the same log generation means the log itself was damaged. Tend refuses to open
the journal then, and changes nothing.

The format (https://sqlite.org/fileformat2.html#walformat): a 32-byte header, then frames
of a 24-byte header and one page. Checksums run cumulatively over 32-bit words.
"""

from __future__ import annotations

import struct
from pathlib import Path
from typing import Any

WAL_MAGIC = (0x377F0682, 0x377F0683)
HEADER_BYTES = 32
FRAME_HEADER_BYTES = 24


def wal_is_damaged(wal: Path) -> bool:
    """True when good frames follow a bad one in the current log generation."""
    try:
        data = wal.read_bytes()
    except FileNotFoundError:
        return False
    if len(data) <= HEADER_BYTES:
        return False  # empty, or a header alone: nothing to replay, nothing to lose
    magic, _version, page_size = struct.unpack(">III", data[:12])
    order = ">" if magic & 1 else "<"
    sums = _checksum(data[:24], (0, 0), order)
    if magic not in WAL_MAGIC or sums != struct.unpack(">II", data[24:32]):
        return True  # frames behind a header that isn't a sound log's
    return _first_bad_frame_is_followed(data, page_size, sums, order)


def _first_bad_frame_is_followed(
    data: bytes, page_size: int, sums: tuple[int, int], order: str
) -> bool:
    salts = data[16:24]
    frame_size = FRAME_HEADER_BYTES + page_size
    offset = HEADER_BYTES
    while offset + frame_size <= len(data):
        header = data[offset : offset + FRAME_HEADER_BYTES]
        if header[8:16] == salts:
            page = data[offset + FRAME_HEADER_BYTES : offset + frame_size]
            sums = _checksum(header[:8] + page, sums, order)
        if header[8:16] != salts or sums != struct.unpack(">II", header[16:24]):
            # An older generation's frames are never replayed, so nothing is lost; a torn
            # last frame was never acknowledged. Good frames of this generation after it are
            # writing SQLite would drop.
            return _later_frame_of_generation(data, offset + frame_size, frame_size, salts)
        offset += frame_size
    return False


def _later_frame_of_generation(data: bytes, offset: int, frame_size: int, salts: bytes) -> bool:
    while offset + frame_size <= len(data):
        if data[offset + 8 : offset + 16] == salts:
            return True
        offset += frame_size
    return False


def _checksum(block: bytes, start: tuple[int, int], order: str) -> tuple[int, int]:
    """SQLite's cumulative checksum, continued from ``start`` over ``block``.

    Per pair of words (a, b): s0 += a + s1; s1 += b + s0. That is linear, the state
    times [[1, 1], [1, 2]] plus (a, a + b), and the matrix's powers are Fibonacci numbers,
    so a whole page is two dot products (numpy, wrapping like the C code) instead of a
    thousand steps in Python.
    """
    import numpy as np

    words = np.frombuffer(block, dtype=np.dtype(f"{order}u4")).astype(np.uint64)
    a, b = words[0::2], words[1::2]
    pairs = len(a)
    fib = _fibonacci(2 * pairs + 2)  # fib[j] is F(j - 1), so fib[0] is F(-1) = 1
    k = np.arange(pairs - 1, -1, -1)  # the power of the matrix applied to each pair
    both = a + b
    s0, s1 = np.uint64(start[0]), np.uint64(start[1])
    n = pairs
    with np.errstate(over="ignore"):
        new0 = fib[2 * n] * s0 + fib[2 * n + 1] * s1
        new0 += np.sum(fib[2 * k] * a + fib[2 * k + 1] * both, dtype=np.uint64)
        new1 = fib[2 * n + 1] * s0 + fib[2 * n + 2] * s1
        new1 += np.sum(fib[2 * k + 1] * a + fib[2 * k + 2] * both, dtype=np.uint64)
    mask = 0xFFFFFFFF
    return int(new0) & mask, int(new1) & mask


_FIBONACCI: dict[int, object] = {}


def _fibonacci(count: int) -> Any:
    """F(-1), F(0), F(1), … F(count - 2), wrapping at 2**64 like uint64 arithmetic."""
    import numpy as np

    cached = _FIBONACCI.get(count)
    if cached is None:
        values = [1, 0]
        while len(values) < count + 1:
            values.append((values[-1] + values[-2]) & 0xFFFFFFFFFFFFFFFF)
        cached = np.array(values, dtype=np.uint64)
        _FIBONACCI[count] = cached
    return cached
