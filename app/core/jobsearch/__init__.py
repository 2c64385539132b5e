"""The job search beside the journal: openings, people, follow-ups offered at the right
moment, and how the person recovers after a no. A journal, not a CRM (docs/job-search.md).
"""

from app.core.jobsearch.after_no import AfterNoView, DaysAfterNo, MarkerKind, SearchMarker
from app.core.jobsearch.followups import FollowUp, FollowUpKind
from app.core.jobsearch.model import (
    CLOSED_STAGES,
    DECISION_STAGES,
    FOLD_AFTER,
    CheckInOutcome,
    Opening,
    SearchPerson,
    Stage,
    StageChange,
    StageMove,
    Via,
)
from app.core.jobsearch.service import JobSearch
from app.core.jobsearch.steps import SearchStep
from app.core.jobsearch.summary import WeekSummary
from app.core.jobsearch.vocabulary import parse_stage, parse_via, stage_label, via_label

__all__ = [
    "CLOSED_STAGES",
    "DECISION_STAGES",
    "FOLD_AFTER",
    "AfterNoView",
    "CheckInOutcome",
    "DaysAfterNo",
    "FollowUp",
    "FollowUpKind",
    "JobSearch",
    "MarkerKind",
    "Opening",
    "SearchMarker",
    "SearchPerson",
    "SearchStep",
    "Stage",
    "StageChange",
    "StageMove",
    "Via",
    "WeekSummary",
    "parse_stage",
    "parse_via",
    "stage_label",
    "via_label",
]
