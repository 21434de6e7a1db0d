"""The patrol pages: the chief's home page, the patrol form, the list and the detail."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from ui.shell.context import AppContext
from ui.shell.sections import Section


def open_detail(ctx: AppContext, patrol_id: str, parent: QWidget | None) -> QDialog:
    """The patrol's detail in a window; its "Correct" button opens the form on it."""
    from ui.patrols.detail import PatrolDetailDialog

    dialog = PatrolDetailDialog(ctx, patrol_id, parent)
    dialog.detail.correct_requested.connect(
        lambda pid: open_correction(ctx, pid, dialog))
    dialog.show()
    return dialog


def open_correction(ctx: AppContext, patrol_id: str, parent: QWidget | None) -> QDialog:
    from ui.patrols.form import PatrolForm

    dialog = QDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("PatrolPages", "Correct a patrol"))
    dialog.resize(1100, 720)
    layout = QVBoxLayout(dialog)
    form = PatrolForm(ctx, offer_drafts=False)
    form.load_patrol(patrol_id)
    layout.addWidget(form)
    form.submitted.connect(lambda _pid: dialog.accept())
    form.cancelled.connect(dialog.reject)
    dialog.form = form  # type: ignore[attr-defined]
    dialog.show()
    return dialog


def _home(ctx: AppContext) -> QWidget:
    from ui.patrols.home import ChiefHomePage

    return ChiefHomePage(ctx)


def _form(ctx: AppContext) -> QWidget:
    from ui.patrols.form import PatrolForm

    return PatrolForm(ctx)


def _list(ctx: AppContext) -> QWidget:
    from ui.patrols.list_page import PatrolListPage

    page = PatrolListPage(ctx)
    page.open_patrol.connect(lambda pid: open_detail(ctx, pid, page))
    return page


def _is_chief_or_admin(ctx: AppContext) -> bool:
    from ui.patrols.common import current_actor

    if ctx.store is None:
        return False
    actor: Any = current_actor(ctx)
    return actor is not None and (actor.role == "chief" or actor.is_admin)


SECTIONS = [
    Section(key="patrol_home",
            title=lambda: QCoreApplication.translate("Navigation", "My patrols"),
            factory=_home, order=5, available=_is_chief_or_admin),
    Section(key="patrol_form",
            title=lambda: QCoreApplication.translate("Navigation", "New patrol"),
            factory=_form, order=10, available=_is_chief_or_admin),
    Section(key="patrols",
            title=lambda: QCoreApplication.translate("Navigation", "Patrols"),
            factory=_list, order=20),
]
