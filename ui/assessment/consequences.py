"""Praise and accountability of a frozen run (表扬与问责): who, which consequence, why; and
what the evaluator recorded as done (date, by whom, what) — beside what followed from
the period before."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.assessment.common import (
    KIND_COLOURS,
    KINDS,
    ListTableModel,
    lay_out_form_dialog,
    save_form,
)
from ui.shell.context import AppContext

_Index = QModelIndex | QPersistentModelIndex


def consequence_name(kind: str) -> str:
    from riverchief.rules.assessment import consequence_name as name

    return name(kind)


class FollowUpDialog(QDialog):
    """Record that a consequence was carried out: the date, by whom, what was done."""

    def __init__(self, ctx: AppContext, consequence: Any, parent: QWidget | None = None,
                 together: list[Any] | None = None) -> None:
        """``together``: every consequence carried out at once (one 表扬通报 for all the
        chiefs it praises), ``consequence`` the first of them."""
        super().__init__(parent)
        self.setObjectName("followUpDialog")
        self.ctx = ctx
        self.consequence = consequence
        self.together = together or [consequence]
        self.setWindowTitle(self.tr("Record what was done"))
        if len(self.together) == 1:
            text = self.tr("{kind} for {name} ({code}): {reason}").format(
                kind=consequence_name(consequence.kind), name=consequence.chief_name,
                code=consequence.chief_code, reason=consequence.reason)
        else:
            names = [q.chief_name or q.chief_code for q in self.together]
            shown = self.tr(", ").join(names[:6])
            if len(names) > 6:
                shown = self.tr("{names} and {n} more").format(names=shown, n=len(names) - 6)
            text = self.tr("Carried out together for {n} chiefs: {names}").format(
                n=len(names), names=shown)
        what = QLabel(text)
        what.setObjectName("followUpWhat")
        what.setWordWrap(True)
        self.done_on = QDateEdit()
        self.done_on.setObjectName("followUpDate")
        self.done_on.setCalendarPopup(True)
        self.done_on.setDisplayFormat("yyyy-MM-dd")
        day = date.fromisoformat(consequence.done_on) if consequence.done_on else date.today()
        self.done_on.setDate(QDate(day.year, day.month, day.day))
        actor = ctx.actor
        self.done_by = QLineEdit(consequence.done_by or (getattr(actor, "name", "") or ""))
        self.done_by.setObjectName("followUpBy")
        self.done_by.setPlaceholderText(self.tr("who carried it out, e.g. 区河长办 王主任"))
        self.note = QPlainTextEdit(consequence.follow_up)
        self.note.setObjectName("followUpNote")
        self.note.setPlaceholderText(self.tr("what was done, e.g. 约谈记录 2026-07-08, "
                                             "整改承诺书已签"))
        self.error, self.buttons = lay_out_form_dialog(self, what, [
            (self.tr("Carried out on"), self.done_on),
            (self.tr("By"), self.done_by),
            (self.tr("What was done"), self.note),
        ], "followUpError", (520, 360))

    def save(self) -> None:
        from riverchief.assessment.runs import record_follow_ups

        d = self.done_on.date()

        def act(actor: Any) -> None:
            assert self.ctx.store is not None
            record_follow_ups(self.ctx.store, actor, [q.id for q in self.together],
                              date(d.year(), d.month(), d.day()), self.done_by.text(),
                              self.note.toPlainText())

        save_form(self, self.ctx, act, "assessment_consequence")


class ConsequencesModel(ListTableModel):
    """Consequences with their follow-up: kind, chief, reason, date, by whom, what, state."""

    KIND, CHIEF, REASON, DONE_ON, DONE_BY, FOLLOW_UP, STATE = range(7)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.adjusted: dict[str, Any] = {}

    def set_items(self, items: list[Any], adjusted: dict[str, Any] | None = None) -> None:
        self.adjusted = adjusted or {}
        super().set_items(items)

    def headers(self) -> list[str]:
        return [self.tr("Consequence"), self.tr("Chief"), self.tr("Reason"),
                self.tr("Carried out on"), self.tr("By"), self.tr("What was done"),
                self.tr("State")]

    def _state(self, q: Any) -> str:
        from riverchief.rules.assessment import grade_name

        state = self.tr("done") if q.done_on else self.tr("to do")
        changed = self.adjusted.get(q.chief_id)
        if changed is not None:
            state = self.tr("{state}; adjusted since to {total} {grade}: check").format(
                state=state, total=changed.total, grade=grade_name(changed.grade))
        return state

    def text(self, row: int, col: int) -> str:
        q = self.items[row]
        if col == self.KIND:
            return consequence_name(q.kind)
        if col == self.CHIEF:
            return f"{q.chief_name} ({q.chief_code})"
        if col == self.REASON:
            return str(q.reason)
        if col == self.DONE_ON:
            return q.done_on or ""
        if col == self.DONE_BY:
            return str(q.done_by)
        if col == self.FOLLOW_UP:
            return str(q.follow_up)
        return self._state(q)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(row, col)
        q = self.items[row]
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == self.KIND:
                return QBrush(QColor(KIND_COLOURS[q.kind]))
            if col == self.STATE and (not q.done_on or q.chief_id in self.adjusted):
                return QBrush(QColor("#c62828"))
        if role == Qt.ItemDataRole.UserRole:
            return q.id
        return None


class ConsequencesView(QWidget):
    """The consequences of one run, with their follow-up, and those of the period before."""

    changed = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.setObjectName("consequencesView")
        self.ctx = ctx
        self.run: Any = None
        self.items: list[Any] = []
        self.adjusted: dict[str, Any] = {}
        self.dialog: FollowUpDialog | None = None
        self.kind = QComboBox()
        self.kind.setObjectName("consequenceKind")
        self.kind.addItem(self.tr("All consequences"), None)
        for k in KINDS:
            self.kind.addItem(consequence_name(k), k)
        self.kind.currentIndexChanged.connect(self.refresh)
        self.summary = QLabel()
        self.summary.setObjectName("consequenceSummary")
        self.record = QPushButton(self.tr("Record what was done…"))
        self.record.setObjectName("recordFollowUp")
        self.record.setToolTip(self.tr("Select several rows (Shift or Ctrl) to record what "
                                       "was done for them together"))
        self.record.clicked.connect(self.record_selected)
        self.record.setEnabled(False)
        self.model = ConsequencesModel(self)
        self.table = self._table(self.model)
        self.table.setObjectName("consequenceTable")
        # several at once: one 表扬通报 or one meeting carries out many consequences
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.record.setEnabled(self.table.selectionModel().hasSelection()))
        self.table.doubleClicked.connect(lambda _index: self.record_selected())
        self.previous_box = QGroupBox(self.tr("The period before"))
        self.previous_label = QLabel()
        self.previous_label.setObjectName("previousFollowUps")
        self.previous_label.setWordWrap(True)
        self.previous_model = ConsequencesModel(self)
        self.previous = self._table(self.previous_model)
        self.previous.setObjectName("previousTable")
        pl = QVBoxLayout(self.previous_box)
        pl.addWidget(self.previous_label)
        pl.addWidget(self.previous)
        bar = QHBoxLayout()
        bar.addWidget(self.kind)
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.record)
        self._layout = layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.previous_box, 1)

    def _table(self, model: ConsequencesModel) -> QTableView:
        table = QTableView()
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().hide()
        table.setWordWrap(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        return table

    def show_run(self, run: Any, rows: list[Any] | None = None) -> None:
        """Show the consequences of ``run``; ``rows`` (its results with adjustments) mark
        a consequence whose grade a manual adjustment has since changed."""
        self.run = run
        self.adjusted = {r.chief_id: r for r in rows or [] if r.adjustments
                         and r.grade != r.card.get("grade")}
        self.refresh()

    def refresh(self) -> None:
        if self.run is None or self.ctx.store is None:
            return
        from riverchief.assessment.consequences import previous_follow_ups, summary
        from riverchief.assessment.runs import consequences

        store = self.ctx.store
        actor = self.ctx.current_actor()  # an area's office: its own chiefs'
        self.items = sorted(consequences(store, self.run.id, self.kind.currentData(), actor),
                            key=lambda q: (KINDS.index(q.kind), q.chief_code))
        self.model.set_items(self.items, self.adjusted)
        self.table.resizeColumnToContents(1)
        self.summary.setText(self.tr("; ").join(
            self.tr("{kind} {total} ({done} done)").format(
                kind=consequence_name(s.kind), total=s.total, done=s.done)
            for s in summary(store, self.run.id, actor)))
        prev = previous_follow_ups(store, self.run.period, self.run.area_id, self.run.level)
        if prev.run_id is None:
            self.previous_label.setText(self.tr(
                "{period} has no frozen run of this area and level.").format(
                    period=prev.period.label))
        else:
            self.previous_label.setText(self.tr(
                "{period}: {n} consequence(s), {done} recorded as done.").format(
                    period=prev.period.label, n=len(prev.items), done=prev.done))
        self.previous_model.set_items(sorted(prev.items, key=lambda q: (KINDS.index(q.kind),
                                                                        q.chief_code)))
        self.previous.resizeColumnToContents(1)
        # nothing from the period before: its line says so, and this run's list gets the
        # room (an empty table took half of a small screen, leaving this list two rows)
        self.previous.setVisible(bool(prev.items))
        self._layout.setStretchFactor(self.previous_box, 1 if prev.items else 0)

    def select_chief(self, chief_code: str, kind: str | None = None) -> int:
        """Select the row of a chief (and kind); its row or -1."""
        for row, q in enumerate(self.items):
            if q.chief_code == chief_code and (kind is None or q.kind == kind):
                self.table.selectRow(row)
                return row
        return -1

    def record_selected(self) -> FollowUpDialog | None:
        """What was done about the selected consequences: one, or several carried out
        together (select them with Shift or Ctrl; one 表扬通报 praises 29 chiefs)."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if not rows:
            return None
        chosen = [self.items[r] for r in rows]
        self.dialog = FollowUpDialog(self.ctx, chosen[0], self, chosen)
        self.dialog.accepted.connect(self._saved)
        self.dialog.open()
        return self.dialog

    def _saved(self) -> None:
        self.refresh()
        self.changed.emit()
