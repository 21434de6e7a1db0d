"""Frozen runs (考核结果): the stored runs, one run's results with manual adjustments shown as
such, its praise and accountability, a comparison of two runs, and a re-check of a run
against today's data."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from riverchief.rules import shown_name

from ui.assessment.common import (
    NOTICE_STYLE,
    ListTableModel,
    area_name,
    grade_brush,
    lay_out_form_dialog,
    level_text,
    points_text,
    save_form,
)
from ui.assessment.consequences import ConsequencesView
from ui.assessment.scorecard import ScorecardView
from ui.shell.context import AppContext
from ui.shell.jobs import start_job, task

ADJUSTED_BACKGROUND = "#fff3cd"
_Index = QModelIndex | QPersistentModelIndex


def _item(text: str, data: Any = None, right: bool = False) -> QTableWidgetItem:
    cell = QTableWidgetItem(text)
    if data is not None:
        cell.setData(Qt.ItemDataRole.UserRole, data)
    if right:
        cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return cell


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    return table


class AdjustDialog(QDialog):
    """A manual adjustment of a chief's total in a frozen run: points and a required reason."""

    def __init__(self, ctx: AppContext, run_id: str, row: Any, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.setObjectName("adjustDialog")
        self.ctx = ctx
        self.run_id = run_id
        self.row = row
        self.adjustment_id: str | None = None
        self.setWindowTitle(self.tr("Adjust a score by hand"))
        card = row.card
        head = QLabel(self.tr("{name} ({code}): frozen total {total}; an adjustment is kept "
                              "apart from the frozen result, shown as such and audited.").format(
            name=card["chief_name"], code=card["chief_code"],
            total=points_text(row.frozen_total)))
        self.head = head
        head.setWordWrap(True)
        self.points = QDoubleSpinBox()
        self.points.setObjectName("adjustPoints")
        self.points.setRange(-100, 100)
        self.points.setDecimals(2)
        self.points.setSingleStep(0.5)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("adjustReason")
        self.reason.setPlaceholderText(self.tr("Required: why the score is changed, e.g. the "
                                               "finding was fixed on time (督查室 2026-07-03)"))
        self.error, self.buttons = lay_out_form_dialog(self, head, [
            (self.tr("Points (+ or -)"), self.points),
            (self.tr("Reason (required)"), self.reason),
        ], "adjustError", (520, 320))

    def save(self) -> None:
        from riverchief.assessment.runs import adjust

        def act(actor: Any) -> None:
            assert self.ctx.store is not None
            self.adjustment_id = adjust(self.ctx.store, actor, self.run_id, self.row.chief_id,
                                        Decimal(f"{self.points.value():.2f}"),
                                        self.reason.toPlainText())

        save_form(self, self.ctx, act, "assessment_adjustment", self.reason)


class WithdrawDialog(QDialog):
    """Withdraw a frozen run (a trial, a wrong scope): a required reason; the run stays in
    the audit log and what picks the run of its period takes the one before."""

    def __init__(self, ctx: AppContext, run: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("withdrawDialog")
        self.ctx = ctx
        self.run = run
        self.withdrawn = False
        self.setWindowTitle(self.tr("Withdraw a run"))
        head = QLabel(self.tr(
            "Withdraw the run of {period} ({area}, {level}) frozen {at} by {by}? Reports and "
            "follow-ups then use the latest run of the period still in use. The run, its "
            "results and who withdrew it and why stay in the audit log.").format(
                period=run.period.label, area=area_name(ctx, run.area_id),
                level=level_text(run.level), at=run.computed_at[:16].replace("T", " "),
                by=run.computed_by))
        head.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("withdrawReason")
        self.reason.setPlaceholderText(self.tr("Required: why, e.g. a trial run before the "
                                               "records of the last week were merged"))
        self.error, self.buttons = lay_out_form_dialog(
            self, head, [(self.tr("Reason (required)"), self.reason)], "withdrawError",
            (520, 280))

    def save(self) -> None:
        from riverchief.assessment.withdrawal import withdraw_run

        def act(actor: Any) -> None:
            assert self.ctx.store is not None
            withdraw_run(self.ctx.store, actor, self.run.id, self.reason.toPlainText())
            self.withdrawn = True

        save_form(self, self.ctx, act, {"assessment_run", "assessment_consequence"},
                  self.reason)


class RunRowsModel(ListTableModel):
    """The chiefs of a frozen run: frozen total, manual adjustment (marked), total, grade."""

    RANK, NAME, AREA, LEVEL, FROZEN, ADJUSTMENT, TOTAL, GRADE, LEVEL_RANK = range(9)

    @property
    def rows(self) -> list[Any]:
        return self.items

    def set_rows(self, rows: list[Any]) -> None:
        self.set_items(rows)

    def headers(self) -> list[str]:
        return [self.tr("Rank"), self.tr("Name"), self.tr("Area"), self.tr("Level"),
                self.tr("Frozen total"), self.tr("Adjustment"), self.tr("Total"),
                self.tr("Grade"), self.tr("Rank in level")]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = index.column()
        adjusted = bool(row.adjustments)
        if role == Qt.ItemDataRole.DisplayRole:
            from riverchief.rules.assessment import grade_name

            c = row.card
            if col == self.RANK:
                return "" if row.rank_overall is None else str(row.rank_overall)
            if col == self.NAME:
                return f"{c['chief_name']} ({c['chief_code']})"
            if col == self.AREA:
                return c["area"]
            if col == self.LEVEL:
                return level_text(c["level"])
            if col == self.FROZEN:
                return points_text(row.frozen_total)
            if col == self.ADJUSTMENT:
                return f"{row.adjustment:+.2f}" if adjusted else ""
            if col == self.TOTAL:
                return points_text(row.total) + (" *" if adjusted else "")
            if col == self.GRADE:
                return grade_name(row.grade)
            return "" if row.rank is None else str(row.rank)
        if role == Qt.ItemDataRole.BackgroundRole:
            if col == self.GRADE:
                return grade_brush(row.grade)
            if adjusted and col in (self.ADJUSTMENT, self.TOTAL):
                return QBrush(QColor(ADJUSTED_BACKGROUND))
        if role == Qt.ItemDataRole.ForegroundRole and col == self.GRADE and row.grade:
            return QBrush(QColor("#ffffff"))
        if role == Qt.ItemDataRole.FontRole and adjusted and col == self.TOTAL:
            bold = QFont()
            bold.setBold(True)
            return bold
        if role == Qt.ItemDataRole.ToolTipRole and adjusted and col in (self.ADJUSTMENT,
                                                                         self.TOTAL):
            return self.tr("Adjusted by hand:") + "\n" + "\n".join(self.tr(
                "{points} by {by} on {at}: {reason}").format(
                    points=f"{a.points:+.2f}", by=a.by, at=a.at[:10], reason=a.reason)
                for a in row.adjustments)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (
                self.RANK, self.FROZEN, self.ADJUSTMENT, self.TOTAL, self.LEVEL_RANK):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return row.chief_id
        return None


class RunDetail(QWidget):
    """One frozen run: its results (adjusted totals marked) and its consequences."""

    back_requested = Signal()
    card_requested = Signal(str, str)  # run id, chief id
    changed = Signal()
    loaded = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.setObjectName("runDetail")
        self.ctx = ctx
        self.run: Any = None
        self.rows: list[Any] = []
        self.adjust_dialog: AdjustDialog | None = None
        self._select_after: str | None = None
        self.back = QPushButton(self.tr("Back to the runs"))
        self.back.setObjectName("runBack")
        self.back.clicked.connect(self.back_requested)
        self.info = QLabel()
        self.info.setObjectName("runInfo")
        self.info.setWordWrap(True)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.superseded = QLabel()
        self.superseded.setObjectName("runSuperseded")
        self.superseded.setWordWrap(True)
        self.superseded.setStyleSheet(NOTICE_STYLE)
        self.superseded.hide()
        self.btn_adjust = QPushButton(self.tr("Adjust by hand…"))
        self.btn_adjust.setObjectName("runAdjust")
        self.btn_adjust.clicked.connect(self.adjust_selected)
        self.btn_card = QPushButton(self.tr("Scorecard"))
        self.btn_card.setObjectName("runScorecard")
        self.btn_card.clicked.connect(self.open_selected_card)
        self.model = RunRowsModel(self)
        self.table = QTableView()
        self.table.setObjectName("runResults")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self.open_selected_card())
        self.consequences = ConsequencesView(ctx)
        self.consequences.changed.connect(self.changed)
        results = QWidget()
        rl = QVBoxLayout(results)
        bar = QHBoxLayout()
        bar.addWidget(self.btn_card)
        bar.addWidget(self.btn_adjust)
        bar.addStretch(1)
        rl.addLayout(bar)
        rl.addWidget(self.table, 1)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("runTabs")
        self.tabs.addTab(results, self.tr("Scores and ranks"))
        self.tabs.addTab(self.consequences, self.tr("Praise and accountability"))
        top = QHBoxLayout()
        top.addWidget(self.back)
        top.addWidget(self.info, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.superseded)
        layout.addWidget(self.tabs, 1)

    def show_run(self, run_id: str, select: str | None = None) -> None:
        """Load the run in the background (a province's run has 60,000 rows)."""
        if self.ctx.store is None:
            return
        store = self.ctx.store
        self._select_after = select
        self.run = None
        self.rows = []
        self.model.set_rows([])
        self.info.setText(self.tr("Opening the run…"))

        db_path = store.path
        actor = self.ctx.current_actor()

        def work(progress: Any) -> Any:
            from riverchief.assessment.review import run_table
            from riverchief.assessment.runs import get_run
            from riverchief.db import open_store
            from riverchief.security.sight import chiefs_seen

            progress.report(0, 1, "")
            with open_store(db_path) as own:  # the window's connection stays free meanwhile
                rows = run_table(own, run_id)
                # the district's run opened by a township office: its own chiefs' rows
                seen = chiefs_seen(own, actor)
                if seen is not None:
                    rows = [r for r in rows if r.chief_id in seen]
                return get_run(own, run_id), rows

        start_job(self, self.tr("Opening the run"), work, self._loaded)

    def _loaded(self, data: Any) -> None:
        self.run, self.rows = data
        r = self.run
        self.info.setText(self.tr(
            "Run of {period}, {area}, {level}: {chiefs} chiefs. Rule set {name} {version}, "
            "hash {rules}. Input digest {digest} ({count} records). Frozen {at} by {by}."
        ).format(period=r.period.label, area=area_name(self.ctx, r.area_id),
                 level=level_text(r.level), chiefs=r.chiefs, name=shown_name(r.ruleset_name),
                 version=r.ruleset_version, rules=r.ruleset_digest[:12],
                 digest=r.input_digest[:12], count=r.input_count,
                 at=r.computed_at[:16].replace("T", " "),
                 by=r.computed_by) + (f"\n{r.note}" if r.note else ""))
        self.superseded.setVisible(False)
        if self.ctx.store is not None:
            from riverchief.assessment.runs import latest_run

            latest = latest_run(self.ctx.store, r.period, r.area_id, r.level)
            if latest is not None and latest.id != r.id:
                # a later run of the same scope is the one reports print and offices act on
                self.superseded.setText(self.tr(
                    "A later run of {period} for this area and level was frozen {at} by "
                    "{by}{note}: the reports print that one, and its praise and "
                    "accountability are the ones to carry out.").format(
                        period=r.period.label, at=latest.computed_at[:16].replace("T", " "),
                        by=latest.computed_by,
                        note=self.tr(" ({note})").format(note=latest.note)
                        if latest.note else ""))
                self.superseded.setVisible(True)
        self.model.set_rows(self.rows)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.consequences.show_run(self.run, self.rows)
        if self._select_after:
            self.select_chief(self._select_after)
        self.loaded.emit()

    def selected_row(self) -> Any:
        rows = {i.row() for i in self.table.selectionModel().selectedRows()}
        return self.rows[min(rows)] if rows else None

    def select_chief(self, code: str) -> bool:
        for n, row in enumerate(self.rows):
            if row.card["chief_code"] == code:
                self.table.selectRow(n)
                self.table.scrollTo(self.model.index(n, 0))
                return True
        return False

    def adjust_selected(self) -> AdjustDialog | None:
        row = self.selected_row()
        if row is None or self.run is None:
            return None
        self.adjust_dialog = AdjustDialog(self.ctx, self.run.id, row, self)
        self.adjust_dialog.accepted.connect(self._adjusted)
        self.adjust_dialog.open()
        return self.adjust_dialog

    def _adjusted(self) -> None:
        row = self.selected_row()
        self.show_run(self.run.id, row.card["chief_code"] if row is not None else None)
        self.changed.emit()

    def open_selected_card(self) -> None:
        row = self.selected_row()
        if row is not None and self.run is not None:
            self.card_requested.emit(self.run.id, row.chief_id)


MEASURED_ROWS = 500  # a comparison of up to this many chiefs has rows as tall as needed


class ChangesModel(ListTableModel):
    """Chief by chief, what changed between two runs and why."""

    @property
    def changes(self) -> list[Any]:
        return self.items

    def set_changes(self, changes: list[Any]) -> None:
        self.set_items(changes)

    def headers(self) -> list[str]:
        return [self.tr("Chief"), self.tr("Total before"), self.tr("Total after"),
                self.tr("Grade"), self.tr("Rank"), self.tr("What changed and why")]

    def text(self, row: int, col: int) -> str:
        from riverchief.rules.assessment import grade_name

        c = self.changes[row]

        def total(v: float | None) -> str:
            return "-" if v is None else f"{v:.2f}"

        if col == 0:
            return f"{c.chief_name} ({c.chief_code})"
        if col == 1:
            return total(c.total_before)
        if col == 2:
            return total(c.total_after)
        if col == 3:
            return grade_name(c.grade_before) if c.grade_before == c.grade_after else \
                f"{grade_name(c.grade_before)} → {grade_name(c.grade_after)}"
        if col == 4:
            return f"{c.rank_before or '-'} → {c.rank_after or '-'}"
        return "\n".join(c.reasons)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(row, col)
        c = self.changes[row]
        if role == Qt.ItemDataRole.ForegroundRole and col == 3 and \
                c.grade_before != c.grade_after:
            return QBrush(QColor("#c62828"))
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (1, 2):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class CompareView(QWidget):
    """What changed between two runs, chief by chief, and why."""

    back_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("compareView")
        self.back = QPushButton(self.tr("Back to the runs"))
        self.back.clicked.connect(self.back_requested)
        self.title = QLabel()
        self.title.setObjectName("compareTitle")
        self.title.setWordWrap(True)
        self.notes = QLabel()
        self.notes.setObjectName("compareNotes")
        self.notes.setWordWrap(True)
        self.model = ChangesModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setObjectName("compareTable")
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        # the reasons wrap in the stretched column: the rows are measured again when it
        # gets its width (filled while hidden, the page measured them at a narrow one)
        self._measuring = False
        self.table.horizontalHeader().sectionResized.connect(self._column_resized)
        top = QHBoxLayout()
        top.addWidget(self.back)
        top.addWidget(self.title, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.notes)
        layout.addWidget(self.table, 1)

    def _column_resized(self, column: int, _old: int, _new: int) -> None:
        if column == 5 and 0 < len(self.changes) <= MEASURED_ROWS and not self._measuring:
            self._measuring = True  # once, after the header has settled the widths
            QTimer.singleShot(0, self._measure_rows)

    def _measure_rows(self) -> None:
        self._measuring = False
        if len(self.changes) <= MEASURED_ROWS:
            self.table.resizeRowsToContents()

    @property
    def changes(self) -> list[Any]:
        return self.model.changes

    def show_comparison(self, a: Any, b: Any, notes: list[str], changes: list[Any]) -> None:
        self.title.setText(self.tr("From the run of {a_at} ({a_period}) to the run of {b_at} "
                                   "({b_period})").format(
            a_at=a.computed_at[:19].replace("T", " "), a_period=a.period.label,
            b_at=b.computed_at[:19].replace("T", " "),
            b_period=b.period.label))
        lines = list(notes) or [self.tr("Same rule set, same period and same input records.")]
        lines.append(self.tr("{n} chief(s) changed.").format(n=len(changes)))
        # those whose grade changes first (what decides praise and blame), then by code
        regraded = [c for c in changes if c.grade_before != c.grade_after]
        if regraded:
            lines[-1] += self.tr(" {n} of them change grade, listed first.").format(
                n=len(regraded))
            changes = regraded + [c for c in changes if c.grade_before == c.grade_after]
        self.notes.setText("\n".join(lines))
        self.model.set_changes(changes)
        if len(changes) <= MEASURED_ROWS:  # measuring a province's rows would take long
            self.table.resizeColumnsToContents()
            self.table.horizontalHeader().setSectionResizeMode(
                5, QHeaderView.ResizeMode.Stretch)
            self.table.resizeRowsToContents()


class RunsView(QWidget):
    """The stored runs: open one, compare two, re-check one against today's data."""

    record_activated = Signal(str, str)  # table, id
    changed = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.setObjectName("runsView")
        self.ctx = ctx
        self.runs: list[Any] = []
        # what tells runs of a period apart first (when, by whom, the note: 定稿 or 试算),
        # the hashes last: on a small screen they were all the first screenful showed
        self.table = _table([self.tr("Period"), self.tr("Area"), self.tr("Level"),
                             self.tr("Frozen at"), self.tr("By"), self.tr("Note"),
                             self.tr("Chiefs"), self.tr("Rule set"), self.tr("Rule-set hash"),
                             self.tr("Input digest"), self.tr("Records")])
        self.table.setObjectName("runsTable")
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemDoubleClicked.connect(lambda _i: self.open_selected())
        self.table.itemSelectionChanged.connect(self._selection)
        self.btn_open = QPushButton(self.tr("Open"))
        self.btn_open.setObjectName("runOpen")
        self.btn_open.clicked.connect(self.open_selected)
        self.btn_compare = QPushButton(self.tr("Compare the two selected"))
        self.btn_compare.setObjectName("runCompare")
        self.btn_compare.clicked.connect(self.compare_selected)
        self.btn_check = QPushButton(self.tr("Re-check against today's data"))
        self.btn_check.setObjectName("runCheck")
        self.btn_check.clicked.connect(self.recheck_selected)
        self.btn_withdraw = QPushButton(self.tr("Withdraw…"))
        self.btn_withdraw.setObjectName("runWithdraw")
        self.btn_withdraw.setToolTip(self.tr("Take a trial run, or one frozen by mistake, "
                                             "out of use, with a reason"))
        self.btn_withdraw.clicked.connect(self.withdraw_selected)
        self.show_withdrawn = QCheckBox(self.tr("Show withdrawn runs"))
        self.show_withdrawn.setObjectName("runsShowWithdrawn")
        self.show_withdrawn.toggled.connect(lambda _on: self.refresh())
        self.status = QLabel()
        self.status.setObjectName("runsStatus")
        self.status.setWordWrap(True)
        listing = QWidget()
        ll = QVBoxLayout(listing)
        bar = QHBoxLayout()
        for b in (self.btn_open, self.btn_compare, self.btn_check, self.btn_withdraw):
            bar.addWidget(b)
        bar.addStretch(1)
        bar.addWidget(self.show_withdrawn)
        ll.addLayout(bar)
        ll.addWidget(self.table, 1)
        ll.addWidget(self.status)
        self.detail = RunDetail(ctx)
        self.detail.back_requested.connect(self.show_list)
        self.detail.card_requested.connect(self.open_card)
        self.detail.changed.connect(self.changed)
        self.compare_view = CompareView()
        self.compare_view.back_requested.connect(self.show_list)
        self.card_view = ScorecardView(ctx)
        self.card_view.setObjectName("frozenScorecard")
        self.card_view.back_requested.connect(
            lambda: self.stack.setCurrentWidget(self.detail))
        self.card_view.record_activated.connect(self.record_activated)
        self.stack = QStackedWidget()
        self.stack.addWidget(listing)
        self.stack.addWidget(self.detail)
        self.stack.addWidget(self.compare_view)
        self.stack.addWidget(self.card_view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self._selection()

    def refresh(self) -> None:
        if self.ctx.store is None:
            self.runs = []
            self.table.setRowCount(0)
            return
        from riverchief.assessment.runs import list_runs

        self.runs = list_runs(self.ctx.store, actor=self.ctx.current_actor())
        self.table.setRowCount(len(self.runs))
        for n, r in enumerate(self.runs):
            cells = [r.period.label, area_name(self.ctx, r.area_id), level_text(r.level),
                     r.computed_at[:16].replace("T", " "), r.computed_by, r.note,
                     str(r.chiefs), f"{shown_name(r.ruleset_name)} {r.ruleset_version}",
                     r.ruleset_digest[:12], r.input_digest[:12], str(r.input_count)]
            for col, text in enumerate(cells):
                cell = _item(text, r.id, col in (6, 10))
                if col in (5, 8, 9):
                    cell.setToolTip({5: r.note, 8: r.ruleset_digest, 9: r.input_digest}[col])
                self.table.setItem(n, col, cell)
        if self.show_withdrawn.isChecked():
            self._add_withdrawn()
        self.table.resizeColumnsToContents()
        # a long note is read in its tooltip rather than pushing the rest off the screen
        self.table.setColumnWidth(5, min(self.table.columnWidth(5), 240))
        empty = self.tr("No run is frozen yet: compute the ranking and press Freeze.")
        if not self.runs:
            self.status.setText(empty)
        elif self.status.text() == empty:
            self.status.setText("")
        self._selection()

    def _add_withdrawn(self) -> None:
        """The withdrawn runs after those in use, greyed, with who withdrew them and why
        in the note (they cannot be opened or compared: their results are out of use)."""
        from riverchief.assessment.withdrawal import withdrawn_runs
        from riverchief.security.sight import run_seen

        assert self.ctx.store is not None
        grey = QBrush(QColor("#888888"))
        actor = self.ctx.current_actor()
        for w in withdrawn_runs(self.ctx.store):
            if not run_seen(self.ctx.store, actor, w.area_id):
                continue  # another township's run
            n = self.table.rowCount()
            self.table.insertRow(n)
            note = self.tr("Withdrawn {at} by {by}: {reason}").format(
                at=w.withdrawn_at[:16].replace("T", " "), by=w.withdrawn_by, reason=w.reason)
            cells = [w.period.label, area_name(self.ctx, w.area_id), level_text(w.level),
                     w.computed_at[:16].replace("T", " "), w.computed_by, note]
            for col, text in enumerate(cells):
                cell = _item(text)
                cell.setForeground(grey)
                cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsSelectable)
                if col == 5:  # with the note it was frozen with
                    cell.setToolTip(f"{note}\n{w.note}" if w.note else note)
                self.table.setItem(n, col, cell)

    def _selected(self) -> list[Any]:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        return [self.runs[r] for r in rows if r < len(self.runs)]

    def _selection(self) -> None:
        n = len(self._selected())
        self.btn_open.setEnabled(n == 1)
        self.btn_check.setEnabled(n == 1)
        self.btn_withdraw.setEnabled(n == 1)
        self.btn_compare.setEnabled(n == 2)

    def withdraw_selected(self) -> WithdrawDialog | None:
        """Ask for the reason and withdraw the selected run (modal; returned for tests when
        shown without waiting)."""
        sel = self._selected()
        if len(sel) != 1 or self.ctx.store is None:
            return None
        dialog = WithdrawDialog(self.ctx, sel[0], self)
        dialog.finished.connect(lambda _r: self._withdrawn(dialog))
        dialog.open()
        return dialog

    def _withdrawn(self, dialog: WithdrawDialog) -> None:
        if dialog.withdrawn:
            self.refresh()
            self.status.setStyleSheet("")
            self.status.setText(self.tr("The run of {period} frozen {at} is withdrawn.").format(
                period=dialog.run.period.label,
                at=dialog.run.computed_at[:16].replace("T", " ")))
        dialog.deleteLater()

    def select_runs(self, run_ids: list[str]) -> None:
        self.table.clearSelection()
        mode = self.table.selectionMode()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        for n, r in enumerate(self.runs):
            if r.id in run_ids:
                self.table.selectRow(n)
        self.table.setSelectionMode(mode)

    def show_list(self) -> None:
        self.stack.setCurrentIndex(0)

    def open_run(self, run_id: str) -> None:
        self.detail.show_run(run_id)
        self.stack.setCurrentWidget(self.detail)

    def open_card(self, run_id: str, chief_id: str) -> None:
        """A chief's scorecard as the run froze it, with any adjustment shown as such."""
        from riverchief.assessment.review import run_scorecard

        assert self.ctx.store is not None
        run = self.detail.run
        card = run_scorecard(self.ctx.store, run_id, chief_id)
        row = next((r for r in self.detail.rows if r.chief_id == chief_id), None)
        frozen = self.tr("(frozen {at}, rule set {digest})").format(
            at=run.computed_at[:10], digest=run.ruleset_digest[:8])
        if row is not None and row.adjustments:
            frozen += " " + self.tr("adjusted total {total}").format(
                total=points_text(row.total))
        self.card_view.show_card(card, run.period, run.rules(),
                                 row.adjustments if row else None, frozen)
        self.stack.setCurrentWidget(self.card_view)

    def open_selected(self) -> None:
        sel = self._selected()
        if len(sel) == 1:
            self.open_run(sel[0].id)

    def compare_selected(self) -> None:
        sel = self._selected()
        if len(sel) != 2 or self.ctx.store is None:
            return
        a, b = sorted(sel, key=lambda r: r.id)  # ids are time-ordered: earlier first
        store = self.ctx.store

        from riverchief.assessment import tasks

        work = task(tasks.compare, str(store.path), a.id, b.id, db=store.path)

        seen = None
        if getattr(self.ctx.current_actor(), "role", "") == "evaluator":
            from riverchief.security.sight import chiefs_seen

            ids = chiefs_seen(store, self.ctx.current_actor())
            if ids is not None:  # an area's office compares its own chiefs
                seen = {r[0] for r in store.conn.execute(
                    "SELECT code FROM chief WHERE id IN (SELECT value FROM json_each(?))",
                    [json.dumps(sorted(ids))])}

        def done(result: Any) -> None:
            notes, changes = result
            if seen is not None:
                changes = [c for c in changes if c.chief_code in seen]
            self.compare_view.show_comparison(a, b, notes, changes)
            self.stack.setCurrentWidget(self.compare_view)

        start_job(self, self.tr("Comparing two runs"), work, done)

    def recheck_selected(self) -> None:
        sel = self._selected()
        if len(sel) != 1 or self.ctx.store is None:
            return
        run = sel[0]
        store = self.ctx.store
        self.status.setText(self.tr("Re-checking…"))

        from riverchief.assessment import tasks

        # the whole run scored again: in a process of its own, two answers come back
        work = task(tasks.recheck, str(store.path), run.id, db=store.path)

        def done(result: tuple[bool, bool]) -> None:
            inputs_same, results_same = result
            same_inputs = self.tr("the input records are unchanged") if inputs_same \
                else self.tr("the input records have changed since")
            same_results = self.tr("computing it again gives identical results") \
                if results_same else self.tr("computing it again gives different "
                                             "results")
            self.status.setText(self.tr("Run of {period} frozen {at}: {inputs}; {results}.")
                                .format(period=run.period.label,
                                        at=run.computed_at[:16].replace("T", " "),
                                        inputs=same_inputs, results=same_results))
            self.status.setStyleSheet("" if results_same else "color: #c62828")

        start_job(self, self.tr("Re-checking a run"), work, done,
                  on_cancel=lambda: self.status.setText(self.tr("Cancelled.")))
