"""The "safety_plan" section: the person's safety plan, one item or none.

A journal holds one plan, so there is nothing to match by id. When both sides have one
and their words differ, the newer plan (by ``updated_at``) wins and replaces the other
whole; on a tie the journal's is kept. A plan's steps are read together in a crisis, so
they are never mixed from two versions.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any, cast

from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session

from app.core.backup import validate as v
from app.core.backup.sections.base import MergeContext, SectionChanges
from app.core.backup.sections.by_id import table_digest
from app.core.clock import offset_minutes, to_utc_text
from app.core.db.safety_plan_tables import PLAN_ROW_PK, SafetyPlanRow
from app.core.progress import report
from app.core.safety_plan.model import MAX_STEP_CHARS, STEP_KEYS, SafetyPlan, plan_from_texts
from app.core.safety_plan.service import row_to_plan, stored_plan, write_plan

PLAN_TABLE = cast(Table, SafetyPlanRow.__table__)


class SafetyPlanSection:
    name = "safety_plan"
    version = 1
    label = "safety plan"

    # -- writing the document ------------------------------------------------------

    def count(self, session: Session) -> int:
        return int(session.scalar(select(func.count()).select_from(SafetyPlanRow)) or 0)

    def dump(self, session: Session) -> Iterator[dict[str, Any]]:
        plan = stored_plan(session)
        if plan is None or plan.updated_at is None:
            return
        yield {
            **dict(plan.steps()),
            "updated_at": plan.updated_at.isoformat(timespec="microseconds"),
        }

    def fingerprint(self, session: Session) -> bytes:
        return table_digest(session, PLAN_TABLE)

    # -- reading the document ------------------------------------------------------

    def parse(self, items: list[Any], path: str) -> Sequence[SafetyPlan]:
        v.expect_list(items, path, 1)
        return [item_to_plan(item, f"{path}[{index}]") for index, item in enumerate(items)]

    def check_links(self, records: Mapping[str, Sequence[Any]], path: str) -> None:
        """The plan links to nothing else."""

    # -- merging -------------------------------------------------------------------

    def merge(
        self, session: Session, records: Sequence[SafetyPlan], context: MergeContext
    ) -> SectionChanges:
        counts = dict.fromkeys(("added", "unchanged", "replaced", "kept_current"), 0)
        for incoming in records:  # none or one
            counts[_merge_one(session, incoming, context)] += 1
        report(context.progress, len(records), len(records))
        return SectionChanges(
            self.name,
            self.label,
            added=counts["added"],
            unchanged=counts["unchanged"],
            replaced=counts["replaced"],
            kept_current=counts["kept_current"],
        )


def _merge_one(session: Session, incoming: SafetyPlan, context: MergeContext) -> str:
    """Merge the backup's plan; returns which SectionChanges count it adds to."""
    row = session.get(SafetyPlanRow, PLAN_ROW_PK)
    if row is None:
        if context.apply:
            fresh = SafetyPlanRow(pk=PLAN_ROW_PK)
            session.add(fresh)
            _write(session, fresh, incoming)
        return "added"
    current = row_to_plan(row)
    if current.same_words(incoming):
        return "unchanged"
    assert current.updated_at is not None and incoming.updated_at is not None
    if incoming.updated_at <= current.updated_at:
        return "kept_current"
    if context.apply:
        _write(session, row, incoming)
    return "replaced"


def _write(session: Session, row: SafetyPlanRow, plan: SafetyPlan) -> None:
    assert plan.updated_at is not None
    write_plan(row, plan)
    row.updated_at = to_utc_text(plan.updated_at)
    row.updated_offset_min = offset_minutes(plan.updated_at)
    session.flush()


def item_to_plan(item: Any, path: str) -> SafetyPlan:
    """The plan, checked field by field; every step is optional, the time is required."""
    obj = v.expect_object(item, path, ("updated_at",), STEP_KEYS)
    texts = {
        key: v.expect_str(obj.get(key, ""), f"{path}.{key}", MAX_STEP_CHARS) for key in STEP_KEYS
    }
    return plan_from_texts(texts, v.expect_timestamp(obj["updated_at"], f"{path}.updated_at"))
