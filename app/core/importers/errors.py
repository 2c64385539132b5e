"""Why a file could not be imported. Messages name the line or field, never its text."""

from __future__ import annotations

from app.core.errors import TendError

NOTHING_IMPORTED = "Nothing was imported."


class ImportFormatError(TendError):
    """The file isn't in the expected format; the message names where it goes wrong."""

    title = "This file can't be imported"


class ImportTooLargeError(ImportFormatError):
    title = "This file is too large to import"


class MoodMappingError(TendError):
    """Some mood labels have no value from 1 to 5 yet."""

    title = "Some moods need a value"


class CheckInsUnavailableError(TendError):
    """The file holds check-ins, and this version of Tend can't store them yet."""

    title = "Check-ins can't be imported yet"
