"""A chief's scorecard: a bar per indicator, every deduction with the records behind it
(each opens the patrol, problem or section it names), and the chief's charts (patrols
against the requirement per month, the water-quality score per month)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.assessment.common import (
    NOTICE_STYLE,
    canvas,
    lay_out_form_dialog,
    points_text,
    signed_text,
    table_name,
)
from ui.shell.context import AppContext
from ui.shell.jobs import start_job
from ui.shell.layouts import clear_form, empty

EXPAND_UP_TO = 8  # a deduction with more records starts collapsed
RECORD_TABLES = ("patrol", "problem", "complaint", "outfall", "section", "assessment_bonus")
UNIT_TABLES = ("week", "xun", "month", "quarter", "year")  # a missed patrol's unit


class UnitDialog(QDialog):
    """A week (旬, month) the scorecard counts as missed: its days and the chief's patrols
    in them, each opening the patrol (why it did not count: none, or none valid)."""

    def __init__(self, ctx: AppContext, card: Any, table: str, label: str,
                 parent: ScorecardView) -> None:
        super().__init__(parent)
        from riverchief.assessment.calendar import unit_from_label
        from riverchief.assessment.review import patrols_between
        from riverchief.verdicts.reasons import status_name

        self.setObjectName("unitDialog")
        self.setWindowTitle(f"{table_name(table)} {label}")
        chief = card.chief
        unit = unit_from_label(table, label)
        self.patrols = [] if unit is None or ctx.store is None else patrols_between(
            ctx.store, chief.id, unit.start, unit.end)
        head = [self.tr("{unit} {label}: {start} to {end}.").format(
            unit=table_name(table), label=label, start=unit.start.isoformat(),
            end=unit.end.isoformat())] if unit is not None else [f"{table_name(table)} {label}"]
        head.append(self.tr("No patrol of {name} started in these days.").format(
            name=chief.name) if not self.patrols else self.tr(
            "Patrols of {name} in these days (double-click one to open it):").format(
                name=chief.name))
        head[0] = head[0][:1].upper() + head[0][1:]  # "Week 2026-W28: …" in English
        self.head = QLabel("\n".join(head))
        self.head.setObjectName("unitHead")
        self.head.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("unitPatrols")
        for p in self.patrols:
            verdict = status_name(p.verdict) if p.verdict else ""
            item = QListWidgetItem(f"{p.start}  {p.segment}  {verdict}".rstrip())
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            self.list.addItem(item)
        self.list.setVisible(bool(self.patrols))
        self.list.itemActivated.connect(
            lambda item: parent.record_activated.emit("patrol", item.data(
                Qt.ItemDataRole.UserRole)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.head)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(480, 300 if self.patrols else 160)


class ChiefCharts(QWidget):
    """The chief's patrols against the requirement and water-quality score, by month."""

    loaded = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.setObjectName("chiefCharts")
        self.ctx = ctx
        self.key: tuple[str, str] | None = None
        self.figures: list[Any] = []
        self.status = QLabel(self.tr("Open this tab to draw the chief's charts."))
        self.status.setObjectName("chiefChartsStatus")
        self.host = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(self.host, 1)

    def load(self, chief_id: str, chief_name: str, period: Any, rules: Any) -> None:
        """Draw the charts of ``chief_id`` up to ``period``'s end (in the background)."""
        if self.ctx.store is None or self.key == (chief_id, period.label):
            return
        from PySide6.QtCore import QCoreApplication

        store = self.ctx.store
        self.key = (chief_id, period.label)
        self.status.setText(self.tr("Drawing the charts…"))
        title_p = QCoreApplication.translate(
            "Assessment", "{name}: patrols against the requirement, {year}").format(
                name=chief_name, year=period.end.year)
        title_w = QCoreApplication.translate(
            "Assessment", "{name}: water-quality score by month, {year}").format(
                name=chief_name, year=period.end.year)

        def work(progress: Any) -> tuple[Any, Any]:
            from riverchief.assessment.review import patrols_by_month, water_scores_by_month

            months = patrols_by_month(store, chief_id, period, rules, progress)
            return months, water_scores_by_month(store, chief_id, period)

        def draw(data: tuple[Any, Any]) -> None:
            # matplotlib is not thread-safe: the figures are drawn on the GUI thread
            from riverchief.charts.assessment import (
                patrols_against_required,
                water_score_by_month,
            )

            months, water = data
            self.show_figures([
                patrols_against_required([m.month for m in months],
                                         [m.required for m in months],
                                         [m.counted for m in months],
                                         [m.invalid for m in months], title=title_p),
                water_score_by_month(water.months, water.scores, water.last_year,
                                     title=title_w),
            ])

        def failed(exc: BaseException) -> None:
            self.key = None
            self.status.setText(str(exc))

        def cancelled() -> None:
            self.key = None
            self.status.setText(self.tr("Cancelled."))

        start_job(self, self.tr("Drawing the chief's charts"), work, draw,
                  on_error=failed, on_cancel=cancelled)

    def show_figures(self, figures: list[Any]) -> None:
        self.clear()
        self.figures = figures
        for fig in figures:
            self.host.addWidget(canvas(fig, 280), 1)
        self.status.setText(self.tr("Months of the year up to the end of the period; a week "
                                    "counts in the month of its Thursday."))
        self.loaded.emit()

    def clear(self) -> None:
        empty(self.host)
        self.figures = []

    def reset(self) -> None:
        self.clear()
        self.key = None
        self.status.setText(self.tr("Open this tab to draw the chief's charts."))


class BonusDialog(QDialog):
    """Grant a chief bonus points (加分) for the period, with the reason (capped when scored)."""

    def __init__(self, ctx: AppContext, card: Any, period: Any, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.setObjectName("bonusDialog")
        self.ctx = ctx
        self.card = card
        self.period = period
        self.setWindowTitle(self.tr("Bonus points"))
        bonus = card.bonus
        head = QLabel(self.tr("Bonus points for {name} ({code}) in {period}; the rule set caps "
                              "the bonus a chief can get in a period.").format(
            name=card.chief.name, code=card.chief.code, period=period.label) + "\n" + self.tr(
            "Counted so far: {points} of at most {cap} points.").format(
                points=points_text(bonus.points or 0), cap=points_text(bonus.max_points)))
        self.head = head
        head.setWordWrap(True)
        self.points = QDoubleSpinBox()
        self.points.setObjectName("bonusPoints")
        self.points.setRange(0, 100)
        self.points.setDecimals(2)
        self.points.setSingleStep(0.5)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("bonusReason")
        self.reason.setPlaceholderText(self.tr("Required: what the bonus is for, e.g. 省级河湖长"
                                               "制工作表彰 (2026-05)"))
        self.error, self.buttons = lay_out_form_dialog(self, head, [
            (self.tr("Points"), self.points),
            (self.tr("Reason (required)"), self.reason),
        ], "bonusError", (480, 300))

    def save(self) -> None:
        from decimal import Decimal

        from riverchief.assessment.runs import add_bonus

        from ui.assessment.common import save_form

        def act(actor: Any) -> None:
            assert self.ctx.store is not None
            add_bonus(self.ctx.store, actor, self.card.chief.code, self.period.label,
                      Decimal(f"{self.points.value():.2f}"), self.reason.toPlainText())

        save_form(self, self.ctx, act, "assessment_bonus")


class ScorecardView(QWidget):
    """A chief's scorecard: a bar per indicator, every deduction with its records."""

    back_requested = Signal()
    record_activated = Signal(str, str)  # table, id
    bonus_added = Signal()

    RECORD_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, ctx: AppContext | None = None, *, bonus: bool = False) -> None:
        super().__init__()
        self.setObjectName("scorecardView")
        self.ctx = ctx
        self.card: Any = None
        self.period: Any = None
        self.rules: Any = None
        self.back = QPushButton(self.tr("Back"))
        self.back.setObjectName("scorecardBack")
        self.back.setShortcut("Alt+Left")
        self.back.clicked.connect(self.back_requested)
        self.title = QLabel()
        self.title.setObjectName("scorecardTitle")
        self.title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.title.setWordWrap(True)
        self.adjusted = QLabel()
        self.adjusted.setObjectName("scorecardAdjusted")
        self.adjusted.setWordWrap(True)
        self.adjusted.setStyleSheet(NOTICE_STYLE)
        self.adjusted.hide()
        self.bars_box = QGroupBox(self.tr("Indicators"))
        self.bars = QFormLayout(self.bars_box)
        self.tree = QTreeWidget()
        self.tree.setObjectName("deductionsTree")
        self.tree.setHeaderLabels([self.tr("Indicator / deduction / record"), self.tr("Points")])
        # the reasons take the width; the points column only what "-18.00 / 35.00" needs
        # (it stretched too and cut the reasons short on a small screen)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemActivated.connect(self._activated)
        self.tree.setToolTip(self.tr("Double-click a record to open it."))
        self.bars.setVerticalSpacing(3)
        # the bars above, the deductions below: on a small screen the reader drags the
        # split to read more of either
        card_tab = QSplitter(Qt.Orientation.Vertical)
        card_tab.setObjectName("scorecardSplit")
        card_tab.setChildrenCollapsible(False)
        card_tab.addWidget(self.bars_box)
        card_tab.addWidget(self.tree)
        card_tab.setStretchFactor(0, 0)
        card_tab.setStretchFactor(1, 1)
        self.charts = ChiefCharts(ctx) if ctx is not None else None
        self.tabs = QTabWidget()
        self.tabs.setObjectName("scorecardTabs")
        self.tabs.addTab(card_tab, self.tr("Scorecard"))
        if self.charts is not None:
            self.tabs.addTab(self.charts, self.tr("Charts"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.bonus_dialog: BonusDialog | None = None
        self.unit_dialog: UnitDialog | None = None
        self.btn_bonus = QPushButton(self.tr("Bonus points…"))
        self.btn_bonus.setObjectName("scorecardBonus")
        self.btn_bonus.setToolTip(self.tr("Grant the chief bonus points for the period, with "
                                          "the reason"))
        self.btn_bonus.clicked.connect(self.add_bonus)
        self.btn_bonus.setVisible(bonus and ctx is not None)
        top = QHBoxLayout()
        top.addWidget(self.back)
        top.addWidget(self.title, 1)
        top.addWidget(self.btn_bonus)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.adjusted)
        layout.addWidget(self.tabs, 1)

    def show_card(self, card: Any, period: Any = None, rules: Any = None,
                  adjustments: list[Any] | None = None, frozen: str = "") -> None:
        """Show ``card``; ``adjustments`` (of a frozen run) are listed apart, as such."""
        self.card = card
        self.period = period
        self.rules = rules
        total = points_text(card.total)
        title = self.tr("{name} ({code}), {area}: {total} points, {grade}").format(
            name=card.chief.name, code=card.chief.code, area=card.chief.area_name,
            total=total, grade=card.grade_name)
        if frozen:
            title += "  " + frozen
        self.title.setText(title)
        if adjustments:
            self.adjusted.setText("\n".join(self.tr(
                "Manual adjustment {points} by {by} on {at}: {reason}").format(
                    points=signed_text(a.points), by=a.by, at=a.at[:10], reason=a.reason)
                for a in adjustments))
            self.adjusted.show()
        else:
            self.adjusted.hide()
        clear_form(self.bars)
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
                if ind.key != "bonus" and ind.points < ind.max_points:
                    bar.setStyleSheet("QProgressBar { text-align: center; }"
                                      " QProgressBar::chunk { background: #ef6c00; }")
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
                child.setToolTip(0, d.reason)
                item.addChild(child)
                for r in d.records:
                    leaf = QTreeWidgetItem([f"{table_name(r.table)} {r.label}", ""])
                    leaf.setData(0, self.RECORD_ROLE, (r.table, r.id))
                    if r.table in RECORD_TABLES or r.table in UNIT_TABLES:
                        font = leaf.font(0)
                        font.setUnderline(True)
                        leaf.setFont(0, font)
                        leaf.setForeground(0, self.palette().link())
                    child.addChild(leaf)
                child.setExpanded(len(d.records) <= EXPAND_UP_TO)
            item.setExpanded(True)
        if self.charts is not None:
            self.charts.reset()
            if self.tabs.currentWidget() is self.charts:
                self._tab_changed(self.tabs.currentIndex())

    def add_bonus(self) -> BonusDialog | None:
        if self.ctx is None or self.card is None or self.period is None:
            return None
        self.bonus_dialog = BonusDialog(self.ctx, self.card, self.period, self)
        self.bonus_dialog.accepted.connect(self.bonus_added)
        self.bonus_dialog.open()
        return self.bonus_dialog

    def show_charts(self) -> None:
        if self.charts is not None:
            self.tabs.setCurrentWidget(self.charts)

    def _tab_changed(self, index: int) -> None:
        if self.charts is not None and self.tabs.widget(index) is self.charts \
                and self.card is not None and self.period is not None:
            self.charts.load(self.card.chief.id, self.card.chief.name, self.period, self.rules)

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
        if ref and ref[0] in UNIT_TABLES:
            self.open_unit(ref[0], ref[1])
        elif ref:
            self.record_activated.emit(ref[0], ref[1])

    def open_unit(self, table: str, label: str) -> UnitDialog | None:
        """The days of a missed week (旬, month) and the chief's patrols in them (it
        opened an empty window saying "周 2026-W27")."""
        if self.ctx is None or self.card is None:
            return None
        self.unit_dialog = UnitDialog(self.ctx, self.card, table, label, self)
        self.unit_dialog.show()
        return self.unit_dialog


class RecordDialog(QDialog):
    """The record behind a deduction, field by field (read-only); a patrol opens in full."""

    def __init__(self, ctx: AppContext, table: str, record_id: str,
                 parent: QWidget | None = None, period: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("recordDialog")
        self.ctx = ctx
        self.table = table
        self.record_id = record_id
        self.setWindowTitle(table_name(table))
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        row: dict[str, Any] | None = None
        if ctx.store is not None and table in RECORD_TABLES:
            rows = list(ctx.store.db.query(f'SELECT * FROM "{table}" WHERE id = ?',
                                           [record_id]))
            row = rows[0] if rows else None
        lines: list[str]
        if row is None or ctx.store is None:
            lines = [f"{table_name(table)} {record_id}"]
        else:
            from ui.assessment.records import record_lines

            lines = record_lines(ctx.store, table, row)
        if row is not None and table == "section" and ctx.store is not None:
            if period is not None:  # what the deduction rests on: each month's class
                from riverchief.assessment.review import section_months

                months = section_months(ctx.store, record_id, period)
                lines += ["", self.tr("Class by month in the period:")]
                lines += ["  " + m for m in months] or ["  " + self.tr("none")]
            lines += ["", self.tr("Samples of this section in the period:")]
            lines += self._samples(period)
        self.text.setPlainText("\n".join(lines))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.open_full = QPushButton(self.tr("Open the patrol…"))
        self.open_full.setObjectName("openPatrol")
        self.open_full.clicked.connect(self.open_patrol)
        buttons.addButton(self.open_full, QDialogButtonBox.ButtonRole.ActionRole)
        # after adding it: the button box shows every button it is given
        self.open_full.setVisible(table == "patrol" and row is not None)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(560, 480)

    def _samples(self, period: Any) -> list[str]:
        assert self.ctx.store is not None
        sql = "SELECT sampled_at, source FROM sample WHERE section_id = ? AND deleted_at IS NULL"
        params: list[Any] = [self.record_id]
        if period is not None:
            sql += " AND substr(sampled_at, 1, 10) BETWEEN ? AND ?"
            params += [period.start.isoformat(), period.end.isoformat()]
        try:
            rows = list(self.ctx.store.db.query(sql + " ORDER BY sampled_at", params))
        except Exception:  # noqa: BLE001 - a database without samples yet
            return []
        from riverchief.waterquality.model import source_name

        return [f"  {r['sampled_at'][:16].replace('T', ' ')}  {source_name(r['source'])}"
                for r in rows] or [
            "  " + self.tr("none")]

    def open_patrol(self) -> None:
        from ui.patrols.detail import PatrolDetailDialog

        self.patrol_dialog = PatrolDetailDialog(self.ctx, self.record_id, self)
        self.patrol_dialog.show()
