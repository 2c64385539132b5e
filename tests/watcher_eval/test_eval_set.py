"""Every labelled history produces what it must and nothing it must not."""

from __future__ import annotations

import pytest

from tests.watcher_eval.evaluation import load_cases, run_case

CASES = load_cases()
PASSING = [case for case in CASES if "known_limit" not in case.labels]
KNOWN_LIMITS = [case for case in CASES if "known_limit" in case.labels]


def test_the_set_covers_every_kind_of_history() -> None:
    names = {case.name for case in CASES}
    for needed in (
        "sustained_low_energy",
        "sustained_loss_of_interest",
        "sustained_both",
        "text_only",
        "checkins_only",
        "sparse_logging",
        "single_bad_week",
        "ups_and_downs",
        "recovery",
        "negations",
        "third_persons",
        "hypotheticals",
        "idioms",
        "crisis_phrases",
        "crisis_among_idioms",
        "writing_dilution",
        "escalation_after_four_weeks",
        "three_signals_together",
        "phq9_ten_or_more",
        "phq9_under_ten",
        "short_sleep_alone",
        "quiet_after_low_run",
    ):
        assert needed in names


@pytest.mark.parametrize("case", PASSING, ids=[case.name for case in PASSING])
def test_case_produces_exactly_what_is_expected(case: object) -> None:
    result = run_case(case)  # type: ignore[arg-type]
    assert result.missed == [], f"missed {result.missed}"
    assert result.wrong == [], f"fired wrongly: {result.wrong}"


@pytest.mark.parametrize("case", KNOWN_LIMITS, ids=[case.name for case in KNOWN_LIMITS])
def test_known_limit_still_shows_so_the_docs_stay_true(case: object) -> None:
    """These document a limit (docs/watcher.md); if one starts passing, move it and say so."""
    result = run_case(case)  # type: ignore[arg-type]
    assert not result.passed
