"""The job-search page: openings (list and editor) and the people in the search."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QSplitter, QTabWidget, QVBoxLayout, QWidget

from app.ui.design import Type
from app.ui.jobsearch.opening_editor import OpeningEditor
from app.ui.jobsearch.openings_list import OpeningsList
from app.ui.jobsearch.people_panel import PeoplePanel
from app.ui.jobsearch.views import Choice, OpeningView
from app.ui.widgets import heading

# The list gets about two fifths of the width, the editor the rest.
LIST_SHARE, EDITOR_SHARE = 400, 600


class OpeningsPage(QWidget):
    def __init__(
        self,
        vias: Sequence[Choice],
        stages: Sequence[Choice],
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName("Openings")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addWidget(heading("Your search", Type.SECTION))
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName("Openings and people")
        layout.addWidget(self.tabs, 1)

        openings_tab = QWidget()
        tab_layout = QVBoxLayout(openings_tab)
        tab_layout.setContentsMargins(0, 8, 0, 0)
        splitter = QSplitter(Qt.Orientation.Horizontal, openings_tab)
        splitter.setChildrenCollapsible(False)
        self.list = OpeningsList(splitter)
        self.editor = OpeningEditor(vias, stages, today)
        scroll = QScrollArea(splitter)
        scroll.setAccessibleName("Opening details")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.editor)
        scroll.setMinimumWidth(300)
        # The editor narrows with the window instead of scrolling sideways.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        splitter.addWidget(self.list)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([LIST_SHARE, EDITOR_SHARE])  # kept in proportion on resize
        tab_layout.addWidget(splitter)
        self.tabs.addTab(openings_tab, "&Openings")

        self.people = PeoplePanel(today)
        people_tab = QWidget()
        people_layout = QVBoxLayout(people_tab)
        people_layout.setContentsMargins(0, 8, 0, 0)
        people_layout.addWidget(self.people)
        self.tabs.addTab(people_tab, "&People")

        self.list.add_requested.connect(self.editor.start_new)

    def set_today(self, today: date) -> None:
        self.editor.set_today(today)
        self.people.set_today(today)

    def show_openings(self, openings: Sequence[OpeningView], keep: str | None = None) -> None:
        self.list.set_openings(openings, keep)
