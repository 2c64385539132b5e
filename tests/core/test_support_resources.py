"""The support-resources file passes its checks, and the docs list every number in it."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from app.core.resources import load_json
from app.core.support.resources import (
    CRISIS_FIRST,
    SupportResourcesError,
    load_support_resources,
    parse_support_resources,
)

DOCS = Path(__file__).resolve().parents[2] / "docs" / "support-resources.md"


def test_the_real_file_passes_every_check() -> None:
    resources = load_support_resources()
    codes = [region.code for region in resources.regions]
    assert {"US", "GB", "IE", "CA", "AU", "NZ", "elsewhere"} <= set(codes)
    assert all(region.crisis_lines for region in resources.regions)


@pytest.mark.parametrize(
    ("code", "name", "number"),
    [
        ("US", "988 Suicide & Crisis Lifeline", "988"),
        ("CA", "9-8-8 Suicide Crisis Helpline", "988"),
        ("GB", "Samaritans", "116 123"),
        ("IE", "Samaritans", "116 123"),
        ("AU", "Lifeline", "13 11 14"),
        ("NZ", "1737, Need to talk?", "1737"),
    ],
)
def test_the_best_known_crisis_lines_are_there(code: str, name: str, number: str) -> None:
    region = load_support_resources().region(code)
    assert any(item.name == name and item.phone == number for item in region.crisis_lines)


def test_an_unknown_region_gets_the_elsewhere_entry() -> None:
    region = load_support_resources().region("FR")
    assert region.code == "elsewhere"
    assert any("findahelpline.com" in (item.web or "") for item in region.items)


def test_crisis_lines_come_first_when_asked() -> None:
    ordered = load_support_resources().region("GB").ordered(CRISIS_FIRST)
    assert ordered[0].kind == "crisis"
    assert [item.kind for item in ordered].index("work") > [item.kind for item in ordered].index(
        "emergency"
    )


def test_text_instructions_read_naturally() -> None:
    items = load_support_resources().region("US").items
    texts = {item.name: item.how_to_text for item in items}
    assert texts["Crisis Text Line"] == "Text HOME to 741741"
    assert texts["988 Suicide & Crisis Lifeline"] == "Text 988"


def broken(change: object) -> dict[str, object]:
    data = copy.deepcopy(load_json("support", "resources.json"))
    change(data)  # type: ignore[operator]
    return data  # type: ignore[no-any-return]


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (
            lambda d: d["regions"][0]["items"].__setitem__(
                0, {**d["regions"][0]["items"][0], "phone": "98-8"}
            ),
            "doesn't match",
        ),
        (lambda d: d["regions"][1]["items"][0].pop("source"), "https source"),
        (
            lambda d: d["regions"][2].__setitem__(
                "items", [i for i in d["regions"][2]["items"] if i["kind"] != "crisis"]
            ),
            "no crisis line",
        ),
        (
            lambda d: d["regions"][0]["items"][0].__setitem__("web", "http://example.org/"),
            "isn't https",
        ),
        (lambda d: d["regions"][0]["items"][0].__setitem__("kind", "hotline"), "unknown kind"),
        (lambda d: d.__setitem__("regions", d["regions"][:-1]), "elsewhere"),
        (lambda d: d["regions"][3].__setitem__("code", "US"), "share a code"),
    ],
)
def test_the_checker_refuses_a_broken_file(change: object, problem: str) -> None:
    with pytest.raises(SupportResourcesError, match=problem):
        parse_support_resources(broken(change))


def test_the_docs_list_every_number_address_and_source() -> None:
    text = DOCS.read_text(encoding="utf-8")
    for region in load_support_resources().regions:
        for item in region.items:
            for value in (item.phone, item.text, item.email, item.web, item.source):
                if value:
                    assert value in text, (
                        f"{region.code} {item.name}: {value} missing from the docs"
                    )


def test_the_docs_say_when_the_list_was_last_reviewed() -> None:
    reviewed = load_support_resources().last_reviewed.isoformat()
    assert f"Last reviewed: {reviewed}" in DOCS.read_text(encoding="utf-8")
