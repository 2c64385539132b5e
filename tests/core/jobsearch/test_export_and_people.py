"""People in the search, and the openings CSV export."""

from __future__ import annotations

import csv
from datetime import date, timedelta
from pathlib import Path

import pytest

from app.core.errors import UsageError
from app.core.export.openings_csv import export_openings_csv
from app.core.jobsearch import Stage
from app.core.workspace import Workspace

TODAY = date(2025, 3, 14)


def test_a_person_keeps_how_we_met_and_last_talked(space: Workspace) -> None:
    people = space.jobs.people
    sam = people.add("  Sam   Okafor ", "old team", TODAY - timedelta(days=3))

    people.edit(sam.id, last_talked=TODAY)
    kept = people.get(sam.id)

    assert (kept.name, kept.how_we_met, kept.last_talked) == ("Sam Okafor", "old team", TODAY)


def test_last_talked_cannot_be_in_the_future(space: Workspace) -> None:
    with pytest.raises(UsageError, match="future"):
        space.jobs.people.add("Sam", last_talked=TODAY + timedelta(days=1))


def test_a_person_links_to_openings_and_an_opening_lists_its_people(space: Workspace) -> None:
    opening = space.jobs.openings.add("Analyst", "Harbour")
    sam = space.jobs.people.add("Sam")

    space.jobs.people.link_opening(sam.id, opening.id)

    assert space.jobs.people.get(sam.id).opening_ids == (opening.id,)
    assert [p.id for p in space.jobs.people.for_opening(opening.id)] == [sam.id]
    space.jobs.people.unlink_opening(sam.id, opening.id)
    assert space.jobs.people.for_opening(opening.id) == []


def test_the_openings_csv_has_one_row_per_opening_with_its_days(
    space: Workspace, tmp_path: Path
) -> None:
    opening = space.jobs.openings.add("Analyst", "Harbour, Ltd", note='He said "soon"')
    space.jobs.move_opening(opening.id, Stage.APPLIED, TODAY - timedelta(days=9))
    space.jobs.move_opening(opening.id, Stage.INTERVIEWING, TODAY - timedelta(days=2))
    space.jobs.move_opening(opening.id, Stage.NO)

    count = export_openings_csv(space.jobs.openings, tmp_path / "o.csv")

    with (tmp_path / "o.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert count == 1
    (row,) = rows
    assert (row["role"], row["organisation"], row["stage"]) == ("Analyst", "Harbour, Ltd", "no")
    assert row["applied"] == "2025-03-05"
    assert row["interviews"] == "2025-03-12"
    assert row["decided"] == "2025-03-14"
    assert row["note"] == 'He said "soon"'


def test_the_reach_out_prompt_names_the_person_talked_to_longest_ago(space: Workspace) -> None:
    assert space.jobs.someone_to_reach_out_to() is None
    space.jobs.people.add("Sam", last_talked=TODAY - timedelta(days=2))
    space.jobs.people.add("Ana", last_talked=TODAY - timedelta(days=30))

    suggestion = space.jobs.someone_to_reach_out_to()

    assert suggestion is not None
    assert suggestion.person.name == "Ana"
    assert suggestion.line.startswith("Maybe Ana?")
    assert "refer" in suggestion.line
