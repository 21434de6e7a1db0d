"""The water-quality section of the main window (水质)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ui.shell.context import AppContext
from ui.shell.sections import Section


def _page(ctx: AppContext) -> QWidget:
    from ui.waterquality.pages import WaterQualityPage

    return WaterQualityPage(ctx)


def _available(ctx: AppContext) -> bool:
    store = ctx.store
    return store is not None and store.db["section"].exists()


SECTIONS = [
    Section(
        key="waterquality",
        title=lambda: QCoreApplication.translate("Navigation", "Water quality"),
        factory=_page,
        order=40,
        available=_available,
    )
]
