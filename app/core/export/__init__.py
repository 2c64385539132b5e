"""Plain, unencrypted copies of the journal for people who want them (Markdown, CSV).

Each export is imported from its own module (``entries_csv``, ``checkins_csv``,
``openings_csv``, ``markdown``), so exporting the entries never loads the check-in or
job-search code.
"""

NOT_ENCRYPTED_WARNING = (
    "Exported files are NOT encrypted: anyone who can open the folder can read them. "
    "Keep them somewhere private, and delete them when you no longer need them. "
    "For a safe copy of your journal, make an encrypted backup instead."
)
