"""The reports page: pick a report and its inputs, make it in the background (progress,
cancel), see the PDF in a preview, print it through the system dialog, save it or open it
with the system viewer. Spreadsheets (XLSX) are made the same way, without a preview.
"""

from __future__ import annotations

import shutil
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QRect, QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from riverchief.errors import Cancelled, UserError
from riverchief.progress import SILENT

from ui.shell.area_picker import fill_areas, pick_own_area
from ui.shell.context import AppContext
from ui.shell.errors import show_failure
from ui.shell.folders import suggested
from ui.shell.long_lists import fill_combo

#: the reports, in the order the picker lists them: key -> (PDF?, inputs shown)
KINDS: dict[str, tuple[bool, frozenset[str]]] = {
    "quarterly": (True, frozenset({"period", "area", "appendix", "lang", "date", "author"})),
    "chief": (True, frozenset({"period", "chief", "lang", "date", "author"})),
    "water": (True, frozenset({"water", "lang", "date", "author"})),
    "ranking": (False, frozenset({"period", "area", "lang"})),
    "patrol_stats": (False, frozenset({"period", "area", "lang"})),
    "chief_stats": (False, frozenset({"period", "area", "lang"})),
}
APPENDIX = ("all", "none", "district", "township", "village")
PRINT_DPI = 300


def default_period(today: date | None = None) -> str:
    """The last finished quarter."""
    today = today or date.today()
    q = (today.month - 1) // 3
    return f"{today.year}Q{q}" if q else f"{today.year - 1}Q4"


class ReportsPage(QWidget):
    """Inputs on the left, the preview of the last report on the right."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.setObjectName("reportsPage")
        self.ctx = ctx
        self.job: Any = None
        self.print_job: Any = None
        self.output: Path | None = None
        self._tmp = tempfile.TemporaryDirectory(prefix="riverchief-reports-",
                                                ignore_cleanup_errors=True)
        self._serial = 0
        self._making = ""  # the report being made, as the picker names it

        self.kind = QComboBox()
        self.kind.setObjectName("reportKind")
        for key in KINDS:
            self.kind.addItem("", key)
        self.period = QLineEdit(default_period())
        self.period.setObjectName("reportPeriod")
        self.area = QComboBox()
        self.area.setObjectName("reportArea")
        self.appendix = QComboBox()
        self.appendix.setObjectName("reportAppendix")
        for fixed in (self.kind, self.appendix):  # a few names: each shown whole
            fixed.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for key in APPENDIX:
            self.appendix.addItem("", key)
        self.chief = QComboBox()
        self.chief.setObjectName("reportChief")
        self.chief.setEditable(True)
        self.chief.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.water = QComboBox()
        self.water.setObjectName("reportWater")
        self.water.setEditable(True)
        self.water.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.lang = QComboBox()
        self.lang.setObjectName("reportLanguage")
        self.lang.addItem("中文", "zh_CN")
        self.lang.addItem("English", "en")
        from riverchief import i18n

        self.lang.setCurrentIndex(0 if i18n.language() == "zh_CN" else 1)
        self.day = QDateEdit(QDate.currentDate())
        self.day.setObjectName("reportDate")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.author = QLineEdit()
        self.author.setObjectName("reportAuthor")
        self.generate_button = QPushButton()
        self.generate_button.setObjectName("generateReport")
        self.generate_button.clicked.connect(self.generate)
        self.status = QLabel()
        self.status.setObjectName("reportStatus")
        self.status.setWordWrap(True)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields: dict[str, QWidget] = {
            "kind": self.kind, "period": self.period, "area": self.area,
            "appendix": self.appendix, "chief": self.chief, "water": self.water,
            "lang": self.lang, "date": self.day, "author": self.author}
        for widget in self.fields.values():
            self.form.addRow(QLabel(), widget)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addLayout(self.form)
        left_layout.addWidget(self.generate_button)
        left_layout.addWidget(self.status)
        left_layout.addStretch(1)

        self.document = QPdfDocument(self)
        self.preview = QPdfView()
        self.preview.setObjectName("reportPreview")
        self.preview.setDocument(self.document)
        self.preview.setPageMode(QPdfView.PageMode.MultiPage)
        self.preview.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.print_button = QPushButton()
        self.print_button.setObjectName("printReport")
        self.print_button.clicked.connect(self.on_print)
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveReport")
        self.save_button.clicked.connect(self.on_save)
        self.open_button = QPushButton()
        self.open_button.setObjectName("openReport")
        self.open_button.clicked.connect(self.on_open)
        self.pages = QLabel()
        self.pages.setObjectName("reportPages")
        bar = QHBoxLayout()
        bar.addWidget(self.print_button)
        bar.addWidget(self.save_button)
        bar.addWidget(self.open_button)
        bar.addStretch(1)
        bar.addWidget(self.pages)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.hint = QLabel()
        self.hint.setObjectName("reportHint")
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setStyleSheet("color: #666666; font-size: 14px;")
        right_layout.addLayout(bar)
        right_layout.addWidget(self.preview, 1)
        right_layout.addWidget(self.hint, 1)

        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([320, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(split)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        ctx.database_changed.connect(self.reload)
        ctx.data_changed.connect(self._data_changed)
        ctx.actor_changed.connect(self._actor_changed)
        self._labels()
        self.reload()
        self._kind_changed()
        self._show_output(None)

    # --- inputs ---------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self._labels()
        super().changeEvent(event)

    def _labels(self) -> None:
        kinds = {
            "quarterly": self.tr("Quarterly assessment report (PDF)"),
            "chief": self.tr("River chief's performance report (PDF)"),
            "water": self.tr("One water, one file (PDF)"),
            "ranking": self.tr("Ranking of the chiefs (XLSX)"),
            "patrol_stats": self.tr("Patrol statistics by area (XLSX)"),
            "chief_stats": self.tr("Patrols of each chief (XLSX)"),
        }
        for i in range(self.kind.count()):
            self.kind.setItemText(i, kinds[self.kind.itemData(i)])
        appendix = {"all": self.tr("Scorecards of every chief"),
                    "none": self.tr("No scorecards"),
                    "district": self.tr("Scorecards of district chiefs"),
                    "township": self.tr("Scorecards of township chiefs"),
                    "village": self.tr("Scorecards of village chiefs")}
        for i in range(self.appendix.count()):
            self.appendix.setItemText(i, appendix[self.appendix.itemData(i)])
        for fixed in (self.kind, self.appendix):  # the splitter may not squeeze them
            fixed.setMinimumWidth(fixed.sizeHint().width())
        names = {"kind": self.tr("Report"), "period": self.tr("Period"),
                 "area": self.tr("Area"), "appendix": self.tr("Appendix"),
                 "chief": self.tr("River chief"), "water": self.tr("Water"),
                 "lang": self.tr("Language"), "date": self.tr("Date printed"),
                 "author": self.tr("Prepared by")}
        for key, widget in self.fields.items():
            label = self.form.labelForField(widget)
            if isinstance(label, QLabel):
                label.setText(names[key])
        self.period.setPlaceholderText(self.tr("2026Q3, 2026-07 or 2026"))
        if self.area.count():
            self.area.setItemText(0, self.tr("All areas"))
        self.generate_button.setText(self.tr("Make the report"))
        self.print_button.setText(self.tr("Print…"))
        self.save_button.setText(self.tr("Save as…"))
        self.open_button.setText(self.tr("Open with the system viewer"))
        self._show_pages()

    def reload(self) -> None:
        """Areas, chiefs and waters of the open database."""
        store = self.ctx.store
        chiefs: list[tuple[str, str]] = []
        waters: list[tuple[str, str]] = []
        self._area_ids = fill_areas(self.area, store,
                                    ("province", "city", "district", "township"),
                                    self.tr("All areas"))
        if store is not None:
            # a province's 60,000 chiefs and 30,000 waters: set at once, not row by row;
            # an area's office is offered its own chiefs (the core refuses the others)
            from riverchief.security.sight import area_clause

            where, params = area_clause(self.ctx.current_actor())
            chiefs = store.conn.execute("SELECT code || ' ' || name, code FROM chief"
                                        f" WHERE deleted_at IS NULL{where} ORDER BY code",
                                        params).fetchall()
            waters = store.conn.execute("SELECT code || ' ' || name, code FROM water"
                                        " WHERE deleted_at IS NULL ORDER BY code").fetchall()
        fill_combo(self.chief, chiefs)
        fill_combo(self.water, waters)
        self._default_author()
        self.pick_own_area()

    def _actor_changed(self) -> None:
        """Another user: their chiefs, their own area, their name as the author."""
        chief = self.chief.currentText()
        self.reload()
        index = self.chief.findText(chief)
        if index >= 0 and not getattr(self.ctx.current_actor(), "chief_id", None):
            self.chief.setCurrentIndex(index)

    def pick_own_area(self) -> None:
        """An area's office starts on its own area, as on the assessment page (a district's
        office of a city was offered the whole city's report first)."""
        pick_own_area(self.area, self.ctx.current_actor(), getattr(self, "_area_ids", []))

    def _data_changed(self, tables: set[str]) -> None:
        if tables & {"area", "chief", "water"}:
            kind, chief, water = (self.kind.currentIndex(), self.chief.currentText(),
                                  self.water.currentText())
            self.reload()
            self.kind.setCurrentIndex(kind)
            for combo, text in ((self.chief, chief), (self.water, water)):
                index = combo.findText(text)
                if index >= 0:
                    combo.setCurrentIndex(index)
                else:
                    combo.setEditText(text)  # typed, not picked: keep what was typed

    def _default_author(self) -> None:
        """The signed-in user prepares the report; a chief's own report comes first."""
        actor = self.ctx.current_actor()
        if actor is None:
            return
        if not self.author.text():
            self.author.setText(getattr(actor, "name", "") or "")
        chief_id = getattr(actor, "chief_id", None)
        if chief_id and self.ctx.store is not None:
            row = self.ctx.store.conn.execute("SELECT code FROM chief WHERE id = ?",
                                              [chief_id]).fetchone()
            index = self.chief.findData(row[0]) if row else -1
            if index >= 0:
                self.chief.setCurrentIndex(index)

    def _kind_changed(self) -> None:
        shown = KINDS[self.kind.currentData()][1]
        for key, widget in self.fields.items():
            visible = key == "kind" or key in shown
            widget.setVisible(visible)
            label = self.form.labelForField(widget)
            if label is not None:
                label.setVisible(visible)

    @staticmethod
    def _code(combo: QComboBox) -> str | None:
        """The code of the picked item, or what was typed (its first word)."""
        text = combo.currentText().strip()
        if combo.currentIndex() >= 0 and combo.itemText(combo.currentIndex()) == text:
            return str(combo.currentData())
        return text.split()[0] if text else None

    def options(self) -> dict[str, Any]:
        return {
            "period": self.period.text().strip(),
            "area": self.area.currentData(),
            "appendix": self.appendix.currentData(),
            "chief": self._code(self.chief),
            "water": self._code(self.water),
            "lang": self.lang.currentData(),
            "date": self.day.date().toPython(),
            "author": self.author.text().strip(),
        }

    # --- making ---------------------------------------------------------------------------
    def generate(self) -> None:
        store = self.ctx.store
        if store is None or (self.job is not None and self.job.running):
            return
        from riverchief.reports.make import make_report

        from ui.shell.jobs import start_job, task

        kind = str(self.kind.currentData())
        is_pdf = KINDS[kind][0]
        self._serial += 1
        out = Path(self._tmp.name) / f"{kind}-{self._serial}.{'pdf' if is_pdf else 'xlsx'}"
        options = self.options()
        db_path = store.path
        self._making = self.kind.currentText()

        self.status.setStyleSheet("")
        self.status.setText(self.tr("Making the report…"))
        self.generate_button.setEnabled(False)
        # in a process of its own: laying out a long report never freezes the window
        self.job = start_job(self, self.tr("Making the report"),
                             task(make_report, str(db_path), kind, str(out), options,
                                  self.ctx.current_actor()),
                             self._done, on_error=self._failed, on_cancel=self._cancelled)

    def _done(self, made: str) -> None:
        path = Path(made)
        self.generate_button.setEnabled(True)
        self._show_output(path)
        # the file is a scratch copy: what it is and what to do next is what matters
        self.status.setText(self.tr("{report} is ready: save it or print it.").format(
            report=self._making))

    def _failed(self, exc: BaseException) -> None:
        self.generate_button.setEnabled(True)
        show_failure(self.status, self, self.tr("Making the report"), exc)

    def _cancelled(self) -> None:
        self.generate_button.setEnabled(True)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Cancelled: no report was made."))

    # --- the result -----------------------------------------------------------------------
    def _show_output(self, path: Path | None) -> None:
        previous, self.output = self.output, path
        self.document.close()
        if previous is not None and previous != path:
            self._remove_scratch(keep=path)
        is_pdf = path is not None and path.suffix == ".pdf"
        if is_pdf:
            assert path is not None
            self.document.load(str(path))
        self.preview.setVisible(is_pdf)
        self.hint.setVisible(not is_pdf)
        self.print_button.setEnabled(is_pdf)
        self.save_button.setEnabled(path is not None)
        self.open_button.setEnabled(path is not None)
        self._show_pages()

    def _remove_scratch(self, keep: Path | None) -> None:
        """One made report at a time in the scratch folder. Windows refuses to delete a
        report still open in the system's PDF viewer (Open): it stays, and goes with a
        later report once the viewer has let it go (or with the folder at the end)."""
        for old in Path(self._tmp.name).iterdir():
            if old == keep:
                continue
            try:
                old.unlink()
            except OSError:
                continue

    def page_count(self) -> int:
        return self.document.pageCount() if self.output and self.output.suffix == ".pdf" else 0

    def _show_pages(self) -> None:
        if self.output is None:
            self.pages.setText("")
            self.hint.setText(self.tr("Pick a report and its inputs, then make it: the PDF is "
                                      "shown here, ready to print or save."))
        elif self.output.suffix == ".pdf":
            self.pages.setText(self.tr("{n} pages").format(n=self.page_count()))
        else:
            self.pages.setText("")
            self.hint.setText(self.tr("A spreadsheet: save it or open it to see it."))

    def print_to(self, printer: QPrinter) -> object:
        """Print the pages the printer asks for, in the background (a report with every
        chief's scorecard is thousands of pages, each rendered at up to
        :data:`PRINT_DPI`); the outcome shows in the status line."""
        from ui.shell.jobs import start_job

        if self.output is None or not self.page_count():
            return None
        source = self.output
        self.print_button.setEnabled(False)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Printing…"))
        self.print_job = start_job(
            self, self.tr("Printing"), lambda progress: print_pdf(source, printer, progress),
            self._printed, on_error=self._print_failed, on_cancel=self._print_cancelled)
        return self.print_job

    def _printed(self, n: int) -> None:
        self.print_button.setEnabled(self.page_count() > 0)
        self.status.setText(self.tr("Sent {n} pages to the printer.").format(n=n))

    def _print_failed(self, exc: BaseException) -> None:
        self.print_button.setEnabled(self.page_count() > 0)
        show_failure(self.status, self, self.tr("Printing"), exc)

    def _print_cancelled(self) -> None:
        self.print_button.setEnabled(self.page_count() > 0)
        self.status.setText(self.tr("Printing cancelled."))

    def on_print(self) -> None:
        if not self.page_count():
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.output.name if self.output else "")
        printer.setFromTo(1, self.page_count())
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, self.page_count())
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def on_save(self) -> None:
        if self.output is None:
            return
        suffix = self.output.suffix
        filters = self.tr("PDF (*.pdf)") if suffix == ".pdf" else self.tr("Spreadsheet (*.xlsx)")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the report"),
                                              suggested(self.suggested_name()), filters)
        if path:
            self.save_to(Path(path))

    def suggested_name(self) -> str:
        assert self.output is not None
        o = self.options()
        kind = str(self.kind.currentData())
        what = {"chief": o["chief"], "water": o["water"]}.get(kind) or o["period"]
        return f"{kind}-{what}{self.output.suffix}".replace("/", "-")

    def save_to(self, path: Path) -> object:
        """Copy the made report to ``path`` in the background (thousands of pages, perhaps
        to a slow USB stick or share); the outcome shows in the status line."""
        from ui.shell.jobs import start_job

        assert self.output is not None
        if path.suffix.lower() != self.output.suffix:
            path = path.with_name(path.name + self.output.suffix)
        source = self.output

        def work(progress: Any) -> Path:
            from riverchief.files import check_length

            check_length(path)  # Windows: a path too long is said in words
            try:
                shutil.copyfile(source, path)
            except OSError as exc:
                raise UserError(self.tr("Cannot write {path}: {error}").format(
                    path=path, error=exc.strerror or exc)) from exc
            return path

        self.status.setStyleSheet("")
        self.status.setText(self.tr("Saving…"))
        return start_job(self, self.tr("Save the report"), work, self._saved,
                         on_error=self._save_failed)

    def _saved(self, path: Path) -> None:
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Saved to {path}.").format(path=path))

    def _save_failed(self, exc: BaseException) -> None:
        show_failure(self.status, self, self.tr("Save the report"), exc)

    def on_open(self) -> None:
        if self.output is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.output)))

    def closeEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        self.document.close()
        super().closeEvent(event)


def print_pdf(source: Path, printer: QPrinter, progress: Any = SILENT) -> int:
    """Render the pages of the PDF ``source`` that ``printer`` asks for into it; the number
    of pages printed. Runs on the background lane: a document of its own (made, used and
    deleted on this thread), the printer used by nobody else meanwhile; a cancel aborts
    the print job."""
    from shiboken6 import delete

    document = QPdfDocument()
    try:
        if document.load(str(source)) != QPdfDocument.Error.None_:
            raise UserError(QCoreApplication.translate(
                "ReportsPage", "The report cannot be read for printing."), where=str(source))
        count = document.pageCount()
        first, last = printer.fromPage(), printer.toPage()
        if first == 0 and last == 0:
            first, last = 1, count
        first, last = max(1, first), min(count, last)
        painter = QPainter()
        if not painter.begin(printer):
            raise UserError(QCoreApplication.translate(
                "ReportsPage", "The printer cannot be opened."))
        printed = 0
        try:
            for n in range(first - 1, last):
                progress.report(printed, last - first + 1)
                if progress.cancelled():
                    printer.abort()
                    raise Cancelled()
                if printed:
                    printer.newPage()
                target = printer.pageRect(QPrinter.Unit.DevicePixel).toRect()
                target.moveTo(0, 0)
                page = document.pagePointSize(n)
                dpi = min(printer.resolution(), PRINT_DPI)
                image = document.render(n, QSize(round(page.width() / 72 * dpi),
                                                 round(page.height() / 72 * dpi)))
                size = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                box = QRect(target.topLeft(), size)
                box.moveCenter(target.center())
                painter.drawImage(box, image)
                printed += 1
        finally:
            painter.end()
        return printed
    finally:
        document.close()
        delete(document)


__all__ = ["KINDS", "ReportsPage", "print_pdf"]
