"""Every registry table as a plain list with add, edit, remove and history: areas,
responsible units, monitoring sections, public signs and assignments (the waters and the
chiefs have their own pages)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from riverchief.errors import UserError
from riverchief.i18n import language

from ui.registry.waters_page import REGISTRY_TABLES, _table
from ui.registry.widgets import RowsModel
from ui.shell.context import AppContext
from ui.shell.sections import Section

TABLES = ("area", "unit", "section", "sign", "assignment", "water", "segment", "chief")
MAX_ROWS = 50_000


class RegistryListsPage(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("registryLists")
        self._headers: list[str] = []
        self.table = QComboBox()
        self.table.setObjectName("listTable")
        self.table.currentIndexChanged.connect(lambda _i: self.refresh())
        self.search = QLineEdit()
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(250)
        self._typing.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._typing.start())
        self.model = RowsModel(self.headers)
        self.view = _table(self.model, "registryListTable")
        self.view.doubleClicked.connect(lambda _i: self.edit())
        self.count = QLabel()
        self.btn_new = QPushButton()
        self.btn_new.clicked.connect(self.new)
        self.btn_edit = QPushButton()
        self.btn_edit.clicked.connect(self.edit)
        self.btn_remove = QPushButton()
        self.btn_remove.clicked.connect(self.remove)
        self.btn_history = QPushButton()
        self.btn_history.clicked.connect(self.history)
        top = QHBoxLayout()
        top.addWidget(self.table)
        top.addWidget(self.search, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        for b in (self.btn_new, self.btn_edit, self.btn_remove, self.btn_history):
            bottom.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        ctx.data_changed.connect(self.on_data_changed)
        self.retranslate()
        self.refresh()

    def headers(self) -> list[str]:
        return self._headers

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.refresh()
        super().changeEvent(event)

    def on_data_changed(self, tables: set[str]) -> None:
        if tables & REGISTRY_TABLES:
            self.refresh()

    def retranslate(self) -> None:
        from riverchief.registry.transfer import table_title

        current = self.table.currentData()
        self.table.blockSignals(True)
        self.table.clear()
        for t in TABLES:
            self.table.addItem(table_title(t), t)
        self.table.setCurrentIndex(max(0, self.table.findData(current)))
        self.table.blockSignals(False)
        self.search.setPlaceholderText(self.tr("Search"))
        self.btn_new.setText(self.tr("New…"))
        self.btn_edit.setText(self.tr("Edit…"))
        self.btn_remove.setText(self.tr("Remove…"))
        self.btn_history.setText(self.tr("History…"))

    def current_table(self) -> str:
        return str(self.table.currentData() or TABLES[0])

    def refresh(self) -> None:
        from riverchief.registry.transfer import table_rows

        from ui.security.session import current_actor

        store = self.ctx.store
        actor = current_actor(self.ctx)
        if store is None:
            self.model.set_rows([], [])
            return
        from riverchief.security import SYSTEM

        kind = self.current_table()
        lang = "en" if language() == "en" else "zh_CN"
        headers, rows, keys = table_rows(store, actor or SYSTEM, kind, lang, with_ids=True)
        text = self.search.text().strip()
        if text:
            picked = [i for i, r in enumerate(rows) if any(text in str(v) for v in r)]
            rows, keys = [rows[i] for i in picked], [keys[i] for i in picked]
        shown = len(rows)
        rows, keys = rows[:MAX_ROWS], keys[:MAX_ROWS]
        self._headers = headers
        self.model.set_rows(keys, [tuple(_cell(v) for v in r) for r in rows])
        self.count.setText(self.tr("{n} rows").format(n=shown) if shown <= MAX_ROWS else
                           self.tr("{n} rows (the first {max} shown; search to narrow)")
                           .format(n=shown, max=MAX_ROWS))
        if shown < 2000:
            self.view.resizeColumnsToContents()

    def selected(self) -> str | None:
        return self.model.key(self.view.currentIndex().row())

    def new(self) -> None:
        from ui.registry.dialogs import RecordDialog

        RecordDialog(self.ctx, self.current_table(), None, self).exec()

    def edit(self) -> None:
        from ui.registry.dialogs import RecordDialog

        key = self.selected()
        if key:
            RecordDialog(self.ctx, self.current_table(), key, self).exec()

    def remove(self) -> None:
        from riverchief.registry import edit

        from ui.security.session import ensure_signed_in

        key = self.selected()
        if key is None or self.ctx.store is None:
            return
        row = self.model.rows[self.model.keys.index(key)]
        answer = QMessageBox.question(
            self, self.tr("Remove"),
            self.tr("Remove {what}? It stays in the history and can be seen in the audit log.")
            .format(what=" ".join(str(v) for v in row[:2])))
        if answer != QMessageBox.StandardButton.Yes:
            return
        actor = ensure_signed_in(self, self.ctx)
        if actor is None:
            return
        try:
            edit.remove(self.ctx.store, actor, self.current_table(), key)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Remove"), str(exc))
            return
        self.ctx.notify(self.current_table())

    def history(self) -> None:
        from ui.security.audit_view import AuditDialog

        key = self.selected()
        if key:
            row = self.model.rows[self.model.keys.index(key)]
            AuditDialog(self.ctx, self.current_table(), key,
                        " ".join(str(v) for v in row[:2]), self).exec()


def _cell(value: Any) -> Any:
    """Text as stored: coordinates keep their decimals (the model rounds floats to 0.1)."""
    if isinstance(value, float):
        return f"{value:.6f}".rstrip("0").rstrip(".")
    return value if isinstance(value, str | int) or value is None else str(value)


def _for_the_office(ctx: AppContext) -> bool:
    """The registry's lists are kept by the office: not shown to chiefs and units, who may
    not change them (the core refuses it) and find their own records elsewhere."""
    if ctx.store is None:
        return False
    actor = ctx.current_actor()
    return actor is None or actor.role not in ("chief", "unit")


SECTIONS = [
    Section(
        key="registry-lists",
        title=lambda: QCoreApplication.translate("Navigation", "Registry lists"),
        factory=RegistryListsPage,
        order=30,
        available=_for_the_office,
    )
]
