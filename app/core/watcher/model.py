"""The watcher's plain values: signals, evidence, prompts and the settings that steer them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

# The four day signals, in the order a prompt names them.
LOW_ENERGY = "low_energy"
LOSS_OF_INTEREST = "loss_of_interest"
LACK_OF_FOCUS = "lack_of_focus"
LOW_MOOD = "low_mood"
SIGNALS = (LOW_ENERGY, LOSS_OF_INTEREST, LACK_OF_FOCUS, LOW_MOOD)

# The check-in scale behind each signal (PHQ-9 items 4, 1, 7 and 2).
SCALE_OF_SIGNAL = {
    LOW_ENERGY: "energy",
    LOSS_OF_INTEREST: "interest",
    LACK_OF_FOCUS: "focus",
    LOW_MOOD: "mood",
}

# Evidence of crisis language carries this in place of a day signal.
CRISIS = "crisis"

SUPPORT = "support"
# The kinds a person can snooze or turn off.
PROMPT_KINDS = (SUPPORT, CRISIS)
# "Just checking in on you" after a low run and silence (quiet.py): a warmer reminder,
# and a calm note on Home when the person comes back, kept like any prompt so it is shown
# once. It rests whenever support prompts do, so it is not turned off on its own.
CHECKING_IN = "checking_in"
STORED_KINDS = (*PROMPT_KINDS, CHECKING_IN)

CHECKIN = "checkin"
ENTRY = "entry"
# Evidence that is not a day's check-in or writing: the watcher's own history, a result.
WATCHER = "watcher"
QUESTIONNAIRE = "questionnaire"
# Other text the person types, read for crisis words as it is saved (saved_text.py).
OPENING = "opening"
SEARCH_PERSON = "search_person"
TRUSTED_CONTACT = "trusted_contact"
SAFETY_PLAN = "safety_plan"
EVIDENCE_SOURCES = (
    CHECKIN,
    ENTRY,
    WATCHER,
    QUESTIONNAIRE,
    OPENING,
    SEARCH_PERSON,
    TRUSTED_CONTACT,
    SAFETY_PLAN,
)

# Why a support prompt is escalated (it suggests a doctor or a counsellor). Each reason is
# kept in the prompt's evidence, so "Why am I seeing this?" can say which happened.
STILL_THERE_AFTER_FOUR_WEEKS = "still_there_after_four_weeks"
SEVERAL_SIGNALS_TOGETHER = "several_signals_together"
RECENT_PHQ9_SCORE = "recent_phq9_score"
ESCALATION_REASONS = (STILL_THERE_AFTER_FOUR_WEEKS, SEVERAL_SIGNALS_TOGETHER, RECENT_PHQ9_SCORE)
# Why a checking-in prompt came: a low run, then silence (dated the last active day).
WENT_QUIET_AFTER_LOW_RUN = "went_quiet_after_low_run"
REASONS = (*ESCALATION_REASONS, WENT_QUIET_AFTER_LOW_RUN)

# Sleep supports a prompt's evidence but never raises one on its own.
SHORT_SLEEP = "short_sleep"
EVIDENCE_SIGNALS = (*SIGNALS, CRISIS, SHORT_SLEEP, *REASONS)


@dataclass(frozen=True)
class TextSource:
    """A piece of writing the watcher reads: an entry (title and body) or a check-in note."""

    source: str  # ENTRY or CHECKIN, or other saved text (saved_text.py)
    source_id: str
    day: date
    text: str


@dataclass(frozen=True)
class PhraseMatch:
    """Words in a text that count towards a signal (or crisis), exactly as written."""

    category: str  # one of SIGNALS, or CRISIS
    phrase: str
    source: str
    source_id: str
    day: date


@dataclass(frozen=True)
class Evidence:
    """One reason behind a prompt: a low check-in day, matched words, short sleep, or why
    the prompt is escalated."""

    day: date
    signal: str  # one of EVIDENCE_SIGNALS
    source: str  # one of EVIDENCE_SOURCES
    source_ids: tuple[str, ...]
    value: float | None = None  # the day's mean, for check-in evidence
    phrase: str | None = None  # the words, for text evidence
    hours: float | None = None  # the night's sleep, for SHORT_SLEEP
    score: int | None = None  # the questionnaire's total, for RECENT_PHQ9_SCORE

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "date": self.day.isoformat(),
            "signal": self.signal,
            "source": self.source,
            "ids": list(self.source_ids),
        }
        if self.value is not None:
            data["value"] = round(self.value, 2)
        if self.phrase is not None:
            data["phrase"] = self.phrase
        if self.hours is not None:
            data["hours"] = round(self.hours, 2)
        if self.score is not None:
            data["score"] = self.score
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Evidence:
        value = data.get("value")
        hours = data.get("hours")
        score = data.get("score")
        return cls(
            day=date.fromisoformat(data["date"]),
            signal=str(data["signal"]),
            source=str(data["source"]),
            source_ids=tuple(str(item) for item in data.get("ids", ())),
            value=None if value is None else float(value),
            phrase=data.get("phrase"),
            hours=None if hours is None else float(hours),
            score=None if score is None else int(score),
        )


@dataclass(frozen=True)
class SignalCount:
    """How often a signal showed in the trailing window, for the summary and "Why?"."""

    signal: str
    days_present: int
    days_with_data: int
    first_day: date
    last_day: date

    def to_json(self) -> dict[str, Any]:
        return {
            "signal": self.signal,
            "days_present": self.days_present,
            "days_with_data": self.days_with_data,
            "first_day": self.first_day.isoformat(),
            "last_day": self.last_day.isoformat(),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> SignalCount:
        return cls(
            signal=str(data["signal"]),
            days_present=int(data["days_present"]),
            days_with_data=int(data["days_with_data"]),
            first_day=date.fromisoformat(data["first_day"]),
            last_day=date.fromisoformat(data["last_day"]),
        )


@dataclass(frozen=True)
class Prompt:
    """What the watcher asks the app to show, with everything needed to explain it."""

    day: date
    kind: str  # SUPPORT or CRISIS
    signals: tuple[str, ...]
    summary: str
    evidence: tuple[Evidence, ...]
    counts: tuple[SignalCount, ...] = ()
    window_days: int = 14
    suggested_questionnaire: str | None = None

    @property
    def reasons(self) -> tuple[str, ...]:
        """The rules behind the prompt beyond its signals: escalation, going quiet."""
        return tuple(item.signal for item in self.evidence if item.signal in REASONS)

    @property
    def escalation_reasons(self) -> tuple[str, ...]:
        """Why this support prompt suggests a doctor or a counsellor (empty when it doesn't)."""
        return tuple(reason for reason in self.reasons if reason in ESCALATION_REASONS)

    @property
    def escalated(self) -> bool:
        return bool(self.escalation_reasons)

    def to_json(self) -> dict[str, Any]:
        """The replay shape: date, kind, signals, summary, evidence (and "reasons" when a
        rule beyond the signals applies, with "escalated": true for an escalated prompt)."""
        data: dict[str, Any] = {
            "date": self.day.isoformat(),
            "kind": self.kind,
            "signals": list(self.signals),
            "summary": self.summary,
            "evidence": [item.to_json() for item in self.evidence],
        }
        if self.escalated:
            data["escalated"] = True
        if self.reasons:
            data["reasons"] = list(self.reasons)
        return data


# What the person did with a prompt.
SNOOZED = "snoozed"
DISMISSED = "dismissed"
HAS_SUPPORT = "has_support"
OPENED_SUPPORT = "opened_support"
RESPONSES = (SNOOZED, DISMISSED, HAS_SUPPORT, OPENED_SUPPORT)


@dataclass(frozen=True)
class ShownPrompt:
    """A prompt as kept in the vault: what was shown, when, and what the person did."""

    id: str
    prompt: Prompt
    shown_at: datetime
    response: str | None = None
    responded_at: datetime | None = None


@dataclass(frozen=True)
class PriorPrompt:
    """A prompt already shown: all the cooldown needs to know about it."""

    day: date
    kind: str


@dataclass(frozen=True)
class WatcherSettings:
    """The person's choices. Dates are the first day prompts may come back."""

    enabled: bool = True
    snoozed_until: dict[str, date] = field(default_factory=dict)
    # kind -> first day it is back on, or None when turned off for good.
    kinds_off: dict[str, date | None] = field(default_factory=dict)
    suggest_questionnaires: bool = True
    region: str | None = None

    def allows(self, kind: str, day: date) -> bool:
        """Whether a prompt of this kind may be shown on this day, by the person's choice."""
        if not self.enabled:
            return False
        if kind in self.kinds_off:
            back_on = self.kinds_off[kind]
            if back_on is None or day < back_on:
                return False
        snoozed = self.snoozed_until.get(kind)
        return snoozed is None or day >= snoozed

    def to_json(self) -> dict[str, Any]:
        return {
            "enabled": self.enabled,
            "snoozed_until": {kind: day.isoformat() for kind, day in self.snoozed_until.items()},
            "kinds_off": {
                kind: None if day is None else day.isoformat()
                for kind, day in self.kinds_off.items()
            },
            "suggest_questionnaires": self.suggest_questionnaires,
            "region": self.region,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> WatcherSettings:
        snoozed = data.get("snoozed_until") or {}
        off = data.get("kinds_off") or {}
        return cls(
            enabled=bool(data.get("enabled", True)),
            snoozed_until={
                str(kind): date.fromisoformat(day) for kind, day in snoozed.items() if day
            },
            kinds_off={
                str(kind): None if day is None else date.fromisoformat(day)
                for kind, day in off.items()
            },
            suggest_questionnaires=bool(data.get("suggest_questionnaires", True)),
            region=data.get("region") or None,
        )
