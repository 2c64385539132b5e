"""The command line's crisis message: the region's line, its hours, and kind words."""

from __future__ import annotations

from dataclasses import replace

from app.core.support.crisis_message import crisis_message, region_for, region_from_environment
from app.core.support.resources import Region, SupportItem, load_support_resources

SOURCE = "https://example.org/"


def test_the_message_names_the_first_crisis_line_and_says_day_and_night_only_if_24_7() -> None:
    uk = load_support_resources().region("GB")
    assert "Samaritans, call 116 123, day and night." in crisis_message(uk)

    evenings = SupportItem(
        "Evening line",
        "crisis",
        "Someone to talk to.",
        SOURCE,
        phone="0800 000",
        hours="6pm to 2am",
    )
    message = crisis_message(Region("XX", "Testland", (evenings,)))
    assert "Evening line, call 0800 000 (6pm to 2am)." in message
    assert "day and night" not in message


def test_a_line_without_hours_is_named_without_a_promise_about_them() -> None:
    line = SupportItem("Quiet line", "crisis", "Someone to talk to.", SOURCE, phone="0800 111")
    message = crisis_message(Region("XX", "Testland", (line,)))
    assert "Quiet line, call 0800 111." in message
    assert "day and night" not in message


def test_text_only_lines_say_how_to_text() -> None:
    us = load_support_resources().region("US")
    _lifeline, *rest = us.crisis_lines
    texts_only = replace(us, items=tuple(rest))
    assert "Crisis Text Line, text HOME to 741741, day and night." in crisis_message(texts_only)


def test_the_message_is_kind_and_never_a_diagnosis() -> None:
    for region in load_support_resources().regions:
        message = crisis_message(region).lower()
        assert message.startswith("what you wrote sounds really painful.")
        for word in ("suicidal", "depressed", "disorder", "symptom", "diagnos"):
            assert word not in message


def test_the_region_comes_from_the_locale_variables_in_order() -> None:
    assert region_from_environment({"LANG": "en_GB.UTF-8"}) == "GB"
    assert region_from_environment({"LC_ALL": "de_AT.UTF-8", "LANG": "en_US.UTF-8"}) == "AT"
    assert region_from_environment({"LC_MESSAGES": "pt-BR", "LANG": "en_US"}) == "BR"
    assert region_from_environment({"LANG": "C.UTF-8"}) is None
    assert region_from_environment({"LANG": "en"}) is None


def test_the_chosen_region_wins_then_the_locale_then_somewhere_else() -> None:
    resources = load_support_resources()
    assert region_for(resources, "gb", "US").code == "GB"
    assert region_for(resources, None, "US").code == "US"
    assert region_for(resources, None, "ZZ").code == "elsewhere"
    assert region_for(resources, "elsewhere", "US").code == "elsewhere"
