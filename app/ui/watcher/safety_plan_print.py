"""Printing the safety plan, on paper or as a PDF file, with Qt's own print support.

A PDF is a plain, unencrypted file, so Tend only writes one where the person chooses, and
says so when they choose. Nothing is written to a temporary file on the way.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from app.core.safety_plan import PlanWording, SafetyPlan, plan_wording
from app.ui.dates import display_date
from app.ui.watcher.safety_plan_html import steps_html

PDF_CAPTION = "Save my safety plan as a PDF (the file is not encrypted; keep it private)"


def plan_document(plan: SafetyPlan, wording: PlanWording | None = None) -> QTextDocument:
    """The printable plan: title, every written step numbered, the date, the credit."""
    wording = wording or plan_wording()
    when = (
        f"<p><i>Last changed {display_date(plan.updated_at, weekday=False, year=True)}</i></p>"
        if plan.updated_at is not None
        else ""
    )
    body = steps_html(plan, wording, for_print=True) or f"<p>{html.escape(wording.empty)}</p>"
    document = QTextDocument()
    document.setHtml(
        f"<h1>{html.escape(wording.title)}</h1>{when}{body}"
        f"<p><small>{html.escape(wording.credit)}</small></p>"
    )
    return document


def _a4(printer: QPrinter) -> None:
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)


def write_pdf(plan: SafetyPlan, path: Path) -> Path:
    """Write the plan to ``path`` as a PDF; returns the path written."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setDocName("My safety plan")
    _a4(printer)
    plan_document(plan).print_(printer)
    return path


def choose_pdf_path(parent: QWidget | None) -> Path | None:
    chosen, _ = QFileDialog.getSaveFileName(
        parent, PDF_CAPTION, "My safety plan.pdf", "PDF files (*.pdf)"
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def print_plan(plan: SafetyPlan, parent: QWidget | None) -> bool:
    """Qt's print dialog (which also offers printing to a file); True when printed."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName("My safety plan")
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle("Print my safety plan")
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    plan_document(plan).print_(printer)
    return True
