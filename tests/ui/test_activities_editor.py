"""Settings > Activities: rename, hide, add and reorder, saved at once."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QInputDialog

from app.core.checkins.activity_model import REJECTION_KEY
from app.core.workspace import Workspace
from app.ui.app_context import AppContext
from app.ui.checkins.activities_editor import ActivitiesEditor


@pytest.fixture
def editor(qtbot: object, workspace: Workspace, app_context: AppContext) -> ActivitiesEditor:
    made = ActivitiesEditor(workspace.activities, app_context.runner, app_context.notices)
    qtbot.waitUntil(lambda: made.tree.topLevelItemCount() > 0)  # type: ignore[attr-defined]
    return made


def _answer(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: (text, True))


def test_renaming_the_rejection_activity_keeps_what_it_means(
    qtbot: object,
    editor: ActivitiesEditor,
    workspace: Workspace,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rejection = workspace.activities.with_key(REJECTION_KEY)
    assert rejection is not None
    editor._select(rejection.id)
    _answer(monkeypatch, "Another no")
    editor.rename_button.click()
    qtbot.waitUntil(lambda: workspace.activities.get(rejection.id).name == "Another no")  # type: ignore[attr-defined]
    assert workspace.activities.with_key(REJECTION_KEY).name == "Another no"  # type: ignore[union-attr]


def test_hiding_and_showing_an_activity(
    qtbot: object, editor: ActivitiesEditor, workspace: Workspace
) -> None:
    activity = workspace.activities.all()[0]
    editor._select(activity.id)
    editor.hide_button.click()
    qtbot.waitUntil(lambda: workspace.activities.get(activity.id).hidden)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: editor.hide_button.text() == "&Show")  # type: ignore[attr-defined]
    editor.hide_button.click()
    qtbot.waitUntil(lambda: not workspace.activities.get(activity.id).hidden)  # type: ignore[attr-defined]


def test_adding_an_activity_to_the_selected_group(
    qtbot: object,
    editor: ActivitiesEditor,
    workspace: Workspace,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    group = workspace.activities.list_grouped()[0]
    editor._select(group.id)
    _answer(monkeypatch, "Portfolio work")
    editor.add_button.click()
    qtbot.waitUntil(  # type: ignore[attr-defined]
        lambda: (
            "Portfolio work" in [a.name for a in workspace.activities.list_grouped()[0].activities]
        )
    )


def test_moving_an_activity_down_changes_the_order(
    qtbot: object, editor: ActivitiesEditor, workspace: Workspace
) -> None:
    first, second = workspace.activities.list_grouped()[0].activities[:2]
    editor._select(first.id)
    editor.down_button.click()
    qtbot.waitUntil(  # type: ignore[attr-defined]
        lambda: (
            [a.id for a in workspace.activities.list_grouped()[0].activities[:2]]
            == [second.id, first.id]
        )
    )
