"""The support-resources file (app/resources/support/resources.json): load it and check it.

The checks are strict because a wrong number here could fail someone at the worst moment:
every region has a crisis line, every phone or text number matches that region's format,
and every item names the source it was checked against.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from app.core.resources import load_json

KINDS = ("crisis", "emergency", "counselling", "work", "support_group")
# The order items are listed in when a crisis prompt opens the support options.
CRISIS_FIRST = ("crisis", "emergency", "counselling", "support_group", "work")
# And for a support prompt: people to talk to first, emergency numbers last.
SUPPORT_FIRST = ("counselling", "support_group", "work", "crisis", "emergency")


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
        return by_code.get(code or "", by_code["elsewhere"])


@functools.cache
def load_support_resources() -> SupportResources:
    return parse_support_resources(load_json("support", "resources.json"))


def parse_support_resources(data: Mapping[str, Any]) -> SupportResources:
    """The file as plain values, after every check has passed."""
    problems: list[str] = []
    regions = tuple(_region(raw, problems) for raw in data.get("regions", ()))
    codes = [region.code for region in regions]
    if len(set(codes)) != len(codes):
        problems.append("two regions share a code")
    if "elsewhere" not in codes:
        problems.append('there is no "elsewhere" region')
    try:
        reviewed = date.fromisoformat(str(data.get("last_reviewed")))
    except ValueError:
        problems.append("last_reviewed must be a date like 2026-03-01")
        reviewed = date.min
    if problems:
        raise SupportResourcesError("; ".join(problems))
    return SupportResources(reviewed, dict(data.get("kinds", {})), regions)


def _region(raw: Mapping[str, Any], problems: list[str]) -> Region:
    code = str(raw.get("code", ""))
    formats = [re.compile(pattern) for pattern in raw.get("phone_formats", ())]
    items = tuple(_item(code, item, formats, problems) for item in raw.get("items", ()))
    if not any(item.kind == "crisis" for item in items):
        problems.append(f"{code}: no crisis line")
    if not code or not raw.get("name"):
        problems.append(f"a region needs a code and a name (got {code!r})")
    return Region(code, str(raw.get("name", "")), items)


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
    return item
