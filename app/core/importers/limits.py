"""Reading input files with hard caps, so a huge file or a zip bomb can't exhaust memory."""

from __future__ import annotations

import lzma
import zipfile
import zlib
from pathlib import Path
from typing import IO

from app.core.importers.errors import NOTHING_IMPORTED, ImportFormatError, ImportTooLargeError

MAX_TEXT_FILE_BYTES = 200 * 1024 * 1024
MAX_ZIP_MEMBERS = 100_000
MAX_JSON_MEMBER_BYTES = 200 * 1024 * 1024
MAX_JSON_TOTAL_BYTES = 400 * 1024 * 1024
READ_PIECE = 1024 * 1024


def read_file(path: Path, limit: int = MAX_TEXT_FILE_BYTES) -> bytes:
    try:
        with path.open("rb") as handle:
            return read_capped(handle, limit, path.name)
    except FileNotFoundError as error:
        raise ImportFormatError(f"There is no file at {path}.") from error
    except IsADirectoryError as error:
        raise ImportFormatError(f"{path} is a folder; choose the exported file.") from error
    except PermissionError as error:
        raise ImportFormatError(f"Tend isn't allowed to read {path}.") from error


def read_capped(handle: IO[bytes], limit: int, name: str) -> bytes:
    """Read at most ``limit`` bytes, counting what actually arrives (sizes in headers lie)."""
    pieces: list[bytes] = []
    size = 0
    while True:
        piece = handle.read(READ_PIECE)
        if not piece:
            return b"".join(pieces)
        size += len(piece)
        if size > limit:
            raise ImportTooLargeError(
                f"{name} is larger than {limit // (1024 * 1024)} MB, more than Tend imports at "
                f"once. {NOTHING_IMPORTED}"
            )
        pieces.append(piece)


def read_zip_json_members(path: Path) -> list[tuple[str, bytes]]:
    """Every *.json file in a zip (not in __MACOSX), each and all together capped."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            if len(members) > MAX_ZIP_MEMBERS:
                raise ImportTooLargeError(f"{path.name} holds too many files. {NOTHING_IMPORTED}")
            found: list[tuple[str, bytes]] = []
            total = 0
            for member in members:
                name = member.filename
                if member.is_dir() or not name.lower().endswith(".json"):
                    continue
                if name.startswith("__MACOSX/") or Path(name).name.startswith("._"):
                    continue
                with archive.open(member) as handle:
                    data = read_capped(handle, MAX_JSON_MEMBER_BYTES, name)
                total += len(data)
                if total > MAX_JSON_TOTAL_BYTES:
                    raise ImportTooLargeError(
                        f"The journals in {path.name} add up to more than "
                        f"{MAX_JSON_TOTAL_BYTES // (1024 * 1024)} MB. {NOTHING_IMPORTED}"
                    )
                found.append((name, data))
            return found
    except FileNotFoundError as error:
        raise ImportFormatError(f"There is no file at {path}.") from error
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        EOFError,
        zlib.error,
        lzma.LZMAError,
    ) as error:
        raise ImportFormatError(
            f"{path.name} isn't a readable zip file (it may be incomplete). {NOTHING_IMPORTED}"
        ) from error
    except (NotImplementedError, RuntimeError) as error:
        # Encrypted members or compression methods Python doesn't read.
        raise ImportFormatError(
            f"{path.name} uses a zip feature Tend can't read (a password or an unusual "
            f"compression). Export it again from Day One. {NOTHING_IMPORTED}"
        ) from error
    except (OSError, ValueError) as error:
        raise ImportFormatError(
            f"{path.name} is damaged and can't be read as a zip file. {NOTHING_IMPORTED}"
        ) from error
