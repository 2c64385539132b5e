"""The support-resources file (app/resources/support/resources.json): load it and check it.

The checks are strict because a wrong number here could fail someone at the worst moment:
every region has a crisis line, every phone or text number matches that region's format
(and every format is one of the region's numbers' shapes, no looser), every line you can
call or text says when it answers ("24/7" only for a line that never closes), and every
item names the source it was checked against.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from app.core.resources import load_json

KINDS = ("crisis", "emergency", "counselling", "work", "support_group")
# The order items are listed in when a crisis prompt opens the support options.
CRISIS_FIRST = ("crisis", "emergency", "counselling", "support_group", "work")
# And for a support prompt: people to talk to first, emergency numbers last.
SUPPORT_FIRST = ("counselling", "support_group", "work", "crisis", "emergency")
# The one way to write "open day and night", so the wording shown can rely on it.
ALWAYS_OPEN = "24/7"
ELSEWHERE = "elsewhere"
# Other spellings of "always open": a line that never closes is written ALWAYS_OPEN instead.
_ALWAYS_OPEN_LOOKALIKES = re.compile(
    r"24\s*(/|x|×)\s*7|24\s*h|24\s*hours|round the clock|day and night|always open",
    re.IGNORECASE,
)
# A number format may only describe digit groups (\d{3}, 0800, spaces, hyphens): nothing
# like ".*" or "\d+" that would let a mistyped number through.
_FORMAT_PIECES = re.compile(r"\^?(?:\\d(?:\{\d+(?:,\d+)?\})?|\d|[ -])+\$?")
# The kinds a person reaches in a hurry: if they can be called or texted, say when.
_HOURS_REQUIRED = ("crisis", "emergency")


class SupportResourcesError(ValueError):
    """The resources file breaks a rule (a bug in the data, caught by its test)."""


@dataclass(frozen=True)
class SupportItem:
    name: str
    kind: str
    purpose: str
    source: str
    phone: str | None = None
    text: str | None = None
    text_keyword: str | None = None
    email: str | None = None
    web: str | None = None
    hours: str | None = None

    @property
    def always_open(self) -> bool:
        """True only for a line that answers day and night, every day."""
        return self.hours == ALWAYS_OPEN

    @property
    def how_to_text(self) -> str | None:
        """ "Text HOME to 741741", or "Text 988"."""
        if self.text is None:
            return None
        if self.text_keyword:
            return f"Text {self.text_keyword} to {self.text}"
        return f"Text {self.text}"


@dataclass(frozen=True)
class Region:
    code: str
    name: str
    items: tuple[SupportItem, ...]

    def ordered(self, kinds_first: Sequence[str]) -> list[SupportItem]:
        """Items grouped by kind in the given order (file order inside a kind)."""
        rank = {kind: index for index, kind in enumerate(kinds_first)}
        return sorted(self.items, key=lambda item: rank.get(item.kind, len(rank)))

    @property
    def crisis_lines(self) -> list[SupportItem]:
        return [item for item in self.items if item.kind == "crisis"]


@dataclass(frozen=True)
class SupportResources:
    last_reviewed: date
    kind_titles: dict[str, str]
    regions: tuple[Region, ...]

    def region(self, code: str | None) -> Region:
        """The region with this code, or the "elsewhere" entry (which parsing guarantees)."""
        by_code = {region.code: region for region in self.regions}
        return by_code.get(code or "", by_code[ELSEWHERE])

    def has_region(self, code: str | None) -> bool:
        """Whether the file lists this region itself (not just the "elsewhere" fallback)."""
        return any(region.code == code for region in self.regions)


@functools.cache
def load_support_resources() -> SupportResources:
    return parse_support_resources(load_json("support", "resources.json"))


def parse_support_resources(data: Mapping[str, Any]) -> SupportResources:
    """The file as plain values, after every check has passed."""
    problems: list[str] = []
    regions = _in_list_order(_region(raw, problems) for raw in data.get("regions", ()))
    codes = [region.code for region in regions]
    if len(set(codes)) != len(codes):
        problems.append("two regions share a code")
    names = [region.name for region in regions]
    if len(set(names)) != len(names):
        problems.append("two regions share a name")
    if ELSEWHERE not in codes:
        problems.append('there is no "elsewhere" region')
    try:
        reviewed = date.fromisoformat(str(data.get("last_reviewed")))
    except ValueError:
        problems.append("last_reviewed must be a date like 2026-03-01")
        reviewed = date.min
    if problems:
        raise SupportResourcesError("; ".join(problems))
    return SupportResources(reviewed, dict(data.get("kinds", {})), regions)


def _in_list_order(regions: Iterable[Region]) -> tuple[Region, ...]:
    """Regions as a person scans a list of them: by name, with "Somewhere else" last."""
    return tuple(
        sorted(regions, key=lambda region: (region.code == ELSEWHERE, region.name.casefold()))
    )


def _region(raw: Mapping[str, Any], problems: list[str]) -> Region:
    code = str(raw.get("code", ""))
    formats = _formats(code, raw.get("phone_formats", ()), problems)
    items = tuple(_item(code, item, formats, problems) for item in raw.get("items", ()))
    if not any(item.kind == "crisis" for item in items):
        problems.append(f"{code}: no crisis line")
    numbers = [number for item in items for number in (item.phone, item.text) if number]
    for pattern in formats:
        if not any(pattern.fullmatch(number) for number in numbers):
            problems.append(f"{code}: the format {pattern.pattern!r} matches none of its numbers")
    if not code or not raw.get("name"):
        problems.append(f"a region needs a code and a name (got {code!r})")
    return Region(code, str(raw.get("name", "")), items)


def _formats(code: str, patterns: Iterable[str], problems: list[str]) -> list[re.Pattern[str]]:
    formats = []
    for pattern in patterns:
        if not _FORMAT_PIECES.fullmatch(pattern):
            problems.append(f"{code}: the format {pattern!r} is looser than a phone number")
            continue
        formats.append(re.compile(pattern))
    return formats


def _item(
    region: str, raw: Mapping[str, Any], formats: list[re.Pattern[str]], problems: list[str]
) -> SupportItem:
    item = SupportItem(
        name=str(raw.get("name", "")),
        kind=str(raw.get("kind", "")),
        purpose=str(raw.get("for", "")),
        source=str(raw.get("source", "")),
        phone=raw.get("phone"),
        text=raw.get("text"),
        text_keyword=raw.get("text_keyword"),
        email=raw.get("email"),
        web=raw.get("web"),
        hours=raw.get("hours"),
    )
    where = f"{region}: {item.name or 'an item'}"
    if not item.name or not item.purpose:
        problems.append(f"{where} needs a name and what it is for")
    if item.kind not in KINDS:
        problems.append(f"{where} has an unknown kind {item.kind!r}")
    if not item.source.startswith("https://"):
        problems.append(f"{where} needs an https source")
    if item.web is not None and not item.web.startswith("https://"):
        problems.append(f"{where} has a web address that isn't https")
    if not (item.phone or item.text or item.web):
        problems.append(f"{where} has no way to reach it")
    for number in (item.phone, item.text):
        if number is not None and not any(pattern.fullmatch(number) for pattern in formats):
            problems.append(f"{where}: {number!r} doesn't match the region's number formats")
    _check_hours(where, item, problems)
    return item


def _check_hours(where: str, item: SupportItem, problems: list[str]) -> None:
    """Honest hours: said for every line reached in a hurry, and "24/7" written one way."""
    if item.kind in _HOURS_REQUIRED and (item.phone or item.text) and not item.hours:
        problems.append(f"{where} needs its hours (write {ALWAYS_OPEN} only if it never closes)")
    if item.hours is not None and item.hours != ALWAYS_OPEN:
        if not item.hours.strip():
            problems.append(f"{where} has empty hours (leave them out instead)")
        elif _ALWAYS_OPEN_LOOKALIKES.search(item.hours):
            problems.append(
                f"{where}: hours {item.hours!r} sound like always open; write {ALWAYS_OPEN!r} "
                "for a line that never closes, or the real hours in plain words"
            )
