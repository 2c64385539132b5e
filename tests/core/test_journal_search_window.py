"""Very common words rank only among the most recent matches, so big journals stay quick."""

from __future__ import annotations

from datetime import timedelta

import pytest

from app.core.journal import search as search_module
from app.core.workspace import Workspace


def test_ranking_considers_only_the_most_recent_matches(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal = workspace.journal
    start = journal.create("seed", "nothing").created_at
    # The oldest entry is the best match (the word three times), then three newer ones.
    oldest = journal.create("", "garden garden garden", created_at=start - timedelta(days=9))
    newer = [
        journal.create("", f"garden note {n}", created_at=start - timedelta(days=n))
        for n in range(3)
    ]
    assert journal.search("garden")[0].id == oldest.id
    monkeypatch.setattr(search_module, "RANK_WINDOW", 3)
    found = {hit.id for hit in journal.search("garden")}
    assert found == {entry.id for entry in newer}
    assert journal.count_matches("garden") == 4
