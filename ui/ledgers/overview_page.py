"""The ledgers' dashboard (台账总览): the problem cards, the outfall campaign's progress
against the year-end deadline, the supervision batches' completion, this week's deadlines
by unit and the recurring spots — each a door to its ledger."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from riverchief.outfalls import ledger as of
from riverchief.problems import complaints as cm
from riverchief.problems import ledger
from riverchief.problems.categories import category_name
from riverchief.security import Actor

from ui.ledgers.common import Card, current_actor
from ui.ledgers.outfalls_page import CampaignBar
from ui.shell.context import AppContext

RED = "#c0392b"
SHOWN = 8  # rows of each list on the dashboard


def _table(name: str, columns: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.setObjectName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _short(text: str, n: int = 12) -> str:
    return text if len(text) <= n else text[:n - 1] + "…"


def _fill(table: QTableWidget, rows: list[tuple[list[Any], bool]]) -> None:
    table.setRowCount(len(rows))
    for n, (values, alarm) in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem("" if value is None else str(value))
            if alarm:
                item.setForeground(QColor(RED))
            table.setItem(n, c, item)


class OverviewPage(QWidget):
    """台账总览."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("ledgerOverview")
        layout = QVBoxLayout(self)
        self.hint = QLabel()
        layout.addWidget(self.hint)

        self.problems_box = QGroupBox()
        p = QVBoxLayout(self.problems_box)
        cards = QHBoxLayout()
        self.cards = {k: Card(f"card_{k}") for k in ("open", "overdue", "closed",
                                                      "recheck_due", "due_week")}
        for card in self.cards.values():
            cards.addWidget(card)
        p.addLayout(cards)
        self.open_problems = QPushButton()
        self.open_problems.setObjectName("openProblems")
        self.open_problems.clicked.connect(self._to_problems)
        p.addWidget(self.open_problems, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.problems_box)

        self.campaign_box = QGroupBox()
        c = QVBoxLayout(self.campaign_box)
        self.campaign_text = QLabel()
        self.campaign_text.setObjectName("campaignText")
        self.campaign_text.setWordWrap(True)
        self.campaign = CampaignBar()
        self.open_outfalls = QPushButton()
        self.open_outfalls.setObjectName("openOutfalls")
        self.open_outfalls.clicked.connect(self._to_outfalls)
        c.addWidget(self.campaign_text)
        c.addWidget(self.campaign)
        c.addWidget(self.open_outfalls, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.campaign_box)

        grid = QGridLayout()
        self.batches_box = QGroupBox()
        b = QVBoxLayout(self.batches_box)
        self.batches = _table("batches", 5)
        b.addWidget(self.batches)
        self.units_box = QGroupBox()
        u = QVBoxLayout(self.units_box)
        self.units = _table("dueByUnit", 3)
        u.addWidget(self.units)
        self.spots_box = QGroupBox()
        s = QVBoxLayout(self.spots_box)
        self.spots = _table("spots", 4)
        s.addWidget(self.spots)
        self.batch_ids: list[str] = []
        self.spot_rows: list[dict[str, Any]] = []
        self.batches.cellActivated.connect(self._batch_activated)
        self.units.cellActivated.connect(self._unit_activated)
        self.spots.cellActivated.connect(self._spot_activated)
        grid.addWidget(self.batches_box, 0, 0)
        grid.addWidget(self.units_box, 0, 1)
        grid.addWidget(self.spots_box, 0, 2)
        layout.addLayout(grid, 1)
        self._labels()
        ctx.actor_changed.connect(self.refresh)
        ctx.data_changed.connect(self._data_changed)
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._labels()
            self.refresh()
        super().changeEvent(event)

    def _labels(self) -> None:
        self.problems_box.setTitle(self.tr("Problems (问题台账)"))
        self.campaign_box.setTitle(self.tr("Outfall campaign against the year-end deadline"))
        self.batches_box.setTitle(self.tr("Supervision batches"))
        self.units_box.setTitle(self.tr("Due this week, by unit"))
        self.spots_box.setTitle(self.tr("Recurring spots (举一反三)"))
        self.open_problems.setText(self.tr("Open the problem ledger"))
        self.open_outfalls.setText(self.tr("Open the outfall ledger"))
        self.batches.setHorizontalHeaderLabels([
            self.tr("Batch"), self.tr("Complete by"), self.tr("Problems"),
            self.tr("Completion"), self.tr("Overdue")])
        self.units.setHorizontalHeaderLabels([self.tr("Unit"), self.tr("Due"),
                                              self.tr("Already overdue")])
        self.spots.setHorizontalHeaderLabels([self.tr("Category"), self.tr("Segment"),
                                              self.tr("Problems"), self.tr("Open")])

    @property
    def actor(self) -> Actor | None:
        return current_actor(self.ctx)

    def _data_changed(self, tables: set[str]) -> None:
        if tables & {"problem", "problem_event", "outfall", "outfall_event",
                     "supervision_batch", "complaint"}:
            self.refresh()

    def refresh(self) -> None:
        store, actor = self.ctx.store, self.actor
        boxes = (self.problems_box, self.campaign_box, self.batches_box, self.units_box,
                 self.spots_box)
        if store is None or actor is None:
            self.hint.setText(self.tr("Sign in to see the ledgers.") if store else "")
            self.hint.show()
            for box in boxes:
                box.hide()
            return
        self.hint.hide()
        for box in boxes:
            box.show()
        today = ledger.now(store).date()
        cards = ledger.dashboard(store, actor, today)
        week = ledger.due_this_week(store, actor, today)
        due = sum(len(rows) for rows in week.values())
        self.cards["open"].set(self.tr("open"), cards["open"])
        self.cards["overdue"].set(self.tr("overdue"), cards["overdue"], cards["overdue"] > 0)
        self.cards["closed"].set(self.tr("closed this month"), cards["closed"])
        self.cards["recheck_due"].set(self.tr("re-inspections due"), cards["recheck_due"])
        self.cards["due_week"].set(self.tr("due this week"), due)

        progress = of.campaign_progress(store, actor, today=today)
        self.campaign.set_progress(progress, today)
        self.campaign_text.setText(self.tr(
            "{total} outfalls: {closed:.0%} closed, {remediated:.0%} remediated or closed, "
            "{overdue} past their own deadline; {days} days left to {deadline}.").format(
            total=progress.total, closed=progress.share_closed,
            remediated=progress.share("remediated") + progress.share_closed,
            overdue=progress.overdue, days=progress.days_left,
            deadline=progress.deadline.isoformat()))
        self.campaign_box.setVisible(progress.total > 0)

        batches = cm.list_batches(store, actor, today)[:SHOWN]
        self.batch_ids = [r["id"] for r in batches]
        _fill(self.batches, [([r["code"] + " " + _short(r["name"]), r["due_on"], r["problems"],
                               f"{r['closed'] / r['problems']:.0%}" if r["problems"] else "–",
                               r["overdue"]], r["overdue"] > 0) for r in batches])
        units = sorted(week.items(), key=lambda kv: -len(kv[1]))[:SHOWN]
        nobody = self.tr("(no unit)")
        _fill(self.units, [([unit or nobody, len(rows),
                             sum(1 for r in rows if r["days_overdue"])],
                            any(r["days_overdue"] for r in rows)) for unit, rows in units])
        spots = ledger.recurring_spots(store, actor)[:SHOWN]
        self.spot_rows = spots
        _fill(self.spots, [([category_name(r["category"]),
                             f"{r['segment_code']} {r['segment_name'] or ''}".strip(),
                             r["problems"], r["open"]], bool(r["reopened"])) for r in spots])

    def _show(self, key: str) -> QWidget | None:
        show = getattr(self.window(), "show_section", None)
        page: QWidget | None = show(key) if show is not None else None
        return page

    def _to_problems(self) -> None:
        self._show("problems")

    def _batch_activated(self, row: int, _column: int) -> None:
        """A batch opens in the register of supervision batches."""
        page = self._show("complaints")
        if page is not None and 0 <= row < len(self.batch_ids):
            page.tabs.setCurrentIndex(1)  # type: ignore[attr-defined]
            page.select_batch(self.batch_ids[row])  # type: ignore[attr-defined]

    def _unit_activated(self, _row: int, _column: int) -> None:
        """This week's deadlines open in the problem ledger's view of them."""
        page = self._show("problems")
        if page is not None:
            page.views.setCurrentIndex(2)  # type: ignore[attr-defined]

    def _spot_activated(self, row: int, _column: int) -> None:
        """A recurring spot opens as the ledger of its category on its segment."""
        page = self._show("problems")
        if page is not None and 0 <= row < len(self.spot_rows):
            page.views.setCurrentIndex(1)  # type: ignore[attr-defined]
            spot = self.spot_rows[row]
            rows = page.spot_rows  # type: ignore[attr-defined]
            for n, r in enumerate(rows):
                if (r["category"], r["segment_id"]) == (spot["category"], spot["segment_id"]):
                    page.show_spot(n)  # type: ignore[attr-defined]
                    break

    def _to_outfalls(self) -> None:
        self._show("outfalls")
