"""Look at a window the way a person would, and list what looks broken.

``inspect(window)`` walks a widget tree and returns a list of ``Problem``:

- clipped: a label, button, check box, radio button, group box title, tab or list/tree
  item whose text (by its font's metrics, with word wrap, icons, indicators and the
  style's margins) needs more room than its rectangle gives it;
- cut off: a widget that reaches outside its parent (a layout squeezed below its minimum);
- overlap: two visible sibling widgets that cover each other.

Names and Tab are checked in ``tests/support/keyboard_check.py``. See docs/visual-check.md.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from PySide6 import QtGui
from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QFocusFrame,
    QGroupBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QRubberBand,
    QScrollBar,
    QSizeGrip,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionButton,
    QStyleOptionGroupBox,
    QStyleOptionToolButton,
    QTabBar,
    QTableView,
    QToolButton,
    QTreeView,
    QWidget,
)

# A pixel of rounding either way is not a problem anyone can see.
TOLERANCE = 1
# Overlaps thinner than this are frames sharing a border (tab bar and pane, for example).
OVERLAP_MIN = 3
# Views with more rows than this are checked on the rows that are on screen only.
MAX_ITEMS = 400
# A widget (or an ancestor) with this property set to True is left out of the check, for
# the rare case that is deliberate and explained where the property is set.
SKIP_PROPERTY = "visual_check_skip"
# Widgets Qt places over others by design.
FLOATING = (QScrollBar, QSizeGrip, QFocusFrame, QRubberBand)


@dataclass(frozen=True)
class Problem:
    kind: str  # "clipped", "cut off", "overlap", "unnamed", "unreachable", "focus trap"
    path: str
    detail: str

    def __str__(self) -> str:
        return f"{self.kind}: {self.path}: {self.detail}"


def describe(widget: QWidget) -> str:
    """One step of a widget path: its class, object name and (short) text or name."""
    name = type(widget).__name__
    if widget.objectName() and not widget.objectName().startswith("qt_"):
        name += f"#{widget.objectName()}"
    label = _text_of(widget) or widget.accessibleName()
    if label:
        short = " ".join(label.split())
        name += f'"{short[:40]}…"' if len(short) > 40 else f'"{short}"'
    return name


def widget_path(widget: QWidget) -> str:
    """The chain from the window down to ``widget``, middle steps without text shortened."""
    chain: list[QWidget] = []
    current: QWidget | None = widget
    while current is not None:
        chain.append(current)
        if current.isWindow():
            break
        current = current.parentWidget()
    chain.reverse()
    steps = [describe(step) for step in chain]
    if len(steps) > 6:
        steps = [steps[0], "…", *steps[-4:]]
    return " > ".join(steps)


def _text_of(widget: QWidget) -> str:
    if isinstance(widget, QLabel):
        return widget.text()
    if isinstance(widget, QAbstractButton):
        return widget.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    if isinstance(widget, QGroupBox):
        return widget.title().replace("&", "")
    return ""


def _skipped(widget: QWidget) -> bool:
    current: QWidget | None = widget
    while current is not None:
        if current.property(SKIP_PROPERTY) is True:
            return True
        if current.isWindow():
            return False
        current = current.parentWidget()
    return False


def shown_widgets(window: QWidget) -> Iterator[QWidget]:
    """Every widget of ``window`` a person can see (not other windows, not skipped)."""
    for widget in window.findChildren(QWidget):
        if widget.isWindow() or not widget.isVisible() or _skipped(widget):
            continue
        if widget.width() <= 0 or widget.height() <= 0:
            continue
        yield widget


# -- clipped text ----------------------------------------------------------------------


def inspect(window: QWidget) -> list[Problem]:
    """Every clipped text, cut-off widget and sibling overlap in ``window``."""
    problems: list[Problem] = []
    widgets = list(shown_widgets(window))
    for widget in [window, *widgets]:
        problems.extend(_clipped(widget))
    for widget in [window, *widgets]:
        problems.extend(_overlaps(widget))
    for widget in widgets:
        problems.extend(_cut_off(widget))
    return problems


def _clipped(widget: QWidget) -> list[Problem]:
    need: QSize | None = None
    if isinstance(widget, QLabel):
        need = label_needs(widget)
    elif isinstance(widget, QAbstractButton):
        need = button_needs(widget)
    elif isinstance(widget, QGroupBox):
        need = group_title_needs(widget)
    elif isinstance(widget, QTabBar):
        return _clipped_tabs(widget)
    elif isinstance(widget, QAbstractItemView):
        return _clipped_items(widget)
    elif isinstance(widget, QAbstractSpinBox | QComboBox):
        need = widget.minimumSizeHint()  # its longest value, arrows and frame
    if need is None:
        return []
    have = widget.size()
    if need.width() > have.width() + TOLERANCE or need.height() > have.height() + TOLERANCE:
        return [
            Problem(
                "clipped",
                widget_path(widget),
                f"text needs {need.width()}×{need.height()} px, has {have.width()}×{have.height()}",
            )
        ]
    return []


def label_needs(label: QLabel) -> QSize | None:
    """The size a label's text needs (margins included), at its current width if it wraps."""
    text = label.text()
    if not text or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    margins = label.contentsMargins()
    extra_w = margins.left() + margins.right() + 2 * label.margin()
    extra_h = margins.top() + margins.bottom() + 2 * label.margin()
    if label.indent() > 0:
        extra_w += label.indent()
    room = max(label.width() - extra_w, 1)
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text)
    )
    if rich:
        document = QTextDocument()
        document.setDefaultFont(label.font())
        document.setDocumentMargin(0)
        document.setHtml(text)
        if label.wordWrap():
            document.setTextWidth(room)
        width = document.idealWidth()
        height = document.size().height()
        return QSize(int(width + 0.999) + extra_w, int(height + 0.999) + extra_h)
    flags = int(label.alignment().value)
    if label.buddy() is not None:  # "&Name" shows as an underlined N, as Qt draws it
        flags |= Qt.TextFlag.TextShowMnemonic.value
    if label.wordWrap():
        flags |= Qt.TextFlag.TextWordWrap.value
    bounds = QFontMetrics(label.font()).boundingRect(QRect(0, 0, room, 100_000), flags, text)
    return QSize(bounds.width() + extra_w, bounds.height() + extra_h)


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def button_needs(button: QAbstractButton) -> QSize | None:
    """The size a button's text, icon and indicator need in this style (no minimum width)."""
    text = _plain(button.text())
    if not text:
        return None
    metrics = QFontMetrics(button.font())
    lines = text.split("\n")
    text_w = max(metrics.horizontalAdvance(line) for line in lines)
    text_h = metrics.height() * len(lines)
    icon = button.iconSize() if not button.icon().isNull() else QSize(0, 0)
    gap = 4 if icon.width() else 0
    style = button.style()
    if isinstance(button, QToolButton):
        option = QStyleOptionToolButton()
        button.initStyleOption(option)
        style_text_only = button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextOnly
        if style_text_only:
            icon, gap = QSize(0, 0), 0
        contents = QSize(text_w + icon.width() + gap, max(text_h, icon.height()))
        if button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextUnderIcon:
            contents = QSize(max(text_w, icon.width()), text_h + icon.height() + gap)
        return style.sizeFromContents(QStyle.ContentsType.CT_ToolButton, option, contents, button)
    option = QStyleOptionButton()
    button.initStyleOption(option)  # type: ignore[attr-defined]
    contents = QSize(text_w + icon.width() + gap, max(text_h, icon.height()))
    if isinstance(button, QCheckBox):
        kind = QStyle.ContentsType.CT_CheckBox
    elif isinstance(button, QRadioButton):
        kind = QStyle.ContentsType.CT_RadioButton
    elif isinstance(button, QPushButton):
        kind = QStyle.ContentsType.CT_PushButton
        option.text = ""  # so the style's minimum width for text buttons is not counted
    else:
        return contents
    return style.sizeFromContents(kind, option, contents, button)


def group_title_needs(box: QGroupBox) -> QSize | None:
    title = _plain(box.title())
    if not title:
        return None
    option = QStyleOptionGroupBox()
    box.initStyleOption(option)
    label = box.style().subControlRect(
        QStyle.ComplexControl.CC_GroupBox, option, QStyle.SubControl.SC_GroupBoxLabel, box
    )
    need_w = QFontMetrics(box.font()).horizontalAdvance(title)
    if label.width() + TOLERANCE < need_w or label.right() > box.width() + TOLERANCE:
        return QSize(box.width() + need_w - label.width(), box.height())
    return None


def _clipped_tabs(bar: QTabBar) -> list[Problem]:
    problems = []
    metrics = QFontMetrics(bar.font())
    for index in range(bar.count()):
        if not bar.isTabVisible(index):
            continue
        text = _plain(bar.tabText(index))
        rect = bar.tabRect(index)
        need = metrics.horizontalAdvance(text)
        outside = rect.left() < -TOLERANCE or rect.right() > bar.width() + TOLERANCE
        if need > rect.width() + TOLERANCE or outside:
            problems.append(
                Problem(
                    "clipped",
                    f"{widget_path(bar)} tab {text!r}",
                    f"tab text needs {need} px, has {rect.width()} at x={rect.x()} in a bar "
                    f"{bar.width()} px wide",
                )
            )
    return problems


def _indexes(view: QAbstractItemView) -> Iterator[QModelIndex]:
    model = view.model()
    if model is None:
        return
    stack = [QModelIndex()]
    seen = 0
    tree = isinstance(view, QTreeView | QTableView)  # a list model hides columnCount
    while stack and seen < MAX_ITEMS:
        parent = stack.pop()
        for row in range(model.rowCount(parent)):
            for column in range(model.columnCount(parent) if tree else 1):
                index = model.index(row, column, parent)
                seen += 1
                yield index
            first = model.index(row, 0, parent)
            if isinstance(view, QTreeView) and model.hasChildren(first) and view.isExpanded(first):
                stack.append(first)


def _clipped_items(view: QAbstractItemView) -> list[Problem]:
    """Items wider than their cell (with Qt's own delegate; one of ours elides on purpose
    and draws the "…" itself), and items of any view that run past the view's edge."""
    delegate = view.itemDelegate()
    ours = type(delegate) is not QStyledItemDelegate
    viewport = view.viewport().rect()
    problems: list[Problem] = []
    for index in _indexes(view):
        text = index.data(Qt.ItemDataRole.DisplayRole)
        rect = view.visualRect(index)
        if not text or not rect.isValid() or not rect.intersects(viewport):
            continue
        if ours and rect.right() <= viewport.right() + TOLERANCE:
            continue  # within the view, the delegate's own elision is deliberate
        option = view.viewOptions() if hasattr(view, "viewOptions") else None
        if option is None:
            from PySide6.QtWidgets import QStyleOptionViewItem

            option = QStyleOptionViewItem()
            view.initViewItemOption(option)
        option.rect = rect
        need = delegate.sizeHint(option, index)
        cut_by_view = rect.right() > viewport.right() + TOLERANCE
        if (need.width() > rect.width() + TOLERANCE and not ours) or cut_by_view:
            problems.append(
                Problem(
                    "clipped",
                    f"{widget_path(view)} item {str(text)[:60]!r}",
                    f"item needs {need.width()} px, has {rect.width()}"
                    + (f" and ends past the view's edge ({viewport.width()} px)" * cut_by_view),
                )
            )
    return problems


# -- overlapping and cut-off widgets ----------------------------------------------------


def floating(widget: QWidget) -> bool:
    return isinstance(widget, FLOATING) or widget.objectName().startswith("qt_")


def _overlaps(parent: QWidget) -> list[Problem]:
    if isinstance(parent, QAbstractScrollArea):
        return []  # the viewport and the scroll bars are placed by Qt, not by a layout
    children = [
        child
        for child in parent.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if not child.isWindow()
        and child.isVisible()
        and not floating(child)
        and not _skipped(child)
        and child.width() > 0
        and child.height() > 0
    ]
    problems = []
    for position, first in enumerate(children):
        for second in children[position + 1 :]:
            shared = first.geometry().intersected(second.geometry())
            if shared.width() >= OVERLAP_MIN and shared.height() >= OVERLAP_MIN:
                problems.append(
                    Problem(
                        "overlap",
                        widget_path(first),
                        f"overlaps its sibling {describe(second)} by "
                        f"{shared.width()}×{shared.height()} px",
                    )
                )
    return problems


def _cut_off(widget: QWidget) -> list[Problem]:
    parent = widget.parentWidget()
    if parent is None or floating(widget):
        return []
    grand = parent.parentWidget()
    if isinstance(grand, QAbstractScrollArea) and parent is grand.viewport():
        return []  # scrolled content is meant to be larger than what shows
    if isinstance(parent, QTabBar):
        return []  # the tab bar's own scroll buttons
    area = parent.rect().adjusted(-TOLERANCE, -TOLERANCE, TOLERANCE, TOLERANCE)
    if area.contains(widget.geometry()):
        return []
    geometry = widget.geometry()
    return [
        Problem(
            "cut off",
            widget_path(widget),
            f"at {geometry.x()},{geometry.y()} size {geometry.width()}×{geometry.height()} "
            f"reaches outside its parent ({parent.width()}×{parent.height()})",
        )
    ]


def report(problems: list[Problem]) -> str:
    return "\n".join(f"  {problem}" for problem in problems)
