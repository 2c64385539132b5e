"""The lazy entry list model: valid for Qt, and loads page by page, off the UI thread."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import timedelta

import pytest

from app.core.journal import EntryFilter
from app.core.workspace import Workspace
from app.ui.journal import entry_list_model
from app.ui.journal.entry_list_model import EntryListModel
from app.ui.tasks import TaskRunner


@pytest.fixture
def runner(qtbot: object) -> Iterator[TaskRunner]:
    made = TaskRunner()
    yield made
    made.wait_until_idle()


def test_model_passes_qt_model_tester(
    qtbot, qtmodeltester: object, workspace: Workspace, runner: TaskRunner
) -> None:
    for number in range(5):
        workspace.journal.create(f"Entry {number}", "body", ["tag"])
    model = EntryListModel(workspace.journal, runner)
    with qtbot.waitSignal(model.loaded):
        model.show_list(EntryFilter())
    assert model.rowCount() == 5
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_pages_load_only_when_asked(
    qtbot, monkeypatch: pytest.MonkeyPatch, workspace: Workspace, runner: TaskRunner
) -> None:
    monkeypatch.setattr(entry_list_model, "PAGE_SIZE", 3)
    start = workspace.journal.create("first", "").created_at
    for number in range(7):
        workspace.journal.create(
            f"Entry {number}", "", created_at=start - timedelta(minutes=number)
        )
    model = EntryListModel(workspace.journal, runner)
    with qtbot.waitSignal(model.loaded):
        model.show_list(model.current_filter)
    assert model.rowCount() == 3
    assert model.canFetchMore()
    for _ in range(2):
        with qtbot.waitSignal(model.loaded):
            model.fetchMore()
    assert model.rowCount() == 8
    assert not model.canFetchMore()
    ids = [model.entry_id(row) for row in range(model.rowCount())]
    assert len(set(ids)) == 8


def test_pages_are_read_off_the_ui_thread(
    qtbot, workspace: Workspace, runner: TaskRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace.journal.create("one", "")
    threads: list[str] = []
    read_page = workspace.journal.list_page

    def spy(*args, **kwargs):
        threads.append(threading.current_thread().name)
        return read_page(*args, **kwargs)

    monkeypatch.setattr(workspace.journal, "list_page", spy)
    model = EntryListModel(workspace.journal, runner)
    with qtbot.waitSignal(model.loaded):
        model.show_list(EntryFilter())
        assert model.rowCount() == 0  # nothing read yet on this (the UI) thread
    assert threads and threading.current_thread().name not in threads
    assert model.rowCount() == 1


def test_a_page_for_an_older_view_is_dropped_and_a_saved_entry_not_doubled(
    qtbot, workspace: Workspace, runner: TaskRunner
) -> None:
    kept = workspace.journal.create("kept", "")
    other = workspace.journal.create("other", "")
    model = EntryListModel(workspace.journal, runner)
    model.show_list(EntryFilter(in_trash=True))  # superseded before its page arrives
    with qtbot.waitSignal(model.loaded):
        model.show_list(EntryFilter())
        model.upsert(kept.summary())  # saved while the first page was being read
    runner.wait_until_idle()
    ids = [model.entry_id(row) for row in range(model.rowCount())]
    assert sorted(ids) == sorted([kept.id, other.id])
