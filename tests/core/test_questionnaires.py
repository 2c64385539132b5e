"""PHQ-9 and WHO-5: published items, scoring bands, kind words, the item-9 rule."""

from __future__ import annotations

import copy

import pytest

from app.core.errors import UsageError
from app.core.questionnaires import load_questionnaire, score
from app.core.questionnaires.definitions import QuestionnaireDataError, parse_questionnaire
from app.core.resources import load_json

PHQ9 = load_questionnaire("phq9")
WHO5 = load_questionnaire("who5")


def phq9_with_total(total: int, item9: int = 0) -> list[int]:
    answers = [0] * 9
    answers[8] = item9
    remaining = total - item9
    for index in range(8):
        answers[index] = min(3, remaining)
        remaining -= answers[index]
    assert remaining == 0
    return answers


def test_the_published_items_and_answers_are_there() -> None:
    assert len(PHQ9.items) == 9
    assert PHQ9.items[0] == "Little interest or pleasure in doing things"
    assert PHQ9.items[8].startswith("Thoughts that you would be better off dead")
    assert [o.label for o in PHQ9.options] == [
        "Not at all",
        "Several days",
        "More than half the days",
        "Nearly every day",
    ]
    assert len(WHO5.items) == 5
    assert WHO5.options[0].label == "All of the time" and WHO5.options[0].value == 5
    assert WHO5.options[-1].label == "At no time" and WHO5.options[-1].value == 0


def test_attribution_and_screening_note_are_there() -> None:
    assert "Spitzer, Janet B.W. Williams, Kurt Kroenke" in PHQ9.attribution
    assert "Pfizer" in PHQ9.attribution
    assert "No permission required" in PHQ9.attribution
    assert "WHO Collaborating Centre in Mental Health" in WHO5.attribution
    assert "Frederiksborg" in WHO5.attribution
    for questionnaire in (PHQ9, WHO5):
        assert "screening aid, not a diagnosis" in questionnaire.screening_note


@pytest.mark.parametrize(
    ("total", "band"),
    [
        (0, "minimal"),
        (4, "minimal"),
        (5, "mild"),
        (9, "mild"),
        (10, "moderate"),
        (14, "moderate"),
        (15, "moderately_severe"),
        (19, "moderately_severe"),
        (20, "severe"),
        (24, "severe"),
    ],
)
def test_phq9_bands_at_their_edges(total: int, band: str) -> None:
    result = score(PHQ9, phq9_with_total(total))
    assert (result.total, result.band.id) == (total, band)
    assert result.summary.startswith(f"Your answers add up to {total} out of 27.")


def test_phq9_item_9_above_zero_shows_crisis_resources_whatever_the_total() -> None:
    low = score(PHQ9, phq9_with_total(1, item9=1))
    assert low.band.id == "minimal"
    assert low.show_crisis_resources
    assert "better off dead" in low.crisis_message
    assert not score(PHQ9, phq9_with_total(20)).show_crisis_resources


@pytest.mark.parametrize(
    ("answers", "percentage", "poor"),
    [([5, 5, 5, 5, 5], 100, False), ([3, 2, 3, 2, 3], 52, False), ([2, 2, 3, 2, 3], 48, True)],
)
def test_who5_raw_score_percentage_and_poor_wellbeing(
    answers: list[int], percentage: int, poor: bool
) -> None:
    result = score(WHO5, answers)
    assert result.percentage == percentage
    assert (result.band.id == "poor") is poor
    assert f"({percentage}%)" in result.summary
    assert not result.show_crisis_resources


def who5_with_total(total: int) -> list[int]:
    answers = []
    for _ in range(5):
        answers.append(min(5, total))
        total -= answers[-1]
    assert total == 0
    return answers


@pytest.mark.parametrize(
    ("total", "percentage", "band"),
    [
        (0, 0, "very_low"),
        (7, 28, "very_low"),
        (8, 32, "poor"),
        (12, 48, "poor"),
        (13, 52, "not_poor"),
        (25, 100, "not_poor"),
    ],
)
def test_who5_bands_at_their_published_edges(total: int, percentage: int, band: str) -> None:
    result = score(WHO5, who5_with_total(total))
    assert (result.total, result.percentage, result.band.id) == (total, percentage, band)
    assert result.summary.endswith(result.band.message)


def test_who5_very_low_band_has_its_own_gentle_words_pointing_to_a_person() -> None:
    very_low = score(WHO5, who5_with_total(7)).band
    low = score(WHO5, who5_with_total(8)).band
    assert very_low.message != low.message and very_low.plain != low.plain
    assert "28% or less" in very_low.message
    assert "doctor or counsellor" in very_low.message
    assert very_low.plain == "wellbeing has been very low"


def test_results_are_worded_without_diagnosing() -> None:
    for questionnaire in (PHQ9, WHO5):
        for band in questionnaire.bands:
            assert "depress" not in band.message.lower()
            assert "diagnos" not in band.message.lower()


def test_every_range_has_everyday_words_that_are_not_clinical_labels() -> None:
    clinical = ("minimal", "mild", "moderate", "severe", "poor", "depress", "diagnos")
    assert score(PHQ9, phq9_with_total(7)).band.plain == "a few difficulties"
    for questionnaire in (PHQ9, WHO5):
        for band in questionnaire.bands:
            assert band.plain
            assert not any(word in band.plain.lower() for word in clinical), band.plain


def test_a_range_without_everyday_words_is_refused() -> None:
    data = copy.deepcopy(load_json("questionnaires", "who5.json"))
    del data["bands"][0]["plain"]
    with pytest.raises(QuestionnaireDataError, match="plain words"):
        parse_questionnaire(data)


@pytest.mark.parametrize("answers", [[0] * 8, [0] * 10, [0] * 8 + [4], [0] * 8 + [True]])
def test_incomplete_or_impossible_answers_are_refused(answers: list[int]) -> None:
    with pytest.raises(UsageError):
        score(PHQ9, answers)


def test_bands_with_a_gap_are_refused() -> None:
    data = copy.deepcopy(load_json("questionnaires", "phq9.json"))
    data["bands"][1]["min"] = 6
    with pytest.raises(QuestionnaireDataError, match="gap"):
        parse_questionnaire(data)
