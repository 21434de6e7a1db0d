"""The outfall ledger page: the campaign's progress against the year-end deadline, filters,
a lazy table and the detail of the chosen outfall — its plan (一口一策: measures, dated
milestones, deadline), monitoring results, evidence, timeline and the next stage."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from riverchief.errors import UserError
from riverchief.outfalls import ledger as of
from riverchief.problems import files as filestore
from riverchief.security import Actor, allowed

from ui.ledgers.common import (
    Card,
    FormDialog,
    LazyTableModel,
    area_combo,
    current_actor,
    date_edit,
    export_in_background,
    fit_names,
    iso,
    place_filters,
)
from ui.shell.context import AppContext
from ui.shell.folders import suggested
from ui.shell.layouts import clear_form, empty

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".heic"}
STAGE_COLOURS = {"found": "#bdc3c7", "monitored": "#f5b041", "traced": "#5dade2",
                 "remediated": "#58d68d", "closed": "#1e8449"}
RED = "#c0392b"


def _number(text: str, label: str, *, optional: bool = False) -> float | None:
    text = text.strip()
    if not text and optional:
        return None
    try:
        return float(text)
    except ValueError:
        raise UserError(QCoreApplication.translate("OutfallsPage", "'{value}' is not a "
                                                   "number.").format(value=text),
                        where=label) from None


def _segment_id(store: Any, code: str, label: str) -> str | None:
    code = code.strip()
    if not code:
        return None
    row = store.conn.execute("SELECT id FROM segment WHERE code = ? AND deleted_at IS NULL",
                             [code]).fetchone()
    if row is None:
        raise UserError(QCoreApplication.translate("OutfallsPage", "No segment has the code "
                                                   "{code}.").format(code=code), where=label)
    return str(row[0])


@dataclass(frozen=True)
class BarLayout:
    """Where the campaign bar's parts go: the bar, each stage's part with its words (and
    whether they sit on a backing that interrupts the mark), the mark of today and its
    label above the bar."""

    bar: QRectF
    parts: list[tuple[str, QRectF]]
    labels: list[tuple[str, str, QRectF, bool]]  # stage, words, where, on a backing
    mark: float
    today: QRectF


class CampaignBar(QWidget):
    """The campaign at a glance: one bar split by the share of outfalls at each stage, and
    a mark for how much of the year has gone by (the deadline is the year's end).

    The mark is a thin line across the bar with its label above it: the stages' words step
    aside from the line (to the wider side of their part, shortened to the share if need
    be), so the line never hides them."""

    LABEL_ROW = 15  # the "today" label above the bar
    PAD = 6  # room between a stage's words and the edges of its part or the mark

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("campaignBar")
        self.progress: of.CampaignProgress | None = None
        self.elapsed = 0.0
        self.setMinimumHeight(50)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(600, 50)

    def set_progress(self, progress: of.CampaignProgress, today: date) -> None:
        self.progress = progress
        start = date(progress.year, 1, 1)
        days = (progress.deadline - start).days + 1
        self.elapsed = min(1.0, max(0.0, ((today - start).days + 1) / days))
        shares = ", ".join(f"{of.stage_name(s)} {progress.share(s):.0%}" for s in of.STAGES)
        self.setToolTip(self.tr("{shares}; {elapsed:.0%} of the year gone").format(
            shares=shares, elapsed=self.elapsed))
        self.update()

    def bar_layout(self) -> BarLayout:
        metrics = self.fontMetrics()
        bar = QRectF(4, self.LABEL_ROW + 6, self.width() - 8,
                     self.height() - self.LABEL_ROW - 10)
        mark = bar.left() + bar.width() * self.elapsed
        parts: list[tuple[str, QRectF]] = []
        labels: list[tuple[str, str, QRectF, bool]] = []
        progress = self.progress
        if progress is not None and progress.total:
            x = bar.left()
            # closed first: the bar fills from the left as outfalls reach the end
            for stage in reversed(of.STAGES):
                w = bar.width() * progress.share(stage)
                if w <= 0:
                    continue
                part = QRectF(x, bar.top(), w, bar.height())
                parts.append((stage, part))
                share = f"{progress.share(stage):.0%}"
                placed = self._place(part, mark, (f"{of.stage_name(stage)} {share}", share),
                                     metrics.horizontalAdvance)
                if placed is not None:
                    labels.append((stage, *placed))
                x += w
        word = self.tr("today")
        width = metrics.horizontalAdvance(word) + 4
        left = min(max(0.0, mark - width / 2), self.width() - width)
        return BarLayout(bar, parts, labels, mark, QRectF(left, 0, width, self.LABEL_ROW))

    def _place(self, part: QRectF, mark: float, texts: tuple[str, str],
               advance: Any) -> tuple[str, QRectF, bool] | None:
        """The words of one part: centred if the mark is elsewhere; else beside the mark
        on the wider side; the full words before the bare share; on a backing (which
        interrupts the mark) only when neither fits beside it."""
        pad = self.PAD
        sides = [(part.left(), mark), (mark, part.right())]
        sides.sort(key=lambda s: s[1] - s[0], reverse=True)
        for text in texts:
            need = advance(text) + 2 * pad
            if need > part.width():
                continue
            centred = QRectF(part.center().x() - need / 2, part.top(), need, part.height())
            if not centred.left() < mark < centred.right():
                return text, centred, False
            for lo, hi in sides:
                if hi - lo >= need:
                    return text, QRectF(lo + (hi - lo - need) / 2, part.top(), need,
                                        part.height()), False
        for text in texts:
            need = advance(text) + 2 * pad
            if need <= part.width():
                return text, QRectF(part.center().x() - need / 2, part.top(), need,
                                    part.height()), True
        return None

    def paintEvent(self, _event: object) -> None:  # noqa: N802
        layout = self.bar_layout()
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(layout.bar, QColor("#f2f3f4"))
        for stage, part in layout.parts:
            p.fillRect(part, QColor(STAGE_COLOURS[stage]))
        # the mark: a thin line across the bar and a notch above it, under the words
        red = QColor(RED)
        top, bottom = layout.bar.top(), layout.bar.bottom()
        p.setPen(QPen(red, 1.5))
        p.drawLine(QPointF(layout.mark, top - 2), QPointF(layout.mark, bottom + 3))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(red)
        p.drawPolygon(QPolygonF([QPointF(layout.mark - 4, top - 6),
                                 QPointF(layout.mark + 4, top - 6),
                                 QPointF(layout.mark, top - 1)]))
        for stage, text, rect, backed in layout.labels:
            if backed:  # the words cover the line where they cross it
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(QColor(STAGE_COLOURS[stage]))
                p.drawRoundedRect(rect.adjusted(0, 4, 0, -4), 3, 3)
            p.setPen(QColor("white" if stage in ("closed", "traced") else "black"))
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        p.setPen(red)
        p.drawText(layout.today, Qt.AlignmentFlag.AlignCenter, self.tr("today"))
        p.end()


class OutfallDialog(FormDialog):
    """Register an outfall found in the survey, or correct what was recorded."""

    def __init__(self, parent: QWidget, store: Any, actor: Actor,
                 row: dict[str, Any] | None = None) -> None:
        self.store, self.actor, self.row = store, actor, row
        super().__init__(parent, "outfallDialog",
                         self.tr("Correct outfall {code}").format(code=row["code"]) if row
                         else self.tr("Register an outfall"), self._save)
        r = row or {}
        self.code = QLineEdit(r.get("code", ""))
        self.national_code = QLineEdit(r.get("national_code", ""))
        self.name = QLineEdit(r.get("name", ""))
        self.type = QComboBox()
        for t in of.TYPES:
            self.type.addItem(of.type_name(t), t)
        self.type.setCurrentIndex(max(0, self.type.findData(r.get("type", "industrial"))))
        self.mode = QComboBox()
        for m in of.MODES:
            self.mode.addItem(of.mode_name(m), m)
        self.mode.setCurrentIndex(max(0, self.mode.findData(r.get("discharge_mode",
                                                                  "continuous"))))
        self.segment = QLineEdit(r.get("segment_code") or "")
        self.segment.setPlaceholderText(self.tr("Segment code"))
        self.area = area_combo(store, actor, r.get("area_id"))
        self.location = QLineEdit(r.get("location", ""))
        self.lon = QLineEdit("" if r.get("lon") is None else str(r["lon"]))
        self.lat = QLineEdit("" if r.get("lat") is None else str(r["lat"]))
        self.entity = QLineEdit(r.get("responsible_entity", ""))
        self.form.addRow(self.tr("Code:"), self.code)
        self.form.addRow(self.tr("National code:"), self.national_code)
        self.form.addRow(self.tr("Name:"), self.name)
        self.form.addRow(self.tr("Type:"), self.type)
        self.form.addRow(self.tr("Discharge:"), self.mode)
        self.form.addRow(self.tr("Receiving segment:"), self.segment)
        self.form.addRow(self.tr("Area (without a segment):"), self.area)
        self.form.addRow(self.tr("Location:"), self.location)
        self.form.addRow(self.tr("Longitude:"), self.lon)
        self.form.addRow(self.tr("Latitude:"), self.lat)
        self.form.addRow(self.tr("Responsible entity:"), self.entity)
        self.photos = QListWidget()
        self.photos.setMaximumHeight(70)
        if row is None:
            add = QPushButton(self.tr("Add photo…"))
            add.clicked.connect(self._browse)
            self.form.addRow(self.tr("Survey photos:"), self.photos)
            self.form.addRow("", add)
        self.finish()

    def _browse(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Photos of the survey"), "",
                                                self.tr("Photos (*.jpg *.jpeg *.png *.heic)"))
        self.add_photos([Path(n) for n in names])

    def add_photos(self, paths: list[Path]) -> None:
        for path in paths:
            self.photos.addItem(str(path))

    def values(self) -> dict[str, Any]:
        segment = _segment_id(self.store, self.segment.text(), self.tr("receiving segment"))
        return {"code": self.code.text(), "national_code": self.national_code.text(),
                "name": self.name.text(), "type": self.type.currentData(),
                "discharge_mode": self.mode.currentData(), "segment_id": segment,
                "area_id": None if segment else self.area.currentData(),
                "location": self.location.text(),
                "lon": _number(self.lon.text(), self.tr("longitude"), optional=True),
                "lat": _number(self.lat.text(), self.tr("latitude"), optional=True),
                "responsible_entity": self.entity.text()}

    def _save(self) -> str:
        if self.row is None:
            photos = [Path(self.photos.item(i).text()) for i in range(self.photos.count())]
            return of.add_outfall(self.store, self.actor, photos=photos, **self.values())
        of.change_outfall(self.store, self.actor, self.row["id"], **self.values())
        return str(self.row["id"])


class PlanDialog(FormDialog):
    """一口一策: remediation category, measures, deadline and dated milestones. Milestones
    already done stay; the open ones are replaced by those in the table."""

    def __init__(self, parent: QWidget, store: Any, actor: Actor, row: dict[str, Any]) -> None:
        self.store, self.actor, self.row = store, actor, row
        super().__init__(parent, "planDialog",
                         self.tr("Plan of outfall {code} (一口一策)").format(code=row["code"]),
                         self._save)
        self.remediation = QComboBox()
        for r in of.REMEDIATIONS:
            self.remediation.addItem(of.remediation_name(r), r)
        if row.get("remediation"):
            self.remediation.setCurrentIndex(self.remediation.findData(row["remediation"]))
        self.measures = QPlainTextEdit(row.get("measures") or "")
        self.deadline = date_edit(row.get("deadline") or f"{of.today(store).year}-12-31", store)
        steps = of.milestones(store, row["id"])
        done = [m for m in steps if m["done_on"]]
        self.milestones = QTableWidget(0, 2)
        self.milestones.setObjectName("milestoneTable")
        self.milestones.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch)
        self.milestones.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents)
        for m in steps:
            if not m["done_on"]:
                self.add_milestone(m["title"], m["due_on"])
        add = QPushButton(self.tr("Add milestone"))
        add.setObjectName("addMilestone")
        add.clicked.connect(lambda: self.add_milestone("", ""))
        remove = QPushButton(self.tr("Remove milestone"))
        remove.clicked.connect(self._remove)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        self.form.addRow(self.tr("Remediation:"), self.remediation)
        self.form.addRow(self.tr("Measures:"), self.measures)
        self.form.addRow(self.tr("Deadline:"), self.deadline)
        if done:
            kept = QLabel("\n".join(self.tr("{title}: done {day}").format(
                title=m["title"], day=m["done_on"]) for m in done))
            self.form.addRow(self.tr("Milestones done:"), kept)
        self.form.addRow(self.tr("Open milestones:"), self.milestones)
        self.form.addRow("", buttons)
        self._headers()
        self.finish()

    def _headers(self) -> None:
        self.milestones.setHorizontalHeaderLabels([self.tr("Milestone"),
                                                   self.tr("Due (2026-07-01)")])

    def add_milestone(self, title: str, due: str) -> None:
        n = self.milestones.rowCount()
        self.milestones.insertRow(n)
        self.milestones.setItem(n, 0, QTableWidgetItem(title))
        self.milestones.setItem(n, 1, QTableWidgetItem(due))

    def _remove(self) -> None:
        row = self.milestones.currentRow()
        if row >= 0:
            self.milestones.removeRow(row)

    def steps(self) -> list[tuple[str, str]]:
        out = []
        for n in range(self.milestones.rowCount()):
            title, due = (self.milestones.item(n, c) for c in (0, 1))
            t, d = (title.text() if title else ""), (due.text() if due else "")
            if t.strip() or d.strip():
                out.append((t, d))
        return out

    def _save(self) -> str:
        of.set_plan(self.store, self.actor, self.row["id"],
                    remediation=self.remediation.currentData(),
                    measures=self.measures.toPlainText(), deadline=iso(self.deadline),
                    milestones=self.steps())
        return str(self.row["id"])


class MonitoringDialog(FormDialog):
    """A monitoring result of the outfall's discharge."""

    def __init__(self, parent: QWidget, store: Any, actor: Actor, row: dict[str, Any]) -> None:
        self.store, self.actor, self.row = store, actor, row
        super().__init__(parent, "monitoringDialog",
                         self.tr("Monitoring result of {code}").format(code=row["code"]),
                         self._save)
        self.sampled = date_edit(store=store)
        self.parameter = QComboBox()
        self.parameter.setEditable(True)
        self.parameter.addItems(["COD", "氨氮", "总磷", "总氮", "pH", "BOD5", "悬浮物"])
        self.value = QLineEdit()
        self.unit = QComboBox()
        self.unit.setEditable(True)
        self.unit.addItems(["mg/L", "", "m³/d"])
        self.limit = QLineEdit()
        self.limit.setPlaceholderText(self.tr("the discharge limit, when one applies"))
        self.note = QLineEdit()
        self.form.addRow(self.tr("Sampled on:"), self.sampled)
        self.form.addRow(self.tr("Parameter:"), self.parameter)
        self.form.addRow(self.tr("Value:"), self.value)
        self.form.addRow(self.tr("Unit:"), self.unit)
        self.form.addRow(self.tr("Limit:"), self.limit)
        self.form.addRow(self.tr("Note:"), self.note)
        self.finish()

    def _save(self) -> str:
        value = _number(self.value.text(), self.tr("value"))
        assert value is not None
        of.add_monitoring(
            self.store, self.actor, self.row["id"], sampled_on=iso(self.sampled),
            parameter=self.parameter.currentText(), value=value,
            unit=self.unit.currentText().strip(),
            limit_value=_number(self.limit.text(), self.tr("limit"), optional=True),
            note=self.note.text())
        return str(self.row["id"])


class MilestoneDialog(FormDialog):
    """When a milestone of the plan was done."""

    def __init__(self, parent: QWidget, store: Any, actor: Actor,
                 milestone: dict[str, Any]) -> None:
        self.store, self.actor, self.milestone = store, actor, milestone
        super().__init__(parent, "milestoneDialog",
                         self.tr("Milestone done: {title}").format(title=milestone["title"]),
                         self._save)
        self.done_on = date_edit(store=store)  # not "done": that would hide QDialog.done()
        self.form.addRow(self.tr("Done on:"), self.done_on)
        self.finish()

    def _save(self) -> str:
        of.complete_milestone(self.store, self.actor, self.milestone["id"], iso(self.done_on))
        return str(self.milestone["outfall_id"])


class AdvanceDialog(FormDialog):
    """What the next stage needs: what it was traced to, or the evidence of remediation."""

    def __init__(self, parent: QWidget, store: Any, actor: Actor, outfall: dict[str, Any],
                 target: str) -> None:
        self.store, self.actor, self.outfall, self.target = store, actor, outfall, target
        super().__init__(parent, "advanceDialog",
                         self.tr("{code}: to stage {stage}").format(
                             code=outfall["code"], stage=of.stage_name(target)), self._save)
        self.source_traced = QLineEdit()
        self.files = QListWidget()
        self.file_kind = QComboBox()
        self.file_kind.addItem(self.tr("photo after the remediation"), "after")
        self.file_kind.addItem(self.tr("document"), "document")
        self.standardised = QCheckBox(self.tr("brought to standard (规范化)"))
        self.note = QPlainTextEdit()
        self.note.setMaximumHeight(80)
        if target == "traced":
            self.form.addRow(self.tr("Traced to:"), self.source_traced)
        if target == "remediated":
            add = QPushButton(self.tr("Add photo or document…"))
            add.clicked.connect(self._browse)
            self.form.addRow(self.tr("Evidence:"), self.files)
            self.form.addRow(self.file_kind, add)
            self.form.addRow("", self.standardised)
        if target == "closed":
            self.form.addRow(QLabel(self.tr("You verify the remediation reported by {user} "
                                            "and close the outfall.").format(
                user=outfall.get("remediated_by") or "")))
        self.form.addRow(self.tr("Note:"), self.note)
        self.finish()

    def _browse(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Evidence of the remediation"), "",
            self.tr("Photos and documents (*.jpg *.jpeg *.png *.heic *.pdf *.doc *.docx)"))
        self.add_files([Path(n) for n in names])

    def add_files(self, paths: list[Path]) -> None:
        for p in paths:
            self.files.addItem(str(p))
        if paths and all(p.suffix.lower() not in IMAGE_SUFFIXES for p in paths):
            self.file_kind.setCurrentIndex(1)

    def values(self) -> dict[str, Any]:
        return {"note": self.note.toPlainText().strip(),
                "source_traced": self.source_traced.text().strip(),
                "files": [Path(self.files.item(i).text()) for i in range(self.files.count())],
                "file_kind": self.file_kind.currentData(),
                "standardised": self.standardised.isChecked()}

    def _save(self) -> str:
        of.advance(self.store, self.actor, self.outfall["id"], **self.values())
        return str(self.outfall["id"])


class OutfallsPage(QWidget):
    """入河排污口台账."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("outfallsPage")
        self.outfall: dict[str, Any] | None = None
        self.dialog: FormDialog | None = None
        self.milestone_rows: list[dict[str, Any]] = []
        layout = QVBoxLayout(self)
        self.hint = QLabel()
        layout.addWidget(self.hint)
        cards = QHBoxLayout()
        self.cards = {s: Card(f"card_{s}") for s in of.STAGES}
        self.cards["overdue"] = Card("card_overdue")
        for card in self.cards.values():
            cards.addWidget(card)
        layout.addLayout(cards)
        self.campaign_title = QLabel()
        self.campaign_title.setObjectName("campaignTitle")
        self.campaign = CampaignBar()
        layout.addWidget(self.campaign_title)
        layout.addWidget(self.campaign)
        filters = QHBoxLayout()
        self.stage = QComboBox()
        self.type = QComboBox()
        self.remediation = QComboBox()
        self.area = QComboBox()
        self.segment = QLineEdit()
        self.segment.setMaximumWidth(140)
        self.search = QLineEdit()
        self.search.setMinimumWidth(220)
        self.overdue = QCheckBox()
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export)
        self.register_button = QPushButton()
        self.register_button.setObjectName("registerOutfall")
        self.register_button.clicked.connect(lambda: self.open_outfall(new=True))
        # two rows, as the problem ledger's: the choices, then what is typed, the check and
        # the actions (in one row, in English at 1024 x 640, the two boxes to type in were
        # squeezed to nothing and "All remediation types" was cut)
        for w in (self.stage, self.type, self.remediation, self.area):
            filters.addWidget(w)
        filters.addStretch(1)
        layout.addLayout(filters)
        more = QHBoxLayout()
        for w in (self.segment, self.search, self.overdue):
            more.addWidget(w)
        more.addStretch(1)
        more.addWidget(self.export_button)
        more.addWidget(self.register_button)
        layout.addLayout(more)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.status.hide()  # until an export reports
        layout.addWidget(self.status)
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
        for column, names in ((2, [of.type_name(t) for t in of.TYPES]),
                              (3, [of.remediation_name(r) for r in of.REMEDIATIONS]),
                              (5, [of.stage_name(s) for s in of.STAGES])):
            fit_names(self.table, column, names)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(self._detail())
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout.addWidget(split, 1)
        self._labels()
        self._fill_areas()
        for combo in (self.stage, self.type, self.remediation, self.area):
            combo.currentIndexChanged.connect(self._filter_changed)
        self.overdue.toggled.connect(self._filter_changed)
        self.search.returnPressed.connect(self.reload)
        self.segment.returnPressed.connect(self.reload)
        ctx.actor_changed.connect(self._actor_changed)
        ctx.data_changed.connect(self._data_changed)
        self.reload()

    def _detail(self) -> QScrollArea:
        detail = QWidget()
        d = QVBoxLayout(detail)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        buttons = QGridLayout()
        self.advance_button = QPushButton()
        self.advance_button.setObjectName("advance")
        self.advance_button.clicked.connect(self.open_advance)
        self.edit_button = QPushButton()
        self.edit_button.setObjectName("editOutfall")
        self.edit_button.clicked.connect(lambda: self.open_outfall(new=False))
        self.plan_button = QPushButton()
        self.plan_button.setObjectName("plan")
        self.plan_button.clicked.connect(self.open_plan)
        self.monitoring_button = QPushButton()
        self.monitoring_button.setObjectName("addMonitoring")
        self.monitoring_button.clicked.connect(self.open_monitoring)
        for n, b in enumerate((self.advance_button, self.plan_button, self.monitoring_button,
                               self.edit_button)):
            buttons.addWidget(b, n // 2, n % 2)
        self.blocker = QLabel()
        self.blocker.setObjectName("blocker")
        self.blocker.setWordWrap(True)
        self.form = QFormLayout()
        self.tabs = QTabWidget()
        plan = QWidget()
        pl = QVBoxLayout(plan)
        self.plan_text = QLabel()
        self.plan_text.setWordWrap(True)
        self.milestone_table = QTableWidget(0, 3)
        self.milestone_table.setObjectName("milestones")
        self.milestone_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.milestone_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.milestone_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch)
        self.milestone_table.currentCellChanged.connect(self._milestone_chosen)
        self.done_button = QPushButton()
        self.done_button.setObjectName("milestoneDone")
        self.done_button.clicked.connect(self.open_milestone)
        pl.addWidget(self.plan_text)
        pl.addWidget(self.milestone_table, 1)
        pl.addWidget(self.done_button)
        self.monitoring_table = QTableWidget(0, 5)
        self.monitoring_table.setObjectName("monitoring")
        self.monitoring_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        evidence = QWidget()
        ev = QVBoxLayout(evidence)
        self.before_title = QLabel()
        self.before = QHBoxLayout()
        self.after_title = QLabel()
        self.evidence = QHBoxLayout()
        ev.addWidget(self.before_title)
        ev.addLayout(self.before)
        ev.addWidget(self.after_title)
        ev.addLayout(self.evidence)
        ev.addStretch(1)
        self.evidence_labels: list[QLabel] = []
        self.before_labels: list[QLabel] = []
        self.timeline = QListWidget()
        self.timeline.setObjectName("timeline")
        self.tabs.addTab(plan, "")
        self.tabs.addTab(self.monitoring_table, "")
        self.tabs.addTab(evidence, "")
        self.tabs.addTab(self.timeline, "")
        d.addWidget(self.title)
        d.addLayout(buttons)
        d.addWidget(self.blocker)
        d.addLayout(self.form)
        d.addWidget(self.tabs, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(detail)
        return scroll

    # -- labels and filters -----------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._labels()
            self._fill_areas()
            self.reload()
        super().changeEvent(event)

    def _labels(self) -> None:
        self.overdue.setText(self.tr("Overdue only"))
        self.search.setPlaceholderText(self.tr("Code or name"))
        self.segment.setPlaceholderText(self.tr("Segment code"))
        self.export_button.setText(self.tr("Export…"))
        self.register_button.setText(self.tr("Register…"))
        self.edit_button.setText(self.tr("Correct…"))
        self.plan_button.setText(self.tr("Plan (一口一策)…"))
        self.monitoring_button.setText(self.tr("Add monitoring result…"))
        self.done_button.setText(self.tr("Milestone done…"))
        for n, text in enumerate((self.tr("Plan"), self.tr("Monitoring"), self.tr("Photos"),
                                  self.tr("Timeline"))):
            self.tabs.setTabText(n, text)
        self.milestone_table.setHorizontalHeaderLabels(
            [self.tr("Milestone"), self.tr("Due"), self.tr("Done")])
        self.monitoring_table.setHorizontalHeaderLabels(
            [self.tr("Sampled on"), self.tr("Parameter"), self.tr("Value"), self.tr("Limit"),
             self.tr("Note")])
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

    def _fill_areas(self) -> None:
        store, actor = self.ctx.store, self.actor
        chosen = self.area.currentData()
        self.area.blockSignals(True)
        self.area.clear()
        self.area.addItem(self.tr("All areas"), None)
        if store is not None and actor is not None:
            scope = None if actor.is_admin or actor.role == "chief" else (
                actor.area_ids or frozenset())
            for r in store.db.query("SELECT id, name FROM area WHERE deleted_at IS NULL AND "
                                    "level IN ('province', 'city', 'district', 'township') "
                                    "ORDER BY code LIMIT 2000"):
                if scope is None or r["id"] in scope:
                    self.area.addItem(r["name"], r["id"])
        self.area.setCurrentIndex(max(0, self.area.findData(chosen)))
        self.area.blockSignals(False)

    @property
    def actor(self) -> Actor | None:
        return current_actor(self.ctx)

    def filters(self) -> dict[str, Any]:
        out: dict[str, Any] = {"stage": self.stage.currentData(),
                               "type": self.type.currentData(),
                               "remediation": self.remediation.currentData(),
                               "overdue": self.overdue.isChecked(),
                               "search": self.search.text().strip() or None}
        return {**out, **place_filters(self.ctx.store, self.area.currentData(),
                                       self.segment.text())}

    # -- loading ----------------------------------------------------------------------

    def focus_on(self, what: str) -> None:
        """``overdue``: only the outfalls past their deadline (the home page's line)."""
        self.overdue.setChecked(what == "overdue")

    def _filter_changed(self, *_: object) -> None:
        self.reload()

    def _actor_changed(self) -> None:
        self._fill_areas()
        self.reload()

    def _data_changed(self, tables: set[str]) -> None:
        if tables & {"outfall", "outfall_event", "outfall_milestone", "outfall_monitoring",
                     "segment", "area"}:
            self.reload()

    def _current_changed(self, *_: object) -> None:
        self.show_current()

    def reload(self) -> None:
        store, actor = self.ctx.store, self.actor
        keep = self.outfall["id"] if self.outfall else None
        if store is None or actor is None:
            self.hint.setText(self.tr("Sign in to see the outfall ledger.") if store else "")
            self.hint.setVisible(bool(store))
            self.register_button.hide()
            self.model.reset(lambda: 0, lambda limit, offset: [])
            self.show_outfall(None)
            return
        self.hint.setVisible(False)
        self.register_button.setVisible(allowed(actor, "outfalls.manage"))
        f = self.filters()
        self.model.reset(lambda: of.count_outfalls(store, actor, **f),
                         lambda limit, offset: of.list_outfalls(store, actor, limit=limit,
                                                                offset=offset, **f))
        today = of.today(store)
        p = of.campaign_progress(store, actor, today=today)
        for s in of.STAGES:
            self.cards[s].set(self.tr("{stage} ({share:.0%})").format(
                stage=of.stage_name(s), share=p.share(s)), p.by_stage[s])
        self.cards["overdue"].set(self.tr("overdue; {days} days to {deadline}").format(
            days=p.days_left, deadline=p.deadline.isoformat()), p.overdue, p.overdue > 0)
        self.campaign.set_progress(p, today)
        self.campaign_title.setText(self.tr(
            "Campaign {year}: {closed:.0%} of {total} outfalls closed, {remediated:.0%} "
            "remediated; {days} days left to {deadline}").format(
            year=p.year, closed=p.share_closed, total=p.total,
            remediated=p.share("remediated") + p.share_closed, days=p.days_left,
            deadline=p.deadline.isoformat()))
        if keep:
            self.select(keep)
        else:
            self.show_outfall(None)

    def select(self, outfall_id: str) -> bool:
        row = self.model.row_of(outfall_id)
        while row is None and self.model.canFetchMore():
            self.model.fetchMore()
            row = self.model.row_of(outfall_id)
        if row is None:
            self.show_outfall(None)
            return False
        self.table.setCurrentIndex(self.model.index(row, 0))
        self.show_current()
        return True

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

    # -- detail -----------------------------------------------------------------------

    def show_outfall(self, row: dict[str, Any] | None) -> None:
        self.outfall = row
        clear_form(self.form)
        self.timeline.clear()
        self.milestone_table.setRowCount(0)
        self.monitoring_table.setRowCount(0)
        self.milestone_rows = []
        for box in (self.before, self.evidence):
            empty(box)
        self.evidence_labels = []
        self.before_labels = []
        store, actor = self.ctx.store, self.actor
        manage = (row is not None and actor is not None and row["stage"] != "closed"
                  and allowed(actor, "outfalls.manage", area_id=row["area_id"]))
        for b in (self.edit_button, self.plan_button, self.monitoring_button):
            b.setVisible(manage)
        if row is None or store is None or actor is None:
            self.title.setText(self.tr("Choose an outfall in the ledger."))
            self.advance_button.hide()
            self.done_button.hide()
            self.blocker.setText("")
            self.plan_text.setText("")
            self.tabs.hide()
            return
        self.tabs.show()
        today = of.today(store)
        late = of.days_overdue(row, today)
        self.title.setText(f"{row['code']}  {row['name']}  {of.stage_name(row['stage'])}")
        for label, value in (
                (self.tr("National code:"), row["national_code"]),
                (self.tr("Receiving water:"), row.get("water_name")),
                (self.tr("Segment:"), row.get("segment_name") or row.get("area_name")),
                (self.tr("Location:"), row["location"]),
                (self.tr("Type:"), of.type_name(row["type"])),
                (self.tr("Discharge:"), of.mode_name(row["discharge_mode"])),
                (self.tr("Responsible entity:"), row["responsible_entity"]),
                (self.tr("Traced to:"), row["source_traced"]),
                (self.tr("Remediated:"), self.tr("yes") if row["remediated"] else self.tr("no")),
                (self.tr("Brought to standard:"),
                 self.tr("yes") if row["standardised"] else self.tr("no")),
                (self.tr("Verified by:"), (row["verifier"] or "") + (
                    "  " + (row["closed_on"] or "") if row["closed_on"] else ""))):
            shown = QLabel(str(value or ""))
            shown.setWordWrap(True)
            self.form.addRow(label, shown)
        # the plan
        if row["remediation"]:
            plan = self.tr("{category}: {measures}").format(
                category=of.remediation_name(row["remediation"]), measures=row["measures"])
            plan += "\n" + self.tr("Deadline {deadline}").format(deadline=row["deadline"] or "")
            if late:
                plan += "  " + self.tr("{n} days overdue").format(n=late)
            self.plan_text.setText(plan)
            self.plan_text.setStyleSheet(f"color: {RED};" if late else "")
        else:
            self.plan_text.setText(self.tr("No plan yet (一口一策)."))
            self.plan_text.setStyleSheet("")
        self.milestone_rows = of.milestones(store, row["id"], today)
        self.milestone_table.setRowCount(len(self.milestone_rows))
        for n, m in enumerate(self.milestone_rows):
            state = m["done_on"] or (self.tr("overdue") if m["overdue"] else self.tr("open"))
            for c, value in enumerate((m["title"], m["due_on"], state)):
                cell = QTableWidgetItem(value)
                if m["overdue"]:
                    cell.setForeground(QColor(RED))
                self.milestone_table.setItem(n, c, cell)
        self.done_button.setVisible(manage and any(not m["done_on"]
                                                   for m in self.milestone_rows))
        self._milestone_chosen()
        # monitoring results; a value over its limit in red
        results = of.monitoring(store, row["id"])
        self.monitoring_table.setRowCount(len(results))
        for n, r in enumerate(results):
            over = r["limit_value"] is not None and r["value"] > r["limit_value"]
            limit = "" if r["limit_value"] is None else f"{r['limit_value']:g}"
            for c, value in enumerate((r["sampled_on"], r["parameter"],
                                       f"{r['value']:g} {r['unit']}".strip(), limit,
                                       r["note"])):
                cell = QTableWidgetItem(value)
                if over:
                    cell.setForeground(QColor(RED))
                self.monitoring_table.setItem(n, c, cell)
        self.monitoring_table.resizeColumnsToContents()
        # evidence
        for e in of.evidence(store, row["id"]):
            picture = QLabel()
            picture.setToolTip(e["filename"])
            pix = QPixmap(str(filestore.path_of(store, e["sha256"]))) \
                if e["mime"].startswith("image/") else QPixmap()
            if pix.isNull():
                picture.setText(e["filename"])
            else:
                picture.setPixmap(pix.scaled(160, 120, Qt.AspectRatioMode.KeepAspectRatio,
                                             Qt.TransformationMode.SmoothTransformation))
            if e["kind"] == "before":
                self.before_labels.append(picture)
                self.before.addWidget(picture)
            else:
                self.evidence_labels.append(picture)
                self.evidence.addWidget(picture)
        self.before.addStretch(1)
        self.evidence.addStretch(1)
        self.before_title.setText(self.tr("Photos of the survey (before)"))
        self.after_title.setText(self.tr("Evidence of the remediation (after)"))
        for e in of.timeline(store, row["id"]):
            line = f"{e['at'][:10]}  {of.event_name(e['kind'])}  {e['actor_name'] or e['actor']}"
            if e["to_stage"]:
                line += f"  → {of.stage_name(e['to_stage'])}"
            if e["kind"] == "change":
                line += "  " + ", ".join(sorted(e["data"]))
            if e["note"]:
                line += f"  {e['note']}"
            self.timeline.addItem(line)
        target = of.next_stage(row["stage"])
        why = of.can_advance(store, actor, row["id"])
        self.advance_button.setVisible(target is not None and why is None)
        if target:
            self.advance_button.setText(self.tr("Move to stage: {stage}").format(
                stage=of.stage_name(target)))
        self.blocker.setText(why or "")

    def _milestone_chosen(self, *_: object) -> None:
        n = self.milestone_table.currentRow()
        chosen = self.milestone_rows[n] if 0 <= n < len(self.milestone_rows) else None
        self.done_button.setEnabled(chosen is not None and not chosen["done_on"])

    # -- actions ----------------------------------------------------------------------

    def _open(self, dialog: FormDialog) -> FormDialog:
        self.dialog = dialog
        dialog.accepted.connect(lambda d=dialog: self._saved(d.result_value))
        dialog.open()
        return dialog

    def _saved(self, outfall_id: object) -> None:
        self.ctx.notify({"outfall", "outfall_event"})
        if isinstance(outfall_id, str):
            self.select(outfall_id)

    def open_outfall(self, new: bool) -> FormDialog | None:
        store, actor = self.ctx.store, self.actor
        if store is None or actor is None or (not new and self.outfall is None):
            return None
        return self._open(OutfallDialog(self, store, actor, None if new else self.outfall))

    def open_plan(self) -> FormDialog | None:
        store, actor, row = self.ctx.store, self.actor, self.outfall
        if store is None or actor is None or row is None:
            return None
        return self._open(PlanDialog(self, store, actor, row))

    def open_monitoring(self) -> FormDialog | None:
        store, actor, row = self.ctx.store, self.actor, self.outfall
        if store is None or actor is None or row is None:
            return None
        return self._open(MonitoringDialog(self, store, actor, row))

    def open_milestone(self) -> FormDialog | None:
        store, actor = self.ctx.store, self.actor
        n = self.milestone_table.currentRow()
        if store is None or actor is None or not 0 <= n < len(self.milestone_rows):
            return None
        return self._open(MilestoneDialog(self, store, actor, self.milestone_rows[n]))

    def open_advance(self) -> FormDialog | None:
        store, actor, row = self.ctx.store, self.actor, self.outfall
        target = of.next_stage(row["stage"]) if row else None
        if store is None or actor is None or row is None or target is None:
            return None
        return self._open(AdvanceDialog(self, store, actor, row, target))

    def export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the outfall ledger"), suggested(self.tr("outfall ledger.xlsx")),
            self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> object:
        """Export the ledger as filtered now, in the background; the outcome shows in the
        status line."""
        from ui.ledgers.tasks import export_outfalls_file
        from ui.shell.jobs import task

        store, actor = self.ctx.store, self.actor
        if store is None or actor is None:
            return None
        work = task(export_outfalls_file, str(store.path), actor, str(path), self.filters(),
                    of.today(store).isoformat(), db=store.path)
        return export_in_background(
            self, self.status, self.tr("Export the outfall ledger"), work,
            lambda n: self.tr("{n} outfalls written to {file}.").format(n=n, file=path))
