"""Fingerprints of a folder, to prove that a failed operation changed nothing on disk."""

from __future__ import annotations

import hashlib
from pathlib import Path


def fingerprint(folder: Path) -> dict[str, str]:
    """File name (relative) -> SHA-256 of its bytes, for every file under ``folder``."""
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def encodings_of(marker: str) -> list[bytes]:
    """The marker as it would appear in a file written as UTF-8 or UTF-16 (either order)."""
    return [marker.encode(name) for name in ("utf-8", "utf-16-le", "utf-16-be")]


def files_containing(folder: Path, marker: str) -> list[str]:
    """Every file under ``folder`` whose bytes hold ``marker`` in any common encoding."""
    patterns = encodings_of(marker)
    return [
        str(path.relative_to(folder))
        for path in sorted(folder.rglob("*"))
        if path.is_file() and any(pattern in path.read_bytes() for pattern in patterns)
    ]
