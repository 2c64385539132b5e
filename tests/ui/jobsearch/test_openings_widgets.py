"""The Openings page's widgets on their own: ordering, folding, the editor's fields."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from app.ui.jobsearch.opening_editor import OpeningEditor
from app.ui.jobsearch.openings_list import OpeningsList
from app.ui.jobsearch.views import Choice, LinkedEntry, OpeningDraft, OpeningView, StageMark

TODAY = date(2026, 11, 20)
VIAS = [Choice("posting", "A posting"), Choice("person", "Someone I know")]
STAGES = [Choice("applied", "Applied"), Choice("interviewing", "Interviewing"), Choice("no", "No")]


def opening(opening_id: str, *, closed: bool = False, folded: bool = False) -> OpeningView:
    return OpeningView(
        id=opening_id,
        role=f"Role {opening_id}",
        organisation="Org",
        via="posting",
        stage="no" if closed else "applied",
        stage_label="No" if closed else "Applied",
        is_closed=closed,
        folded=folded,
    )


def test_open_openings_come_first_and_long_closed_ones_fold_behind_show_closed(
    qtbot: QtBot,
) -> None:
    openings = OpeningsList()
    qtbot.addWidget(openings)
    openings.show()
    openings.set_openings(
        [
            opening("closed-recent", closed=True),
            opening("open-a"),
            opening("closed-old", closed=True, folded=True),
            opening("open-b"),
        ]
    )
    assert openings.shown_ids() == ["open-a", "open-b", "closed-recent"]
    assert openings.show_closed.isVisible()
    openings.show_closed.click()
    assert openings.shown_ids() == ["open-a", "open-b", "closed-recent", "closed-old"]


def test_show_closed_is_not_offered_when_nothing_is_folded(qtbot: QtBot) -> None:
    openings = OpeningsList()
    qtbot.addWidget(openings)
    openings.show()
    openings.set_openings([opening("a"), opening("b", closed=True)])
    assert not openings.show_closed.isVisible()
    assert openings.empty.isHidden()


def test_editor_shows_stage_history_and_linked_entries_and_opens_one(qtbot: QtBot) -> None:
    editor = OpeningEditor(VIAS, STAGES, TODAY)
    qtbot.addWidget(editor)
    editor.show()
    shown = OpeningView(
        id="o1",
        role="Archivist",
        organisation="Museum",
        via="person",
        stage="interviewing",
        stage_label="Interviewing",
        is_closed=False,
        folded=False,
        note="Met Ana at the open day",
        history=(StageMark("Applied", date(2026, 11, 2)), StageMark("Interviewing", TODAY)),
        entries=(LinkedEntry("e1", "Before the interview", TODAY),),
    )
    editor.show_opening(shown)
    assert editor.role.text() == "Archivist"
    assert editor.via.currentData() == "person"
    assert editor.stage.currentData() == "interviewing"
    assert editor.history.text() == "Applied: 2 Nov 2026 · Interviewing: 20 Nov 2026"
    assert editor.entries.count() == 1
    assert editor.no_entries.isHidden()
    with qtbot.waitSignal(editor.open_entry_requested) as opened:
        editor.entries.itemActivated.emit(editor.entries.item(0))
    assert opened.args == ["e1"]


def test_editor_refuses_an_opening_without_role_or_organisation(qtbot: QtBot) -> None:
    editor = OpeningEditor(VIAS, STAGES, TODAY)
    qtbot.addWidget(editor)
    editor.show()
    editor.start_new()
    assert editor.stage_box.isHidden()  # stages come once it exists
    with qtbot.assertNotEmitted(editor.save_requested):
        editor.save_button.click()
    assert "role or an organisation" in editor.error.text()
    editor.organisation.setText("  City Library ")
    with qtbot.waitSignal(editor.save_requested) as saved:
        editor.save_button.click()
    assert saved.args == [None, OpeningDraft("", "City Library", "posting", "")]


def test_moving_a_stage_asks_with_the_chosen_stage_and_date(qtbot: QtBot) -> None:
    editor = OpeningEditor(VIAS, STAGES, TODAY)
    qtbot.addWidget(editor)
    editor.show_opening(opening("o1"))
    editor.stage.setCurrentIndex(1)
    with qtbot.waitSignal(editor.stage_requested) as moved:
        editor.move_button.click()
    assert moved.args == ["o1", "interviewing", TODAY]
