"""The watcher in the vault: evaluate today, keep every prompt shown, honour the person's choices.

Check-ins and entries come in through injected loaders, so this service does not depend on
how they are stored. The decision itself is app.core.watcher (pure functions).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.checkins.model import CheckIn
from app.core.clock import Clock, system_clock, to_utc_text
from app.core.crisis_read_store import known_reads, remember_reads
from app.core.db.database import Database
from app.core.db.tables import SettingRow
from app.core.db.watcher_tables import PromptRow
from app.core.errors import NotFoundError, UsageError
from app.core.journal.model import Entry
from app.core.questionnaires.model import QuestionnaireResult
from app.core.watcher.crisis_reads import CrisisRead, crisis_reads, sources_read_on, unread
from app.core.watcher.days import DaySignals, signals_by_day
from app.core.watcher.engine import crisis_prompt_for_words, evaluate_day
from app.core.watcher.escalation import QuestionnaireTaken
from app.core.watcher.lexicon import Lexicon, default_lexicon
from app.core.watcher.model import (
    CHECKING_IN,
    CRISIS,
    HAS_SUPPORT,
    PROMPT_KINDS,
    RESPONSES,
    SNOOZED,
    PriorPrompt,
    Prompt,
    ShownPrompt,
    WatcherSettings,
)
from app.core.watcher.prompt_rows import prompt_values, shown_from_row
from app.core.watcher.quiet import (
    LOW_RUN_WINDOW_DAYS,
    QUIET_MIN_DAYS,
    QuietOutlook,
    checking_in_allowed,
    checking_in_for,
    quiet_after_low_run,
    quiet_outlook,
)
from app.core.watcher.saved_text import SavedText, new_crisis_reads
from app.core.watcher.sustained import WINDOW_DAYS
from app.core.watcher.wording import default_wording

CheckInLoader = Callable[[date, date], Sequence[CheckIn]]  # first and last day, inclusive
EntryLoader = Callable[[date, date], Sequence[Entry]]
# Everything last edited at or after a moment, whatever day it was begun or is for.
EditedCheckInLoader = Callable[[datetime], Sequence[CheckIn]]
EditedEntryLoader = Callable[[datetime], Sequence[Entry]]

SETTINGS_KEY = "watcher"
SNOOZE_DAYS = 3
HAS_SUPPORT_DAYS = 30
# A crisis prompt recorded without the window (by `tend add`, say) and not yet answered
# is shown by the window if it opens within this long.
WAITING_CRISIS_HOURS = 24


def no_checkins(start: date, end: date) -> Sequence[CheckIn]:
    """The loader to use until check-ins are stored."""
    return ()


def no_questionnaires() -> date | None:
    return None


def no_phq9() -> QuestionnaireTaken | None:
    return None


def phq9_taken(result: QuestionnaireResult | None) -> QuestionnaireTaken | None:
    """What escalation needs from a PHQ-9 result: its id, local day and total."""
    if result is None:
        return None
    return QuestionnaireTaken(result.id, result.taken_at.date(), result.score)


# How far back prompts are read: the cooldown needs a week, a stretch's first note more.
PRIOR_LOOKBACK_DAYS = 365
# How far back a silence is looked for when the last few days hold nothing: a person away
# longer than this is welcomed back without the note (the low run is long past).
QUIET_LOOKBACK_DAYS = 60


@dataclass(frozen=True)
class QuietLook:
    """Going quiet, as the window needs it: the outlook for the next reminder, and the
    calm note to show on Home when the person is back (once)."""

    outlook: QuietOutlook | None
    returning_note: ShownPrompt | None


class WatcherService:
    def __init__(
        self,
        database: Database,
        clock: Clock = system_clock,
        *,
        load_checkins: CheckInLoader = no_checkins,
        load_entries: EntryLoader,
        last_questionnaire: Callable[[], date | None] = no_questionnaires,
        last_phq9: Callable[[], QuestionnaireTaken | None] = no_phq9,
        lexicon: Lexicon | None = None,
        load_edited_checkins: EditedCheckInLoader | None = None,
        load_edited_entries: EditedEntryLoader | None = None,
    ) -> None:
        self._db = database
        self._clock = clock
        self._load_checkins = load_checkins
        self._load_entries = load_entries
        self._load_edited_checkins = load_edited_checkins or self._checkins_of_the_day
        self._load_edited_entries = load_edited_entries or self._entries_of_the_day
        self._last_questionnaire = last_questionnaire
        self._last_phq9 = last_phq9
        self._lexicon = lexicon

    def today(self) -> date:
        return self._clock().date()

    # -- evaluating ---------------------------------------------------------------------

    def evaluate(self, day: date | None = None) -> list[ShownPrompt]:
        """The prompts to show now (usually none); each is kept in the vault before returning.

        Call it at start-up and after a check-in or an entry is saved: a crisis prompt
        appears at once, and the cooldown stops a support prompt from repeating.
        """
        day = day or self.today()
        start = day - timedelta(days=WINDOW_DAYS - 1)
        by_day = signals_by_day(
            self._load_checkins(start, day),
            self._load_entries(start, day),
            self._lexicon or default_lexicon(),
        )
        reads = self._unread_crisis_words(day)
        prompts = evaluate_day(
            day,
            by_day,
            self.settings(),
            self._prior(day),
            last_questionnaire=self._last_questionnaire(),
            last_phq9=self._last_phq9(),
            crisis_words=[read.evidence() for read in reads],
        )
        return self._keep_all(prompts, reads)

    def look_for_quiet(self, day: date | None = None) -> QuietLook:
        """Whether the person went quiet after a low run: the outlook a reminder needs, and
        the note for Home when they are back (opening Tend or writing after the silence).

        The note is kept as a ``checking_in`` prompt, so once answered it is not shown
        again for that silence. Off when the watcher or support prompts are off.
        """
        day = day or self.today()
        settings = self.settings()
        if not checking_in_allowed(settings, day):
            return QuietLook(None, None)
        # The low run's 14 days before a silence of 4: usually enough to look at.
        days_back = LOW_RUN_WINDOW_DAYS + QUIET_MIN_DAYS
        by_day = self._signals(day - timedelta(days=days_back), day)
        if not any(day - timedelta(days=QUIET_MIN_DAYS) <= moment < day for moment in by_day):
            by_day = self._signals(day - timedelta(days=QUIET_LOOKBACK_DAYS - 1), day)
        spell = quiet_after_low_run(day, by_day, settings)
        note = None
        if spell is not None:
            kept = self._returning_note(day, spell.last_active)
            if kept is None:
                wording = default_wording()
                prompt = checking_in_for(spell, day, by_day, wording.returning)
                kept = self._keep_all([prompt], [])[0]
            note = kept if kept.response is None else None
        return QuietLook(quiet_outlook(day, by_day, settings), note)

    def _returning_note(self, day: date, last_active: date) -> ShownPrompt | None:
        """The checking-in note already kept for the silence after ``last_active``."""
        statement = (
            select(PromptRow)
            .where(
                PromptRow.kind == CHECKING_IN,
                PromptRow.day > last_active.isoformat(),
                PromptRow.day <= day.isoformat(),
            )
            .order_by(PromptRow.pk)
        )
        with self._db.reader() as session:
            row = session.scalars(statement).first()
            return None if row is None else shown_from_row(row)

    def _signals(self, start: date, end: date) -> dict[date, DaySignals]:
        return signals_by_day(
            self._load_checkins(start, end),
            self._load_entries(start, end),
            self._lexicon or default_lexicon(),
        )

    def read_crisis_words(self) -> ShownPrompt | None:
        """Read only for crisis words, after a save outside the window (`tend add`).

        A crisis prompt is kept unanswered, so the window shows it when it next opens
        (``waiting_crisis_prompts``). Support prompts are left to the window: keeping one
        here would start its cooldown before the person had seen it.
        """
        day = self.today()
        reads = self._unread_crisis_words(day)
        prompt = crisis_prompt_for_words(
            day, [read.evidence() for read in reads], default_wording()
        )
        allowed = prompt is not None and self.settings().allows(CRISIS, day)
        kept = self._keep_all([prompt] if prompt is not None and allowed else [], reads)
        return kept[0] if kept else None

    def read_saved_text(self, saved: SavedText) -> ShownPrompt | None:
        """Read text just saved outside the journal (an opening, a person of the search, a
        trusted contact, the safety plan) for crisis words new in this save.

        The prompt is made and kept as ``read_crisis_words`` keeps one: unanswered, so the
        window shows it (at once, or when it next opens). Nothing is remembered in
        ``crisis_reads``: the text before the save is what tells old words from new.
        """
        day = self.today()
        reads = new_crisis_reads(saved, day, self._lexicon or default_lexicon())
        prompt = crisis_prompt_for_words(
            day, [read.evidence() for read in reads], default_wording()
        )
        if prompt is None or not self.settings().allows(CRISIS, day):
            return None
        return self._keep_all([prompt], [])[0]

    def waiting_crisis_prompts(self) -> list[ShownPrompt]:
        """Crisis prompts of the last day that no one has answered yet, oldest first."""
        since = self._clock() - timedelta(hours=WAITING_CRISIS_HOURS)
        statement = (
            select(PromptRow)
            .where(
                PromptRow.kind == CRISIS,
                PromptRow.response.is_(None),
                PromptRow.shown_at >= to_utc_text(since),
            )
            .order_by(PromptRow.shown_at, PromptRow.pk)
        )
        with self._db.reader() as session:
            return [shown_from_row(row) for row in session.scalars(statement)]

    def _unread_crisis_words(self, day: date) -> list[CrisisRead]:
        """Crisis words in what was last edited on ``day`` that were never read before.

        By edit time, not creation: words added after midnight to an entry begun before
        it, or added today to an old entry, are read today. An entry restored or imported
        keeps its own times, so only one written today is read.
        """
        since = datetime.combine(day, time.min, tzinfo=self._clock().tzinfo)
        sources = sources_read_on(
            day, self._load_edited_checkins(since), self._load_edited_entries(since)
        )
        reads = crisis_reads(sources, self._lexicon or default_lexicon())
        if not reads:
            return []
        with self._db.reader() as session:
            return unread(reads, known_reads(session, reads))

    def _entries_of_the_day(self, since: datetime) -> Sequence[Entry]:
        """Without an edit-time loader: the day's own entries, if edited since ``since``."""
        day = since.date()
        return [e for e in self._load_entries(day, day) if e.updated_at >= since]

    def _checkins_of_the_day(self, since: datetime) -> Sequence[CheckIn]:
        day = since.date()
        return self._load_checkins(day, day)

    def _prior(self, day: date) -> list[PriorPrompt]:
        since = (day - timedelta(days=PRIOR_LOOKBACK_DAYS)).isoformat()
        statement = select(PromptRow.day, PromptRow.kind).where(PromptRow.day >= since)
        with self._db.reader() as session:
            return [
                PriorPrompt(date.fromisoformat(d), kind) for d, kind in session.execute(statement)
            ]

    def _keep_all(
        self, prompts: Sequence[Prompt], reads: Sequence[CrisisRead]
    ) -> list[ShownPrompt]:
        """The prompts and the crisis words read, in one transaction: words are never
        marked read without the prompt they raised."""
        if not prompts and not reads:
            return []  # no write, so no wait for the disk
        moment = self._clock()
        with self._db.session() as session:
            remember_reads(session, reads, moment)
            return [self._keep(session, prompt, moment) for prompt in prompts]

    def _keep(self, session: Session, prompt: Prompt, moment: datetime) -> ShownPrompt:
        row = PromptRow(**prompt_values(ShownPrompt(str(uuid.uuid4()), prompt, moment)))
        session.add(row)
        session.flush()
        return shown_from_row(row)

    # -- history and responses ----------------------------------------------------------

    def history(self, limit: int = 500) -> list[ShownPrompt]:
        """Every prompt shown, newest first."""
        statement = select(PromptRow).order_by(PromptRow.shown_at.desc(), PromptRow.pk.desc())
        with self._db.reader() as session:
            return [shown_from_row(row) for row in session.scalars(statement.limit(limit))]

    def get(self, prompt_id: str) -> ShownPrompt:
        with self._db.reader() as session:
            return shown_from_row(_prompt_row(session, prompt_id))

    def respond(self, prompt_id: str, response: str) -> ShownPrompt:
        """Record what the person did with a prompt (the latest answer wins)."""
        if response not in RESPONSES:
            raise UsageError(f"Unknown response {response!r}.")
        with self._db.session() as session:
            row = _prompt_row(session, prompt_id)
            row.response = response
            row.responded_at = to_utc_text(self._clock())
            session.flush()
            return shown_from_row(row)

    def snooze(self, prompt_id: str, days: int = SNOOZE_DAYS) -> WatcherSettings:
        """No prompt of this prompt's kind for ``days`` days."""
        shown = self.respond(prompt_id, SNOOZED)
        return self.snooze_kind(shown.prompt.kind, days)

    def snooze_kind(self, kind: str, days: int = SNOOZE_DAYS) -> WatcherSettings:
        _check_kind(kind)
        if days < 1:
            raise UsageError("Snooze for at least one day.")
        settings = self.settings()
        until = self.today() + timedelta(days=days)
        return self.save_settings(
            replace(settings, snoozed_until={**settings.snoozed_until, kind: until})
        )

    def i_have_support(self, prompt_id: str) -> WatcherSettings:
        """ "I have support": support prompts rest for 30 days.

        On a crisis prompt the answer is recorded but crisis prompts stay on: the words
        that raise one can come on any day, and resources then matter most.
        """
        shown = self.respond(prompt_id, HAS_SUPPORT)
        if shown.prompt.kind == CRISIS:
            return self.settings()
        return self.turn_off(shown.prompt.kind, HAS_SUPPORT_DAYS)

    def turn_off(self, kind: str, days: int | None = None) -> WatcherSettings:
        """Turn a kind of prompt off for ``days`` days, or for good when ``days`` is None."""
        _check_kind(kind)
        if days is not None and days < 1:
            raise UsageError("Turn it off for at least one day.")
        settings = self.settings()
        back_on = None if days is None else self.today() + timedelta(days=days)
        return self.save_settings(
            replace(settings, kinds_off={**settings.kinds_off, kind: back_on})
        )

    def turn_on(self, kind: str) -> WatcherSettings:
        """Turn a kind back on now, ending any snooze of it too."""
        _check_kind(kind)
        settings = self.settings()
        kinds_off = {k: v for k, v in settings.kinds_off.items() if k != kind}
        snoozed = {k: v for k, v in settings.snoozed_until.items() if k != kind}
        return self.save_settings(replace(settings, kinds_off=kinds_off, snoozed_until=snoozed))

    def set_enabled(self, enabled: bool) -> WatcherSettings:
        return self.save_settings(replace(self.settings(), enabled=enabled))

    def set_region(self, region: str | None) -> WatcherSettings:
        return self.save_settings(replace(self.settings(), region=region))

    # -- settings -----------------------------------------------------------------------

    def settings(self) -> WatcherSettings:
        with self._db.reader() as session:
            row = session.get(SettingRow, SETTINGS_KEY)
            return (
                WatcherSettings()
                if row is None
                else WatcherSettings.from_json(json.loads(row.value))
            )

    def save_settings(self, settings: WatcherSettings) -> WatcherSettings:
        with self._db.session() as session:
            session.merge(SettingRow(key=SETTINGS_KEY, value=json.dumps(settings.to_json())))
        return settings


def _check_kind(kind: str) -> None:
    if kind not in PROMPT_KINDS:
        raise UsageError(f"Unknown kind of prompt {kind!r}; use {' or '.join(PROMPT_KINDS)}.")


def _prompt_row(session: Session, prompt_id: str) -> PromptRow:
    row = session.scalar(select(PromptRow).where(PromptRow.id == prompt_id))
    if row is None:
        raise NotFoundError("That prompt isn't in this journal's history.")
    return row
