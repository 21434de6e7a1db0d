"""The patrol pages: the chief's home page, the patrol form, the list and the detail."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.shell.sections import Section


def _list_page(ctx):  # type: ignore[no-untyped-def]
    from ui.patrols.list_page import PatrolListPage

    return PatrolListPage(ctx)


SECTIONS = [
    Section(
        key="patrols",
        title=lambda: QCoreApplication.translate("Navigation", "Patrols"),
        factory=_list_page,
        order=20,
    ),
]
