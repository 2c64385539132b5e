"""The fixed set of notifications Tend can show, with their text from resources/.

Callers name a kind and, at most, a count. There is no way to pass free text, so nothing
from the journal can reach a notification (which may show on a lock screen or in a log).
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from enum import Enum
from functools import cache
from typing import Any

from app.core.resources import load_json


class NotificationKind(Enum):
    CHECK_IN_REMINDER = "check-in-reminder"
    CHECK_IN_REMINDER_LOCKED = "check-in-reminder-locked"
    # The warmer reminder after a low run and a quiet few days (docs/watcher.md).
    CHECKING_IN_REMINDER = "checking-in-reminder"
    WATCHER_PROMPT = "watcher-prompt"
    WATCHER_CRISIS = "watcher-crisis"  # support options opened for a crisis prompt
    STILL_IN_TRAY = "still-in-tray"

    @property
    def is_reminder(self) -> bool:
        return self in (
            NotificationKind.CHECK_IN_REMINDER,
            NotificationKind.CHECK_IN_REMINDER_LOCKED,
            NotificationKind.CHECKING_IN_REMINDER,
        )


class NotificationAction(Enum):
    """What a button (or a click on the notification) asks Tend to do."""

    CHECK_IN = "check-in"
    SNOOZE = "snooze"
    OPEN = "open"
    SUPPORT = "support"  # the support options (crisis lines, people to talk to)


@dataclass(frozen=True)
class NotificationMessage:
    kind: NotificationKind
    summary: str
    body: str
    actions: tuple[tuple[NotificationAction, str], ...]  # (action, button label)
    default_action: NotificationAction  # a click on the notification itself


def message_for(kind: NotificationKind, count: int | None = None) -> NotificationMessage:
    """The text for ``kind``; ``count`` fills a "{count}" (and picks singular or plural)."""
    if not isinstance(kind, NotificationKind):
        raise TypeError("a notification is chosen by its NotificationKind, never by free text")
    if count is not None and (isinstance(count, bool) or not isinstance(count, int)):
        raise TypeError("a notification count must be a whole number")
    entry = _catalog()[kind.value]
    return NotificationMessage(
        kind=kind,
        summary=_text(entry["summary"], count),
        body=_text(entry["body"], count),
        actions=tuple((NotificationAction(key), label) for key, label in entry["actions"]),
        default_action=NotificationAction(entry["default"]),
    )


@cache
def _catalog() -> dict[str, Any]:
    catalog: dict[str, Any] = load_json("notifications.json")
    for kind in NotificationKind:
        entry = catalog[kind.value]
        for field in ("summary", "body"):
            variants = entry[field] if isinstance(entry[field], dict) else {"one": entry[field]}
            for template in variants.values():
                _check_template(template)
    return catalog


def _check_template(template: str) -> None:
    names = {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}
    if names - {"count"}:
        raise ValueError(f"notification text may only use {{count}}, not {sorted(names)}")


def _text(template: str | dict[str, str], count: int | None) -> str:
    if isinstance(template, dict):
        template = template["one"] if count in (None, 1) else template["other"]
    return template.format(count=count if count is not None else 1)
