"""A chief's own view (我的考核): their scorecard so far this period and what still costs
points — the weeks, 旬 or months still without a valid patrol, and their problems whose
deadline is near or past."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.assessment.scorecard import ScorecardView
from ui.shell.context import AppContext
from ui.shell.jobs import start_job


class WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their text wrapped to the column's width (a QTreeView measures a
    row's height without the column's width, so its word wrap alone still elides)."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
                 ) -> QSize:
        size = super().sizeHint(option, index)
        view = self.parent()
        if not isinstance(view, QTreeView):
            return size
        depth, up = 1, index.parent()
        while up.isValid():
            depth, up = depth + 1, up.parent()
        width = view.columnWidth(index.column())
        if index.column() == 0 and view.isFirstColumnSpanned(index.row(), index.parent()):
            width = view.viewport().width()  # a heading across the columns
        if index.column() == 0:
            width -= view.indentation() * depth
        if size.width() <= width:
            return size  # fits on one line
        width -= 8  # the cell's margins
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.fontMetrics.boundingRect(
            QRect(0, 0, max(40, width), 100_000),
            int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft), opt.text)
        return QSize(size.width(), max(size.height(), text.height() + 4))


class ChiefViewPanel(QWidget):
    """The signed-in chief's scorecard so far and the list of what still costs points."""

    loaded = Signal()
    record_activated = Signal(str, str)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.setObjectName("chiefViewPanel")
        self.ctx = ctx
        self.view: Any = None
        self.rules: Any = None
        self.text = QLabel()
        self.text.setObjectName("chiefViewText")
        self.text.setWordWrap(True)
        self.text.setStyleSheet("font-size: 12pt;")
        self.due_box = QGroupBox(self.tr("What still costs points"))
        self.due = QTreeWidget()
        self.due.setObjectName("chiefDue")
        self.due.setHeaderLabels([self.tr("What"), self.tr("When"), self.tr("Status")])
        self.due.setRootIsDecorated(True)
        self.due.setWordWrap(True)  # a long status wraps in its column
        self.due.setItemDelegate(WrappingDelegate(self.due))
        self.due.header().sectionResized.connect(self._relayout_due)
        self.due.itemActivated.connect(self._activated)
        dl = QVBoxLayout(self.due_box)
        dl.addWidget(self.due)
        self.scorecard = ScorecardView(ctx)
        self.scorecard.back.hide()
        # half the page's width: a deduction's reason wraps rather than ending in "…"
        tree = self.scorecard.tree
        tree.setWordWrap(True)
        tree.setItemDelegate(WrappingDelegate(tree))
        tree.header().sectionResized.connect(self._relayout_scorecard)
        self.scorecard.record_activated.connect(self.record_activated)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.scorecard)
        split.addWidget(self.due_box)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(split, 1)

    def _relayout_scorecard(self, *_args: Any) -> None:
        self.scorecard.tree.doItemsLayout()  # rows as tall as their text at the new width

    def _relayout_due(self, *_args: Any) -> None:
        self.due.doItemsLayout()

    def load(self, chief_id: str, today: date | None, rules: Any) -> None:
        """Compute the chief's view in the background and show it."""
        if self.ctx.store is None:
            return
        store = self.ctx.store
        self.rules = rules
        self.text.setText(self.tr("Computing your scorecard…"))

        db_path = store.path

        def work(progress: Any) -> Any:
            from riverchief.assessment.chief_view import chief_view
            from riverchief.db import open_store

            progress.report(0, 1, "")
            with open_store(db_path) as own:  # not the window's connection (ui/shell/home)
                return chief_view(own, chief_id, today, rules)

        def failed(exc: BaseException) -> None:
            self.text.setText(str(exc))

        start_job(self, self.tr("Computing your scorecard"), work, self.show_view,
                  on_error=failed)

    def show_view(self, view: Any) -> None:
        self.view = view
        card = view.card
        lines = [self.tr("{period} so far (to {day}): {total} points, {grade}").format(
            period=view.period.label, day=view.so_far.end.isoformat(),
            total="-" if card is None or card.total is None else f"{card.total:.2f}",
            grade="-" if card is None else card.grade_name)]
        # the headline names a few; the list beside the scorecard has them all with dates
        if view.units_missed:
            lines.append(self.tr("Missed: {units}").format(
                units=self._some([u.label for u in view.units_missed], 4)))
        if view.units_due:
            due = view.units_due
            lines.append(self.tr("Patrols still due: {units}").format(
                units=self.tr(", ").join(f"{u.label} ({u.start.isoformat()}–{u.end.isoformat()})"
                                for u in due) if len(due) <= 2 else
                self._some([u.label for u in due], 3)))
        for p in view.problems_due:
            if p.days_left < 0:  # not "(-90 days left)"
                lines.append(self.tr("Problem {code}: deadline {deadline} ({days} day(s) "
                                     "overdue)").format(code=p.code,
                                                        deadline=p.deadline.isoformat(),
                                                        days=-p.days_left))
            else:
                lines.append(self.tr("Problem {code}: deadline {deadline} ({days} day(s) "
                                     "left)").format(code=p.code,
                                                     deadline=p.deadline.isoformat(),
                                                     days=p.days_left))
        self.text.setText("\n".join(lines))
        if card is not None:
            self.scorecard.show_card(card, view.so_far)
        self._fill_due(view)
        self.loaded.emit()

    def _some(self, labels: list[str], shown: int) -> str:
        """The first ``shown`` labels, and how many more when there are."""
        sep = self.tr(", ")  # 、 in Chinese
        if len(labels) <= shown + 1:
            return sep.join(labels)
        return self.tr("{labels} and {n} more").format(labels=sep.join(labels[:shown]),
                                                        n=len(labels) - shown)

    def _fill_due(self, view: Any) -> None:
        self.due.clear()
        today = view.so_far.end
        red = QBrush(QColor("#c62828"))
        orange = QBrush(QColor("#ef6c00"))

        def group(title: str) -> QTreeWidgetItem:
            item = QTreeWidgetItem([title, "", ""])
            self.due.addTopLevelItem(item)
            item.setFirstColumnSpanned(True)  # a heading across the columns, not cut off
            item.setExpanded(True)
            return item

        per_missed = None
        if self.rules is not None and "patrol" in self.rules.assessment.indicators:
            per_missed = self.rules.assessment.indicators["patrol"].figures.get("per_missed")
        if view.units_due:
            # what a miss costs is said once, in the heading: in each row it pushed the
            # status past the panel's edge
            title = self.tr("Patrols still due ({n})").format(n=len(view.units_due))
            if per_missed:
                title = self.tr("Patrols still due ({n}): {points} points for each one "
                                "missed").format(n=len(view.units_due),
                                                 points=f"{per_missed:g}")
            g = group(title)
            counted = {u.label for u in getattr(view, "units_counted", [])}
            for u in view.units_due:
                left = (u.end - today).days
                text = self.tr("{days} day(s) left").format(days=left)
                if u.label in counted:  # in the score so far already: it shows there
                    text = self.tr("{days} day(s) left; deducted until patrolled").format(
                        days=left)
                child = QTreeWidgetItem([u.label, f"{u.start.isoformat()} – {u.end.isoformat()}",
                                         text])
                if left <= 3:
                    child.setForeground(2, orange)
                g.addChild(child)
        if view.units_missed:
            g = group(self.tr("Missed, already deducted ({n})").format(n=len(view.units_missed)))
            for u in view.units_missed:
                child = QTreeWidgetItem([u.label, f"{u.start.isoformat()} – {u.end.isoformat()}",
                                         self.tr("missed")])
                child.setForeground(2, red)
                g.addChild(child)
        if view.problems_due:
            g = group(self.tr("Problems nearing their deadline ({n})").format(
                n=len(view.problems_due)))
            for p in view.problems_due:
                text = self.tr("{days} day(s) left").format(days=p.days_left) \
                    if p.days_left >= 0 else self.tr("{days} day(s) overdue").format(
                        days=-p.days_left)
                child = QTreeWidgetItem([self.tr("Problem {code}").format(code=p.code),
                                         p.deadline.isoformat(), text])
                child.setData(0, Qt.ItemDataRole.UserRole, ("problem", p.id))
                child.setForeground(2, red if p.days_left < 0 else orange)
                g.addChild(child)
        if not self.due.topLevelItemCount():
            item = QTreeWidgetItem([self.tr("Nothing is due: well done."), "", ""])
            self.due.addTopLevelItem(item)
            item.setFirstColumnSpanned(True)
        for col in range(2):  # the status takes the rest of the width
            self.due.resizeColumnToContents(col)

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        ref = item.data(0, Qt.ItemDataRole.UserRole)
        if ref:
            self.record_activated.emit(ref[0], ref[1])
