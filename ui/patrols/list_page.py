"""The patrol list (巡河记录): filters, full-text search and a lazy table of millions of rows."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from riverchief.patrols.queries import PatrolFilter

from ui.patrols.common import current_actor, own_chief_id
from ui.patrols.list_model import PatrolListModel
from ui.shell.context import AppContext

SEARCH_DELAY_MS = 300


class LazyCombo(QComboBox):
    """A combo box whose (long) list is filled when it first opens: a province has
    thousands of townships, and filling and measuring them would delay the first rows."""

    def __init__(self, fill: Callable[[], None]) -> None:
        super().__init__()
        self._fill = fill
        self.filled = False
        # never measure every entry for the box's width
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(14)

    def ensure_filled(self) -> None:
        if not self.filled:
            self.filled = True
            self._fill()

    def showPopup(self) -> None:  # noqa: N802
        self.ensure_filled()
        super().showPopup()


class PatrolListPage(QWidget):
    open_patrol = Signal(str)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("patrolList")
        self.model: PatrolListModel | None = None
        self.actor = None
        layout = QVBoxLayout(self)

        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("patrolSearch")
        self.search.setClearButtonEnabled(True)
        self.area = LazyCombo(self._fill_areas)
        self.area.setObjectName("areaFilter")
        self.chief = QLineEdit()
        self.chief.setObjectName("chiefFilter")
        self.segment = QLineEdit()
        self.segment.setObjectName("segmentFilter")
        self.level = QComboBox()
        self.verdict = QComboBox()
        self.verdict.setObjectName("verdictFilter")
        for w, stretch in ((self.search, 3), (self.area, 2), (self.chief, 1), (self.segment, 1),
                           (self.level, 1), (self.verdict, 1)):
            bar.addWidget(w, stretch)
        layout.addLayout(bar)

        dates = QHBoxLayout()
        self.use_dates = QCheckBox()
        self.date_from = QDateEdit()
        self.date_to = QDateEdit()
        for d in (self.date_from, self.date_to):
            d.setCalendarPopup(True)
            d.setDisplayFormat("yyyy-MM-dd")
            d.setEnabled(False)
        today = QDate.currentDate()
        self.date_from.setDate(today.addMonths(-3))
        self.date_to.setDate(today)
        self.to_label = QLabel()
        self.busy = QProgressBar()
        self.busy.setObjectName("busyIndicator")
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.count_label = QLabel()
        self.count_label.setObjectName("patrolCount")
        self.import_button = QPushButton()
        self.import_button.setObjectName("importHistory")
        self.import_button.clicked.connect(self.import_history)
        self.judge_button = QPushButton()
        self.judge_button.setObjectName("judgeAgain")
        self.judge_button.clicked.connect(self.judge_again)
        self.judge_dialog: QWidget | None = None
        dates.addWidget(self.use_dates)
        dates.addWidget(self.date_from)
        dates.addWidget(self.to_label)
        dates.addWidget(self.date_to)
        dates.addStretch(1)
        dates.addWidget(self.busy)
        dates.addWidget(self.count_label)
        dates.addWidget(self.import_button)
        dates.addWidget(self.judge_button)
        layout.addLayout(dates)
        self.status = QLabel()
        self.status.setObjectName("listStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.hide()
        layout.addWidget(self.status)

        self.table = QTableView()
        self.table.setObjectName("patrolTable")
        self.table.verticalHeader().hide()  # painting row numbers of millions of rows is slow
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.doubleClicked.connect(self._open_index)
        layout.addWidget(self.table, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self.apply_filters)
        self.chief.editingFinished.connect(self.apply_filters)
        self.segment.editingFinished.connect(self.apply_filters)
        for combo in (self.area, self.level, self.verdict):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.use_dates.toggled.connect(self._dates_toggled)
        self.date_from.dateChanged.connect(lambda _d: self.apply_filters())
        self.date_to.dateChanged.connect(lambda _d: self.apply_filters())

        self.retranslate()
        ctx.database_changed.connect(self.attach)
        ctx.data_changed.connect(self._data_changed)
        self.attach()

    # --- set-up -------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search notes and problems (any 1+ characters)"))
        self.chief.setPlaceholderText(self.tr("Chief code or name"))
        self.segment.setPlaceholderText(self.tr("Segment code"))
        for edit in (self.chief, self.segment):  # the hint whole, in either language
            edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance(edit.placeholderText())
                                 + 24)
        self.use_dates.setText(self.tr("From"))
        self.to_label.setText(self.tr("to"))
        self.import_button.setText(self.tr("Import historical patrols…"))
        self.judge_button.setText(self.tr("Judge again…"))
        self.judge_button.setToolTip(self.tr("Judge patrols again with the rule set in force "
                                             "(evaluators)"))
        self._fill_combos()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.model is not None:
                self.model.forget_texts()
            # the header asks the model for its titles when it repaints (emitting
            # headerDataChanged from Python leaks references to True in PySide6)
            self.table.horizontalHeader().viewport().update()
            self.table.viewport().update()
        super().changeEvent(event)

    def _fill_combos(self) -> None:
        for combo in (self.level, self.verdict):
            combo.blockSignals(True)
        level = self.level.currentData()
        verdict = self.verdict.currentData()
        self.level.clear()
        self.level.addItem(self.tr("All levels"), None)
        for key, text in (("district", self.tr("district")), ("township", self.tr("township")),
                          ("village", self.tr("village"))):
            self.level.addItem(text, key)
        self.verdict.clear()
        self.verdict.addItem(self.tr("All verdicts"), None)
        for key, text in (("valid", self.tr("valid")), ("suspect", self.tr("suspect")),
                          ("invalid", self.tr("invalid"))):
            self.verdict.addItem(text, key)
        self.level.setCurrentIndex(max(0, self.level.findData(level)))
        self.verdict.setCurrentIndex(max(0, self.verdict.findData(verdict)))
        for combo in (self.level, self.verdict):
            combo.blockSignals(False)

    def _reset_areas(self) -> None:
        """Only "all areas" until the box is opened (see :class:`LazyCombo`)."""
        self.area.blockSignals(True)
        self.area.clear()
        self.area.addItem(self.tr("All areas"), None)
        self.area.filled = False
        self.area.blockSignals(False)

    def _fill_areas(self) -> None:
        store = self.ctx.store
        if store is None:
            return
        actor = self.actor
        entries = [(f"{name} ({code})", area_id) for area_id, code, name in store.conn.execute(
            "SELECT id, code, name FROM area WHERE deleted_at IS NULL"
            " AND level IN ('district', 'township') ORDER BY code")
            if actor is None or actor.sees_area(area_id)]
        self.area.blockSignals(True)
        self.area.setUpdatesEnabled(False)
        for text, area_id in entries:
            self.area.addItem(text, area_id)
        self.area.setUpdatesEnabled(True)
        self.area.blockSignals(False)

    def attach(self) -> None:
        """(Re)connect to the open database."""
        if self.model is not None:
            self.model.close()
            self.model.deleteLater()
            self.model = None
        store = self.ctx.store
        if store is None:
            self.table.setModel(None)
            return
        self.actor = current_actor(self.ctx)
        if self.judge_dialog is not None:  # it belongs to the database that was open
            self.judge_dialog.close()
            self.judge_dialog.deleteLater()
            self.judge_dialog = None
        self._reset_areas()
        mine = own_chief_id(self.ctx)
        self.chief.setEnabled(mine is None)  # a chief's list is their own patrols
        self.import_button.setVisible(self.actor is not None and self.actor.role in (
            "chief", "evaluator", "admin", "system"))
        from ui.patrols.judging import may_judge

        self.judge_button.setVisible(may_judge(self.actor))
        self.model = PatrolListModel(store.path, self, conn=store.conn)
        self.model.busy_changed.connect(self.busy.setVisible)
        self.model.counted.connect(self._show_count)
        self.model.failed.connect(self._query_failed)
        self.table.setModel(self.model)
        # newest first; the header's sort indicator set before sorting is enabled, so that
        # the first page is asked for once (by apply_filters), not once more by the header
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        for col, width in enumerate((170, 90, 200, 70, 70, 90, 90, 70)):
            self.table.setColumnWidth(col, width)
        self.apply_filters()

    def import_history(self) -> None:
        from ui.patrols.history_import import import_history_file

        import_history_file(self, self.ctx, show=self.show_status)

    def _query_failed(self, message: str) -> None:
        """A list query failed (e.g. the database file became unreadable): said in the
        page, not in a box popping up after the background query."""
        self.count_label.setText("")
        self.show_status(self.tr("The list could not be read: {error}").format(error=message))

    def show_status(self, text: str) -> None:
        """The outcome of the last background action (an import), under the filters."""
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def judge_again(self) -> None:
        """The evaluator's dialog: count and judge patrols with the rule set in force."""
        from ui.patrols.judging import JudgeDialog

        if self.judge_dialog is None:
            self.judge_dialog = JudgeDialog(self.ctx, self)
        self.judge_dialog.show()
        self.judge_dialog.raise_()

    def _data_changed(self, tables: set[str]) -> None:
        if tables & {"patrol", "problem"} and self.model is not None:
            self.model.reload()

    def _dates_toggled(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        self.apply_filters()

    def _show_count(self, n: int) -> None:
        if self.model is not None and self.model.estimated:
            self.count_label.setText(self.tr("about {n} patrols, counting…").format(n=f"{n:,}"))
        else:
            self.count_label.setText(self.tr("{n} patrols").format(n=f"{n:,}"))

    # --- filters ------------------------------------------------------------------------
    def _resolve(self, table: str, text: str) -> str | None:
        store = self.ctx.store
        if store is None or not text.strip():
            return None
        value = text.strip()
        rows = list(store.db.query(
            f"SELECT id FROM {table} WHERE deleted_at IS NULL AND code = ? LIMIT 1", [value]))
        if not rows:
            rows = list(store.db.query(
                f"SELECT id FROM {table} WHERE deleted_at IS NULL AND name = ? LIMIT 2",
                [value]))
        return rows[0]["id"] if len(rows) == 1 else "-"  # "-": matches nothing

    def current_filter(self) -> PatrolFilter:
        store = self.ctx.store
        actor = self.actor
        area_ids: frozenset[str] | None = None
        area = self.area.currentData()
        if area and store is not None:
            from riverchief.registry.areas import descendants

            area_ids = frozenset({area, *descendants(store, area)})
        elif actor is not None and actor.role == "evaluator":
            area_ids = actor.area_ids
        mine = actor.chief_id if actor is not None and actor.role == "chief" else None
        d_from: date | None = None
        d_to: date | None = None
        if self.use_dates.isChecked():
            d_from = self.date_from.date().toPython()  # type: ignore[assignment]
            d_to = self.date_to.date().toPython()  # type: ignore[assignment]
        return PatrolFilter(
            area_ids=area_ids,
            chief_id=mine or self._resolve("chief", self.chief.text()),
            segment_id=self._resolve("segment", self.segment.text()),
            level=self.level.currentData(), date_from=d_from, date_to=d_to,
            verdict=self.verdict.currentData(), search=self.search.text())

    def apply_filters(self) -> None:
        self._timer.stop()
        if self.model is None:
            return
        self.count_label.setText(self.tr("counting…"))
        self.model.set_filter(self.current_filter())

    def _open_index(self, index: QModelIndex) -> None:
        if self.model is None:
            return
        pid = self.model.patrol_id(index.row())
        if pid:
            self.open_patrol.emit(pid)

    def closeEvent(self, event: QEvent) -> None:  # type: ignore[override]  # noqa: N802
        if self.model is not None:
            self.model.close()
        super().closeEvent(event)  # type: ignore[arg-type]
