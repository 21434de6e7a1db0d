"""The evaluator's assessment section (考核): ranking, dashboard, frozen runs, own view.

Period, area and level pickers sit above four tabs:
- 排名 the ranking (排名, 姓名, 得分, 等级, 所属区域) with coloured grades, computed in the
  background; a double click opens the chief's scorecard (indicator bars, each
  deduction with the records behind it, the chief's charts);
- 看板 the figures a district leader quotes, as cards, and the distribution of grades;
- 考核结果 the frozen runs: freeze the ranking, open a run (adjust by hand with a reason,
  praise and accountability with what was done), compare two, re-check one;
- 我的考核 for a signed-in chief: their scorecard so far and what still costs points.
The rule editor opens in its own window.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from riverchief.errors import UserError
from riverchief.rules import shown_name

from ui.assessment.chief_view import ChiefViewPanel
from ui.assessment.common import (
    GRADE_COLOURS,
    LEVELS,
    default_period,
    import_beside,
    level_text,
    points_text,
    signed_in,
    warm_up_charts,
)
from ui.assessment.dashboard import DashboardView, dashboard_chart
from ui.assessment.rule_editor import RuleEditor
from ui.assessment.runs import RunsView
from ui.assessment.scorecard import RecordDialog, ScorecardView
from ui.shell.area_picker import fill_areas, pick_own_area
from ui.shell.context import AppContext
from ui.shell.jobs import Job, start_job, task

__all__ = ["GRADE_COLOURS", "AssessmentPage", "RankingModel", "default_period"]

_Index = QModelIndex | QPersistentModelIndex
INPUT_TABLES = {"patrol", "patrol_photo", "patrol_segment", "problem", "complaint",
                "supervision_batch", "sample", "sample_value", "section", "outfall",
                "outfall_event", "assignment", "chief", "segment", "area", "assessment_bonus"}
# a ranking of up to this many chiefs opens a scorecard on the GUI thread (about 0.1 s
# for the city tier's 1,500); a bigger one works it out in a process of its own (1.6 s
# for one chief of the province's 59,000 would freeze the window)
INLINE_CARD_CHIEFS = 2000
ASSESSMENT_TABLES = {"assessment_run", "assessment_adjustment", "assessment_consequence",
                     "assessment_bonus"}


class RankingModel(QAbstractTableModel):
    """One row per chief, best first: rank, name, score, grade, area (``cards``: rows
    with ``chief``, ``total``, ``grade``, ``grade_name``, ``rank`` and ``rank_overall``,
    such as :class:`riverchief.assessment.tasks.Rows` or scorecards)."""

    RANK, NAME, TOTAL, GRADE, AREA, LEVEL, LEVEL_RANK = range(7)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cards: Sequence[Any] = []

    def set_cards(self, cards: Sequence[Any]) -> None:
        self.beginResetModel()
        self.cards = cards
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
                points_text(c.total),
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
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.GRADE:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.UserRole:
            return c.chief.id
        return None


class FreezeDialog(QDialog):
    """Confirm freezing the ranking as a run, with an optional note."""

    def __init__(self, result: Any, parent: QWidget | None = None, latest: Any = None
                 ) -> None:
        super().__init__(parent)
        self.setObjectName("freezeDialog")
        self.setWindowTitle(self.tr("Freeze the run"))
        r = result
        text = QLabel(self.tr(
            "Store the ranking of {period} ({area}, {level}, {n} chiefs) as a frozen run? "
            "It keeps the rule set {name} {version} ({digest}), the digest of every input "
            "record and each chief's scorecard, and lists who is praised, talked to or "
            "criticised. A frozen run never changes; corrections are adjustments with a "
            "reason.").format(period=r.period.label, area=r.area_name,
                              level=level_text(r.level), n=len(r.cards),
                              name=shown_name(r.rules.name), version=r.rules.version,
                              digest=r.rules.digest[:8]))
        text.setWordWrap(True)
        # freezing again makes the run the reports print: say which one it replaces there
        self.earlier = QLabel()
        self.earlier.setObjectName("freezeEarlier")
        self.earlier.setWordWrap(True)
        self.earlier.setStyleSheet("color: #ef6c00")
        self.earlier.setVisible(latest is not None)
        if latest is not None:
            said = self.tr(
                "{period} already has a run of this area and level, frozen {at} by {by}{note}."
            ).format(period=latest.period.label, at=latest.computed_at[:16].replace("T", " "),
                     by=latest.computed_by,
                     note=self.tr(" ({note})").format(note=latest.note) if latest.note else "")
            if r.level is None:  # the reports print the latest run of all levels
                said += self.tr(" The quarterly report and the ranking spreadsheet print the "
                                "latest run: this one, once frozen.")
            self.earlier.setText(said)
        self.note = QLineEdit()
        self.note.setObjectName("freezeNote")
        self.note.setPlaceholderText(self.tr("Note (optional), e.g. 第二季度考核定稿"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Freeze"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.earlier)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.resize(520, 220)


class AssessmentPage(QWidget):
    """Ranking with period, area and level pickers; dashboard; frozen runs; own view."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.setObjectName("assessmentPage")
        self.ctx = ctx
        self._rules: Any = None
        self.result: Any = None
        # what Compute runs, imported before the first press, beside the GUI thread
        import_beside("riverchief.assessment.tasks", "riverchief.assessment.dashboard")
        warm_up_charts()  # matplotlib too: importing it beside a press slowed the press
        self.figures: Any = None
        self.job: Job | None = None
        self.card_job: Job | None = None
        self._ranking_summary = ""
        self._working = "\0"  # the status while a scorecard is worked out
        self._scope: tuple[Any, ...] = ()  # (period, area, level, rules, as of) computed
        self.today: date | None = None  # None: the real today (tests set a day)
        self.period = QLineEdit(default_period())
        self.period.setObjectName("assessmentPeriod")
        self.period.setPlaceholderText("2026Q1, 2026-03")
        self.period.setMaximumWidth(110)
        self.period.returnPressed.connect(self.recompute)
        self.area = QComboBox()
        self.area.setObjectName("assessmentArea")
        self.level = QComboBox()
        self.level.setObjectName("assessmentLevel")
        self.level.addItem(self.tr("All levels"), None)
        for lv in LEVELS:
            self.level.addItem(level_text(lv), lv)
        self.btn_compute = QPushButton(self.tr("Compute"))
        self.btn_compute.setObjectName("assessmentCompute")
        self.btn_compute.setToolTip(self.tr("Score every chief of the area for the period (F5)"))
        self.btn_compute.clicked.connect(self.recompute)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.recompute)
        self.btn_freeze = QPushButton(self.tr("Freeze…"))
        self.btn_freeze.setObjectName("assessmentFreeze")
        self.btn_freeze.setToolTip(self.tr("Store this ranking as a frozen run with its rule "
                                           "set, input digest and consequences"))
        self.btn_freeze.clicked.connect(self.freeze)
        self.btn_freeze.setEnabled(False)
        self.btn_rules = QPushButton(self.tr("Rule editor"))
        self.btn_rules.setObjectName("assessmentRules")
        self.btn_rules.clicked.connect(self.open_editor)
        self.summary = QLabel()
        self.summary.setObjectName("assessmentSummary")
        self.summary.setWordWrap(True)
        self.model = RankingModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.find = QLineEdit()
        self.find.setObjectName("rankingFind")
        self.find.setPlaceholderText(self.tr("Find a chief or area (name or code)"))
        self.find.setClearButtonEnabled(True)
        self.find.textChanged.connect(self.proxy.setFilterFixedString)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self.find.setFocus)
        self.view = QTableView()
        self.view.setObjectName("rankingTable")
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # the level's few names whole ("township/street"), without measuring every row
        # (a province ranks 59,000 chiefs)
        metrics = self.view.fontMetrics()
        self.view.setColumnWidth(RankingModel.LEVEL, max(
            self.view.columnWidth(RankingModel.LEVEL),
            *(metrics.horizontalAdvance(level_text(lv)) + 16 for lv in LEVELS)))
        # the figures' columns as wide as their header or widest figure, the rest for the
        # names: at 1024 x 640 each took a default 100 px and the names lost their codes
        from riverchief.rules.assessment import GRADES, grade_name

        header = self.view.horizontalHeader()
        header_metrics = header.fontMetrics()
        for col, widest in ((RankingModel.RANK, ["99999"]), (RankingModel.TOTAL, ["100.00"]),
                            (RankingModel.GRADE, [grade_name(g) for g in GRADES]),
                            (RankingModel.LEVEL_RANK, ["99999"])):
            title = str(self.model.headerData(col, Qt.Orientation.Horizontal))
            self.view.setColumnWidth(col, max(
                header_metrics.horizontalAdvance(title) + 24,
                *(metrics.horizontalAdvance(w) + 16 for w in widest)))
        self.view.doubleClicked.connect(self._row_activated)
        self.view.activated.connect(self._row_activated)
        self.scorecard = ScorecardView(ctx, bonus=True)
        self.scorecard.back_requested.connect(self.show_ranking)
        self.scorecard.bonus_added.connect(self._bonus_added)
        self.scorecard.record_activated.connect(self.open_record)
        self.editor: RuleEditor | None = None
        self.record_dialog: RecordDialog | None = None
        self.freeze_dialog: FreezeDialog | None = None

        ranking = QWidget()
        rl = QVBoxLayout(ranking)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.find)
        rl.addWidget(self.view, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(ranking)
        self.stack.addWidget(self.scorecard)
        self.dashboard = DashboardView()
        self.runs = RunsView(ctx)
        self.runs.record_activated.connect(self.open_record)
        self.runs.changed.connect(self.runs.refresh)
        self.chief_panel = ChiefViewPanel(ctx)
        self.chief_panel.record_activated.connect(self.open_record)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("assessmentTabs")
        self.tabs.addTab(self.stack, self.tr("Ranking"))
        self.tabs.addTab(self.dashboard, self.tr("Dashboard"))
        self.tabs.addTab(self.runs, self.tr("Frozen runs"))
        self.tabs.currentChanged.connect(self._tab_changed)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Period")))
        top.addWidget(self.period)
        top.addWidget(QLabel(self.tr("Area")))
        top.addWidget(self.area, 1)
        top.addWidget(QLabel(self.tr("Level")))
        top.addWidget(self.level)
        top.addWidget(self.btn_compute)
        top.addWidget(self.btn_freeze)
        top.addWidget(self.btn_rules)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        ctx.database_changed.connect(self.reload_areas)
        ctx.actor_changed.connect(self.show_own_view)
        ctx.actor_changed.connect(self.pick_own_area)
        ctx.data_changed.connect(self.on_data_changed)
        self._shown = False
        self.reload_areas()
        self.show_own_view()

    # --- scope and rules ---------------------------------------------------------------

    def scope(self) -> tuple[str, str | None, str | None]:
        """(period text, area code, level) as picked."""
        return self.period.text().strip(), self.area.currentData(), self.level.currentData()

    def rules(self) -> Any:
        from riverchief.rules import rules_in_force

        if self._rules is None and self.ctx.store is not None:
            self._rules = rules_in_force(self.ctx.store)
        return self._rules

    def use_rules(self, rules: Any) -> None:
        self._rules = rules
        self.compute()

    def reload_areas(self) -> None:
        self._rules = None
        self.result = None
        self.model.set_cards([])
        self.dashboard.clear()
        self.summary.setText("")
        self.btn_freeze.setEnabled(False)
        self.show_ranking()
        self.runs.show_list()
        self._area_ids = fill_areas(self.area, self.ctx.store, ("district", "township"),
                                    self.tr("All areas"))
        if self.ctx.store is None:
            return
        self.pick_own_area()
        self.runs.refresh()
        if self.isVisible():  # another database opened while the page is on screen
            QTimer.singleShot(0, self.recompute)
        else:
            self._shown = False

    def pick_own_area(self) -> None:
        """An area's office starts on its own area, the one whose runs it may freeze (on
        every area it was refused at Freeze)."""
        pick_own_area(self.area, self.ctx.actor, getattr(self, "_area_ids", []))

    def on_data_changed(self, tables: Any) -> None:
        changed = set(tables or ())
        if changed & ASSESSMENT_TABLES:
            self.runs.refresh()
        if changed & INPUT_TABLES and self.result is not None:
            self.summary.setText(self.tr("The records have changed since this ranking was "
                                         "computed: press Compute (F5) to bring it up to "
                                         "date."))
            self.summary.setStyleSheet("color: #ef6c00")

    def showEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
        """The first time the page is shown, the ranking of the picked period is worked
        out in the background: an evaluator opens the page to see it."""
        super().showEvent(event)
        if self.result is None and self.ctx.store is not None and not self._shown:
            self._shown = True
            QTimer.singleShot(0, self.recompute)

    # --- computing ---------------------------------------------------------------------

    def focus_on(self, what: str) -> None:
        """``runs``: the frozen runs, where what followed is recorded (the home page's
        line)."""
        if what == "runs":
            self.tabs.setCurrentIndex(2)

    def recompute(self) -> None:
        """Compute (a slot without arguments: ``clicked`` would pass ``checked``)."""
        self.compute()

    def compute(self, then: Callable[[], None] | None = None) -> Job | None:
        """Score the period in the background; the ranking and dashboard follow, then
        ``then()`` (a job may end before a slot connected after it starts would hear it)."""
        if self.ctx.store is None or (self.job is not None and self.job.running):
            return None
        from riverchief.assessment import tasks

        store = self.ctx.store
        period, area, level = self.scope()
        self.summary.setText(self.tr("Computing {period}…").format(period=period))
        self.btn_compute.setEnabled(False)
        # scored in a process of its own: the rows and figures come back, not the
        # scorecards (a chief's is worked out when opened); Freeze scores it again there.
        # The rules in force are read there too (reading and checking them here paused
        # the window); a rule set being previewed goes as its text
        rules = None if self._rules is None else tasks.rules_arg(self._rules)
        as_of = date.today().isoformat()
        work = task(tasks.ranking, str(store.path), period, area, level, rules, as_of,
                    actor=self.ctx.current_actor(), db=store.path)
        warm_up_charts()  # the dashboard's chart is drawn here when the ranking comes

        def failed(exc: BaseException) -> None:
            self.btn_compute.setEnabled(True)
            # the ranking shown before is not the one asked for: nothing to freeze
            self.result = None
            self.model.set_cards([])
            self.btn_freeze.setEnabled(False)
            self.summary.setText(str(exc) if isinstance(exc, UserError) else
                                 self.tr("The ranking could not be computed: {error}").format(
                                     error=exc))
            self.summary.setStyleSheet("color: #c62828")

        def cancelled() -> None:
            self.btn_compute.setEnabled(True)
            self.summary.setText(self.tr("Cancelled."))

        def done(data: Any) -> None:
            if self._rules is None:
                self._rules = data.rules  # the rules in force, as scored
            # Freeze and the scorecards score again with the same rules
            self._scope = (period, area, level, tasks.rules_arg(data.rules), as_of)
            self.show_result(data)
            if then is not None:
                then()

        self.job = start_job(self, self.tr("Computing the ranking"), work, done,
                             on_error=failed, on_cancel=cancelled)
        return self.job

    def show_result(self, data: Any) -> None:
        """Show a :class:`riverchief.assessment.tasks.Ranking`."""
        from riverchief.rules.assessment import GRADES, grade_name

        self.btn_compute.setEnabled(True)
        self.result, self.figures = data, data.figures
        r = self.result
        # matplotlib is not thread-safe: figures are drawn here, on the GUI thread
        chart = dashboard_chart(self.figures, r.period.label)
        self.model.set_cards(r.cards)
        counts = self.figures.grades
        self.summary.setStyleSheet("")
        self._ranking_summary = self.tr("{n} chiefs; {grades}; rule set {name} {version} "
                                        "({digest})").format(
            n=len(r.cards), name=shown_name(r.rules.name), version=r.rules.version,
            digest=r.rules.digest[:8],
            grades=self.tr(", ").join(f"{grade_name(g)} {counts.get(g, 0)}"
                                      for g in GRADES))
        self.summary.setText(self._ranking_summary)
        self.dashboard.show_figures(self.figures, self.tr(
            "{period}, {area}, {level}").format(period=r.period.label, area=r.area_name,
                                                level=level_text(r.level)), chart)
        self.btn_freeze.setEnabled(bool(r.cards))
        self.show_ranking()

    def show_ranking(self) -> None:
        self.stack.setCurrentIndex(0)

    # --- freezing ----------------------------------------------------------------------

    def freeze(self) -> FreezeDialog | None:
        """Ask, then store the computed ranking as a frozen run (an evaluator of the area)."""
        if self.ctx.store is None or self.result is None:
            return None
        from riverchief.assessment.runs import latest_run

        r = self.result
        self.freeze_dialog = FreezeDialog(r, self, latest_run(self.ctx.store, r.period,
                                                              r.area_id, r.level))
        self.freeze_dialog.accepted.connect(self._freeze_confirmed)
        self.freeze_dialog.open()
        return self.freeze_dialog

    def _freeze_confirmed(self) -> Job | None:
        if self.ctx.store is None or self.result is None:
            return None
        actor = signed_in(self, self.ctx)
        if actor is None:
            return None
        from riverchief.assessment import tasks

        store, result = self.ctx.store, self.result
        note = self.freeze_dialog.note.text().strip() if self.freeze_dialog else ""
        # the ranking's scope, scored again and stored in the task's process
        work = task(tasks.freeze_run, str(store.path), actor, *self._scope[:4], note=note,
                    as_of=self._scope[4], db=store.path)

        def done(run_id: str) -> None:
            self.ctx.notify("assessment_run")
            self.runs.refresh()
            self.runs.open_run(run_id)
            self.tabs.setCurrentWidget(self.runs)
            self.summary.setText(self.tr("Frozen: the run of {period} is stored with its rule "
                                         "set and input digest.").format(
                                             period=result.period.label))

        def refused(exc: BaseException) -> None:  # in the page, not a box after the job
            from riverchief.errors import PermissionDenied

            if not isinstance(exc, UserError):
                from ui.shell.errors import show_error

                show_error(self, self.tr("Freezing the run"), exc)
                return
            text = str(exc)
            if isinstance(exc, PermissionDenied):
                text = self.tr("You may freeze the runs of your own area only: pick it under "
                               "Area, compute, then freeze.")
            self.summary.setText(text)
            self.summary.setStyleSheet("color: #c62828")

        self.job = start_job(self, self.tr("Freezing the run"), work, done, on_error=refused)
        return self.job

    # --- scorecards and records --------------------------------------------------------

    def _row_activated(self, index: QModelIndex) -> None:
        if index.model() is self.proxy:
            index = self.proxy.mapToSource(index)
        self.open_card(index.row())

    def open_card(self, row: int) -> Job | None:
        """Show the scorecard of the ranking's ``row``, worked out for that chief (from
        their records only; the ranking keeps no scorecards): here for a ranking of up to
        :data:`INLINE_CARD_CHIEFS` chiefs, else in a process of its own (returns its job)."""
        from riverchief.assessment import tasks

        if not (0 <= row < len(self.model.cards)) or self.result is None \
                or self.ctx.store is None:
            return None
        store, result = self.ctx.store, self.result
        chief = self.model.cards[row].chief
        if len(self.model.cards) <= INLINE_CARD_CHIEFS:
            self._show_card(chief, result, tasks.scorecard_of(store, result, chief.id))
            return None
        if self.card_job is not None and self.card_job.running:
            return None
        self._working = self.tr("Working out the scorecard of {name}…").format(
            name=chief.name)
        self.summary.setText(self._working)
        work = task(tasks.scorecard, str(store.path),
                    *tasks.scorecard_task_args(result, chief.id),
                    actor=self.ctx.current_actor(), db=store.path)
        self.card_job = start_job(
            self, self.tr("Working out a scorecard"), work,
            lambda card: self._show_card(chief, result, card),
            on_error=lambda exc: self.summary.setText(str(exc)),
            on_cancel=lambda: self.summary.setText(self.tr("Cancelled.")))
        return self.card_job

    def _show_card(self, chief: Any, result: Any, card: Any) -> None:
        if result is not self.result:
            return  # computed again meanwhile
        if card is None:
            self.summary.setText(self.tr("{name} has no scorecard for this period any more: "
                                         "press Compute (F5).").format(name=chief.name))
            self.summary.setStyleSheet("color: #ef6c00")
            return
        if self.summary.text().startswith(self._working):
            self.summary.setText(self._ranking_summary)
        self.scorecard.show_card(card, result.period, result.rules)
        self.stack.setCurrentIndex(1)
        self.tabs.setCurrentIndex(0)

    def _bonus_added(self) -> None:
        """Score again with the bonus and come back to the same chief's scorecard."""
        chief = self.scorecard.card.chief.id if self.scorecard.card is not None else None
        self.compute(then=(lambda: self._reopen(chief)) if chief else None)

    def _reopen(self, chief_id: str) -> None:
        from riverchief.assessment.tasks import Rows

        cards = self.model.cards
        if isinstance(cards, Rows):
            row = cards.index_of(chief_id)  # without making a row object of each chief
        else:
            row = next((r for r, c in enumerate(cards) if c.chief.id == chief_id), None)
        if row is not None:
            self.open_card(row)

    def open_record(self, table: str, record_id: str) -> None:
        period = self.result.period if self.result is not None else None
        self.record_dialog = RecordDialog(self.ctx, table, record_id, self, period)
        self.record_dialog.show()

    def open_editor(self) -> RuleEditor:
        if self.editor is None:
            self.editor = RuleEditor(self.ctx, self)
            self.editor.setWindowFlag(Qt.WindowType.Window)
            self.editor.setWindowTitle(self.tr("Rule editor"))
        self.editor.show()
        self.editor.raise_()
        return self.editor

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.runs and self.runs.stack.currentIndex() == 0:
            self.runs.refresh()

    # --- a chief's own view ------------------------------------------------------------

    def show_own_view(self) -> None:
        """For a signed-in chief: their own scorecard so far and what is still due."""
        actor = self.ctx.actor
        role = getattr(actor, "role", "")
        self.scorecard.btn_bonus.setVisible(role not in ("chief", "unit"))
        self.btn_freeze.setVisible(role not in ("chief", "unit"))
        self.btn_rules.setVisible(role not in ("chief", "unit"))
        index = self.tabs.indexOf(self.chief_panel)
        if self.ctx.store is None or actor is None or getattr(actor, "role", "") != "chief" \
                or not actor.chief_id:
            if index >= 0:
                self.tabs.removeTab(index)
            self.chief_panel.hide()
            return
        if index < 0:
            self.tabs.insertTab(0, self.chief_panel, self.tr("My assessment"))
        self.chief_panel.show()
        self.tabs.setCurrentWidget(self.chief_panel)
        self.chief_panel.load(actor.chief_id, self.today, self.rules())
