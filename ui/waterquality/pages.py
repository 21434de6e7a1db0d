"""The water-quality section: sections with their latest class, a section's page, charts,
sample entry and import."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from riverchief.errors import UserError

from ui.shell.context import AppContext
from ui.shell.folders import suggested
from ui.shell.jobs import start_job, task
from ui.shell.layouts import empty
from ui.shell.long_lists import CheckList, fill_combo
from ui.waterquality.models import SectionsModel, class_brushes, unit_text

WQ_TABLES = {"sample", "sample_value", "section", "segment", "assignment", "chief"}


def this_year() -> str:
    """The period the pickers start with: the year to date."""
    from datetime import date

    return str(date.today().year)


def current_actor(ctx: AppContext) -> Any:
    """The signed-in user; the owner on a single-user installation."""
    if ctx.actor is not None:
        return ctx.actor
    from riverchief.security.users import sign_in_single_user

    assert ctx.store is not None
    return sign_in_single_user(ctx.store)


def _canvas(fig: Any) -> QWidget:
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

    from riverchief.charts import fixed_margins

    refit = fixed_margins(fig)  # a pane lower than the figure keeps the labels on it
    canvas = FigureCanvasQTAgg(fig)
    canvas.mpl_connect("resize_event", lambda _event: refit())
    canvas.setMinimumHeight(320)
    return canvas


class SectionsList(QWidget):
    """Every monitoring section with its latest class, status and target, coloured."""

    def __init__(self, page: WaterQualityPage) -> None:
        super().__init__()
        self.page = page
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter by code or name"))
        self.filter.setClearButtonEnabled(True)
        self.enter = QPushButton(self.tr("Enter a sample…"))
        self.enter.clicked.connect(lambda: page.enter_sample(self.selected_id()))
        bar.addWidget(self.filter, 1)
        bar.addWidget(self.enter)
        layout.addLayout(bar)
        self.model = SectionsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.horizontalHeader().setSectionResizeMode(
            SectionsModel.NAME, QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().hide()
        self.view.doubleClicked.connect(
            lambda index: page.open_section(index.data(Qt.ItemDataRole.UserRole)))
        layout.addWidget(self.view, 1)
        self.summary = QLabel()
        layout.addWidget(self.summary)

    def selected_id(self) -> str | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(Qt.ItemDataRole.UserRole) if rows else None

    def refresh(self) -> None:
        store = self.page.ctx.store
        if store is None:
            self.model.set_rows([])
            return
        from riverchief.waterquality.overview import section_statuses

        rows = section_statuses(store, self.page.scope())
        self.model.set_rows(rows)
        met = sum(1 for r in rows if r.attained)
        known = sum(1 for r in rows if r.attained is not None)
        self.summary.setText(self.tr(
            "{n} sections; latest month on target at {met} of {known} with data.").format(
                n=len(rows), met=met, known=known))


class SectionPage(QWidget):
    """One section: its samples, class history and trend charts."""

    def __init__(self, page: WaterQualityPage) -> None:
        super().__init__()
        self.page = page
        self.section: Any = None
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.back = QPushButton(self.tr("← All sections"))
        self.back.clicked.connect(page.show_list)
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.add = QPushButton(self.tr("Enter a sample…"))
        self.add.clicked.connect(lambda: page.enter_sample(self.section.id if self.section
                                                           else None))
        self.delete = QPushButton(self.tr("Delete sample"))
        self.delete.clicked.connect(self.delete_sample)
        bar.addWidget(self.back)
        bar.addWidget(self.title, 1)
        bar.addWidget(self.add)
        bar.addWidget(self.delete)
        layout.addLayout(bar)
        self.info = QLabel()
        layout.addWidget(self.info)
        self.tabs = QTabWidget()
        self.samples = QTableWidget()
        self.samples.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.samples.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history = QTableWidget()
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        trend = QWidget()
        trend_layout = QVBoxLayout(trend)
        self.item = QComboBox()
        self.item.currentIndexChanged.connect(self.draw_trend)
        trend_layout.addWidget(self.item)
        self.trend_host = QVBoxLayout()
        trend_layout.addLayout(self.trend_host, 1)
        self.tabs.addTab(self.samples, self.tr("Samples"))
        self.tabs.addTab(self.history, self.tr("Class history"))
        self.tabs.addTab(trend, self.tr("Trend"))
        self.tli_tab = QWidget()
        self.tli_host = QVBoxLayout(self.tli_tab)
        layout.addWidget(self.tabs, 1)
        self._samples: list[Any] = []

    def show_section(self, section_id: str) -> None:
        from riverchief.waterquality.samples import get_section

        assert self.page.ctx.store is not None
        self.section = get_section(self.page.ctx.store, section_id)
        self.refresh()

    def refresh(self) -> None:
        from riverchief.charts.waterquality import class_text
        from riverchief.waterquality.classes import main_pollutants, pollutants_text
        from riverchief.waterquality.model import source_name
        from riverchief.waterquality.overview import class_history
        from riverchief.waterquality.samples import load_samples
        from riverchief.waterquality.standards import item_name, standard, water_type_name

        store, s = self.page.ctx.store, self.section
        if store is None or s is None:
            return
        self.title.setText(f"{s.code} {s.name}")
        self.info.setText(self.tr("{water_type}; target class {target}").format(
            water_type=water_type_name(s.water_type), target=class_text(s.target)))
        self._samples = load_samples(store, section_ids=[s.id]).get(s.id, [])
        std = standard()
        items = [k for k in std.items if any(k in x.values for x in self._samples)]
        headers = [self.tr("Sampled at"), self.tr("Source")] + [
            f"{item_name(k)} ({unit_text(std[k].unit)})" for k in items]
        self.samples.setColumnCount(len(headers))
        self.samples.setHorizontalHeaderLabels(headers)
        self.samples.setRowCount(len(self._samples))
        for row, x in enumerate(reversed(self._samples)):
            first = QTableWidgetItem(x.sampled_at.strftime("%Y-%m-%d %H:%M"))
            first.setData(Qt.ItemDataRole.UserRole, x.id)
            self.samples.setItem(row, 0, first)
            self.samples.setItem(row, 1, QTableWidgetItem(source_name(x.source)))
            for col, key in enumerate(items, start=2):
                m = x.values.get(key)
                self.samples.setItem(row, col, QTableWidgetItem(m.display() if m else ""))
        self.samples.resizeColumnsToContents()  # whole titles, times and sources
        history = class_history(store, s)
        self.history.setColumnCount(5)
        self.history.setHorizontalHeaderLabels([
            self.tr("Month"), self.tr("Class"), self.tr("Status"), self.tr("Target met"),
            self.tr("Main pollutants")])
        self.history.setRowCount(len(history))
        for row, (month, c, _) in enumerate(reversed(history)):
            assert c.water_class is not None
            cell = QTableWidgetItem(class_text(c.water_class))
            bg, fg = class_brushes(c.water_class)
            cell.setBackground(bg)
            cell.setForeground(fg)
            cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            attained = c.attains(s.target)
            self.history.setItem(row, 0, QTableWidgetItem(month))
            self.history.setItem(row, 1, cell)
            self.history.setItem(row, 2, QTableWidgetItem(c.status.label if c.status else ""))
            self.history.setItem(row, 3, QTableWidgetItem(
                self.tr("yes") if attained else self.tr("no")))
            self.history.setItem(row, 4, QTableWidgetItem(
                pollutants_text(main_pollutants(c, against=s.target))))
        self.history.horizontalHeader().setStretchLastSection(True)
        self.item.blockSignals(True)
        self.item.clear()
        for key in items:
            if std[key].rule != "none" or key in ("water_temp",):
                self.item.addItem(item_name(key), key)
        for preferred in ("nh3n", "tp", "codmn"):
            i = self.item.findData(preferred)
            if i >= 0:
                self.item.setCurrentIndex(i)
                break
        self.item.blockSignals(False)
        self.draw_trend()
        lake_tab = self.tabs.indexOf(self.tli_tab)
        if s.water_type == "lake":
            if lake_tab < 0:
                self.tabs.addTab(self.tli_tab, self.tr("Trophic state"))
            self.draw_tli(history)
        elif lake_tab >= 0:
            self.tabs.removeTab(lake_tab)

    def _replace(self, host: QVBoxLayout, widget: QWidget) -> None:
        empty(host)
        host.addWidget(widget)

    def draw_trend(self) -> None:
        from riverchief.charts.waterquality import item_over_time

        key = self.item.currentData()
        if key is None or self.section is None:
            return
        times = [x.sampled_at for x in self._samples]
        values = [x.values.get(key) for x in self._samples]
        fig = item_over_time(times, values, key, self.section.water_type,
                             f"{self.section.name}", [x.source for x in self._samples])
        self._replace(self.trend_host, _canvas(fig))

    def draw_tli(self, history: list[Any]) -> None:
        from riverchief.charts.waterquality import lake_tli
        from riverchief.waterquality.indices import tli

        months, values = [], []
        for month, _, means in history:
            t = tli(means)
            months.append(month)
            values.append(t.value if t else None)
        self._replace(self.tli_host, _canvas(lake_tli(months, values, self.section.name)))

    def delete_sample(self) -> None:
        from riverchief.waterquality.samples import delete_sample

        rows = self.samples.selectionModel().selectedRows()
        store = self.page.ctx.store
        if not rows or store is None:
            QMessageBox.information(self, self.tr("Delete sample"),
                                    self.tr("Select a sample in the table first."))
            return
        item = self.samples.item(rows[0].row(), 0)
        sample_id = item.data(Qt.ItemDataRole.UserRole)
        answer = QMessageBox.question(
            self, self.tr("Delete sample"),
            self.tr("Delete the sample of {time}? The deletion is recorded in the audit log.")
            .format(time=item.text()))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            delete_sample(store, sample_id, actor=current_actor(self.page.ctx))
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Delete sample"), str(exc))
            return
        self.page.ctx.notify({"sample", "sample_value"})


class ImportPage(QWidget):
    """Import a wide or tidy CSV/XLSX file; its problems listed in a table first."""

    def __init__(self, page: WaterQualityPage) -> None:
        super().__init__()
        self.page = page
        self.path: Path | None = None
        self.report: Any = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        pick = QHBoxLayout()
        self.file_label = QLabel(self.tr("No file chosen"))
        self.choose = QPushButton(self.tr("Choose file…"))
        self.choose.clicked.connect(self.choose_file)
        pick.addWidget(self.file_label, 1)
        pick.addWidget(self.choose)
        form.addRow(self.tr("File:"), pick)
        self.source = QComboBox()
        from riverchief.waterquality.model import source_name
        from riverchief.waterquality.values import SOURCES

        for src in SOURCES:
            self.source.addItem(source_name(src), src)
        self.source.setCurrentIndex(self.source.findData("laboratory"))
        form.addRow(self.tr("Source of rows without one:"), self.source)
        layout.addLayout(form)
        hint = QLabel(self.tr(
            "Wide files: one sample per row with a section code or name, a date-time and one "
            "column per item (e.g. 高锰酸盐指数(mg/L)). Tidy files: Section, DateTime, "
            "Variable, Value, DetectionLimit, Units. Nothing is imported while the file has "
            "errors, unless you import the valid rows."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        buttons = QHBoxLayout()
        self.check = QPushButton(self.tr("Check file"))
        self.check.clicked.connect(lambda: self.run(dry_run=True))
        self.import_all = QPushButton(self.tr("Import"))
        self.import_all.clicked.connect(lambda: self.run(dry_run=False))
        self.import_valid = QPushButton(self.tr("Import the valid rows"))
        self.import_valid.clicked.connect(lambda: self.run(dry_run=False, accept_valid=True))
        for b in (self.check, self.import_all, self.import_valid):
            buttons.addWidget(b)
            b.setEnabled(False)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.errors = QTableWidget(0, 2)
        self.errors.setHorizontalHeaderLabels([self.tr("Where"), self.tr("Problem")])
        self.errors.horizontalHeader().setStretchLastSection(True)
        self.errors.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout.addWidget(self.errors, 1)

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import samples"), "",
            self.tr("Tables (*.csv *.xlsx *.txt);;All files (*)"))
        if name:
            self.set_file(Path(name))

    def set_file(self, path: Path) -> None:
        self.path = path
        self.file_label.setText(str(path))
        self.report = None
        self.errors.setRowCount(0)
        self.summary.clear()
        self.check.setEnabled(True)
        self.import_all.setEnabled(False)
        self.import_valid.setEnabled(False)

    def run(self, *, dry_run: bool, accept_valid: bool = False) -> None:
        from ui.waterquality.tasks import import_samples

        store, path = self.page.ctx.store, self.path
        if store is None or path is None:
            return
        try:
            actor = current_actor(self.page.ctx)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Import samples"), str(exc))
            return
        source = self.source.currentData()
        work = task(import_samples, str(store.path), actor, str(path), source, accept_valid,
                    dry_run, db=store.path)
        start_job(self, self.tr("Import samples"), work, self.show_report)

    def show_report(self, report: Any) -> None:
        self.report = report
        self.errors.setRowCount(len(report.errors))
        for row, e in enumerate(report.errors):
            self.errors.setItem(row, 0, QTableWidgetItem(e.where or ""))
            self.errors.setItem(row, 1, QTableWidgetItem(e.message))
        self.errors.resizeColumnToContents(0)
        self.summary.setText("\n".join(report.lines()[-1:]) if report.imported
                             else report.lines()[-1])
        if report.imported:
            self.import_all.setEnabled(False)
            self.import_valid.setEnabled(False)
            self.page.ctx.notify({"sample", "sample_value"})
            return
        self.import_all.setEnabled(not report.errors and report.new > 0)
        self.import_valid.setEnabled(bool(report.errors) and report.new > 0)


class ChartsPage(QWidget):
    """Charts the evaluator picks: chiefs, area and period."""

    KINDS = ("score", "ranking", "shares")

    def __init__(self, page: WaterQualityPage) -> None:
        super().__init__()
        self.page = page
        self.figure: Any = None
        layout = QHBoxLayout(self)
        side = QVBoxLayout()
        form = QFormLayout()
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Score of chiefs by month"), "score")
        self.kind.addItem(self.tr("Chiefs ranked by score"), "ranking")
        self.kind.addItem(self.tr("Sections by class and month"), "shares")
        self.area = QComboBox()
        self.area.currentIndexChanged.connect(self.fill_chiefs)
        self.period = QLineEdit(this_year())
        self.period.setToolTip(self.tr("A year (2026), a quarter (2026Q3) or a month (2026-07)"))
        self.target = QDoubleSpinBox()
        self.target.setRange(0, 100)
        self.target.setValue(80)
        form.addRow(self.tr("Chart:"), self.kind)
        form.addRow(self.tr("Area:"), self.area)
        form.addRow(self.tr("Period:"), self.period)
        form.addRow(self.tr("Target score:"), self.target)
        side.addLayout(form)
        chiefs_label = QLabel(self.tr("Chiefs (none ticked: all with data, best 30):"))
        chiefs_label.setWordWrap(True)  # the side panel is narrow
        side.addWidget(chiefs_label)
        self.chiefs = CheckList()
        self.chiefs.setObjectName("chartChiefs")
        self.chiefs.filter.setPlaceholderText(self.tr("Find a chief by name or code"))
        side.addWidget(self.chiefs, 1)
        self.draw_button = QPushButton(self.tr("Draw"))
        self.draw_button.clicked.connect(self.draw)
        side.addWidget(self.draw_button)
        export = QHBoxLayout()
        self.dpi = QSpinBox()
        self.dpi.setRange(72, 600)
        self.dpi.setValue(150)
        self.dpi.setSuffix(" dpi")
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.clicked.connect(self.export)
        self.export_button.setEnabled(False)
        export.addWidget(self.dpi)
        export.addWidget(self.export_button)
        side.addLayout(export)
        holder = QWidget()
        holder.setLayout(side)
        holder.setMaximumWidth(340)
        layout.addWidget(holder)
        self.host = QVBoxLayout()
        self.placeholder = QLabel(self.tr("Choose a chart and press Draw."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.host.addWidget(self.placeholder)
        layout.addLayout(self.host, 1)

    def refresh(self) -> None:
        store = self.page.ctx.store
        self.area.blockSignals(True)
        self.area.clear()
        self.area.addItem(self.tr("All areas"), None)
        if store is not None:
            from riverchief.registry.areas import list_areas

            for level in ("city", "district", "township"):
                for a in list_areas(store, level):
                    self.area.addItem(f"{a.name} ({a.code})", a.id)
        self.area.blockSignals(False)
        self.fill_chiefs()

    def area_ids(self) -> list[str] | None:
        area_id = self.area.currentData()
        store = self.page.ctx.store
        if area_id is None or store is None:
            return None
        from riverchief.registry.areas import descendants

        return descendants(store, area_id)

    def fill_chiefs(self) -> None:
        store = self.page.ctx.store
        if store is None:
            self.chiefs.set_rows([])
            return
        ids = self.area_ids()
        sql = "SELECT id, name || ' (' || code || ')' FROM chief WHERE deleted_at IS NULL"
        params: list[Any] = []
        if ids is not None:
            sql += " AND area_id IN (SELECT value FROM json_each(?))"
            params = [json.dumps(ids)]
        self.chiefs.set_rows(store.conn.execute(sql + " ORDER BY code", params).fetchall())

    def ticked(self) -> list[tuple[str, str]]:
        return self.chiefs.ticked()

    def all_listed(self) -> list[tuple[str, str]]:
        return self.chiefs.rows()

    def draw(self) -> None:
        from riverchief.periods import parse_period

        store = self.page.ctx.store
        if store is None:
            return
        try:
            period = parse_period(self.period.text())
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Charts"), str(exc))
            return
        kind, target = self.kind.currentData(), self.target.value()
        chosen = self.ticked()
        listed = chosen or self.all_listed()
        area_ids = self.area_ids()

        db_path = store.path

        def work(progress: Any) -> Any:
            from riverchief.db import open_store
            from riverchief.waterquality.charting import chiefs_chart

            # its own connection: every sample of the period is read, and the window's
            # connection stays free for the window
            with open_store(db_path) as own:
                return chiefs_chart(own, kind, period, dict(listed), explicit=bool(chosen),
                                    target=target, area_ids=area_ids)

        start_job(self, self.tr("Drawing the chart"), work, self.show_figure)

    def show_figure(self, fig: Any) -> None:
        self.figure = fig
        while self.host.count():
            old = self.host.takeAt(0).widget()
            if old is not None and old is not self.placeholder:
                old.deleteLater()
            elif old is self.placeholder:
                old.hide()
        self.host.addWidget(_canvas(fig))
        self.export_button.setEnabled(True)

    def export(self) -> None:
        from riverchief.charts import save_figure

        if self.figure is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export chart"), suggested("chart.png"),
            self.tr("PNG image (*.png);;SVG (*.svg)"))
        if not name:
            return
        try:
            save_figure(self.figure, Path(name), dpi=self.dpi.value())
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Export chart"), str(exc))


class ChiefPage(QWidget):
    """A chief's water-quality score in a period with the sections behind it (§6)."""

    def __init__(self, page: WaterQualityPage) -> None:
        super().__init__()
        self.page = page
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.chief = QComboBox()
        self.chief.setEditable(True)
        self.chief.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.period = QLineEdit(this_year())
        self.period.setMaximumWidth(120)
        self.period.returnPressed.connect(self.show_chief)
        self.show_button = QPushButton(self.tr("Show"))
        self.show_button.clicked.connect(self.show_chief)
        self.chief.activated.connect(self.show_chief)  # a chief picked: shown at once
        bar.addWidget(QLabel(self.tr("Chief:")))
        bar.addWidget(self.chief, 1)
        bar.addWidget(QLabel(self.tr("Period:")))
        bar.addWidget(self.period)
        bar.addWidget(self.show_button)
        layout.addLayout(bar)
        self.score = QLabel(self.tr("Pick a chief and a period: the score and the sections "
                                    "behind it are shown here."))
        self.score.setWordWrap(True)
        layout.addWidget(self.score)
        self.table = QTableWidget(0, 7)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setHorizontalHeaderLabels([
            self.tr("Section"), self.tr("Target"), self.tr("Period class"),
            self.tr("Target met"), self.tr("CWQI"), self.tr("Change vs last year"),
            self.tr("TLI")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # whole titles
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)

    def refresh(self) -> None:
        store = self.page.ctx.store
        chief_id = self.chief.currentData()
        # a province's 60,000 chiefs at once, through a model (an item each took 0.2 s)
        # an area's office: its own chiefs (another township's were offered, and scored)
        from riverchief.security.sight import area_clause

        where, params = area_clause(self.page.ctx.current_actor())
        listed = fill_combo(self.chief, [] if store is None else store.conn.execute(
            "SELECT name || ' (' || code || ')', id FROM chief WHERE deleted_at IS NULL"
            f"{where} ORDER BY code", params).fetchall())
        if chief_id is not None:
            self.chief.setCurrentIndex(max(listed.find(data=chief_id), 0))

    def show_chief(self) -> None:
        """Compute the chief's score in the background: it reads every sample of the
        period (a province's year is tens of thousands), on a connection of its own."""
        from riverchief.periods import parse_period

        store, chief_id = self.page.ctx.store, self.chief.currentData()
        if store is None or chief_id is None:
            return
        try:
            period = parse_period(self.period.text())
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Chief"), str(exc))
            return
        db_path = store.path
        actor = self.page.ctx.current_actor()

        def work(progress: Any) -> Any:
            from riverchief.db import open_store
            from riverchief.security.sight import require_chief_seen
            from riverchief.waterquality.score import chief_scores, chief_sections

            with open_store(db_path) as own:
                require_chief_seen(own, actor, chief_id)
                score = chief_scores(own, period, chief_ids=[chief_id])[chief_id]
                return period, score, chief_sections(own, chief_id, period)

        start_job(self, self.tr("Computing the chief's score"), work, self.show_score)

    def show_score(self, result: Any) -> None:
        from riverchief.charts.waterquality import class_text

        period, score, rows = result
        self.score.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.score.setText(self.tr("Water-quality score {period}: {score} ({met} of {n} "
                                   "section-months on target)").format(
            period=period.label, score=score.label, met=score.attained, n=score.counted))
        self.table.setRowCount(len(rows))
        for r, sp in enumerate(rows):
            cells = [
                f"{sp.section.code} {sp.section.name}",
                class_text(sp.section.target),
                class_text(sp.water_class) if sp.water_class else self.tr("no data"),
                "" if sp.attained is None else (self.tr("yes") if sp.attained
                                                else self.tr("no")),
                sp.cwqi.label if sp.cwqi else "",
                "" if sp.cwqi_change is None else f"{sp.cwqi_change:+.1f}%",
                f"{sp.tli.value:.1f} {sp.tli.state.label}" if sp.tli else "",
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 2 and sp.water_class:
                    bg, fg = class_brushes(sp.water_class)
                    item.setBackground(bg)
                    item.setForeground(fg)
                self.table.setItem(r, c, item)


class WaterQualityPage(QWidget):
    """The navigation section 水质: sections, charts and import."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("waterQualityPage")
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.stack = QStackedWidget()
        self.list = SectionsList(self)
        self.section_page = SectionPage(self)
        self.stack.addWidget(self.list)
        self.stack.addWidget(self.section_page)
        self.charts = ChartsPage(self)
        self.importer = ImportPage(self)
        self.chief_page = ChiefPage(self)
        self.tabs.addTab(self.stack, self.tr("Sections"))
        self.tabs.addTab(self.chief_page, self.tr("Chiefs"))
        self.tabs.addTab(self.charts, self.tr("Charts"))
        self.tabs.addTab(self.importer, self.tr("Import"))
        layout.addWidget(self.tabs)
        ctx.data_changed.connect(self.on_data_changed)
        ctx.database_changed.connect(self.refresh)
        self.refresh()

    def scope(self) -> list[str] | None:
        actor = self.ctx.actor
        area_ids = getattr(actor, "area_ids", None)
        return sorted(area_ids) if area_ids is not None else None

    def refresh(self) -> None:
        self.list.refresh()
        self.charts.refresh()
        self.chief_page.refresh()
        if self.stack.currentWidget() is self.section_page:
            self.section_page.refresh()

    def on_data_changed(self, tables: set[str]) -> None:
        if tables & WQ_TABLES:
            self.list.refresh()
            if self.stack.currentWidget() is self.section_page:
                self.section_page.refresh()

    def open_section(self, section_id: str) -> None:
        self.section_page.show_section(section_id)
        self.stack.setCurrentWidget(self.section_page)

    def show_list(self) -> None:
        self.stack.setCurrentWidget(self.list)

    def enter_sample(self, section_id: str | None) -> None:
        from ui.waterquality.dialogs import SampleDialog

        rows = self.list.model.rows
        if not rows:
            QMessageBox.information(self, self.tr("Enter a sample"),
                                    self.tr("There are no monitoring sections yet."))
            return
        dialog = SampleDialog(self.ctx, [r.section for r in rows], section_id, self)
        dialog.exec()
