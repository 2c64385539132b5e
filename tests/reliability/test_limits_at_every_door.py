"""Every way into the journal refuses what a backup could not hold, naming what and why."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from app.core.checkins import CheckInValues
from app.core.errors import UsageError
from app.core.journal import Entry, NewEntry
from app.core.workspace import Workspace

BROKEN = "half a pair \ud800"
OLD = datetime(1899, 12, 31, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("door", "phrase"),
    [
        (lambda w: w.journal.create("t", "a\x00b"), "NUL character"),
        (lambda w: w.journal.create(BROKEN, "b"), "broken character"),
        (lambda w: w.journal.create("t", "b", ["tag\x00"]), "NUL character"),
        (lambda w: w.journal.create("t", "b", created_at=OLD), "between the years"),
        (lambda w: w.journal.create_many([NewEntry("t", "a\x00b")]), "NUL character"),
        (
            lambda w: w.journal.add_imported(
                [Entry("0b6e3a52-7d1f-4c55-9a3c-6a1f3f1f5e10", "t", BROKEN, (), OLD, OLD)]
            ),
            "broken character",
        ),
        (lambda w: w.checkins.create(CheckInValues(note="a\x00b")), "NUL character"),
        (lambda w: w.checkins.backfill(CheckInValues(mood=3), OLD), "between the years"),
        (lambda w: w.contacts.add("Sam\x00"), "can't keep"),
        (lambda w: w.activities.add_group("Group \ud800"), "can't keep"),
    ],
    ids=[
        "entry body NUL",
        "entry title surrogate",
        "tag NUL",
        "entry dated 1899",
        "create_many NUL",
        "add_imported surrogate",
        "check-in note NUL",
        "check-in dated 1899",
        "contact name NUL",
        "activity group surrogate",
    ],
)
def test_each_door_refuses_text_and_dates_a_backup_could_not_hold(
    workspace: Workspace, door: object, phrase: str
) -> None:
    with pytest.raises(UsageError, match=phrase):
        door(workspace)  # type: ignore[operator]

    assert workspace.journal.list_page()[0] == []
    assert workspace.checkins.list_between() == []
    assert workspace.contacts.list() == []


def test_an_entry_edit_is_checked_like_a_new_entry(workspace: Workspace) -> None:
    entry = workspace.journal.create("Kept", "as it was")

    with pytest.raises(UsageError, match="NUL character"):
        workspace.journal.update(entry.id, body="now \x00 broken")

    assert workspace.journal.get(entry.id).body == "as it was"
