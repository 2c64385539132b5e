"""The self-check questionnaires (PHQ-9, WHO-5) as data from app/resources/questionnaires/."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from app.core.resources import load_json

PHQ9 = "phq9"
WHO5 = "who5"
QUESTIONNAIRES = (PHQ9, WHO5)


class QuestionnaireDataError(ValueError):
    """A questionnaire file breaks a rule (a bug in the data, caught by its test)."""


@dataclass(frozen=True)
class AnswerOption:
    label: str
    value: int


@dataclass(frozen=True)
class Band:
    low: int
    high: int
    id: str
    label: str  # the questionnaire's own name for the range, as its authors publish it
    message: str
    plain: str  # the range in everyday words ("a few difficulties") for lists and charts


@dataclass(frozen=True)
class FollowUp:
    """An unscored last question (the PHQ-9's "how difficult ...")."""

    question: str
    options: tuple[str, ...]


@dataclass(frozen=True)
class Questionnaire:
    id: str
    name: str
    title: str
    instructions: str
    items: tuple[str, ...]
    options: tuple[AnswerOption, ...]
    bands: tuple[Band, ...]
    score_line: str
    screening_note: str
    attribution: str
    source: str
    crisis_item: int | None = None  # 1-based: an answer above 0 shows crisis resources
    crisis_message: str = ""
    percentage_factor: int | None = None
    follow_up: FollowUp | None = None

    @property
    def max_score(self) -> int:
        return len(self.items) * max(option.value for option in self.options)

    @property
    def allowed_values(self) -> frozenset[int]:
        return frozenset(option.value for option in self.options)


@functools.cache
def load_questionnaire(questionnaire_id: str) -> Questionnaire:
    if questionnaire_id not in QUESTIONNAIRES:
        raise KeyError(questionnaire_id)
    return parse_questionnaire(load_json("questionnaires", f"{questionnaire_id}.json"))


def parse_questionnaire(data: Mapping[str, Any]) -> Questionnaire:
    follow_up = data.get("follow_up")
    questionnaire = Questionnaire(
        id=str(data["id"]),
        name=str(data["name"]),
        title=str(data["title"]),
        instructions=str(data["instructions"]),
        items=tuple(str(item) for item in data["items"]),
        options=tuple(AnswerOption(str(o["label"]), int(o["value"])) for o in data["options"]),
        bands=tuple(
            Band(
                low=int(b["min"]),
                high=int(b["max"]),
                id=str(b["id"]),
                label=str(b["label"]),
                message=str(b["message"]),
                plain=str(b.get("plain", "")),
            )
            for b in data["bands"]
        ),
        score_line=str(data["score_line"]),
        screening_note=str(data["screening_note"]),
        attribution=str(data["attribution"]),
        source=str(data["source"]),
        crisis_item=data.get("crisis_item"),
        crisis_message=str(data.get("crisis_message", "")),
        percentage_factor=data.get("percentage_factor"),
        follow_up=None
        if follow_up is None
        else FollowUp(str(follow_up["question"]), tuple(follow_up["options"])),
    )
    _check(questionnaire)
    return questionnaire


def _check(questionnaire: Questionnaire) -> None:
    """Bands cover every score once, in plain words; the crisis item exists; the note is there."""
    expected = 0
    for band in questionnaire.bands:
        if band.low != expected or band.high < band.low:
            raise QuestionnaireDataError(f"{questionnaire.id}: bands leave a gap at {expected}")
        if not band.plain:
            raise QuestionnaireDataError(f"{questionnaire.id}: band {band.id} needs plain words")
        expected = band.high + 1
    if expected != questionnaire.max_score + 1:
        raise QuestionnaireDataError(f"{questionnaire.id}: bands don't reach the maximum score")
    item = questionnaire.crisis_item
    if item is not None and not 1 <= item <= len(questionnaire.items):
        raise QuestionnaireDataError(f"{questionnaire.id}: crisis item {item} doesn't exist")
    if not questionnaire.screening_note or not questionnaire.attribution:
        raise QuestionnaireDataError(f"{questionnaire.id}: needs its screening note and credit")
