"""The short message the command line gives when something just written calls for support.

"What you wrote sounds really painful. You don't have to go through this alone:
Samaritans, call 116 123, day and night." The words come from
app/resources/support/crisis_message.json and the line, its number and its hours from
resources.json; "day and night" is said only of a line that is open 24/7.
"""

from __future__ import annotations

import functools
import locale
import os
import re
from collections.abc import Mapping
from typing import Any

from app.core.resources import load_json
from app.core.support.resources import Region, SupportItem, SupportResources

# "en_GB.UTF-8", "de-AT", "pt_BR": the territory is the two letters after the language.
_TERRITORY = re.compile(r"^[A-Za-z]{2,3}[_-]([A-Za-z]{2})(?![A-Za-z])")
_LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")


@functools.cache
def _words() -> dict[str, Any]:
    data: dict[str, Any] = load_json("support", "crisis_message.json")
    return data


def region_from_environment(environ: Mapping[str, str] | None = None) -> str | None:
    """The region code (GB, US, ...) from the system locale, if it names one."""
    environ = os.environ if environ is None else environ
    for name in _LOCALE_VARIABLES:
        value = environ.get(name, "")
        if value:
            return _territory(value)
    return _territory(locale.getlocale()[0] or "")


def _territory(name: str) -> str | None:
    found = _TERRITORY.match(name)
    return found.group(1).upper() if found else None


def region_for(resources: SupportResources, chosen: str | None, from_locale: str | None) -> Region:
    """The person's chosen region, else the locale's, else "somewhere else"."""
    codes = {region.code for region in resources.regions}
    for code in (chosen, from_locale):
        if code and code in codes:
            return resources.region(code)
        if code and code.upper() in codes:
            return resources.region(code.upper())
    return resources.region(None)


def crisis_message(region: Region) -> str:
    """A few lines for standard error: the region's first crisis line that can be called or
    texted (with its hours), the emergency number, and that the app will show more."""
    words = _words()
    lines: list[str] = []
    reachable = [item for item in region.crisis_lines if item.phone or item.text]
    if reachable:
        lines.append(f"{words['opening']} {_line(reachable[0], words)}")
    else:
        lines.append(words["no_line_opening"])
    emergency = next((i for i in region.items if i.kind == "emergency" and i.phone), None)
    if emergency is not None and reachable:
        lines.append(words["danger"].format(phone=emergency.phone))
    elif emergency is not None:
        lines.append(emergency.purpose)  # the region's own words about its emergency number
    directory = next((i for i in region.crisis_lines if i.web), None)
    if not reachable and directory is not None:
        lines.append(words["directory"].format(name=directory.name, web=directory.web))
    lines.append(words["next_time"])
    return "\n".join(lines)


def _line(item: SupportItem, words: Mapping[str, Any]) -> str:
    how = how_to_reach(item)
    if item.hours in words["always_open_hours"]:
        return str(words["line_always_open"]).format(name=item.name, how=how)
    if item.hours:
        return str(words["line_with_hours"]).format(name=item.name, how=how, hours=item.hours)
    return str(words["line_without_hours"]).format(name=item.name, how=how)


def how_to_reach(item: SupportItem) -> str:
    """ "call or text 988", "call 116 123", "text HOME to 741741"."""
    if item.phone and item.text and item.text == item.phone and not item.text_keyword:
        return f"call or text {item.phone}"
    parts = []
    if item.phone:
        parts.append(f"call {item.phone}")
    if item.how_to_text:
        parts.append(item.how_to_text[0].lower() + item.how_to_text[1:])
    return " or ".join(parts)
