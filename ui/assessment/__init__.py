"""The assessment section of the main window (考核): ranking, scorecards, rule editor."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ui.shell.context import AppContext
from ui.shell.sections import Section


def _page(ctx: AppContext) -> QWidget:
    from ui.assessment.pages import AssessmentPage

    return AssessmentPage(ctx)


def _available(ctx: AppContext) -> bool:
    store = ctx.store
    return store is not None and store.db["assessment_run"].exists()


SECTIONS = [
    Section(
        key="assessment",
        title=lambda: QCoreApplication.translate("Navigation", "Assessment"),
        factory=_page,
        order=60,
        available=_available,
    )
]
