"""Import and export of the registry from the GUI, in the background with progress."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.shell.context import AppContext
from ui.shell.folders import suggested

IMPORT_FILTER = "*.csv *.xlsx *.geojson *.json *.kml *.kmz *.shp *.zip"
LINE_SUFFIXES = (".geojson", ".json", ".kml", ".kmz", ".shp", ".zip")
translate = QCoreApplication.translate  # lupdate reads the context of each call
Show = Callable[[str, bool], None]  # the page's status line: text, and whether it is an error


def _teller(parent: QWidget, show: Show | None) -> Show:
    """Where a job's outcome goes: the page's status line (never a box popping up at the
    end of a job); without one, a property of ``parent`` that a caller can read."""

    def tell(text: str, error: bool = False) -> None:
        if show is not None:
            show(text, error)
        else:
            parent.setProperty("transferResult", text)

    return tell


def _failed(parent: QWidget, title: str, tell: Show, exc: BaseException) -> None:
    """A job that failed: the user's mistake (a bad file, a permission) is said in the
    status line; an unexpected error also gets the error report with its details."""
    from riverchief.errors import UserError

    from ui.shell.errors import show_error

    tell(str(exc), True)
    if not isinstance(exc, UserError):
        show_error(parent, title, exc)


class ProblemsDialog(QDialog):
    """The bad rows of an import that was refused; the user may import the valid rows."""

    def __init__(self, problems: list[Any], valid: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importProblems")
        self.setWindowTitle(self.tr("Import refused"))
        self.resize(760, 420)
        text = QPlainTextEdit("\n".join(str(p) for p in problems))
        text.setReadOnly(True)
        text.setObjectName("problemsText")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.import_valid = QPushButton(self.tr("Import the {n} valid rows").format(n=valid))
        self.import_valid.setEnabled(valid > 0)
        self.import_valid.clicked.connect(self.accept)
        buttons.addButton(self.import_valid, QDialogButtonBox.ButtonRole.AcceptRole)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "{n} problem(s) found; nothing was imported. Fix the file and import it again, or "
            "import only the valid rows.").format(n=len(problems))))
        layout.addWidget(text)
        layout.addWidget(buttons)


def import_registry(parent: QWidget, ctx: AppContext, path: Path | None = None,
                    show: Show | None = None) -> None:
    """Ask for a file and import it in the background; the outcome goes to ``show``."""
    from riverchief.registry.transfer import ImportRejected

    from ui.registry.tasks import import_file
    from ui.security.session import ensure_signed_in
    from ui.shell.jobs import start_job, task

    if ctx.store is None:
        return
    if path is None:
        name, _ = QFileDialog.getOpenFileName(
            parent, translate("RegistryTransfer", "Import into the registry"), suggested(),
            translate("RegistryTransfer", "Registry tables and segment lines ({patterns})")
            .format(patterns=IMPORT_FILTER))
        if not name:
            return
        path = Path(name)
    datum = "wgs84"
    if path.suffix.lower() in LINE_SUFFIXES:
        choices = [translate("RegistryTransfer", "WGS84 (GPS)"),
                   translate("RegistryTransfer", "GCJ-02 (Amap, Tencent, WeChat)"),
                   translate("RegistryTransfer", "BD-09 (Baidu)")]
        choice, ok = QInputDialog.getItem(
            parent, translate("RegistryTransfer", "Coordinate system"),
            translate("RegistryTransfer", "The lines were drawn in:"), choices, 0, False)
        if not ok:
            return
        datum = ("wgs84", "gcj02", "bd09")[choices.index(choice)]
    actor = ensure_signed_in(parent, ctx)
    if actor is None:
        return
    db_path = ctx.store.path
    title = translate("RegistryTransfer", "Importing {file}").format(file=path.name)
    tell = _teller(parent, show)

    def run(valid_only: bool) -> None:
        start_job(parent, title,
                  task(import_file, str(db_path), actor, str(path), valid_only, datum,
                       db=db_path),
                  done, on_error=failed)

    def done(report: Any) -> None:
        ctx.notify({"area", "water", "segment", "section", "chief", "unit", "assignment",
                    "sign"})
        message = translate(
            "RegistryTransfer",
            "{file}: {new} new, {updated} updated, {same} unchanged, {skipped} skipped.")
        tell(message.format(
            file=path.name, new=report.created, updated=report.updated, same=report.unchanged,
            skipped=len(report.problems)), False)

    def failed(exc: BaseException) -> None:
        if isinstance(exc, ImportRejected):
            report = exc.report
            # a question to the user (import the valid rows?), not the job's result
            dialog = ProblemsDialog(report.problems, report.imported + report.unchanged, parent)
            if dialog.exec():
                run(True)
                return
            tell(translate("RegistryTransfer",
                           "{file}: nothing imported, {n} problem(s) found.").format(
                file=path.name, n=len(report.problems)), True)
            return
        _failed(parent, title, tell, exc)

    run(False)


def export_registry(parent: QWidget, ctx: AppContext, show: Show | None = None) -> None:
    """Ask where to write the registry and export it in the background; the outcome goes
    to ``show``."""
    from ui.registry.tasks import export_file
    from ui.security.session import current_actor
    from ui.shell.jobs import start_job, task

    actor = current_actor(ctx)
    if ctx.store is None or actor is None:
        return
    name, _ = QFileDialog.getSaveFileName(
        parent, translate("RegistryTransfer", "Export the registry"),
        suggested("registry.xlsx"),
        translate("RegistryTransfer", "Excel workbook (*.xlsx);;Segment lines (*.geojson)"))
    if not name:
        return
    path = Path(name)
    db_path = ctx.store.path
    title = translate("RegistryTransfer", "Exporting {file}").format(file=path.name)
    tell = _teller(parent, show)

    def done(counts: dict[str, int]) -> None:
        message = translate("RegistryTransfer", "{file}: {rows} rows written.")
        tell(message.format(file=path.name, rows=sum(counts.values())), False)

    start_job(parent, title, task(export_file, str(db_path), actor, str(path), db=db_path),
              done, on_error=lambda exc: _failed(parent, title, tell, exc))
