"""Backups while the app is used, and File → Restore from backup….

:class:`BackupKeeper` takes the daily backup (shortly after a database opens, then
checked every hour) on the background lane, and refreshes the instance lock every minute
so that other computers on a share see this instance is alive. :func:`restore_from_backup`
asks for a backup file, confirms, restores it in the background (the backup is verified
first and the current file kept aside) and reopens the database.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from ui.shell.context import AppContext

log = logging.getLogger(__name__)

FIRST_CHECK_MS = 10_000  # after a database opens: not during start-up
CHECK_EVERY_MS = 3_600_000
LOCK_REFRESH_MS = 60_000
BACKUP_FILTER = "RiverChief (*.db *.sqlite);;*"


class BackupKeeper(QObject):
    """The daily backup and the lock's heartbeat for the open database."""

    def __init__(self, window: QMainWindow, ctx: AppContext) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = ctx
        self.running = False
        self.last: Path | None = None
        self.timer = QTimer(self)
        self.timer.setObjectName("dailyBackupTimer")
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        self.first = QTimer(self)
        self.first.setSingleShot(True)
        self.first.setInterval(FIRST_CHECK_MS)
        self.first.timeout.connect(self.check)
        self.heartbeat = QTimer(self)
        self.heartbeat.setInterval(LOCK_REFRESH_MS)
        self.heartbeat.timeout.connect(self.refresh_lock)
        ctx.database_changed.connect(self.database_changed)
        self.database_changed()

    def database_changed(self) -> None:
        if self.ctx.store is None:
            self.timer.stop()
            self.first.stop()
            self.heartbeat.stop()
            return
        self.first.start()
        self.timer.start()
        self.heartbeat.start()

    def refresh_lock(self) -> None:
        store = self.ctx.store
        if store is not None and store.lock is not None:
            store.lock.refresh()

    def check(self) -> None:
        """Take the daily backup in the background if the newest backup is a day old."""
        store = self.ctx.store
        if store is None or self.running:
            return
        from ui.shell.jobs import start_job

        db_path = store.path

        def work(progress: Any) -> Path | None:
            from riverchief.db import backup_if_due, open_store

            # its own connection: the copy never waits for, nor holds up, the window's
            with open_store(db_path) as own:
                return backup_if_due(own)

        self.running = True
        title = QCoreApplication.translate("Backups", "Daily backup")
        start_job(self.window, title, work, self._done, on_error=self._failed,
                  on_cancel=self._cancelled)

    def _done(self, path: Any) -> None:
        self.running = False
        if path is not None:
            self.last = Path(path)
            text = QCoreApplication.translate("Backups", "Daily backup written to {path}")
            self.window.statusBar().showMessage(text.format(path=path), 8000)

    def _failed(self, exc: BaseException) -> None:
        self.running = False
        log.error("daily backup failed", exc_info=exc)
        text = QCoreApplication.translate("Backups", "The daily backup failed: {error}")
        self.window.statusBar().showMessage(text.format(error=exc))

    def _cancelled(self) -> None:
        self.running = False


def restore_from_backup(window: QMainWindow, ctx: AppContext) -> None:
    """File → Restore from backup…: choose, confirm, restore in the background, reopen."""
    store = ctx.store
    if store is None:
        return
    from riverchief.paths import backups_dir

    title = QCoreApplication.translate("Backups", "Restore from backup")
    chosen, _ = QFileDialog.getOpenFileName(window, title, str(backups_dir(store.path)),
                                            BACKUP_FILTER)
    if not chosen:
        return
    backup, db_path = Path(chosen), store.path
    if backup.resolve() == db_path.resolve():
        QMessageBox.warning(window, title, QCoreApplication.translate(
            "Backups", "Choose a backup, not the open database itself."))
        return
    answer = QMessageBox.question(
        window, title,
        QCoreApplication.translate(
            "Backups",
            "Replace the open database with the backup {backup}?\n\nThe backup is checked "
            "first. The current database is kept aside as a file beside it, so you can go "
            "back to it.").format(backup=backup.name),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return
    from riverchief.db.restore import restore

    from ui.shell.jobs import start_job

    def done(aside: Any) -> None:
        try:
            ctx.open(db_path)
        except Exception as exc:  # noqa: BLE001 - shown to the user like any open failure
            QMessageBox.warning(window, title, str(exc))
            return
        message = QCoreApplication.translate("Backups", "Restored {backup}.").format(
            backup=backup.name)
        if aside:
            message += " " + QCoreApplication.translate(
                "Backups", "The previous database was kept as {aside}.").format(aside=aside)
        window.statusBar().showMessage(message, 15000)

    start_job(window, title, lambda progress: restore(backup, db_path), done)
