"""Chiefs (河长名录) and their assignments to segments, on a timeline."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from riverchief.errors import UserError

from ui.registry.waters_page import REGISTRY_TABLES, _select_row, _table
from ui.registry.widgets import AssignmentTimeline, RowsModel, StatusLine
from ui.shell.context import AppContext
from ui.shell.sections import Section


class ChiefsPage(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("chiefsPage")
        self.chief_id: str | None = None
        self.search = QLineEdit()
        self.search.setObjectName("chiefSearch")
        self._typing = QTimer(self)  # refresh once the user pauses typing
        self._typing.setSingleShot(True)
        self._typing.setInterval(250)
        self._typing.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._typing.start())
        self.level = QComboBox()
        self.level.currentIndexChanged.connect(lambda _i: self.refresh())
        self.model = RowsModel(lambda: [
            self.tr("Code"), self.tr("Name"), self.tr("Level"), self.tr("Title"),
            self.tr("Area"), self.tr("Organisation and post"), self.tr("Phone")])
        self.view = _table(self.model, "chiefsTable")
        self.view.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self.show_chief(self.model.key(cur.row())))
        self.count = QLabel()
        self.btn_new = QPushButton()
        self.btn_new.clicked.connect(self.new_chief)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.level)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addLayout(top)
        ll.addWidget(self.view, 1)
        row = QHBoxLayout()
        row.addWidget(self.count, 1)
        row.addWidget(self.btn_new)
        ll.addLayout(row)
        # details of the selected chief
        self.title = QLabel()
        self.title.setObjectName("chiefTitle")
        self.title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.timeline = AssignmentTimeline()
        self.assignments = RowsModel(lambda: [self.tr("Segment"), self.tr("Name"),
                                              self.tr("From"), self.tr("Until")])
        self.assign_view = _table(self.assignments, "assignmentsTable")
        self.btn_edit = QPushButton()
        self.btn_edit.clicked.connect(self.edit_chief)
        self.btn_assign = QPushButton()
        self.btn_assign.clicked.connect(self.assign)
        self.btn_end = QPushButton()
        self.btn_end.clicked.connect(self.end_assignment)
        self.btn_hand_over = QPushButton()
        self.btn_hand_over.clicked.connect(self.hand_over)
        self.btn_history = QPushButton()
        self.btn_history.clicked.connect(self.history)
        buttons = QHBoxLayout()
        for b in (self.btn_edit, self.btn_assign, self.btn_end, self.btn_hand_over,
                  self.btn_history):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.status = StatusLine("chiefsStatus")  # the outcome of the last change
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.addLayout(buttons)
        rl.addWidget(self.status)
        rl.addWidget(self.title)
        rl.addWidget(self.timeline)
        rl.addWidget(self.assign_view, 1)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([620, 580])
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        ctx.data_changed.connect(self.on_data_changed)  # a method: disconnected on deletion
        self.retranslate()
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.refresh()
        super().changeEvent(event)

    def on_data_changed(self, tables: set[str]) -> None:
        if tables & REGISTRY_TABLES:
            self.refresh()

    def retranslate(self) -> None:
        from riverchief.registry.schema import choice_label

        self.search.setPlaceholderText(self.tr("Search code, name or organisation"))
        current = self.level.currentData()
        self.level.blockSignals(True)
        self.level.clear()
        self.level.addItem(self.tr("All levels"), None)
        for lv in ("district", "township", "village"):
            self.level.addItem(choice_label(lv), lv)
        self.level.setCurrentIndex(max(0, self.level.findData(current)))
        self.level.blockSignals(False)
        self.btn_new.setText(self.tr("New chief…"))
        self.btn_edit.setText(self.tr("Edit chief…"))
        self.btn_assign.setText(self.tr("Assign to segment…"))
        self.btn_end.setText(self.tr("End assignment…"))
        self.btn_hand_over.setText(self.tr("Hand over…"))
        self.btn_history.setText(self.tr("History…"))

    def refresh(self) -> None:
        from riverchief.registry.schema import choice_label

        from ui.security.session import current_actor

        store = self.ctx.store
        if store is None:
            self.model.set_rows([], [])
            return
        sql = ("SELECT c.*, a.name AS area_name FROM chief c LEFT JOIN area a ON a.id = "
               "c.area_id WHERE c.deleted_at IS NULL")
        params: list[Any] = []
        text = self.search.text().strip()
        if text:
            sql += " AND (c.code LIKE ? OR c.name LIKE ? OR c.organisation LIKE ?)"
            params += [f"%{text}%"] * 3
        if self.level.currentData():
            sql += " AND c.level = ?"
            params.append(self.level.currentData())
        actor = current_actor(self.ctx)
        if actor is not None and actor.role == "evaluator" and actor.area_ids is not None:
            ids = sorted(actor.area_ids)
            sql += f" AND c.area_id IN ({','.join('?' * len(ids)) or 'NULL'})"
            params += ids
        cursor = store.conn.execute(sql + " ORDER BY c.code", params)
        names = [d[0] for d in cursor.description]
        rows = [dict(zip(names, r, strict=True)) for r in cursor]
        self.model.set_rows([r["id"] for r in rows], [
            (r["code"], r["name"], choice_label(r["level"]), choice_label(r["title"]),
             r["area_name"] or "", f"{r['organisation']} {r['post']}".strip(), r["phone"])
            for r in rows])
        self.count.setText(self.tr("{n} chiefs").format(n=len(rows)))
        if len(rows) < 2000:
            self.view.resizeColumnsToContents()
        if self.chief_id in self.model.keys:
            _select_row(self.view, self.model.keys.index(self.chief_id))
            self.show_chief(self.chief_id)
        else:
            self.show_chief(None)

    def show_chief(self, chief_id: str | None) -> None:
        from riverchief.registry import queries
        from riverchief.registry.schema import choice_label

        self.chief_id = chief_id
        store = self.ctx.store
        chief = queries.get_chief(store, chief_id) if store and chief_id else None
        for b in (self.btn_edit, self.btn_assign, self.btn_end, self.btn_hand_over,
                  self.btn_history):
            b.setEnabled(chief is not None)
        if chief is None or store is None:
            self.title.setText(self.tr("Choose a chief on the left."))
            self.timeline.set_bars([])
            self.assignments.set_rows([], [])
            return
        # what the signed-in user may not change is not offered (a unit or a chief was
        # offered every edit); nobody signed in: the button asks for a sign-in
        from riverchief.security import allowed

        from ui.security.session import current_actor

        actor = current_actor(self.ctx)
        may = actor is None or allowed(actor, "registry.edit", area_id=chief.area_id)
        for b in (self.btn_edit, self.btn_assign, self.btn_end, self.btn_hand_over):
            b.setEnabled(may)
        self.title.setText(f"{chief.name}　{choice_label(chief.level)}{choice_label(chief.title)}"
                           f"　{chief.organisation} {chief.post}")
        mine = queries.assignments_of_chief(store, chief.id)
        segs = {s: queries.get_segment(store, s) for s in {a.segment_id for a in mine}}
        bars = []
        rows = []
        now = self.tr("now")
        for a in mine:
            seg = segs.get(a.segment_id)
            code = seg.code if seg else "?"
            bars.append((code, a.start, a.end))
            rows.append((code, seg.name if seg else "", a.start.isoformat(),
                         a.end.isoformat() if a.end else now))
        self.timeline.set_bars(bars, date.today())
        self.assignments.set_rows([a.id for a in mine], rows)

    def new_chief(self) -> None:
        from ui.registry.dialogs import RecordDialog

        dialog = RecordDialog(self.ctx, "chief", None, self)
        if dialog.exec():
            self.chief_id = dialog.record_id
            self.refresh()

    def edit_chief(self) -> None:
        from ui.registry.dialogs import RecordDialog

        if self.chief_id:
            RecordDialog(self.ctx, "chief", self.chief_id, self).exec()

    def assign(self) -> None:
        from ui.registry.dialogs import RecordDialog

        if self.chief_id:
            RecordDialog(self.ctx, "assignment", None, self,
                         defaults={"chief_id": self.chief_id,
                                   "start_date": date.today().isoformat()}).exec()

    def end_assignment(self) -> None:
        from riverchief.registry import edit

        from ui.security.session import ensure_signed_in

        row = self.assign_view.currentIndex().row()
        key = self.assignments.key(row)
        if key is None or self.ctx.store is None:
            self.status.say(self.tr("Choose an assignment in the list first."))
            return
        day, ok = QInputDialog.getText(self, self.tr("End assignment"),
                                       self.tr("Last day of this assignment (e.g. 2026-06-30):"),
                                       text=date.today().isoformat())
        if not ok:
            return
        actor = ensure_signed_in(self, self.ctx)
        if actor is None:
            return
        segment = self.assignments.rows[row][0]
        try:
            edit.end_assignment(self.ctx.store, actor, key, day.strip())
        except UserError as exc:  # the day typed is refused: the user fixes it
            QMessageBox.warning(self, self.tr("End assignment"), exc.message)
            return
        self.ctx.notify("assignment")
        self.status.say(self.tr("Assignment to {segment} ended on {day}.").format(
            segment=segment, day=day.strip()))

    def hand_over(self) -> None:
        """A successor takes over all of this chief's segments from a given day (换届)."""
        from riverchief.registry import edit

        from ui.security.session import ensure_signed_in

        if not self.chief_id or self.ctx.store is None:
            return
        code, ok = QInputDialog.getText(self, self.tr("Hand over"),
                                        self.tr("Code of the chief who takes over:"))
        if not ok or not code.strip():
            return
        day, ok = QInputDialog.getText(self, self.tr("Hand over"),
                                       self.tr("First day of the new chief (e.g. 2026-07-01):"),
                                       text=date.today().isoformat())
        if not ok:
            return
        actor = ensure_signed_in(self, self.ctx)
        if actor is None:
            return
        new_id = edit.id_for_code(self.ctx.store, "chief", code.strip())
        try:
            if new_id is None:
                raise UserError(self.tr("No chief with code {code}.").format(code=code.strip()))
            n = edit.hand_over(self.ctx.store, actor, self.chief_id, new_id, day.strip())
        except UserError as exc:  # an unknown code or a refused day: the user fixes it
            QMessageBox.warning(self, self.tr("Hand over"), exc.message)
            return
        self.ctx.notify("assignment")
        self.status.say(self.tr("{n} segment(s) handed over to {code} from {day}.").format(
            n=n, code=code.strip(), day=day.strip()))

    def history(self) -> None:
        from ui.security.audit_view import AuditDialog

        if self.chief_id:
            AuditDialog(self.ctx, "chief", self.chief_id, self.title.text(), self).exec()


SECTIONS = [
    Section(
        key="chiefs",
        title=lambda: QCoreApplication.translate("Navigation", "Chiefs"),
        factory=ChiefsPage,
        order=20,
    )
]
