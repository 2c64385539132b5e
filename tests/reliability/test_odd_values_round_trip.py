"""A journal holding every odd value Tend accepts is backed up, checked and restored equal.

The limits come from app/core/limits.py, the same numbers the journal's door and the
backup reader check, so the largest title and body accepted here are the largest a person
can save.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from app.core import limits
from app.core.backup import Passphrase, create_backup, open_backup_file, restore_into_new_vault
from app.core.checkins import CheckInValues
from app.core.checkins.values import MAX_NOTE_LENGTH, MAX_SLEEP_HOURS
from app.core.journal.tags import MAX_TAG_LENGTH
from app.core.kdf import TEST_PARAMS
from app.core.vault import VaultFiles
from app.core.workspace import Workspace
from tests.core.backup.helpers import everything

SECRET = Passphrase("a backup passphrase for odd values")
EARLIEST = datetime(limits.EARLIEST_YEAR, 1, 1, 0, 0, tzinfo=timezone(timedelta(hours=14)))
LATEST = datetime(
    limits.LATEST_YEAR, 12, 31, 23, 59, 59, 999999, tzinfo=timezone(timedelta(hours=-12))
)
ODD_TEXTS = {
    "emoji": "Got the offer 🎉👩🏽‍💻 family 👨‍👩‍👧 flag 🇳🇿 heart ❤️",
    "right to left": "שלום עולם — مرحبا بالعالم \u200fRTL mark\u200f and \u202eoverride\u202c",
    "combining marks": "e\u0301 vs é, Z\u0351\u0358a\u0334l\u0322g\u0315o, ñ vs n\u0303",
    "zero width": "zero\u200bwidth\u200cnon\u200djoiner\ufeffbom\u00adsoft hyphen\u2060",
    "other planes": "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𠀀 \U0010fffd private \ue000",
    "controls a terminal would obey": "bell \x07 escape \x1b[31m tab\t cr\r del \x7f c1 \x9b",
    "line separators": "one\u2028two\u2029three\r\nfour",
}


def fill_with_odd_values(workspace: Workspace) -> None:
    journal = workspace.journal
    for name, body in ODD_TEXTS.items():
        journal.create(f"{name}: {body[:20]}", body, [name.split()[0]])
    journal.create("x" * limits.MAX_TITLE_LENGTH, "y" * limits.MAX_BODY_LENGTH, ["longest"])
    journal.create("", "No title at all", [])
    journal.create("Only a title", "", [])
    journal.create("Earliest", "The first moment Tend keeps.", [], created_at=EARLIEST)
    journal.create("Latest", "The last moment Tend keeps.", [], created_at=LATEST)
    # Tags that differ by case or Unicode form: what the journal keeps, the backup keeps.
    journal.create("Tags", "variants", ["Über", "ÜBER", "Straße", "STRASSE", "e\u0301", "é"])
    journal.create("Long tag", "t", ["t" * MAX_TAG_LENGTH, "#hash", "  spaced  "])
    starred = journal.create("Starred and linked", "odd state", [], starred=True)
    trashed = journal.create("Trashed", "in the trash", ["trash"])
    journal.move_to_trash(trashed.id)

    activities = workspace.activities
    group = activities.add_group("Ünïcödé 🎨 group")
    painting = activities.add("Painting 🎨", group.id)
    checkins = workspace.checkins
    checkins.backfill(CheckInValues(mood=1), EARLIEST)
    checkins.backfill(
        CheckInValues(
            mood=5,
            energy=1,
            interest=5,
            focus=1,
            sleep_hours=float(MAX_SLEEP_HOURS),
            activity_ids=(painting.id,),
            note="🙂" * MAX_NOTE_LENGTH,
            entry_id=starred.id,
        ),
        datetime(2026, 3, 14, 21, 30, tzinfo=timezone(timedelta(hours=5, minutes=45))),
    )
    checkins.backfill(
        CheckInValues(sleep_hours=0.0, note=ODD_TEXTS["right to left"][:100]),
        datetime(2026, 3, 15, 6, 0, tzinfo=timezone(timedelta(hours=-9, minutes=-30))),
    )
    workspace.contacts.add("Åsa 👋", "+64 21 000 000 ☎", ODD_TEXTS["zero width"])


def test_every_odd_value_backs_up_and_restores_equal(workspace: Workspace, tmp_path: Path):
    fill_with_odd_values(workspace)
    original = everything(workspace)

    made = create_backup(
        workspace.vault.database,
        workspace.vault.vault_id,
        tmp_path / "odd.tend.age",
        passphrase=SECRET,
    )
    document = open_backup_file(made.path, SECRET)  # what `backup verify` does
    created, _ = restore_into_new_vault(
        VaultFiles(tmp_path / "restored"), "a new long passphrase", document, TEST_PARAMS
    )
    restored = Workspace.open(created.vault)
    try:
        assert everything(restored) == original
    finally:
        restored.lock()
    assert made.counts["entries"] == len(ODD_TEXTS) + 9
    assert made.counts["checkins"] == 3
