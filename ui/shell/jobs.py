"""Long work off the GUI thread, with a progress dialog that appears after half a second.

One mechanism for every capability: ``start_job(parent, title, fn, on_done)`` runs
``fn(progress)`` on the single background lane (one worker thread, as Anki and Datasette
do for database work). ``progress`` is a :class:`riverchief.progress.Progress`: the core
reports through it and checks it for cancellation. Results and errors come back to the
GUI thread through signals; worker code never touches a widget. A user mistake
(``UserError``) is shown as a message; anything else goes to the error dialog and the log.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from riverchief.errors import Cancelled, UserError

log = logging.getLogger(__name__)

SHOW_AFTER_MS = 500


class _Lane:
    """The one background lane (a thread pool of one)."""

    pool: QThreadPool | None = None

    @classmethod
    def get(cls) -> QThreadPool:
        if cls.pool is None:
            cls.pool = QThreadPool()
            cls.pool.setMaxThreadCount(1)
            cls.pool.setObjectName("riverchief-db-lane")
        return cls.pool


class JobProgress:
    """The :class:`Progress` a job's function receives; thread-safe."""

    def __init__(self, job: Job) -> None:
        self._job = job
        self._cancel = threading.Event()

    def report(self, done: int, total: int, text: str = "") -> None:
        self._job.progressed.emit(done, total, text)

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()


class Job(QObject):
    """One piece of background work and its signals (all delivered on the GUI thread)."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    was_cancelled = Signal()
    ended = Signal()  # after any of the three above

    def __init__(self, fn: Callable[[JobProgress], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.fn = fn
        self.progress = JobProgress(self)
        self.running = False

    def cancel(self) -> None:
        self.progress.cancel()


class _Runnable(QRunnable):
    def __init__(self, job: Job) -> None:
        super().__init__()
        self.job = job
        self.setAutoDelete(True)

    def run(self) -> None:
        job = self.job
        try:
            result = job.fn(job.progress)
        except Cancelled:
            job.was_cancelled.emit()
        except BaseException as exc:  # noqa: BLE001 - every failure must reach the GUI
            if not isinstance(exc, UserError):
                log.exception("background job failed")
            job.failed.emit(exc)
        else:
            if job.progress.cancelled():
                job.was_cancelled.emit()
            else:
                job.succeeded.emit(result)
        job.ended.emit()


def start_job(
    parent: QWidget | None,
    title: str,
    fn: Callable[[JobProgress], Any],
    on_done: Callable[[Any], None] | None = None,
    *,
    on_error: Callable[[BaseException], None] | None = None,
    on_cancel: Callable[[], None] | None = None,
    show_after_ms: int = SHOW_AFTER_MS,
) -> Job:
    """Run ``fn(progress)`` in the background with a cancellable progress dialog."""
    job = Job(fn, parent)
    dialog = QProgressDialog(title, QCoreApplication.translate("Jobs", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.reset()  # hidden until the timer fires
    timer = QTimer(job)
    timer.setSingleShot(True)
    timer.timeout.connect(lambda: dialog.show() if job.running else None)
    job.dialog = dialog  # type: ignore[attr-defined]

    def on_progress(done: int, total: int, text: str) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total else 0)
        if text:
            dialog.setLabelText(f"{title}\n{text}")

    def finish() -> None:
        job.running = False
        timer.stop()
        dialog.reset()
        dialog.hide()
        dialog.deleteLater()

    def succeeded(result: Any) -> None:
        finish()
        if on_done:
            on_done(result)

    def failed(exc: BaseException) -> None:
        finish()
        if on_error:
            on_error(exc)
        elif isinstance(exc, UserError):
            QMessageBox.warning(parent, title, str(exc))
        else:
            from ui.shell.errors import show_error

            show_error(parent, title, exc)

    def cancelled() -> None:
        finish()
        if on_cancel:
            on_cancel()

    job.progressed.connect(on_progress)
    job.succeeded.connect(succeeded)
    job.failed.connect(failed)
    job.was_cancelled.connect(cancelled)
    dialog.canceled.connect(job.cancel)
    job.running = True
    timer.start(show_after_ms)
    _Lane.get().start(_Runnable(job))
    return job


def wait_idle(msecs: int = 30_000) -> bool:
    """Wait until the background lane is empty (tests, shutdown)."""
    return _Lane.get().waitForDone(msecs)
