"""The support-resources file passes its checks, and the docs list every number in it."""

from __future__ import annotations

import copy
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from app.core.resources import load_json
from app.core.support.resources import (
    ALWAYS_OPEN,
    CRISIS_FIRST,
    ELSEWHERE,
    SupportResourcesError,
    load_support_resources,
    parse_support_resources,
)

DOCS = Path(__file__).resolve().parents[2] / "docs" / "support-resources.md"
REGIONS = {
    "US": "United States",
    "GB": "United Kingdom",
    "IE": "Ireland",
    "CA": "Canada",
    "AU": "Australia",
    "NZ": "New Zealand",
    "DE": "Germany",
    "AT": "Austria",
    "CH": "Switzerland",
    "FR": "France",
    "ES": "Spain",
    "IT": "Italy",
    "NL": "Netherlands",
    "IN": "India",
    "JP": "Japan",
    "ZA": "South Africa",
    "BR": "Brazil",
    "MX": "Mexico",
}


def test_the_real_file_passes_every_check_and_has_every_region() -> None:
    resources = load_support_resources()
    names = {region.code: region.name for region in resources.regions}
    assert {code: names.get(code) for code in REGIONS} == REGIONS
    assert ELSEWHERE in names
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
        ("DE", "TelefonSeelsorge", "0800 111 0 111"),
        ("DE", "TelefonSeelsorge (second number)", "0800 111 0 222"),
        ("DE", "TelefonSeelsorge (116 123)", "116 123"),
        ("AT", "TelefonSeelsorge", "142"),
        ("CH", "Die Dargebotene Hand / La Main Tendue / Telefono Amico (143)", "143"),
        ("FR", "3114 (numéro national de prévention du suicide)", "3114"),
        ("FR", "SOS Amitié", "09 72 39 40 50"),
        ("ES", "024 (Línea de atención a la conducta suicida)", "024"),
        ("ES", "Teléfono de la Esperanza", "717 003 717"),
        ("IT", "Telefono Amico Italia", "02 2327 2327"),
        ("IT", "Samaritans Onlus", "06 77208977"),
        ("IT", "Samaritans Onlus (free number)", "800 86 00 22"),
        ("NL", "113 Zelfmoordpreventie", "113"),
        ("NL", "113 Zelfmoordpreventie (free number)", "0800-0113"),
        ("NL", "De Luisterlijn", "088 0767 000"),
        ("IN", "Tele-MANAS", "14416"),
        ("IN", "Tele-MANAS (toll-free number)", "1-800-891-4416"),
        ("JP", "Yorisoi Hotline (よりそいホットライン)", "0120-279-338"),
        ("JP", "Inochi no Denwa (いのちの電話), free line", "0120-783-556"),
        ("JP", "Inochi no Denwa (いのちの電話), Navi Dial", "0570-783-556"),
        ("ZA", "SADAG Suicide Crisis Helpline", "0800 567 567"),
        ("ZA", "Lifeline South Africa", "0861 322 322"),
        ("BR", "CVV (Centro de Valorização da Vida)", "188"),
        ("MX", "Línea de la Vida", "800 911 2000"),
    ],
)
def test_the_best_known_crisis_lines_are_there(code: str, name: str, number: str) -> None:
    region = load_support_resources().region(code)
    assert region.code == code
    assert any(item.name == name and item.phone == number for item in region.crisis_lines)


@pytest.mark.parametrize(
    ("code", "numbers"),
    [
        ("US", {"911"}),
        ("GB", {"999"}),
        ("DE", {"112"}),
        ("AT", {"112", "144"}),
        ("CH", {"144", "112"}),
        ("FR", {"15", "112"}),
        ("ES", {"112"}),
        ("IT", {"112"}),
        ("NL", {"112"}),
        ("IN", {"112"}),
        ("JP", {"119"}),
        ("ZA", {"112", "10111", "10177"}),
        ("BR", {"192"}),
        ("MX", {"911"}),
        (ELSEWHERE, {"112"}),
    ],
)
def test_each_region_gives_its_emergency_numbers(code: str, numbers: set[str]) -> None:
    region = load_support_resources().region(code)
    emergency = {item.phone for item in region.items if item.kind == "emergency"}
    assert emergency == numbers
    assert all(item.always_open for item in region.items if item.kind == "emergency" and item.phone)


def test_every_region_can_be_reached_by_phone_in_an_emergency() -> None:
    for region in load_support_resources().regions:
        assert any(item.kind == "emergency" and item.phone for item in region.items), region.code


@pytest.mark.parametrize(
    ("code", "name", "hours"),
    [
        ("IT", "Telefono Amico Italia", "Every day, 10:00–24:00"),
        ("IT", "Samaritans Onlus", "Every day, 13:00–22:00"),
        ("JP", "Inochi no Denwa (いのちの電話), Navi Dial", "Every day, 10:00–22:00"),
        ("GB", "CALM (Campaign Against Living Miserably)", "5pm to midnight, every day"),
    ],
)
def test_lines_that_close_say_their_hours_and_are_not_called_always_open(
    code: str, name: str, hours: str
) -> None:
    (item,) = [i for i in load_support_resources().region(code).items if i.name == name]
    assert item.hours == hours
    assert not item.always_open


@pytest.mark.parametrize(
    ("code", "name"),
    [
        ("DE", "TelefonSeelsorge"),
        ("FR", "3114 (numéro national de prévention du suicide)"),
        ("NL", "113 Zelfmoordpreventie"),
        ("ZA", "SADAG Suicide Crisis Helpline"),
        ("BR", "CVV (Centro de Valorização da Vida)"),
    ],
)
def test_lines_that_never_close_are_always_open(code: str, name: str) -> None:
    (item,) = [i for i in load_support_resources().region(code).items if i.name == name]
    assert item.hours == ALWAYS_OPEN
    assert item.always_open


def test_an_unlisted_country_gets_the_elsewhere_entry() -> None:
    resources = load_support_resources()
    assert resources.region("AQ").code == ELSEWHERE
    assert resources.region(None).code == ELSEWHERE
    assert not resources.has_region("AQ")
    assert resources.has_region("JP")


def test_elsewhere_lists_the_directories_and_says_how_to_find_a_local_line() -> None:
    region = load_support_resources().region(ELSEWHERE)
    webs = {item.web for item in region.crisis_lines}
    assert {
        "https://findahelpline.com/",
        "https://befrienders.org/",
        "https://www.iasp.info/crisis-centres-helplines/",
    } <= webs
    first = region.crisis_lines[0]
    assert first.web == "https://findahelpline.com/"
    assert "choose your country" in first.purpose


def test_regions_are_listed_by_name_with_somewhere_else_last() -> None:
    regions = load_support_resources().regions
    names = [region.name for region in regions]
    assert regions[-1].code == ELSEWHERE
    assert names[:-1] == sorted(names[:-1], key=str.casefold)
    assert names[:3] == ["Australia", "Austria", "Brazil"]


def test_the_list_order_does_not_depend_on_the_order_in_the_file() -> None:
    data = copy.deepcopy(load_json("support", "resources.json"))
    random.Random(7).shuffle(data["regions"])
    shuffled = parse_support_resources(data).regions
    assert [r.code for r in shuffled] == [r.code for r in load_support_resources().regions]


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


def region_raw(data: dict[str, Any], code: str) -> dict[str, Any]:
    return next(region for region in data["regions"] if region["code"] == code)


def item_raw(data: dict[str, Any], code: str, name: str) -> dict[str, Any]:
    return next(i for i in region_raw(data, code)["items"] if i["name"] == name)


def broken(change: Callable[[dict[str, Any]], object]) -> dict[str, Any]:
    data: dict[str, Any] = copy.deepcopy(load_json("support", "resources.json"))
    change(data)
    return data


def set_item(code: str, name: str, key: str, value: object) -> Callable[[dict[str, Any]], object]:
    return lambda d: item_raw(d, code, name).__setitem__(key, value)


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (set_item("US", "988 Suicide & Crisis Lifeline", "phone", "98-8"), "doesn't match"),
        (lambda d: item_raw(d, "GB", "Samaritans").pop("source"), "https source"),
        (
            lambda d: region_raw(d, "IE").__setitem__(
                "items", [i for i in region_raw(d, "IE")["items"] if i["kind"] != "crisis"]
            ),
            "no crisis line",
        ),
        (
            set_item("US", "988 Suicide & Crisis Lifeline", "web", "http://example.org/"),
            "isn't https",
        ),
        (set_item("US", "988 Suicide & Crisis Lifeline", "kind", "hotline"), "unknown kind"),
        (
            lambda d: d.__setitem__("regions", [r for r in d["regions"] if r["code"] != ELSEWHERE]),
            "elsewhere",
        ),
        (lambda d: region_raw(d, "CA").__setitem__("code", "US"), "share a code"),
        (lambda d: region_raw(d, "AT").__setitem__("name", "Germany"), "share a name"),
    ],
)
def test_the_checker_refuses_a_broken_file(
    change: Callable[[dict[str, Any]], object], problem: str
) -> None:
    with pytest.raises(SupportResourcesError, match=problem):
        parse_support_resources(broken(change))


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (lambda d: item_raw(d, "AT", "TelefonSeelsorge").pop("hours"), "needs its hours"),
        (
            lambda d: item_raw(d, "ZA", "Police (SAPS)").pop("hours"),
            "Police \\(SAPS\\) needs its hours",
        ),
        (set_item("IT", "Telefono Amico Italia", "hours", "24 hours"), "sound like always open"),
        (set_item("IT", "Telefono Amico Italia", "hours", "Day and night"), "always open"),
        (set_item("IT", "Telefono Amico Italia", "hours", "24/7, most days"), "always open"),
        (set_item("IT", "Telefono Amico Italia", "hours", "24h"), "always open"),
        (set_item("IT", "Telefono Amico Italia", "hours", "  "), "empty hours"),
    ],
)
def test_the_checker_refuses_dishonest_or_missing_hours(
    change: Callable[[dict[str, Any]], object], problem: str
) -> None:
    with pytest.raises(SupportResourcesError, match=problem):
        parse_support_resources(broken(change))


def test_a_line_that_is_not_urgent_may_leave_its_hours_out() -> None:
    data = broken(
        lambda d: item_raw(
            d, "DE", "Info-Telefon Depression (Stiftung Deutsche Depressionshilfe)"
        ).pop("hours")
    )
    parse_support_resources(data)  # no error: a counselling line isn't reached in a hurry


def test_real_hours_in_plain_words_are_accepted() -> None:
    data = broken(set_item("IT", "Telefono Amico Italia", "hours", "Weekdays, 09:00–17:00"))
    region = parse_support_resources(data).region("IT")
    assert region.crisis_lines[0].hours == "Weekdays, 09:00–17:00"


@pytest.mark.parametrize(
    ("formats", "problem"),
    [
        (["^.*$"], "looser than a phone number"),
        (["^\\d+$"], "looser than a phone number"),
        (["^[0-9 ]{3,20}$"], "looser than a phone number"),
        (["^\\d{3}$", "^\\d{3}$|.*"], "looser than a phone number"),
        (["^\\d{3}$", "^\\d{7}$"], "matches none of its numbers"),
    ],
)
def test_the_checker_refuses_number_formats_looser_than_the_numbers(
    formats: list[str], problem: str
) -> None:
    data = broken(lambda d: region_raw(d, "AT").__setitem__("phone_formats", formats))
    with pytest.raises(SupportResourcesError, match=problem):
        parse_support_resources(data)


def test_a_number_in_another_regions_shape_is_refused() -> None:
    # Austria's numbers are all three digits; a German freephone number there is a typo.
    data = broken(set_item("AT", "TelefonSeelsorge", "phone", "0800 111 0 111"))
    with pytest.raises(SupportResourcesError, match="AT: TelefonSeelsorge: '0800 111 0 111'"):
        parse_support_resources(data)


def docs_sections() -> dict[str, list[str]]:
    """The docs' table rows, by region code (from headings like "## Japan (JP)")."""
    sections: dict[str, list[str]] = {}
    current: list[str] = []
    for line in DOCS.read_text(encoding="utf-8").splitlines():
        heading = re.fullmatch(r"## .+ \((\w+)\)", line)
        if heading:
            current = sections.setdefault(heading.group(1), [])
        elif line.startswith("| "):
            current.append(line)
    return sections


def test_the_docs_list_every_number_address_hours_and_source_in_the_regions_table() -> None:
    sections = docs_sections()
    for region in load_support_resources().regions:
        assert region.code in sections, f"no section for {region.code} in the docs"
        for item in region.items:
            rows = [row for row in sections[region.code] if row.startswith(f"| {item.name} |")]
            assert len(rows) == 1, f"{region.code} {item.name}: no single row in the docs"
            cells = [cell.strip() for cell in rows[0].strip("|").split(" | ")]
            for value in (item.phone, item.email, item.web, item.hours, item.source):
                if value:
                    assert value in cells, f"{region.code} {item.name}: {value} not in its row"
            if item.text:
                assert item.text in rows[0], f"{region.code} {item.name}: {item.text} missing"
            assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", cells[-1]), f"{item.name}: no date checked"


def test_the_docs_list_each_regions_number_formats() -> None:
    text = DOCS.read_text(encoding="utf-8")
    for region in load_json("support", "resources.json")["regions"]:
        listed = ", ".join(f"`{pattern}`" for pattern in region["phone_formats"])
        assert f"Number formats: {listed}." in text, region["code"]


def test_the_docs_say_when_the_list_was_last_reviewed() -> None:
    reviewed = load_support_resources().last_reviewed.isoformat()
    assert f"Last reviewed: {reviewed}" in DOCS.read_text(encoding="utf-8")
