"""The lazy entry list model: valid for Qt, and loads page by page."""

from __future__ import annotations

from datetime import timedelta

from app.core.workspace import Workspace
from app.ui.journal import entry_list_model
from app.ui.journal.entry_list_model import EntryListModel


def test_model_passes_qt_model_tester(qtmodeltester: object, workspace: Workspace) -> None:
    for number in range(5):
        workspace.journal.create(f"Entry {number}", "body", ["tag"])
    model = EntryListModel(workspace.journal)
    model.show_list(workspace.journal.list_page()[0] and model.current_filter)
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_pages_load_only_when_asked(monkeypatch: object, workspace: Workspace) -> None:
    monkeypatch.setattr(entry_list_model, "PAGE_SIZE", 3)  # type: ignore[attr-defined]
    start = workspace.journal.create("first", "").created_at
    for number in range(7):
        workspace.journal.create(
            f"Entry {number}", "", created_at=start - timedelta(minutes=number)
        )
    model = EntryListModel(workspace.journal)
    model.show_list(model.current_filter)
    assert model.rowCount() == 3
    assert model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 8
    assert not model.canFetchMore()
    ids = [model.entry_id(row) for row in range(model.rowCount())]
    assert len(set(ids)) == 8
