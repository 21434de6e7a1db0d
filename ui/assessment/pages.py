"""The evaluator's assessment pages: ranking, a chief's scorecard, and the rule editor.

The ranking (排名, 姓名, 得分, 等级, 所属区域) is computed for the chosen period, area and
level with the rule set in force (or the one in the editor); grades are coloured. A
double click opens the chief's scorecard: one bar per indicator and, below it, every
deduction with its reason; activating a record of a deduction opens that record.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from riverchief.errors import UserError

from ui.shell.context import AppContext

GRADE_COLOURS = {"excellent": "#2e7d32", "good": "#1565c0", "pass": "#ef6c00",
                 "fail": "#c62828"}
LEVELS = ("district", "township", "village")
_Index = QModelIndex | QPersistentModelIndex


def default_period(today: date | None = None) -> str:
    """The last finished quarter (what an evaluator scores most often)."""
    today = today or date.today()
    q = (today.month - 1) // 3
    return f"{today.year}Q{q}" if q else f"{today.year - 1}Q4"


def level_text(level: str) -> str:
    from riverchief.registry.areas import level_name

    return level_name(level)


class RankingModel(QAbstractTableModel):
    """One row per scorecard, best first: rank, name, score, grade, area."""

    RANK, NAME, TOTAL, GRADE, AREA, LEVEL, LEVEL_RANK = range(7)

    def __init__(self) -> None:
        super().__init__()
        self.cards: list[Any] = []

    def set_cards(self, cards: list[Any]) -> None:
        self.beginResetModel()
        self.cards = list(cards)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.cards)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [self.tr("Rank"), self.tr("Name"), self.tr("Score"), self.tr("Grade"),
                self.tr("Area"), self.tr("Level"), self.tr("Rank in level")][section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        c = self.cards[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                "" if c.rank_overall is None else str(c.rank_overall),
                f"{c.chief.name} ({c.chief.code})",
                "" if c.total is None else f"{c.total:.2f}",
                c.grade_name, c.chief.area_name, level_text(c.chief.level),
                "" if c.rank is None else str(c.rank),
            ][col]
        if role == Qt.ItemDataRole.BackgroundRole and col == self.GRADE and c.grade:
            return QBrush(QColor(GRADE_COLOURS[c.grade]))
        if role == Qt.ItemDataRole.ForegroundRole and col == self.GRADE and c.grade:
            return QBrush(QColor("#ffffff"))
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.RANK, self.TOTAL,
                                                                 self.LEVEL_RANK):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return c.chief.id
        return None


class ScorecardView(QWidget):
    """A chief's scorecard: a bar per indicator, every deduction with its records."""

    back_requested = Signal()
    record_activated = Signal(str, str)  # table, id

    RECORD_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("scorecardView")
        self.card: Any = None
        self.back = QPushButton(self.tr("Back to the ranking"))
        self.back.clicked.connect(self.back_requested)
        self.title = QLabel()
        self.title.setObjectName("scorecardTitle")
        self.bars_box = QGroupBox(self.tr("Indicators"))
        self.bars = QFormLayout(self.bars_box)
        self.tree = QTreeWidget()
        self.tree.setObjectName("deductionsTree")
        self.tree.setHeaderLabels([self.tr("Indicator / deduction / record"), self.tr("Points")])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.itemActivated.connect(self._activated)
        top = QHBoxLayout()
        top.addWidget(self.back)
        top.addWidget(self.title, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.bars_box)
        layout.addWidget(self.tree, 1)

    def show_card(self, card: Any) -> None:
        self.card = card
        total = "-" if card.total is None else f"{card.total:.2f}"
        self.title.setText(self.tr("{name} ({code}), {area}: {total} points, {grade}").format(
            name=card.chief.name, code=card.chief.code, area=card.chief.area_name,
            total=total, grade=card.grade_name))
        while self.bars.rowCount():
            self.bars.removeRow(0)
        self.tree.clear()
        for ind in [*card.indicators, card.bonus]:
            bar = QProgressBar()
            bar.setObjectName(f"bar_{ind.key}")
            bar.setMaximum(max(1, int(ind.max_points * 100)))
            if ind.points is None:
                bar.setValue(0)
                bar.setFormat(self.tr("not applicable"))
            else:
                bar.setValue(int(ind.points * 100))
                bar.setFormat(f"{ind.points:.2f} / {ind.max_points:.2f}")
            bar.setToolTip(ind.note)
            self.bars.addRow(ind.name, bar)
            if not ind.deductions and not ind.note:
                continue
            item = QTreeWidgetItem([ind.name, "" if ind.points is None else
                                    f"{ind.points:.2f} / {ind.max_points:.2f}"])
            self.tree.addTopLevelItem(item)
            if ind.note:
                item.addChild(QTreeWidgetItem([ind.note, ""]))
            for d in ind.deductions:
                child = QTreeWidgetItem([d.reason, f"{-d.points:+.2f}"])
                item.addChild(child)
                for r in d.records:
                    leaf = QTreeWidgetItem([f"{_table_name(r.table)} {r.label}", ""])
                    leaf.setData(0, self.RECORD_ROLE, (r.table, r.id))
                    child.addChild(leaf)
            item.setExpanded(True)

    def record_items(self) -> list[QTreeWidgetItem]:
        """Every record item of the tree (the clickable leaves)."""
        out: list[QTreeWidgetItem] = []

        def walk(item: QTreeWidgetItem) -> None:
            if item.data(0, self.RECORD_ROLE):
                out.append(item)
            for i in range(item.childCount()):
                walk(item.child(i))

        for i in range(self.tree.topLevelItemCount()):
            walk(self.tree.topLevelItem(i))
        return out

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        ref = item.data(0, self.RECORD_ROLE)
        if ref:
            self.record_activated.emit(ref[0], ref[1])


def _table_name(table: str) -> str:
    from PySide6.QtCore import QCoreApplication

    names = {
        "patrol": QCoreApplication.translate("Assessment", "patrol"),
        "problem": QCoreApplication.translate("Assessment", "problem"),
        "complaint": QCoreApplication.translate("Assessment", "complaint"),
        "outfall": QCoreApplication.translate("Assessment", "outfall"),
        "section": QCoreApplication.translate("Assessment", "section"),
        "week": QCoreApplication.translate("Assessment", "week"),
        "xun": QCoreApplication.translate("Assessment", "ten days"),
        "month": QCoreApplication.translate("Assessment", "month"),
        "quarter": QCoreApplication.translate("Assessment", "quarter"),
        "year": QCoreApplication.translate("Assessment", "year"),
        "assessment_bonus": QCoreApplication.translate("Assessment", "bonus"),
    }
    return names.get(table, table)


class RecordDialog(QDialog):
    """The record behind a deduction, field by field (read-only)."""

    def __init__(self, ctx: AppContext, table: str, record_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recordDialog")
        self.table = table
        self.record_id = record_id
        self.setWindowTitle(_table_name(table))
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        row: dict[str, Any] | None = None
        if ctx.store is not None and table in ("patrol", "problem", "complaint", "outfall",
                                               "section", "assessment_bonus"):
            rows = list(ctx.store.db.query(f'SELECT * FROM "{table}" WHERE id = ?',
                                           [record_id]))
            row = rows[0] if rows else None
        if row is None:
            self.text.setPlainText(f"{_table_name(table)} {record_id}")
        else:
            self.text.setPlainText("\n".join(
                f"{k}: {v}" for k, v in row.items() if not isinstance(v, bytes)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(560, 480)


class RuleEditor(QWidget):
    """The assessment part of the rule set as a form: validate, preview, import, export."""

    rules_changed = Signal()

    def __init__(self, ctx: AppContext, page: AssessmentPage) -> None:
        super().__init__()
        from riverchief.rules.assessment import INDICATORS

        self.setObjectName("ruleEditor")
        self.ctx = ctx
        self.page = page
        self.base = page.rules()
        self.fields: dict[tuple[str, str], QDoubleSpinBox] = {}
        form_host = QWidget()
        form = QVBoxLayout(form_host)
        general = QGroupBox(self.tr("Grades and bonus"))
        gl = QFormLayout(general)
        for key, label in (("excellent", self.tr("Excellent from")),
                           ("good", self.tr("Good from")), ("pass", self.tr("Pass from")),
                           ("bonus_cap", self.tr("Bonus points at most"))):
            spin = self._spin(100)
            self.fields[("", key)] = spin
            gl.addRow(label, spin)
        form.addWidget(general)
        from riverchief.rules.assessment import indicator_name

        for key, (_mx, figures) in INDICATORS.items():
            box = QGroupBox(indicator_name(key))
            bl = QFormLayout(box)
            spin = self._spin(100)
            self.fields[(key, "max_points")] = spin
            bl.addRow(self.tr("Maximum points"), spin)
            for f in figures:
                spin = self._spin(float(f.maximum) if f.maximum is not None else 1000)
                self.fields[(key, f.key)] = spin
                bl.addRow(f.key, spin)
            form.addWidget(box)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_host)
        self.message = QLabel()
        self.message.setObjectName("ruleMessage")
        self.message.setWordWrap(True)
        self.preview_label = QLabel()
        self.preview_label.setObjectName("rulePreview")
        self.preview_label.setWordWrap(True)
        self.btn_preview = QPushButton(self.tr("Check and preview"))
        self.btn_preview.clicked.connect(self.preview)
        self.btn_apply = QPushButton(self.tr("Use for the ranking"))
        self.btn_apply.clicked.connect(self.apply)
        self.btn_import = QPushButton(self.tr("Import…"))
        self.btn_import.clicked.connect(self.import_file)
        self.btn_export = QPushButton(self.tr("Export…"))
        self.btn_export.clicked.connect(self.export_file)
        buttons = QHBoxLayout()
        for b in (self.btn_preview, self.btn_apply, self.btn_import, self.btn_export):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.preview_label)
        layout.addLayout(buttons)
        self.load(self.base)

    def _spin(self, maximum: float) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setDecimals(2)
        spin.setRange(0, maximum)
        return spin

    def load(self, rules: Any) -> None:
        a = rules.assessment
        for k in ("excellent", "good", "pass"):
            self.fields[("", k)].setValue(float(a.bands[k]))
        self.fields[("", "bonus_cap")].setValue(float(a.bonus_cap))
        for key, ind in a.indicators.items():
            self.fields[(key, "max_points")].setValue(float(ind.max_points))
            for fk, v in ind.figures.items():
                self.fields[(key, fk)].setValue(float(v))

    def text(self) -> str:
        """The whole rule set as TOML with the form's assessment figures."""
        from dataclasses import replace

        from riverchief.rules.assessment import replace_assessment

        def val(key: tuple[str, str]) -> Decimal:
            return Decimal(f"{self.fields[key].value():.2f}").normalize()

        a = self.base.assessment
        indicators = {
            key: replace(ind, max_points=val((key, "max_points")),
                         figures={fk: val((key, fk)) for fk in ind.figures})
            for key, ind in a.indicators.items()}
        edited = replace(a, bands={k: val(("", k)) for k in ("excellent", "good", "pass")},
                         bonus_cap=val(("", "bonus_cap")), indicators=indicators)
        return replace_assessment(self.base.text, edited)

    def parsed(self) -> Any:
        from riverchief.rules import parse_rules

        return parse_rules(self.text(), self.base.source)

    def preview(self) -> bool:
        """Validate the form; show how the grades of the current ranking would change."""
        try:
            rules = self.parsed()
        except UserError as exc:
            self.message.setText(str(exc))
            self.message.setStyleSheet("color: #c62828")
            self.preview_label.setText("")
            return False
        self.message.setText(self.tr("The rule set is valid."))
        self.message.setStyleSheet("")
        before = self.page.grade_counts(self.page.rules())
        after = self.page.grade_counts(rules)
        from riverchief.rules.assessment import grade_name

        self.preview_label.setText(self.tr("Grades in {period}: {changes}").format(
            period=self.page.period.text(), changes="; ".join(
                f"{grade_name(g)} {before.get(g, 0)} → {after.get(g, 0)}"
                for g in ("excellent", "good", "pass", "fail"))))
        self.last_preview = (before, after)
        return True

    def apply(self) -> None:
        if self.preview():
            self.page.use_rules(self.parsed())

    def export_file(self, path: str | None = None) -> None:
        if not self.preview():
            return
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the rule set"),
                                                  "rules.toml", "TOML (*.toml)")
        if path:
            Path(path).write_text(self.text(), encoding="utf-8")

    def import_file(self, path: str | None = None) -> None:
        from riverchief.rules import load_rules

        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a rule set"), "",
                                                  "TOML (*.toml)")
        if not path:
            return
        try:
            rules = load_rules(path)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Import a rule set"), str(exc))
            return
        self.base = rules
        self.load(rules)
        self.preview()


class ChiefViewPanel(QGroupBox):
    """A chief's own view: the score so far this period and what still costs points."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("chiefViewPanel")
        self.setTitle(self.tr("My assessment"))
        self.text = QLabel()
        self.text.setObjectName("chiefViewText")
        self.text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)

    def show_view(self, view: Any) -> None:
        card = view.card
        lines = [self.tr("{period} so far (to {day}): {total} points, {grade}").format(
            period=view.period.label, day=view.so_far.end.isoformat(),
            total="-" if card is None or card.total is None else f"{card.total:.2f}",
            grade="-" if card is None else card.grade_name)]
        if view.units_missed:
            lines.append(self.tr("Missed: {units}").format(
                units=", ".join(u.label for u in view.units_missed)))
        if view.units_due:
            lines.append(self.tr("Patrols still due: {units}").format(
                units=", ".join(f"{u.label} ({u.start.isoformat()}–{u.end.isoformat()})"
                                for u in view.units_due)))
        for p in view.problems_due:
            lines.append(self.tr("Problem {code}: deadline {deadline} ({days} days left)").format(
                code=p.code, deadline=p.deadline.isoformat(), days=p.days_left))
        self.text.setText("\n".join(lines))


class AssessmentPage(QWidget):
    """Ranking with period, area and level pickers; the scorecard; the rule editor."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.setObjectName("assessmentPage")
        self.ctx = ctx
        self._rules: Any = None
        self.result: Any = None
        self.period = QLineEdit(default_period())
        self.period.setObjectName("assessmentPeriod")
        self.area = QComboBox()
        self.area.setObjectName("assessmentArea")
        self.level = QComboBox()
        self.level.setObjectName("assessmentLevel")
        self.level.addItem(self.tr("All levels"), None)
        for lv in LEVELS:
            self.level.addItem(level_text(lv), lv)
        self.btn_compute = QPushButton(self.tr("Compute"))
        self.btn_compute.setObjectName("assessmentCompute")
        self.btn_compute.clicked.connect(self.compute)
        self.btn_rules = QPushButton(self.tr("Rule editor"))
        self.btn_rules.clicked.connect(self.open_editor)
        self.summary = QLabel()
        self.summary.setObjectName("assessmentSummary")
        self.dashboard = QLabel()
        self.dashboard.setObjectName("assessmentDashboard")
        self.dashboard.setWordWrap(True)
        self.model = RankingModel()
        self.view = QTableView()
        self.view.setObjectName("rankingTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(lambda idx: self.open_card(idx.row()))
        self.scorecard = ScorecardView()
        self.scorecard.back_requested.connect(lambda: self.stack.setCurrentIndex(0))
        self.scorecard.record_activated.connect(self.open_record)
        self.editor: RuleEditor | None = None
        self.record_dialog: RecordDialog | None = None
        self.today: date | None = None  # None: the real today (tests set a day)
        self.chief_panel = ChiefViewPanel()
        self.chief_panel.hide()

        ranking = QWidget()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Period")))
        top.addWidget(self.period)
        top.addWidget(QLabel(self.tr("Area")))
        top.addWidget(self.area, 1)
        top.addWidget(QLabel(self.tr("Level")))
        top.addWidget(self.level)
        top.addWidget(self.btn_compute)
        top.addWidget(self.btn_rules)
        rl = QVBoxLayout(ranking)
        rl.addWidget(self.chief_panel)
        rl.addLayout(top)
        rl.addWidget(self.summary)
        rl.addWidget(self.dashboard)
        rl.addWidget(self.view, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(ranking)
        self.stack.addWidget(self.scorecard)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        ctx.database_changed.connect(self.reload_areas)
        ctx.actor_changed.connect(self.show_own_view)
        self.reload_areas()
        self.show_own_view()

    def show_own_view(self) -> None:
        """For a signed-in chief: their own scorecard so far and what is still due."""
        actor = self.ctx.actor
        if self.ctx.store is None or actor is None or getattr(actor, "role", "") != "chief" \
                or not actor.chief_id:
            self.chief_panel.hide()
            return
        from riverchief.assessment.chief_view import chief_view

        try:
            view = chief_view(self.ctx.store, actor.chief_id, self.today, self.rules())
        except UserError as exc:
            self.chief_panel.text.setText(str(exc))
        else:
            self.chief_panel.show_view(view)
        self.chief_panel.show()

    def rules(self) -> Any:
        from riverchief.rules import rules_in_force

        if self._rules is None and self.ctx.store is not None:
            self._rules = rules_in_force(self.ctx.store)
        return self._rules

    def use_rules(self, rules: Any) -> None:
        self._rules = rules
        self.compute()

    def reload_areas(self) -> None:
        self.area.clear()
        self.area.addItem(self.tr("All areas"), None)
        if self.ctx.store is None:
            return
        from riverchief.registry.areas import list_areas

        for a in list_areas(self.ctx.store):
            if a.level in ("district", "township"):
                self.area.addItem(f"{a.name} ({a.code})", a.code)

    def _run(self, rules: Any) -> Any:
        from riverchief.assessment.scorecards import compute

        assert self.ctx.store is not None
        return compute(self.ctx.store, self.period.text(), area_code=self.area.currentData(),
                       level=self.level.currentData(), rules=rules)

    def compute(self) -> None:
        if self.ctx.store is None:
            return
        try:
            self.result = self._run(self.rules())
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Assessment"), str(exc))
            return
        self.model.set_cards(self.result.cards)
        counts = self.grade_counts(None)
        from riverchief.rules.assessment import grade_name

        self.summary.setText(self.tr("{n} chiefs; {grades}; rule set {name} {version} "
                                     "({digest})").format(
            n=len(self.result.cards), name=self.result.rules.name,
            version=self.result.rules.version, digest=self.result.rules.digest[:8],
            grades=", ".join(f"{grade_name(g)} {counts.get(g, 0)}"
                             for g in ("excellent", "good", "pass", "fail"))))
        self.show_dashboard()
        self.stack.setCurrentIndex(0)

    def show_dashboard(self) -> None:
        from riverchief.assessment.dashboard import figures

        assert self.ctx.store is not None and self.result is not None
        f = figures(self.ctx.store, self.result)

        def pct(x: float | None) -> str:
            return "-" if x is None else f"{x:.1f}%"

        self.dashboard.setText(self.tr(
            "Patrol compliance {rate} ({counted} of {required}); problems found {found}, "
            "closed {closed}, overdue {overdue}; section-months meeting the target {attained}, "
            "worse than V {worst}; complaints {complaints} (previous period {previous})").format(
                rate=pct(f.patrol_rate), counted=f.patrols_counted, required=f.patrols_required,
                found=f.problems_found, closed=f.problems_closed, overdue=f.problems_overdue,
                attained=pct(f.attained_share), worst=pct(f.worse_than_v_share),
                complaints="-" if f.complaints is None else f.complaints,
                previous="-" if f.complaints_previous is None else f.complaints_previous))

    def grade_counts(self, rules: Any) -> dict[str, int]:
        """Chiefs per grade in the current ranking (or under ``rules``)."""
        result = self.result if rules is None else self._run(rules)
        counts: dict[str, int] = {}
        for c in result.cards if result else []:
            if c.grade:
                counts[c.grade] = counts.get(c.grade, 0) + 1
        return counts

    def open_card(self, row: int) -> None:
        if 0 <= row < len(self.model.cards):
            self.scorecard.show_card(self.model.cards[row])
            self.stack.setCurrentIndex(1)

    def open_record(self, table: str, record_id: str) -> None:
        self.record_dialog = RecordDialog(self.ctx, table, record_id, self)
        self.record_dialog.show()

    def open_editor(self) -> RuleEditor:
        if self.editor is None:
            self.editor = RuleEditor(self.ctx, self)
            self.editor.setWindowFlag(Qt.WindowType.Window)
            self.editor.setWindowTitle(self.tr("Rule editor"))
        self.editor.show()
        return self.editor
