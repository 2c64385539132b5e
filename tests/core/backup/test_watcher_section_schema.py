"""Questionnaire results, past prompts and trusted contacts in the document: every field
checked, a mismatch named by its path."""

from __future__ import annotations

import copy
import gzip
import json
from datetime import date
from typing import Any

import pytest

from app.core.backup.document import read_document
from app.core.backup.errors import BackupSchemaError
from tests.core.backup.test_document_schema import DOCUMENT, ENTRY

RESULT = {
    "id": "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d",
    "kind": "phq9",
    "taken_at": "2026-11-18T20:00:00.000000+13:00",
    "answers": [0, 1, 2, 3, 0, 1, 2, 3, 0],
    "score": 12,
    "follow_up": 3,
}
WHO5 = {
    "id": "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8e",
    "kind": "who5",
    "taken_at": "2026-11-18T20:05:00Z",
    "answers": [5, 4, 3, 2, 1],
    "score": 15,
}
GONE = "7e8f9011-2233-4455-8667-78899aabbccd"  # a check-in deleted since: allowed
PROMPT = {
    "id": "6b7c8d9e-0f1a-4b2c-9d3e-4f5a6b7c8d9e",
    "day": "2026-11-19",
    "kind": "support",
    "signals": ["low_energy"],
    "summary": "Low energy on 9 of the last 14 days.",
    "evidence": [
        {"date": "2026-11-18", "signal": "low_energy", "source": "checkin", "ids": [GONE]},
        {
            "date": "2026-11-19",
            "signal": "low_energy",
            "source": "entry",
            "ids": [ENTRY["id"]],
            "phrase": "so tired",
        },
        {"date": "2026-11-17", "signal": "low_energy", "source": "checkin", "value": 1.5},
    ],
    "counts": [
        {
            "signal": "low_energy",
            "days_present": 9,
            "days_with_data": 12,
            "first_day": "2026-11-06",
            "last_day": "2026-11-19",
        }
    ],
    "suggested_questionnaire": "who5",
    "shown_at": "2026-11-19T21:30:00.000000-05:00",
    "response": "snoozed",
    "responded_at": "2026-11-19T21:31:00.000000-05:00",
}
CONTACT = {
    "id": "8c9d0e1f-2a3b-4c4d-8e5f-6a7b8c9d0e1f",
    "name": "Sam",
    "reach": "07700 900123",
    "note": "",
    "position": 1,
    "created_at": "2026-11-01T12:00:00.000000+00:00",
}


def _document() -> dict[str, Any]:
    document = copy.deepcopy(DOCUMENT)
    sections = document["sections"]
    sections["questionnaires"] = {
        "version": 1,
        "items": [copy.deepcopy(RESULT), copy.deepcopy(WHO5)],
    }
    sections["prompt_history"] = {"version": 1, "items": [copy.deepcopy(PROMPT)]}
    sections["contacts"] = {"version": 1, "items": [dict(CONTACT)]}
    return document


def _read(document: dict[str, Any]) -> Any:
    return read_document(gzip.compress(json.dumps(document).encode()))


def _changed(dotted: str, value: Any) -> dict[str, Any]:
    """The document with one value replaced (or removed, for KeyError), by a dotted path."""
    document = _document()
    target: Any = document["sections"]
    steps = [int(step) if step.isdigit() else step for step in dotted.split(".")]
    for step in steps[:-1]:
        target = target[step]
    if value is KeyError:
        del target[steps[-1]]
    else:
        target[steps[-1]] = value
    return document


def test_the_three_sections_read_back_whole() -> None:
    records = _read(_document()).records
    phq9, who5 = records["questionnaires"]
    assert phq9.answers == tuple(RESULT["answers"]) and phq9.follow_up == 3
    assert phq9.taken_at.isoformat() == "2026-11-18T20:00:00+13:00"
    assert who5.follow_up is None and who5.score == 15
    (shown,) = records["prompt_history"]
    assert shown.prompt.day == date(2026, 11, 19) and shown.prompt.signals == ("low_energy",)
    assert [e.source_ids for e in shown.prompt.evidence] == [(GONE,), (ENTRY["id"],), ()]
    assert shown.prompt.evidence[1].phrase == "so tired"
    assert shown.prompt.evidence[2].value == 1.5
    assert shown.prompt.counts[0].days_present == 9
    assert shown.shown_at.isoformat() == "2026-11-19T21:30:00-05:00"
    (contact,) = records["contacts"]
    assert (contact.contact.name, contact.position) == ("Sam", 1)


def test_optional_fields_take_their_defaults() -> None:
    minimal = {key: PROMPT[key] for key in ("id", "day", "kind", "shown_at")}
    document = _changed("prompt_history.items.0", minimal)
    document["sections"]["contacts"]["items"][0] = {
        key: CONTACT[key] for key in ("id", "name", "created_at")
    }
    records = _read(document).records
    (shown,) = records["prompt_history"]
    assert shown.prompt.evidence == () and shown.response is None
    assert shown.prompt.suggested_questionnaire is None
    (contact,) = records["contacts"]
    assert (contact.contact.reach, contact.contact.note, contact.position) == ("", "", 0)


Q = "questionnaires.items.0"
P = "prompt_history.items.0"
C = "contacts.items.0"


@pytest.mark.parametrize(
    ("dotted", "value", "path", "words"),
    [
        (f"{Q}.kind", "gad7", "questionnaires.items[0].kind", '"phq9", "who5"'),
        (f"{Q}.answers", [0] * 8, "questionnaires.items[0].answers", "9 answers"),
        (f"{Q}.answers", [0] * 10, "questionnaires.items[0].answers", "more than 9"),
        (f"{Q}.answers.2", 4, "questionnaires.items[0].answers[2]", "from 0 to 3"),
        (f"{Q}.answers.2", 1.0, "questionnaires.items[0].answers[2]", "whole number"),
        ("questionnaires.items.1.answers.0", 6, "questionnaires.items[1].answers[0]", "to 5"),
        (f"{Q}.score", 13, "questionnaires.items[0].score", "add up"),
        (f"{Q}.score", 28, "questionnaires.items[0].score", "from 0 to 27"),
        (f"{Q}.follow_up", 4, "questionnaires.items[0].follow_up", "from 0 to 3"),
        ("questionnaires.items.1.follow_up", 0, "questionnaires.items[1].follow_up", "no follow"),
        (f"{Q}.taken_at", "2026-11-18T20:00:00", "questionnaires.items[0].taken_at", "offset"),
        (f"{Q}.id", "5A6B", "questionnaires.items[0].id", "UUID"),
        (f"{Q}.percent", 40, "questionnaires.items[0].percent", "isn't part"),
        (
            f"{P}.kind",
            "nudge",
            "prompt_history.items[0].kind",
            '"support", "crisis", "checking_in"',
        ),
        (f"{P}.signals", ["tired"], "prompt_history.items[0].signals[0]", "low_energy"),
        (f"{P}.signals", ["low_mood", "low_mood"], "prompt_history.items[0].signals", "twice"),
        (f"{P}.day", "19/11/2026", "prompt_history.items[0].day", "2026-03-14"),
        (f"{P}.evidence", "[]", "prompt_history.items[0].evidence", "expected a list"),
        (
            f"{P}.evidence.0.signal",
            "hungry",
            "prompt_history.items[0].evidence[0].signal",
            "crisis",
        ),
        (f"{P}.evidence.0.source", "diary", "prompt_history.items[0].evidence[0].source", "entry"),
        (f"{P}.evidence.0.ids", ["e1"], "prompt_history.items[0].evidence[0].ids[0]", "UUID"),
        (f"{P}.evidence.0.date", KeyError, "prompt_history.items[0].evidence[0].date", "missing"),
        (f"{P}.evidence.0.mood", 2, "prompt_history.items[0].evidence[0].mood", "isn't part"),
        (f"{P}.evidence.2.value", 7, "prompt_history.items[0].evidence[2].value", "1 to 5"),
        (f"{P}.evidence.2.value", "1.5", "prompt_history.items[0].evidence[2].value", "number"),
        (f"{P}.evidence.1.phrase", "", "prompt_history.items[0].evidence[1].phrase", "empty"),
        (
            f"{P}.counts.0.days_present",
            13,
            "prompt_history.items[0].counts[0].days_present",
            "from 0 to 12",
        ),
        (
            f"{P}.counts.0.last_day",
            "2026-11-01",
            "prompt_history.items[0].counts[0].last_day",
            "before the first",
        ),
        (
            f"{P}.suggested_questionnaire",
            "gad7",
            "prompt_history.items[0].suggested_questionnaire",
            "phq9",
        ),
        (f"{P}.response", "ignored", "prompt_history.items[0].response", "has_support"),
        (f"{P}.responded_at", None, "prompt_history.items[0].responded_at", "null when"),
        (f"{P}.shown_at", "yesterday", "prompt_history.items[0].shown_at", "time like"),
        (f"{C}.name", "", "contacts.items[0].name", "empty"),
        (f"{C}.name", "n" * 201, "contacts.items[0].name", "200"),
        (f"{C}.reach", 7700, "contacts.items[0].reach", "expected text"),
        (f"{C}.position", -1, "contacts.items[0].position", "from 0"),
        (f"{C}.created_at", KeyError, "contacts.items[0].created_at", "missing"),
        (f"{C}.how", "phone", "contacts.items[0].how", "isn't part"),
    ],
)
def test_a_wrong_field_is_refused_with_its_path(
    dotted: str, value: Any, path: str, words: str
) -> None:
    with pytest.raises(BackupSchemaError) as caught:
        _read(_changed(dotted, value))
    assert caught.value.path == f"sections.{path}"
    assert words in caught.value.problem


def test_a_response_without_a_time_is_refused() -> None:
    document = _changed(f"{P}.responded_at", KeyError)
    with pytest.raises(BackupSchemaError) as caught:
        _read(document)
    assert caught.value.path == "sections.prompt_history.items[0].responded_at"


@pytest.mark.parametrize("section", ["questionnaires", "prompt_history", "contacts"])
def test_an_id_twice_in_a_section_is_refused(section: str) -> None:
    document = _document()
    items = document["sections"][section]["items"]
    items.append(copy.deepcopy(items[0]))
    with pytest.raises(BackupSchemaError) as caught:
        _read(document)
    assert caught.value.path == f"sections.{section}.items[{len(items) - 1}].id"
    assert "twice" in caught.value.problem


def test_short_sleep_and_escalation_reasons_read_back_from_a_backup() -> None:
    extra = [
        {"date": "2026-11-16", "signal": "short_sleep", "source": "checkin", "hours": 4.5},
        {"date": "2026-10-20", "signal": "still_there_after_four_weeks", "source": "watcher"},
        {
            "date": "2026-11-15",
            "signal": "recent_phq9_score",
            "source": "questionnaire",
            "ids": [RESULT["id"]],
            "score": 12,
        },
    ]
    document = _changed("prompt_history.items.0.evidence", [*PROMPT["evidence"], *extra])
    (shown,) = _read(document).records["prompt_history"]
    assert shown.prompt.evidence[3].hours == 4.5
    assert shown.prompt.escalation_reasons == ("still_there_after_four_weeks", "recent_phq9_score")
    assert shown.prompt.evidence[5].score == 12


def test_a_phq9_score_out_of_range_in_a_backup_is_named_by_its_path() -> None:
    bad = {"date": "2026-11-15", "signal": "recent_phq9_score", "source": "watcher", "score": 28}
    with pytest.raises(BackupSchemaError) as raised:
        _read(_changed("prompt_history.items.0.evidence", [bad]))
    assert "prompt_history.items[0].evidence[0].score" in str(raised.value)
