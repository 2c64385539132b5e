"""Writing a CSV export safely: cells a spreadsheet would run as a formula are defused.

Spreadsheet programs treat a cell that starts with ``=``, ``+``, ``-`` or ``@`` (and, in
some, a tab or carriage return) as a formula, which can run commands or leak data when the
file is opened. Such cells get a leading single quote, the usual spreadsheet sign for
"this is text". The file is created new, never over an existing one.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import BinaryIO

from app.core.atomic_file import write_new_file

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_FORMULA_FIRST = frozenset(FORMULA_STARTS)  # each start is one character


def safe_cell(value: str) -> str:
    """The text as it is, or behind a single quote if a spreadsheet would run it."""
    return "'" + value if value[:1] in _FORMULA_FIRST else value


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[str]]) -> None:
    """Rows go to the file as they come, so memory stays flat however many there are."""

    def write(handle: BinaryIO) -> None:
        text = io.TextIOWrapper(handle, encoding="utf-8", newline="", write_through=False)
        try:
            writer = csv.writer(text)
            writer.writerow(header)
            for row in rows:
                writer.writerow(map(safe_cell, row))
            text.flush()
        finally:
            # The caller closes the file; detaching keeps the wrapper from closing it first.
            text.detach()

    write_new_file(path, write, overwrite=False)
