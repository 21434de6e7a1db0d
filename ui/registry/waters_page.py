"""The waters list and 一河一档, the file of one water: its segments on a small map, the
chiefs past and present, the monitoring sections with their targets and the public signs."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.registry.transfer import Show
from ui.registry.widgets import RowsModel, SegmentMap, StatusLine
from ui.shell.context import AppContext
from ui.shell.sections import Section

REGISTRY_TABLES = {"water", "segment", "section", "chief", "assignment", "sign", "area", "unit"}


def _table(model: RowsModel, name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(24)
    view.horizontalHeader().setStretchLastSection(True)
    view.setAlternatingRowColors(True)
    return view


def _select_row(view: QTableView, row: int) -> None:
    index = view.model().index(row, 0)
    view.selectionModel().setCurrentIndex(
        index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        | QItemSelectionModel.SelectionFlag.Rows)
    view.scrollTo(index)


class WaterFileView(QWidget):
    """一河一档 of one water."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 show: Show | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.show_status = show or (lambda _text, _error: None)  # the page's status line
        self.setObjectName("waterFile")
        self.water_id: str | None = None
        self.title = QLabel()
        self.title.setObjectName("waterTitle")
        self.title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.map = SegmentMap()
        self.map.segment_clicked.connect(self.select_segment)
        self.segments = RowsModel(lambda: [
            self.tr("Code"), self.tr("Segment"), self.tr("Area"), self.tr("From"),
            self.tr("To"), self.tr("Length (km)"), self.tr("Chiefs now")])
        self.chiefs = RowsModel(lambda: [
            self.tr("Chief"), self.tr("Level"), self.tr("Title"), self.tr("Segment"),
            self.tr("From"), self.tr("Until"), self.tr("Organisation and post")])
        self.sections = RowsModel(lambda: [
            self.tr("Code"), self.tr("Section"), self.tr("Segment"), self.tr("Level"),
            self.tr("Water type"), self.tr("Target class")])
        self.signs = RowsModel(lambda: [
            self.tr("Code"), self.tr("Segment"), self.tr("Location"), self.tr("Last updated"),
            self.tr("State")])
        self.segments_view = _table(self.segments, "segmentsTable")
        self.segments_view.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self.map.select(self.segments.key(cur.row())))
        self.segments_view.doubleClicked.connect(lambda _i: self.edit_segment())
        self.tabs = QTabWidget()
        self.tabs.setObjectName("waterTabs")
        self.tab_seg = self.tabs.addTab(self.segments_view, "")
        self.tab_chiefs = self.tabs.addTab(_table(self.chiefs, "waterChiefsTable"), "")
        self.tab_sections = self.tabs.addTab(_table(self.sections, "sectionsTable"), "")
        self.tab_signs = self.tabs.addTab(_table(self.signs, "signsTable"), "")
        self.btn_edit_water = QPushButton()
        self.btn_edit_water.setObjectName("editWater")
        self.btn_edit_water.clicked.connect(self.edit_water)
        self.btn_new_segment = QPushButton()
        self.btn_new_segment.clicked.connect(self.new_segment)
        self.btn_edit_segment = QPushButton()
        self.btn_edit_segment.setObjectName("editSegment")
        self.btn_edit_segment.clicked.connect(self.edit_segment)
        self.btn_history = QPushButton()
        self.btn_history.setObjectName("segmentHistory")
        self.btn_history.clicked.connect(self.history)
        self.btn_sign = QPushButton()
        self.btn_sign.clicked.connect(self.sign_renewed)
        buttons = QHBoxLayout()
        for b in (self.btn_edit_water, self.btn_new_segment, self.btn_edit_segment,
                  self.btn_history, self.btn_sign):
            buttons.addWidget(b)
        buttons.addStretch(1)
        upper = QWidget()
        ul = QVBoxLayout(upper)
        ul.setContentsMargins(0, 0, 0, 0)
        ul.addWidget(self.title)
        ul.addWidget(self.info)
        ul.addWidget(self.map, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(upper)
        split.addWidget(self.tabs)
        split.setSizes([300, 300])
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(split, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.tabs.setTabText(self.tab_seg, self.tr("Segments"))
        self.tabs.setTabText(self.tab_chiefs, self.tr("Chiefs"))
        self.tabs.setTabText(self.tab_sections, self.tr("Monitoring sections"))
        self.tabs.setTabText(self.tab_signs, self.tr("Public signs"))
        self.btn_edit_water.setText(self.tr("Edit water…"))
        self.btn_new_segment.setText(self.tr("New segment…"))
        self.btn_edit_segment.setText(self.tr("Edit segment…"))
        self.btn_history.setText(self.tr("History…"))
        self.btn_sign.setText(self.tr("Sign renewed…"))
        # the models read their headers at display time; show_water() resets them.
        # (Emitting headerDataChanged from Python leaks a reference to True in PySide6.)

    def show_water(self, water_id: str | None) -> None:
        from riverchief.registry import queries
        from riverchief.registry.schema import choice_label

        previous = self.water_id
        self.water_id = water_id
        store = self.ctx.store
        wf = queries.water_file(store, water_id) if store and water_id else None
        for b in (self.btn_edit_water, self.btn_new_segment, self.btn_edit_segment,
                  self.btn_history, self.btn_sign):
            b.setEnabled(wf is not None)
        if wf is None or store is None:
            self.title.setText(self.tr("Choose a water on the left."))
            self.info.setText("")
            self.map.set_lines([])
            for m in (self.segments, self.chiefs, self.sections, self.signs):
                m.set_rows([], [])
            return
        w = wf.water
        # what the signed-in user may not change is not offered (a township office was
        # offered to edit the district's river; a unit or a chief, any water); nobody
        # signed in: the button asks for a sign-in
        from riverchief.security import allowed

        from ui.security.session import current_actor

        actor = current_actor(self.ctx)
        may = actor is None or allowed(actor, "registry.edit")
        self.btn_edit_water.setEnabled(actor is None or allowed(actor, "registry.edit",
                                                                area_id=w.area_id))
        for b in (self.btn_new_segment, self.btn_edit_segment, self.btn_sign):
            b.setEnabled(may)
        today = date.today()
        area_ids = {s.area_id for s in wf.segments} | {w.area_id or ""}
        areas = self._names("area", area_ids)
        parent = queries.get_water(store, w.parent_id) if w.parent_id else None
        total = sum(s.length_m or 0 for s in wf.segments) / 1000
        self.title.setText(f"{w.name}　{choice_label(w.kind)}　{w.code}")
        bits = [self.tr("{n} segments, {km:.1f} km").format(n=len(wf.segments), km=total)]
        if parent:
            bits.append(self.tr("flows into {name}").format(name=parent.name))
        if wf.tributaries:
            bits.append(self.tr("tributaries: {names}").format(
                names="、".join(t.name for t in wf.tributaries[:12])
                + ("…" if len(wf.tributaries) > 12 else "")))
        if w.area_id in areas:
            bits.append(self.tr("managed by {area}").format(area=areas[w.area_id]))
        self.info.setText("；".join(bits))
        self.map.set_lines([(s.id, s.code, s.line) for s in wf.segments],
                           [(x.lon, x.lat, x.code) for x in wf.sections])
        current: dict[str, list[str]] = {}
        for a in wf.assignments:
            if a.covers(today) and a.chief_id in wf.chiefs:
                current.setdefault(a.segment_id, []).append(wf.chiefs[a.chief_id].name)
        keep = self.selected_segment() if previous == water_id else None
        self.segments.set_rows(
            [s.id for s in wf.segments],
            [(s.code, s.name, areas.get(s.area_id, ""), s.from_desc, s.to_desc,
              round((s.length_m or 0) / 1000, 2), "、".join(current.get(s.id, [])))
             for s in wf.segments])
        seg_code = {s.id: s.code for s in wf.segments}
        now = self.tr("now")
        rows, keys, colors = [], [], {}
        for n, a in enumerate(sorted(wf.assignments, key=lambda a: (a.end is not None and
                                                                    a.end < today, a.start))):
            c = wf.chiefs.get(a.chief_id)
            if c is None:
                continue
            keys.append(a.id)
            rows.append((c.name, choice_label(c.level), choice_label(c.title),
                         seg_code.get(a.segment_id, ""), a.start.isoformat(),
                         a.end.isoformat() if a.end else now, f"{c.organisation} {c.post}"))
            if a.end is not None and a.end < today:
                colors[n] = QColor("#888888")
        self.chiefs.set_rows(keys, rows, colors)
        self.sections.set_rows([x.id for x in wf.sections], [
            (x.code, x.name, seg_code.get(x.segment_id, ""), choice_label(x.level, "section"),
             choice_label(x.water_type), x.target_class) for x in wf.sections])
        stale = {s.sign.id: s for s in queries.stale_signs(store, today,
                                                           segment_ids=list(seg_code))}
        sign_colors = {}
        sign_rows = []
        for n, sg in enumerate(wf.signs):
            if sg.id in stale:
                state = self.tr("out of date: chiefs changed on {day}").format(
                    day=stale[sg.id].changed_on.isoformat())
                sign_colors[n] = QColor("#b00020")
            else:
                state = self.tr("up to date")
            sign_rows.append((sg.code, seg_code.get(sg.segment_id, ""), sg.location,
                              sg.last_updated.isoformat(), state))
        self.signs.set_rows([s.id for s in wf.signs], sign_rows, sign_colors)
        self.segments_view.resizeColumnsToContents()
        if keep in self.segments.keys:  # a refresh keeps the segment the user was on
            _select_row(self.segments_view, self.segments.keys.index(keep))

    def _names(self, table: str, ids: set[str]) -> dict[str, str]:
        store = self.ctx.store
        ids = {i for i in ids if i}
        if store is None or not ids:
            return {}
        marks = ",".join("?" * len(ids))
        return {r["id"]: r["name"] for r in store.db.query(
            f'SELECT id, name FROM "{table}" WHERE id IN ({marks})', list(ids))}

    def select_segment(self, segment_id: str) -> None:
        if segment_id in self.segments.keys:
            self.tabs.setCurrentIndex(self.tab_seg)
            _select_row(self.segments_view, self.segments.keys.index(segment_id))
        self.map.select(segment_id)

    def selected_segment(self) -> str | None:
        return self.segments.key(self.segments_view.currentIndex().row())

    def sign_renewed(self) -> None:
        """The selected public sign was renewed: it now names the chiefs in office. The
        outcome goes to the page's status line; only a refused day gets a box."""
        from PySide6.QtWidgets import QInputDialog, QMessageBox

        from riverchief.errors import UserError
        from riverchief.registry import edit

        from ui.security.session import ensure_signed_in

        view = self.tabs.widget(self.tab_signs)
        key = self.signs.key(view.currentIndex().row()) if isinstance(view, QTableView) else None
        if key is None or self.ctx.store is None:
            self.tabs.setCurrentIndex(self.tab_signs)
            self.show_status(self.tr("Choose a sign in the list first."), False)
            return
        day, ok = QInputDialog.getText(self, self.tr("Sign renewed"),
                                       self.tr("Day the sign was renewed (e.g. 2026-07-15):"),
                                       text=date.today().isoformat())
        if not ok:
            return
        actor = ensure_signed_in(self, self.ctx)
        if actor is None:
            return
        try:
            edit.mark_sign_updated(self.ctx.store, actor, key, day.strip())
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Sign renewed"), exc.message)
            return
        code = self.signs.rows[self.signs.keys.index(key)][0]
        self.ctx.notify("sign")
        self.show_status(self.tr("Sign {code} renewed on {day}.").format(
            code=code, day=day.strip()), False)

    def edit_water(self) -> None:
        from ui.registry.dialogs import RecordDialog

        if self.water_id:
            RecordDialog(self.ctx, "water", self.water_id, self).exec()

    def new_segment(self) -> None:
        from ui.registry.dialogs import RecordDialog

        if self.water_id:
            RecordDialog(self.ctx, "segment", None, self,
                         defaults={"water_id": self.water_id}).exec()

    def edit_segment(self) -> None:
        from ui.registry.dialogs import RecordDialog

        seg = self.selected_segment()
        if seg:
            RecordDialog(self.ctx, "segment", seg, self).exec()

    def history_target(self) -> tuple[str, str, str] | None:
        """(table, id, title) of the record whose history to show: the selected row of the
        current tab, else the water itself."""
        tab = self.tabs.currentIndex()
        view = self.tabs.currentWidget()
        model = {self.tab_seg: self.segments, self.tab_chiefs: self.chiefs,
                 self.tab_sections: self.sections, self.tab_signs: self.signs}[tab]
        table = {self.tab_seg: "segment", self.tab_chiefs: "assignment",
                 self.tab_sections: "section", self.tab_signs: "sign"}[tab]
        row = view.currentIndex().row() if isinstance(view, QTableView) else -1
        key = model.key(row)
        if key:
            return table, key, " ".join(str(v) for v in model.rows[row][:2])
        if self.water_id:
            return "water", self.water_id, self.title.text()
        return None

    def history(self) -> None:
        from ui.security.audit_view import AuditDialog

        found = self.history_target()
        if found:
            AuditDialog(self.ctx, *found, parent=self).exec()


class WatersPage(QWidget):
    """The waters of the registry on the left, the selected water's file on the right."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("watersPage")
        self.search = QLineEdit()
        self.search.setObjectName("waterSearch")
        self._typing = QTimer(self)  # refresh once the user pauses typing
        self._typing.setSingleShot(True)
        self._typing.setInterval(250)
        self._typing.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._typing.start())
        self.model = RowsModel(lambda: [self.tr("Code"), self.tr("Name"), self.tr("Kind"),
                                        self.tr("Segments")])
        self.view = _table(self.model, "watersTable")
        self.view.horizontalHeader().setStretchLastSection(False)
        self.view.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self.file.show_water(self.model.key(cur.row())))
        self.btn_new = QPushButton()
        self.btn_new.clicked.connect(self.new_water)
        self.count = QLabel()
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.search)
        ll.addWidget(self.view, 1)
        self.btn_import = QPushButton()
        self.btn_import.setObjectName("importRegistry")
        self.btn_import.clicked.connect(self.import_file)
        self.btn_export = QPushButton()
        self.btn_export.clicked.connect(self.export_file)
        row = QHBoxLayout()
        row.addWidget(self.count, 1)
        row.addWidget(self.btn_new)
        ll.addLayout(row)
        row2 = QHBoxLayout()
        row2.addStretch(1)
        row2.addWidget(self.btn_import)
        row2.addWidget(self.btn_export)
        ll.addLayout(row2)
        self.status = StatusLine("watersStatus")
        self.file = WaterFileView(ctx, show=self.show_status)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.file)
        split.setSizes([340, 860])
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(self.status)
        ctx.data_changed.connect(self.on_data_changed)
        ctx.actor_changed.connect(self.refresh)
        self.retranslate()
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.refresh()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search code or name"))
        self.btn_new.setText(self.tr("New water…"))
        self.btn_import.setText(self.tr("Import…"))
        self.btn_export.setText(self.tr("Export…"))
        self.file.retranslate()

    def on_data_changed(self, tables: set[str]) -> None:
        if tables & REGISTRY_TABLES:
            self.refresh()

    def refresh(self) -> None:
        from riverchief.registry.schema import choice_label

        from ui.security.session import current_actor

        store = self.ctx.store
        if store is None:
            self.model.set_rows([], [])
            return
        keep = self.file.water_id
        text = self.search.text().strip()
        sql = ("SELECT w.id, w.code, w.name, w.kind, (SELECT COUNT(*) FROM segment s WHERE "
               "s.water_id = w.id AND s.deleted_at IS NULL) AS n FROM water w "
               "WHERE w.deleted_at IS NULL")
        params: list[Any] = []
        if text:
            sql += " AND (w.code LIKE ? OR w.name LIKE ?)"
            params += [f"%{text}%", f"%{text}%"]
        actor = current_actor(self.ctx)
        if actor is not None and actor.role == "evaluator" and actor.area_ids is not None:
            ids = sorted(actor.area_ids)
            marks = ",".join("?" * len(ids)) or "NULL"
            sql += (f" AND (w.area_id IN ({marks}) OR EXISTS (SELECT 1 FROM segment s WHERE "
                    f"s.water_id = w.id AND s.area_id IN ({marks})))")
            params += ids + ids
        rows = list(store.db.query(sql + " ORDER BY w.parent_id IS NOT NULL, w.code", params))
        self.model.set_rows([r["id"] for r in rows],
                            [(r["code"], r["name"], choice_label(r["kind"]), r["n"])
                             for r in rows])
        self.count.setText(self.tr("{n} waters").format(n=len(rows)))
        if len(rows) < 2000:
            self.view.resizeColumnsToContents()
        if keep in self.model.keys:
            _select_row(self.view, self.model.keys.index(keep))
            self.file.show_water(keep)
        elif rows:
            _select_row(self.view, 0)
        else:
            self.file.show_water(None)

    def show_water(self, water_id: str) -> None:
        if water_id not in self.model.keys:
            self.search.clear()
        if water_id in self.model.keys:
            _select_row(self.view, self.model.keys.index(water_id))

    def import_file(self) -> None:
        from ui.registry.transfer import import_registry

        import_registry(self, self.ctx, show=self.show_status)

    def export_file(self) -> None:
        from ui.registry.transfer import export_registry

        export_registry(self, self.ctx, show=self.show_status)

    def show_status(self, text: str, error: bool = False) -> None:
        """The outcome of the last import, export or change, under the page."""
        self.status.say(text, error)

    def new_water(self) -> None:
        from ui.registry.dialogs import RecordDialog

        RecordDialog(self.ctx, "water", None, self).exec()


SECTIONS = [
    Section(
        key="waters",
        title=lambda: QCoreApplication.translate("Navigation", "Waters (一河一档)"),
        factory=WatersPage,
        order=10,
    )
]
