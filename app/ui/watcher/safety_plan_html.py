"""The safety plan as HTML: the steps with words in them, in the plan's own order.

Shared by the compact summary (crisis card, crisis dialog, Support page) and the printed
or PDF copy, so both read the same.
"""

from __future__ import annotations

import html

from app.core.safety_plan import PlanWording, SafetyPlan


def steps_html(plan: SafetyPlan, wording: PlanWording, *, for_print: bool = False) -> str:
    """Each written step's title and the person's own words (line breaks kept).

    On screen the words follow the title on the same line, so the whole plan fits above
    the crisis lines; on paper each numbered title stands over its words.
    """
    parts = []
    for number, step in enumerate(wording.steps, start=1):
        text = plan.step(step.key).strip()
        if not text:
            continue
        words = "<br>".join(html.escape(line) for line in text.splitlines())
        if for_print:
            title = html.escape(f"{number}. {step.title}")
            parts.append(f"<h3>{title}</h3><p>{words}</p>")
        else:
            parts.append(
                f"<p style='margin: 0 0 4px 0'><b>{html.escape(step.title)}:</b> {words}</p>"
            )
    return "".join(parts)


def steps_text(plan: SafetyPlan, wording: PlanWording) -> str:
    """The same in plain text, for screen readers."""
    return "\n".join(
        f"{step.title}: {plan.step(step.key).strip()}"
        for step in wording.steps
        if plan.step(step.key).strip()
    )
