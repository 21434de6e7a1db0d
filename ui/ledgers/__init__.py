"""The ledgers (台账): problems (问题台账), complaints and supervision batches (信访投诉、
督察反馈) and outfalls (入河排污口台账)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ui.shell.context import AppContext
from ui.shell.sections import Section


def _problems(ctx: AppContext) -> QWidget:
    from ui.ledgers.problems_page import ProblemsPage

    return ProblemsPage(ctx)


def _outfalls(ctx: AppContext) -> QWidget:
    from ui.ledgers.outfalls_page import OutfallsPage

    return OutfallsPage(ctx)


def _complaints(ctx: AppContext) -> QWidget:
    from ui.ledgers.complaints_page import ComplaintsPage

    return ComplaintsPage(ctx)


def _overview(ctx: AppContext) -> QWidget:
    from ui.ledgers.overview_page import OverviewPage

    return OverviewPage(ctx)


SECTIONS = [
    Section(key="ledger_overview",
            title=lambda: QCoreApplication.translate("Navigation", "Ledger overview"),
            factory=_overview, order=40),  # before the problems (also 40)
    Section(key="problems", title=lambda: QCoreApplication.translate("Navigation", "Problems"),
            factory=_problems, order=40),
    Section(key="complaints",
            title=lambda: QCoreApplication.translate("Navigation", "Complaints and supervision"),
            factory=_complaints, order=42),
    Section(key="outfalls", title=lambda: QCoreApplication.translate("Navigation", "Outfalls"),
            factory=_outfalls, order=45),
]
