"""The outfall ledger page: campaign progress cards, filters, a lazy table and the detail
of the chosen outfall (plan, milestones, monitoring, timeline, the next stage)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from riverchief.errors import UserError
from riverchief.outfalls import ledger as of
from riverchief.security import Actor

from ui.ledgers.common import Card, LazyTableModel, current_actor
from ui.shell.context import AppContext
from ui.shell.errors import show_error


class AdvanceDialog(QDialog):
    """What the next stage needs: what it was traced to, or the evidence of remediation."""

    def __init__(self, parent: QWidget, outfall: dict[str, Any], target: str) -> None:
        super().__init__(parent)
        self.target = target
        self.setObjectName("advanceDialog")
        self.setWindowTitle(self.tr("{code}: to stage {stage}").format(
            code=outfall["code"], stage=of.stage_name(target)))
        form = QFormLayout(self)
        self.source_traced = QLineEdit()
        self.files = QListWidget()
        self.standardised = QCheckBox(self.tr("brought to standard (规范化)"))
        self.note = QPlainTextEdit()
        self.note.setMaximumHeight(80)
        if target == "traced":
            form.addRow(self.tr("Traced to:"), self.source_traced)
        if target == "remediated":
            add = QPushButton(self.tr("Add photo or document…"))
            add.clicked.connect(self._browse)
            form.addRow(self.tr("Evidence:"), self.files)
            form.addRow("", add)
            form.addRow("", self.standardised)
        form.addRow(self.tr("Note:"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _browse(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Evidence of the remediation"), "",
            self.tr("Photos and documents (*.jpg *.jpeg *.png *.heic *.pdf *.doc *.docx)"))
        for n in names:
            self.files.addItem(n)

    def values(self) -> dict[str, Any]:
        return {"note": self.note.toPlainText().strip(),
                "source_traced": self.source_traced.text().strip(),
                "files": [Path(self.files.item(i).text()) for i in range(self.files.count())],
                "standardised": self.standardised.isChecked()}


class OutfallsPage(QWidget):
    """入河排污口台账."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("outfallsPage")
        self.outfall: dict[str, Any] | None = None
        self.dialog: AdvanceDialog | None = None
        layout = QVBoxLayout(self)
        self.hint = QLabel()
        layout.addWidget(self.hint)
        cards = QHBoxLayout()
        self.cards = {s: Card(f"card_{s}") for s in of.STAGES}
        self.cards["overdue"] = Card("card_overdue")
        for card in self.cards.values():
            cards.addWidget(card)
        layout.addLayout(cards)
        filters = QHBoxLayout()
        self.stage = QComboBox()
        self.type = QComboBox()
        self.remediation = QComboBox()
        self.search = QLineEdit()
        self.overdue = QCheckBox()
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export)
        for w in (self.stage, self.type, self.remediation, self.search, self.overdue,
                  self.export_button):
            filters.addWidget(w)
        layout.addLayout(filters)
        self.model = LazyTableModel([
            (lambda: self.tr("Code"), lambda r: r["code"]),
            (lambda: self.tr("Name"), lambda r: r["name"]),
            (lambda: self.tr("Type"), lambda r: of.type_name(r["type"])),
            (lambda: self.tr("Remediation"), lambda r: of.remediation_name(r["remediation"])),
            (lambda: self.tr("Segment"), lambda r: r.get("segment_name")),
            (lambda: self.tr("Stage"), lambda r: of.stage_name(r["stage"])),
            (lambda: self.tr("Deadline"), lambda r: r["deadline"]),
            (lambda: self.tr("Days overdue"), lambda r: r["days_overdue"] or ""),
        ])
        self.table = QTableView()
        self.table.setObjectName("outfallTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.show_current())
        detail = QWidget()
        d = QVBoxLayout(detail)
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.advance_button = QPushButton()
        self.advance_button.setObjectName("advance")
        self.advance_button.clicked.connect(self.open_advance)
        self.blocker = QLabel()
        self.blocker.setWordWrap(True)
        self.form = QFormLayout()
        self.lists = QListWidget()
        d.addWidget(self.title)
        d.addWidget(self.advance_button)
        d.addWidget(self.blocker)
        d.addLayout(self.form)
        d.addWidget(self.lists, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(detail)
        split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(scroll)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout.addWidget(split, 1)
        self._labels()
        for combo in (self.stage, self.type, self.remediation):
            combo.currentIndexChanged.connect(lambda *_: self.reload())
        self.overdue.toggled.connect(lambda *_: self.reload())
        self.search.returnPressed.connect(self.reload)
        ctx.actor_changed.connect(self.reload)
        ctx.data_changed.connect(
            lambda tables: self.reload() if tables & {"outfall", "outfall_event"} else None)
        self.reload()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._labels()
            self.reload()
        super().changeEvent(event)

    def _labels(self) -> None:
        self.overdue.setText(self.tr("Overdue only"))
        self.search.setPlaceholderText(self.tr("Code or name"))
        self.export_button.setText(self.tr("Export…"))
        for combo, everything, items in (
                (self.stage, self.tr("All stages"), [(of.stage_name(s), s) for s in of.STAGES]),
                (self.type, self.tr("All types"), [(of.type_name(t), t) for t in of.TYPES]),
                (self.remediation, self.tr("All remediation categories"),
                 [(of.remediation_name(r), r) for r in of.REMEDIATIONS])):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for text, value in items:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)

    @property
    def actor(self) -> Actor | None:
        return current_actor(self.ctx)

    def filters(self) -> dict[str, Any]:
        return {"stage": self.stage.currentData(), "type": self.type.currentData(),
                "remediation": self.remediation.currentData(),
                "overdue": self.overdue.isChecked(),
                "search": self.search.text().strip() or None}

    def reload(self) -> None:
        store, actor = self.ctx.store, self.actor
        keep = self.outfall["id"] if self.outfall else None
        if store is None or actor is None:
            self.hint.setText(self.tr("Sign in to see the outfall ledger.") if store else "")
            self.model.reset(lambda: 0, lambda limit, offset: [])
            self.show_outfall(None)
            return
        self.hint.setText("")
        f = self.filters()
        self.model.reset(lambda: of.count_outfalls(store, actor, **f),
                         lambda limit, offset: of.list_outfalls(store, actor, limit=limit,
                                                                offset=offset, **f))
        p = of.campaign_progress(store, actor)
        for s in of.STAGES:
            self.cards[s].set(self.tr("{stage} ({share:.0%})").format(
                stage=of.stage_name(s), share=p.share(s)), p.by_stage[s])
        self.cards["overdue"].set(self.tr("overdue; {days} days to {deadline}").format(
            days=p.days_left, deadline=p.deadline.isoformat()), p.overdue, p.overdue > 0)
        row = self.model.row_of(keep) if keep else None
        if row is not None:
            self.table.setCurrentIndex(self.model.index(row, 0))
        self.show_current()

    def show_current(self) -> None:
        index = self.table.currentIndex()
        store, actor = self.ctx.store, self.actor
        if not index.isValid() or store is None or actor is None:
            self.show_outfall(None)
            return
        oid = self.model.data(index, Qt.ItemDataRole.UserRole)
        try:
            self.show_outfall(of.get_outfall(store, actor, oid))
        except UserError:
            self.show_outfall(None)

    def show_outfall(self, row: dict[str, Any] | None) -> None:
        self.outfall = row
        while self.form.rowCount():
            self.form.removeRow(0)
        self.lists.clear()
        store, actor = self.ctx.store, self.actor
        if row is None or store is None or actor is None:
            self.title.setText(self.tr("Choose an outfall in the ledger."))
            self.advance_button.hide()
            self.blocker.setText("")
            return
        self.title.setText(f"{row['code']}  {row['name']}  {of.stage_name(row['stage'])}")
        for label, value in (
                (self.tr("National code:"), row["national_code"]),
                (self.tr("Receiving water:"), row.get("water_name")),
                (self.tr("Segment:"), row.get("segment_name")),
                (self.tr("Type:"), of.type_name(row["type"])),
                (self.tr("Discharge:"), of.mode_name(row["discharge_mode"])),
                (self.tr("Responsible entity:"), row["responsible_entity"]),
                (self.tr("Remediation:"), of.remediation_name(row["remediation"])),
                (self.tr("Measures:"), row["measures"]),
                (self.tr("Deadline:"), row["deadline"]),
                (self.tr("Traced to:"), row["source_traced"]),
                (self.tr("Remediated:"), self.tr("yes") if row["remediated"] else self.tr("no")),
                (self.tr("Brought to standard:"),
                 self.tr("yes") if row["standardised"] else self.tr("no")),
                (self.tr("Verified by:"), row["verifier"])):
            text = QLabel(str(value or ""))
            text.setWordWrap(True)
            self.form.addRow(label, text)
        for m in of.milestones(store, row["id"]):
            self.lists.addItem(self.tr("Milestone: {title}, due {due}, {state}").format(
                title=m["title"], due=m["due_on"],
                state=self.tr("done {day}").format(day=m["done_on"]) if m["done_on"]
                else (self.tr("overdue") if m["overdue"] else self.tr("open"))))
        for r in of.monitoring(store, row["id"]):
            self.lists.addItem(self.tr("Monitoring {day}: {parameter} {value} {unit}").format(
                day=r["sampled_on"], parameter=r["parameter"], value=r["value"],
                unit=r["unit"]))
        for e in of.timeline(store, row["id"]):
            line = f"{e['at'][:10]}  {of.event_name(e['kind'])}  {e['actor_name'] or e['actor']}"
            if e["to_stage"]:
                line += f"  → {of.stage_name(e['to_stage'])}"
            if e["note"]:
                line += f"  {e['note']}"
            self.lists.addItem(line)
        target = of.next_stage(row["stage"])
        why = of.can_advance(store, actor, row["id"])
        self.advance_button.setVisible(target is not None and why is None)
        if target:
            self.advance_button.setText(self.tr("Move to stage: {stage}").format(
                stage=of.stage_name(target)))
        self.blocker.setText(why or "")

    def open_advance(self) -> AdvanceDialog | None:
        row = self.outfall
        target = of.next_stage(row["stage"]) if row else None
        if row is None or target is None:
            return None
        self.dialog = AdvanceDialog(self, row, target)
        self.dialog.accepted.connect(lambda d=self.dialog: self.advance(d.values()))
        self.dialog.open()
        return self.dialog

    def advance(self, values: dict[str, Any]) -> bool:
        store, actor, row = self.ctx.store, self.actor, self.outfall
        if store is None or actor is None or row is None:
            return False
        try:
            of.advance(store, actor, row["id"], **values)
        except UserError as exc:
            show_error(self, self.tr("Outfall"), exc)
            return False
        self.ctx.notify({"outfall", "outfall_event"})
        return True

    def export(self) -> None:
        from riverchief.outfalls.export import export_outfalls

        store, actor = self.ctx.store, self.actor
        if store is None or actor is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the outfall ledger"), self.tr("outfall ledger.xlsx"),
            self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"))
        if path:
            try:
                export_outfalls(store, actor, Path(path), today=date.today(), **self.filters())
            except UserError as exc:
                show_error(self, self.tr("Export"), exc)
