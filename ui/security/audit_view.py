"""The audit history of one record (or of everything): who changed what, when."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from riverchief.errors import UserError

from ui.shell.context import AppContext
from ui.shell.folders import suggested

Index = QModelIndex | QPersistentModelIndex


def _short(value: Any) -> str:
    text = "" if value is None else str(value)
    return text if len(text) <= 60 else text[:57] + "…"


class AuditModel(QAbstractTableModel):
    """Audit entries: time, user, action, table, changes (read-only)."""

    def __init__(self, entries: list[Any] | None = None) -> None:
        super().__init__()
        self.entries: list[Any] = entries or []
        self.store: Any = None  # names the records a change refers to (never a UUID)
        self._texts: dict[tuple[int, int], str] = {}  # the changes column, worked out once

    def set_entries(self, entries: list[Any], store: Any = None) -> None:
        self.beginResetModel()
        self.entries = entries
        self.store = store
        self._texts = {}
        self.endResetModel()

    def _changes(self, row: int, tooltip: bool) -> str:
        key = (row, int(tooltip))
        text = self._texts.get(key)
        if text is None:
            from riverchief.security.audit import field_label, field_value

            e = self.entries[row]
            parts = [f"{field_label(e.table, k)}: "
                     f"{_short(field_value(self.store, e.table, k, b))} → "
                     f"{_short(field_value(self.store, e.table, k, a))}"
                     for k, b, a in e.changes()]
            text = self._texts[key] = "\n".join(parts) if tooltip else "; ".join(parts)
        return text

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return [self.tr("Time"), self.tr("User"), self.tr("Action"), self.tr("Table"),
                self.tr("Changes")][section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        from riverchief.security.audit import action_name

        e = self.entries[index.row()]
        col = index.column()
        if col == 0:
            return e.at.replace("T", " ")[:19]
        if col == 1:
            return e.actor
        if col == 2:
            return action_name(e.action)
        if col == 3:
            from riverchief.security.audit import table_name

            return table_name(e.table)
        if e.action == "bulk-insert" and e.after:
            return f"{e.after.get('summary', '')} × {e.after.get('count', '')}"
        return self._changes(index.row(), role == Qt.ItemDataRole.ToolTipRole)


class AuditDialog(QDialog):
    """History of one record, exportable to CSV."""

    def __init__(self, ctx: AppContext, table: str, record_id: str, title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from riverchief.security import audit

        self.ctx = ctx
        self.table, self.record_id = table, record_id
        self.setObjectName("auditDialog")
        self.setWindowTitle(self.tr("History of {what}").format(what=title))
        self.resize(860, 420)
        self.model = AuditModel()
        self.view = QTableView()
        self.view.setObjectName("auditTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().setVisible(False)
        export = QPushButton(self.tr("Export CSV…"))
        export.clicked.connect(self.export)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(export, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Every change to this record, oldest first. The "
                                        "history cannot be edited.")))
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        from ui.security.session import current_actor

        actor = current_actor(ctx)
        try:
            entries = audit.history(ctx.store, actor, table, record_id) if actor and ctx.store \
                else []
        except UserError as exc:
            entries = []
            layout.insertWidget(0, QLabel(str(exc)))
        self.model.set_entries(entries, ctx.store)
        self.view.resizeColumnsToContents()
        if ctx.store is not None and not any(e.action == "insert" for e in entries):
            row = ctx.store.conn.execute(
                f'SELECT created_at FROM "{table}" WHERE id = ?', [record_id]).fetchone()
            if row:  # made by a bulk insert (the demo): one log entry covers all its rows
                layout.insertWidget(1, QLabel(self.tr(
                    "Created on {at} together with other records in one bulk entry.").format(
                        at=row[0].replace("T", " ")[:19])))

    def export(self) -> None:
        from riverchief.security import audit

        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export history"),
                                              suggested("history.csv"), "CSV (*.csv)")
        if not path or self.ctx.store is None:
            return
        try:
            from ui.security.session import require_actor

            n = audit.export_csv(self.ctx.store, require_actor(self.ctx), Path(path),
                                 table=self.table, record_id=self.record_id)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Export history"), str(exc))
            return
        QMessageBox.information(self, self.tr("Export history"),
                                self.tr("{n} entries written.").format(n=n))
