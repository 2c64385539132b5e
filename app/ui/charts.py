"""One way to make the app's charts: dates along the bottom, nothing to drag or zoom.

Charts here are for reading, not exploring: mouse panning, the auto-range button and the
right-click menu would only let a person lose the view.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt

from app.ui.date_axis import DayAxis


def still_date_plot(height: int) -> pg.PlotWidget:
    plot = pg.PlotWidget(axisItems={"bottom": DayAxis()})
    plot.setMinimumHeight(height)
    plot.setMaximumHeight(height + 40)
    plot.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    item = plot.getPlotItem()
    item.setMouseEnabled(x=False, y=False)
    item.hideButtons()
    item.setMenuEnabled(False)
    return plot
