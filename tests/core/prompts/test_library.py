"""The prompt library file: complete, valid, and refused when malformed."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from app.core.prompts import PromptLibrary, PromptLibraryError
from app.core.resources import resource_path


@pytest.fixture(scope="module")
def raw() -> dict[str, Any]:
    return json.loads(resource_path("prompts", "prompts.json").read_text(encoding="utf-8"))


def test_the_shipped_library_loads_with_enough_prompts() -> None:
    library = PromptLibrary.load()
    assert len(library.prompts) >= 30
    assert all(prompt.text and prompt.tags for prompt in library.prompts)


@pytest.mark.parametrize(
    ("prompt_id", "words"),
    [
        ("interview-went-well", "went well"),
        ("interview-practise", "practise"),
        ("job-excited", "excited you"),
        ("thank-you-note", "still interested"),
        ("ask-for-a-short-chat", "two or three things"),
        ("reach-out-this-week", "this week"),
        ("name-the-feeling", "Name what you feel"),
        ("let-yourself-grieve", "grieve"),
        ("business-not-personal", "does not change"),
        ("what-a-friend-would-hear", "write it to yourself"),
        ("support-a-friend", "did not get a job"),
    ],
)
def test_the_library_covers_the_hard_search_advice(prompt_id: str, words: str) -> None:
    assert words in PromptLibrary.load().get(prompt_id).text


def test_no_prompt_lectures(raw: dict[str, Any]) -> None:
    for item in raw["prompts"]:
        text = item["text"].lower()
        assert not any(word in f" {text} " for word in (" should ", " must ", " just try "))


def _broken(raw: dict[str, Any], change: Any) -> dict[str, Any]:
    data = copy.deepcopy(raw)
    change(data)
    return data


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(version=2), "version 1"),
        (lambda d: d["prompts"].append(dict(d["prompts"][0])), "duplicate prompt ids"),
        (lambda d: d["prompts"][0].update(tags=["nonsense"]), "unknown tags"),
        (lambda d: d["prompts"][0].update(tags=[]), "list of tags"),
        (lambda d: d["prompts"][0].update(text="  "), "needs its text"),
        (lambda d: d["prompts"][0].update(id="Not An Id"), "lower-case words"),
        (lambda d: d["prompts"][0].update(text="x" * 401), "longer than"),
        (lambda d: d.update(prompts=[]), "non-empty list"),
        (
            lambda d: d.update(prompts=[p for p in d["prompts"] if "daily" not in p["tags"]]),
            "at least 3",
        ),
    ],
)
def test_a_malformed_library_is_refused_with_the_reason(
    raw: dict[str, Any], change: Any, message: str
) -> None:
    with pytest.raises(PromptLibraryError, match=message):
        PromptLibrary.from_data(_broken(raw, change))


def test_an_unreadable_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "prompts.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(PromptLibraryError, match="cannot read"):
        PromptLibrary.load(path)


def test_tags_are_listed_with_their_words_in_file_order() -> None:
    tags = PromptLibrary.load().tags()
    assert tags[0] == ("daily", "Any day")
    assert ("rejection", "After a no") in tags
