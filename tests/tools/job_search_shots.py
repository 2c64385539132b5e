"""Sample job search and its screenshots, for tests/tools/screenshots.py.

A handful of openings at different stages (some linked to the sample entries), a few
people, and no's spread over the sample check-ins so "days after a no" has shape.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

OPENINGS = [
    # role, organisation, via, [(stage, days ago)], sample entry titles to link
    (
        "Archivist",
        "County Museum",
        "person",
        [("applied", 12), ("interviewing", 1)],
        ["Practising answers"],
    ),
    (
        "Reference librarian",
        "Northside Library",
        "posting",
        [("applied", 20), ("interviewing", 8), ("no", 0)],
        ["After the final interview"],
    ),
    (
        "Collections assistant",
        "University Press",
        "outreach",
        [("applied", 9), ("interviewing", 4), ("verbal_offer", 0)],
        [],
    ),
    ("Records officer", "City Council", "posting", [("applied", 5)], []),
    ("Library technician", "Regional Library", "posting", [("applied", 60), ("no", 45)], []),
    (
        "Digital archivist",
        "Heritage Trust",
        "person",
        [("applied", 85), ("interviewing", 75), ("no", 70)],
        [],
    ),
    ("Cataloguer", "Book Depot", "posting", [("applied", 110), ("no", 100)], []),
    ("Archives assistant", "Harbour Museum", "posting", [("applied", 30), ("no", 20)], []),
]
PEOPLE = [
    ("Sam", "Former colleague at the county archive", 3),
    ("Priya", "Met at the library association meetup", 16),
    ("Jonah", "A friend's friend, works in records", None),
]


def add_sample_search(workspace: Any, now: datetime) -> None:
    from app.core.jobsearch import Stage, Via

    jobs = workspace.jobs
    entries = {
        entry.title: entry.id
        for entry in workspace.journal.entries_between(
            (now - timedelta(days=30)).date(), now.date()
        )
    }
    opening_ids = []
    for role, organisation, via, stages, linked in OPENINGS:
        first_stage, first_ago = stages[0]
        opening = jobs.openings.add(
            role,
            organisation,
            via=Via(via),
            stage=Stage(first_stage),
            day=(now - timedelta(days=first_ago)).date(),
        )
        for stage, ago in stages[1:]:
            jobs.openings.record_stage(opening.id, Stage(stage), (now - timedelta(days=ago)).date())
        for title in linked:
            if title in entries:
                jobs.openings.link_entry(opening.id, entries[title])
        opening_ids.append(opening.id)
    for number, (name, how, ago) in enumerate(PEOPLE):
        talked = None if ago is None else (now - timedelta(days=ago)).date()
        person = jobs.people.add(name, how, talked)
        jobs.people.link_opening(person.id, opening_ids[number])


def shoot_job_search(
    window: Any, runner: Any, shoot: Callable[[Any, str], None], size: str
) -> None:
    """The openings page, an opening with linked entries, Home's cards and summary, and
    the days after a no (scrolled into view on Insights)."""
    window.show_page("openings")
    runner.wait_until_idle()
    runner.wait_until_idle()
    page = window.pages.currentWidget()
    shoot(window, f"openings-{size}")
    linked = [o.id for o in page.list.openings if o.entries]
    if linked:
        page.list.select(linked[0])
    shoot(window, f"opening-linked-{size}")
    page.tabs.setCurrentIndex(1)
    shoot(window, f"people-{size}")
    page.tabs.setCurrentIndex(0)
    window.show_page("home")
    for _ in range(3):
        runner.wait_until_idle()
    from PySide6.QtWidgets import QScrollArea

    from app.ui.jobsearch.home_panel import JobSearchHome

    panel = window.findChild(JobSearchHome)
    if panel is not None:
        from PySide6.QtWidgets import QApplication

        for _ in range(5):  # the cards' heights settle before scrolling to them
            QApplication.processEvents()
        # The week's summary in view, with the offers above it.
        for scroll in window.findChildren(QScrollArea):
            if scroll.widget() is not None and scroll.widget().isAncestorOf(panel):
                scroll.ensureWidgetVisible(panel.summary, 0, 20)
    shoot(window, f"home-job-search-{size}")
    window.show_page("insights")
    for _ in range(4):
        runner.wait_until_idle()
    from app.ui.insights.after_no_view import AfterNoView

    view = window.findChild(AfterNoView)
    if view is not None:
        for scroll in window.findChildren(QScrollArea):
            if scroll.widget() is not None and scroll.widget().isAncestorOf(view):
                scroll.ensureWidgetVisible(view, 0, 0)
                # The heading above the section, too.
                bar = scroll.verticalScrollBar()
                bar.setValue(bar.value() + 60)
        shoot(window, f"days-after-no-{size}")
