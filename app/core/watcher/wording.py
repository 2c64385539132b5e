"""The sentences prompts say, built from app/resources/watcher/wording.json."""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from app.core.resources import load_json
from app.core.watcher.model import SignalCount


@dataclass(frozen=True)
class Wording:
    signal_names: dict[str, str]  # inside a sentence: "low energy"
    signal_titles: dict[str, str]  # as a label: "Low energy"
    first: str
    more: str
    opening: str
    closing: str
    crisis: str
    questionnaire_suggestion: dict[str, str]
    escalated_closing: str
    last_phq9: str
    checking_in: str
    # The escalated card: its title, the words by its first option, and "Why?" lines.
    escalated_title: str = ""
    offer_phq9: str = ""
    offer_results: str = ""
    why_escalated: dict[str, str] = field(default_factory=dict)
    # The calm note on Home when the person comes back after going quiet.
    returning_title: str = ""
    returning: str = ""
    why_checking_in: str = ""

    def support_summary(self, counts: Sequence[SignalCount], window_days: int) -> str:
        """ "You've noted low energy on 9 of the last 14 days. That's a lot to carry. ..." """
        return f"{self._noticed(counts, window_days)} {self.closing}"

    def escalated_summary(
        self,
        counts: Sequence[SignalCount],
        window_days: int,
        last_phq9: tuple[date, int] | None = None,
    ) -> str:
        """The same opening, then a doctor or a counsellor, and the last PHQ-9 if recent."""
        text = f"{self._noticed(counts, window_days)} {self.escalated_closing}"
        if last_phq9 is not None:
            taken, score = last_phq9
            when = f"{taken.day} {taken.strftime('%B')}"
            text = f"{text} {self.last_phq9.format(date=when, score=score)}"
        return text

    def _noticed(self, counts: Sequence[SignalCount], window_days: int) -> str:
        parts = [
            (self.first if index == 0 else self.more).format(
                name=self.signal_names[count.signal], count=count.days_present, window=window_days
            )
            for index, count in enumerate(counts)
        ]
        return self.opening.format(noticed=_join(parts))

    def escalation_lines(self, reasons: Sequence[tuple[str, date, int | None]]) -> list[str]:
        """ "Why?" words for each reason to escalate: (reason, its date, a PHQ-9 score)."""
        lines = []
        for reason, day, score in reasons:
            when = f"{day.day} {day.strftime('%B')}"
            lines.append(self.why_escalated[reason].format(date=when, score=score))
        return lines

    def crisis_summary(self) -> str:
        return self.crisis

    def suggestion(self, questionnaire: str) -> str:
        return self.questionnaire_suggestion[questionnaire]


@functools.cache
def default_wording() -> Wording:
    return wording_from(load_json("watcher", "wording.json"))


def wording_from(data: Mapping[str, Any]) -> Wording:
    support = data["support"]
    return Wording(
        signal_names=dict(data["signal_names"]),
        signal_titles=dict(data["signal_titles"]),
        first=support["first"],
        more=support["more"],
        opening=support["opening"],
        closing=support["closing"],
        crisis=data["crisis"],
        questionnaire_suggestion=dict(data["questionnaire_suggestion"]),
        escalated_closing=data["escalated"]["closing"],
        last_phq9=data["escalated"]["last_phq9"],
        checking_in=data["checking_in"]["text"],
        escalated_title=data["escalated"]["title"],
        offer_phq9=data["escalated"]["offer_phq9"],
        offer_results=data["escalated"]["offer_results"],
        why_escalated={k: v for k, v in data["escalated"]["why"].items()},
        returning_title=data["checking_in"]["title"],
        returning=data["checking_in"]["returning"],
        why_checking_in=data["checking_in"]["why"],
    )


def _join(parts: Sequence[str]) -> str:
    if len(parts) <= 2:
        return " and ".join(parts)
    return f"{', '.join(parts[:-1])}, and {parts[-1]}"
