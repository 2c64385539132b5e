"""The safety plan as HTML: the steps with words in them, in the plan's own order.

Shared by the compact summary (crisis card, crisis dialog, Support page) and the printed
or PDF copy, so both read the same.
"""

from __future__ import annotations

import html

from app.core.safety_plan import PlanWording, SafetyPlan


def steps_html(plan: SafetyPlan, wording: PlanWording, *, numbered: bool = False) -> str:
    """Each written step as a bold title over the person's own words (line breaks kept)."""
    parts = []
    for number, step in enumerate(wording.steps, start=1):
        text = plan.step(step.key).strip()
        if not text:
            continue
        title = f"{number}. {step.title}" if numbered else step.title
        words = "<br>".join(html.escape(line) for line in text.splitlines())
        parts.append(f"<p style='margin: 0 0 6px 0'><b>{html.escape(title)}</b><br>{words}</p>")
    return "".join(parts)


def steps_text(plan: SafetyPlan, wording: PlanWording) -> str:
    """The same in plain text, for screen readers."""
    return "\n".join(
        f"{step.title}: {plan.step(step.key).strip()}"
        for step in wording.steps
        if plan.step(step.key).strip()
    )
