"""Bringing a journal in from Daylio (CSV), jrnl (JSON) and Day One (JSON zip).

Each format has its own module that reads the real export into plain values and checks the
whole file first; then import_batch() writes it through an ImportSink. Ids are derived from
each source's identity for an item, so importing the same file twice adds nothing.
"""

from app.core.importers.checkin_writer import StoredCheckInWriter
from app.core.importers.daylio import DaylioFile, read_daylio
from app.core.importers.daylio_moods import MoodProposal, parse_mood_map, propose
from app.core.importers.dayone import read_dayone
from app.core.importers.jrnl import read_jrnl
from app.core.importers.model import ImportBatch, ImportPreview, ImportResult, preview
from app.core.importers.sink import CheckInWriter, ImportSink, JournalImportSink, import_batch

FORMATS = ("daylio", "jrnl", "dayone")

__all__ = [
    "FORMATS",
    "CheckInWriter",
    "DaylioFile",
    "ImportBatch",
    "ImportPreview",
    "ImportResult",
    "ImportSink",
    "JournalImportSink",
    "MoodProposal",
    "StoredCheckInWriter",
    "import_batch",
    "parse_mood_map",
    "preview",
    "propose",
    "read_daylio",
    "read_dayone",
    "read_jrnl",
]
