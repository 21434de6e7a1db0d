"""Importing historical patrols (XLSX/CSV) from the patrol list, in the background."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from ui.patrols.common import current_actor
from ui.shell.context import AppContext
from ui.shell.folders import suggested

translate = QCoreApplication.translate  # lupdate reads the context of each call


def import_history_file(parent: QWidget, ctx: AppContext, path: Path | None = None,
                        show: Callable[[str], None] | None = None) -> None:
    """Ask for a spreadsheet and import it; bad rows are listed with file, row and column.

    The outcome goes to ``show`` (the page's status line), not to a message box."""
    from riverchief.registry.transfer import ImportRejected

    from ui.patrols.tasks import import_history
    from ui.registry.transfer import ProblemsDialog
    from ui.shell.jobs import start_job, task

    store = ctx.store
    actor = current_actor(ctx)
    if store is None or actor is None:
        return
    if path is None:
        name, _ = QFileDialog.getOpenFileName(
            parent, translate("PatrolImport", "Import historical patrols"), suggested(),
            translate("PatrolImport", "Spreadsheets (*.xlsx *.csv);;All files (*)"))
        if not name:
            return
        path = Path(name)
    chosen = path
    db_path = store.path
    title = translate("PatrolImport", "Importing {file}").format(file=chosen.name)

    def run(valid_only: bool) -> None:
        start_job(parent, title,
                  task(import_history, str(db_path), actor, str(chosen), valid_only,
                       db=db_path),
                  done, on_error=failed)

    def tell(text: str) -> None:
        if show is not None:
            show(text)
        else:
            parent.setProperty("importResult", text)

    def done(report: Any) -> None:
        ctx.notify({"patrol", "problem"})
        tell(translate(
            "PatrolImport", "{file}: {n} patrols imported, {skipped} rows skipped.").format(
                file=chosen.name, n=report.created, skipped=len(report.problems)))

    def failed(exc: BaseException) -> None:
        if isinstance(exc, ImportRejected):
            dialog = ProblemsDialog(exc.report.problems, getattr(exc, "valid_rows", 0), parent)
            parent.setProperty("lastImportProblems", "\n".join(
                str(p) for p in exc.report.problems))
            if dialog.exec():
                run(True)
            return
        tell(str(exc))

    run(False)
