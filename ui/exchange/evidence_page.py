"""The evaluator's view of weak evidence (证据存疑): patrols whose chain is unverified or
broken, that arrived after the period ended, or whose verdict is suspect or invalid.

Filters: period, area (with its sub-areas), reason. Double-click a row (or press Enter)
to open the patrol's detail. The query runs in the background.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from riverchief.errors import UserError
from riverchief.exchange.weak import REASONS, WeakRecord, reason_text

from ui.shell.context import AppContext
from ui.shell.jobs import start_job

Index = QModelIndex | QPersistentModelIndex
VERDICT_COLOURS = {"suspect": "#b26a00", "invalid": "#c62828"}


class WeakModel(QAbstractTableModel):
    COLUMNS = 7

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[WeakRecord] = []
        self.verdicts: dict[str, str] = {}

    def set_rows(self, rows: list[WeakRecord]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Patrol started"), self.tr("Chief"), self.tr("Segment"),
                self.tr("Area"), self.tr("Verdict"), self.tr("Received by the office"),
                self.tr("Why the evidence is weak"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        w = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return w.start_at[:16].replace("T", " ")
            if col == 1:
                return f"{w.chief_name} ({w.chief_code})"
            if col == 2:
                return w.segment_code
            if col == 3:
                return w.area_name
            if col == 4:
                return self.verdicts.get(w.verdict, w.verdict)
            if col == 5:
                return (w.received_at or "")[:16].replace("T", " ") or self.tr("not received")
            return w.reasons_text()
        if role == Qt.ItemDataRole.ToolTipRole and col == 6:  # whole, however narrow
            return "\n".join((w.reasons_text(), *w.details))
        if role == Qt.ItemDataRole.ForegroundRole and col == 4 and w.verdict in VERDICT_COLOURS:
            return QBrush(QColor(VERDICT_COLOURS[w.verdict]))
        if role == Qt.ItemDataRole.UserRole:
            return w.patrol_id
        return None


class WeakEvidencePage(QWidget):
    """Patrols whose evidence is weak, for the evaluator."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("weakEvidencePage")
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        bar = QHBoxLayout()
        self.period_label = QLabel()
        self.period = QLineEdit()
        self.period.setObjectName("weakPeriod")
        self.period.setMaximumWidth(110)
        self.period.setText(_current_quarter())
        self.area_label = QLabel()
        self.area = QComboBox()
        self.area.setObjectName("weakArea")
        self.reason_label = QLabel()
        self.reason = QComboBox()
        self.reason.setObjectName("weakReason")
        self.show_button = QPushButton()
        self.show_button.setObjectName("weakShow")
        self.show_button.clicked.connect(self.reload)
        self.period.returnPressed.connect(self.reload)
        for w in (self.period_label, self.period, self.area_label, self.area,
                  self.reason_label, self.reason, self.show_button):
            bar.addWidget(w)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.status = QLabel()
        self.status.setObjectName("weakStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.model = WeakModel(self)
        self.table = QTableView()
        self.table.setObjectName("weakTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # the figures' columns as narrow as their usual contents, so that the reasons keep
        # room in a window 1000 pixels wide (the whole text is the column's tooltip)
        for col, sample in enumerate(("2026-11-28 14:33", "唐海斌 (410102-C0123)",
                                      "410102-0072", "塘园埠镇", "存疑", "2026-11-28 14:33")):
            self.table.setColumnWidth(col, self.table.fontMetrics().horizontalAdvance(sample)
                                      + 16)
        self.table.activated.connect(self._open_index)  # double-click or Enter
        layout.addWidget(self.table, 1)
        self.opened: list[QWidget] = []  # the detail windows opened from here
        self._loading = False
        self._again = False
        self.retranslate()
        self._fill_areas()
        self._fill_reasons()
        self.area.currentIndexChanged.connect(self._filter_changed)
        self.reason.currentIndexChanged.connect(self._filter_changed)
        ctx.data_changed.connect(self.on_data_changed)  # a method: disconnected when deleted
        ctx.database_changed.connect(self.on_database_changed)
        self.reload()

    # --- filters --------------------------------------------------------------------------
    def _fill_areas(self) -> None:
        area = self.area.currentData()
        self.area.blockSignals(True)
        self.area.clear()
        self.area.addItem(self.tr("All areas"), None)
        store = self.ctx.store
        actor = self.ctx.current_actor()
        if store is not None:
            for r in store.db.query(
                    "SELECT id, code, name FROM area WHERE deleted_at IS NULL "
                    "AND level IN ('city', 'district', 'township') ORDER BY code"):
                if actor is not None and not actor.sees_area(r["id"]):
                    continue
                self.area.addItem(f"{r['name']} ({r['code']})", r["id"])
        self.area.setCurrentIndex(max(0, self.area.findData(area)))
        self.area.blockSignals(False)

    def _fill_reasons(self) -> None:
        reason = self.reason.currentData()
        self.reason.blockSignals(True)
        self.reason.clear()
        self.reason.addItem(self.tr("Every reason"), None)
        for code in REASONS:
            self.reason.addItem(reason_text(code), code)
        self.reason.setCurrentIndex(max(0, self.reason.findData(reason)))
        self.reason.blockSignals(False)

    def _filter_changed(self, _index: int) -> None:
        self.reload()

    def _area_ids(self) -> frozenset[str] | None:
        store = self.ctx.store
        area = self.area.currentData()
        actor = self.ctx.current_actor()
        if area and store is not None:
            from riverchief.registry.areas import descendants

            return frozenset({area, *descendants(store, area)})
        if actor is not None and actor.role == "evaluator" and actor.area_ids is not None:
            return frozenset(actor.area_ids)
        return None

    # --- loading --------------------------------------------------------------------------
    def reload(self) -> None:
        store = self.ctx.store
        if store is None:
            return
        if self._loading:
            self._again = True  # the filters changed while a query ran: run it once more
            return
        from riverchief.periods import parse_period

        try:
            period = parse_period(self.period.text())
        except UserError as exc:
            self._show_error(exc)
            return
        area_ids = self._area_ids()
        reason = self.reason.currentData()
        db_path = store.path

        def work(progress: Any) -> list[WeakRecord]:
            from riverchief.db import open_store
            from riverchief.exchange.weak import weak_evidence

            with open_store(db_path) as own:
                return weak_evidence(own, period, area_ids=area_ids,
                                     reasons=[reason] if reason else None, progress=progress)

        self._loading = True
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Checking the evidence…"))
        start_job(self, self.tr("Checking the evidence"), work,
                  lambda rows: self._show(rows, period.label), on_error=self._show_error,
                  on_cancel=self._cancelled)

    def _finished(self) -> bool:
        """Mark the query done; True when another one was asked for meanwhile."""
        self._loading = False
        if self._again:
            self._again = False
            self.reload()
            return True
        return False

    def _show(self, rows: list[WeakRecord], label: str) -> None:
        if self._finished():
            return
        self.model.verdicts = self._verdict_names()
        self.model.set_rows(rows)
        counts = {code: sum(1 for w in rows if code in w.reasons) for code in REASONS}
        parts = [f"{reason_text(c)} {n:,}" for c, n in counts.items() if n]
        self.status.setText(self.tr("{n} patrols of {period} with weak evidence").format(
            n=f"{len(rows):,}", period=label) + (f" ({'; '.join(parts)})" if parts else "")
            + "  " + self.tr("Double-click a row to open the patrol."))

    def _show_error(self, exc: BaseException) -> None:
        if self._finished():
            return
        self.status.setStyleSheet("color: #c0392b;")
        self.status.setText(str(exc))
        if not isinstance(exc, UserError):
            from ui.shell.errors import show_error

            show_error(self, self.tr("Weak evidence"), exc)

    def _cancelled(self) -> None:
        if self._finished():
            return
        self.status.setText(self.tr("Cancelled."))

    def _open_index(self, index: QModelIndex) -> None:
        patrol_id = self.model.data(index, Qt.ItemDataRole.UserRole)
        if patrol_id:
            self.open_patrol(str(patrol_id))

    def open_patrol(self, patrol_id: str) -> QWidget:
        from ui.patrols import open_detail

        dialog = open_detail(self.ctx, patrol_id, self)
        self.opened.append(dialog)
        return dialog

    # --- signals --------------------------------------------------------------------------
    def on_data_changed(self, tables: object) -> None:
        if isinstance(tables, set) and tables & {"patrol", "package_log", "chain_entry",
                                                 "conflict"}:
            self.reload()

    def on_database_changed(self, *_args: object) -> None:
        self._fill_areas()
        self.reload()

    def retranslate(self) -> None:
        self.intro.setText(self.tr(
            "Patrols whose evidence is weak: no chief's hash chain covers them, or the chain "
            "does not verify; the office received them after the period ended; or the verdict "
            "is suspect or invalid. A signature proves who exported a record and that it was "
            "not changed since; it does not prove the record is true."))
        self.period_label.setText(self.tr("Period:"))
        self.period.setPlaceholderText(self.tr("2026Q3, 2026-07 or 2026"))
        self.area_label.setText(self.tr("Area:"))
        self.reason_label.setText(self.tr("Reason:"))
        self.show_button.setText(self.tr("Show"))
        self.model.verdicts = self._verdict_names()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, WeakModel.COLUMNS - 1)

    def _verdict_names(self) -> dict[str, str]:
        return {"valid": self.tr("valid"), "suspect": self.tr("suspect"),
                "invalid": self.tr("invalid")}

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._fill_areas()
            self._fill_reasons()
            self.model.layoutChanged.emit()
        super().changeEvent(event)


def _current_quarter() -> str:
    today = date.today()
    return f"{today.year}Q{(today.month - 1) // 3 + 1}"
