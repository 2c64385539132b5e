"""Plain, unencrypted copies of the journal for people who want them (Markdown, CSV)."""

from app.core.export.checkins_csv import export_checkins_csv
from app.core.export.entries_csv import export_entries_csv
from app.core.export.markdown import export_markdown
from app.core.export.openings_csv import export_openings_csv

NOT_ENCRYPTED_WARNING = (
    "Exported files are NOT encrypted: anyone who can open the folder can read them. "
    "Keep them somewhere private, and delete them when you no longer need them. "
    "For a safe copy of your journal, make an encrypted backup instead."
)

__all__ = [
    "NOT_ENCRYPTED_WARNING",
    "export_checkins_csv",
    "export_entries_csv",
    "export_markdown",
    "export_openings_csv",
]
