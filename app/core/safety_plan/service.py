"""Read and save the one safety plan a journal holds, each in one unit of work."""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.core.clock import Clock, from_utc_text, offset_minutes, system_clock, to_utc_text
from app.core.db.database import Database
from app.core.db.safety_plan_tables import PLAN_ROW_PK, SafetyPlanRow
from app.core.errors import UsageError
from app.core.safety_plan.model import MAX_STEP_CHARS, STEP_KEYS, SafetyPlan, plan_from_texts
from app.core.safety_plan.wording import plan_wording
from app.core.watcher.model import SAFETY_PLAN
from app.core.watcher.saved_text import CrisisTextReader, SavedText

# The one plan a journal holds is read for crisis words under this id: a UUID, as every
# id in a prompt's evidence is in backups (uuid5 of "tend:safety-plan", fixed for good).
PLAN_SOURCE_ID = "80ef8a9d-c5c9-5312-8a90-5430805ddfbd"


class SafetyPlanService:
    def __init__(
        self,
        database: Database,
        clock: Clock = system_clock,
        *,
        read_crisis: CrisisTextReader,
    ) -> None:
        self._db = database
        self._clock = clock
        # The plan is read for crisis words like everything else the person writes: a
        # plan names warning signs and means in the person's own words, and a false alarm
        # costs one click (docs/watcher.md).
        self._read_crisis = read_crisis

    def get(self) -> SafetyPlan:
        """The saved plan, or an empty one (``updated_at`` None) if none was written yet."""
        with self._db.reader() as session:
            row = session.get(SafetyPlanRow, PLAN_ROW_PK)
            return SafetyPlan() if row is None else row_to_plan(row)

    def save(self, plan: SafetyPlan) -> SafetyPlan:
        """Keep the plan's words; the update time is now, unless nothing changed."""
        check_plan(plan)
        with self._db.session() as session:
            row = session.get(SafetyPlanRow, PLAN_ROW_PK)
            if row is not None and row_to_plan(row).same_words(plan):
                return row_to_plan(row)
            before = () if row is None else plan_text(row_to_plan(row))
            now = self._clock()
            if row is None:
                row = SafetyPlanRow(pk=PLAN_ROW_PK)
                session.add(row)
            write_plan(row, plan)
            row.updated_at = to_utc_text(now)
            row.updated_offset_min = offset_minutes(now)
            session.flush()
            saved = row_to_plan(row)
        self._read_crisis(SavedText(SAFETY_PLAN, PLAN_SOURCE_ID, before, plan_text(saved)))
        return saved


def plan_text(plan: SafetyPlan) -> tuple[str, ...]:
    """What is read for crisis words: the seven steps, in the plan's order."""
    return tuple(text for _key, text in plan.steps())


def check_plan(plan: SafetyPlan) -> None:
    for key, text in plan.steps():
        if len(text) > MAX_STEP_CHARS:
            title = plan_wording().step(key).title
            raise UsageError(
                f'"{title}" is longer than {MAX_STEP_CHARS:,} characters; please shorten it. '
                "Nothing was changed."
            )
        if "\x00" in text:
            raise UsageError(f'"{plan_wording().step(key).title}" holds a character it can\'t.')


def write_plan(row: SafetyPlanRow, plan: SafetyPlan) -> None:
    for key, text in plan.steps():
        setattr(row, key, text)


def row_to_plan(row: SafetyPlanRow) -> SafetyPlan:
    return plan_from_texts(
        {key: getattr(row, key) for key in STEP_KEYS},
        from_utc_text(row.updated_at, row.updated_offset_min),
    )


def stored_plan(session: Session) -> SafetyPlan | None:
    """The plan as stored, for the backup; None when the journal never had one."""
    row = session.get(SafetyPlanRow, PLAN_ROW_PK)
    return None if row is None else row_to_plan(row)
