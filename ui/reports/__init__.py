"""The reports section of the main window (报表): make a report, preview, print, save."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ui.shell.context import AppContext
from ui.shell.sections import Section


def _page(ctx: AppContext) -> QWidget:
    from ui.reports.page import ReportsPage

    return ReportsPage(ctx)


SECTIONS = [
    Section(
        key="reports",
        title=lambda: QCoreApplication.translate("Navigation", "Reports"),
        factory=_page,
        order=65,
    )
]
