"""Long work off the GUI thread, with a progress dialog that appears after half a second.

One mechanism for every capability: ``start_job(parent, title, fn, on_done)`` runs
``fn(progress)`` on the single background lane (one worker thread, as Anki and Datasette
do for database work). ``progress`` is a :class:`riverchief.progress.Progress`: the core
reports through it and checks it for cancellation. Results and errors come back to the
GUI thread through signals; worker code never touches a widget. A user mistake
(``UserError``) is shown as a message; anything else goes to the error dialog and the log.

Heavy work goes to its own process: pass a :class:`Task` (a module-level function and
picklable arguments, made with :func:`task`) instead of a closure. A worker *thread*
shares the interpreter lock with the GUI thread, and CPU-heavy Python holds it in long
stretches the event loop cannot interrupt: a full garbage collection of a large heap, one
long numpy, reportlab or matplotlib call. Measured here on the lane thread
(``benchmarks/reliability.py stall --lane thread``): 124 ms making the city demo, 232 ms
importing a package, 1.4 s drawing the city report, 57 s scoring the province (the
worker's first collection after scoring walked every object made meanwhile); as a Task
none of them stalls the GUI over 50 ms. A :class:`Task` runs in a process of its own
(``spawn``, as on Windows), so nothing it does can hold the GUI: its progress comes back
over a pipe (at most :data:`PROGRESS_INTERVAL_S` apart), Cancel asks it to stop at its
next progress check and ends the process after :data:`CANCEL_GRACE_S` if it does not
(SQLite rolls back the open transaction: a killed writer never leaves half of an
import). The lane thread only waits on the pipe. A task whose database is on a network
share runs on the lane thread instead, as a share has a single writer.
"""

from __future__ import annotations

import logging
import multiprocessing
import pickle
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget
from shiboken6 import isValid

from riverchief.errors import Cancelled, UserError

log = logging.getLogger(__name__)

SHOW_AFTER_MS = 500
PROGRESS_INTERVAL_S = 0.05  # at most 20 progress updates a second reach the GUI thread
CANCEL_GRACE_S = 3.0  # a task process that has not stopped this long after Cancel is ended
_POLL_S = 0.1


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


class _Throttle:
    """Lets a progress report through at most every :data:`PROGRESS_INTERVAL_S`.

    Each report that reaches the GUI thread is a queued signal, a slot call and a repaint;
    a loop reporting every row would keep the GUI thread busy (and, on the thread lane,
    waiting for the interpreter lock once per report). The first report, a change of
    text and the last one (``done >= total``) always pass.
    """

    def __init__(self, interval: float = PROGRESS_INTERVAL_S,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.interval = interval
        self._clock = clock
        self._last = float("-inf")
        self._text: str | None = None
        self._lock = threading.Lock()

    def admit(self, done: int, total: int, text: str) -> bool:
        now = self._clock()
        with self._lock:
            if (now - self._last < self.interval and text == self._text
                    and not (total and done >= total)):
                return False
            self._last = now
            self._text = text
            return True


class JobProgress:
    """The :class:`Progress` a job's function receives; thread-safe."""

    def __init__(self, job: Job) -> None:
        self._job = job
        self._cancel = threading.Event()
        self._throttle = _Throttle()

    def report(self, done: int, total: int, text: str = "") -> None:
        if self._throttle.admit(done, total, text):
            try:
                self._job.progressed.emit(done, total, text)
            except RuntimeError as exc:  # the job was deleted (the app is quitting)
                self._cancel.set()
                raise Cancelled from exc

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()


@dataclass(frozen=True)
class Task:
    """Work for a process of its own: ``fn(progress, *args, **kwargs)``.

    ``fn`` is a module-level function (pickled by its name) and the arguments and result
    are picklable: paths, codes and plain values, not a :class:`Store` (the function opens
    the database itself from its path). Keep the result small (a path, counts, a run's id):
    unpickling a large object graph in the GUI process would hold its interpreter lock as
    long as it takes, the very stall the process avoids; let the page read what it shows
    from the database. ``db`` names the database the task writes to: when it is on a
    network share the task runs on the lane thread instead.
    """

    fn: Callable[..., Any]
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = field(default_factory=dict)
    db: Path | None = None

    def __call__(self, progress: Any) -> Any:
        return self.fn(progress, *self.args, **self.kwargs)

    def in_process(self) -> bool:
        if self.db is None:
            return True
        from riverchief.db.location import is_network_path

        return not is_network_path(Path(self.db))


def task(fn: Callable[..., Any], *args: Any, db: Path | None = None, **kwargs: Any) -> Task:
    """A :class:`Task` running ``fn(progress, *args, **kwargs)`` in its own process."""
    made = Task(fn, args, kwargs, db)
    try:
        pickle.dumps(made)
    except Exception as exc:  # a programming mistake: say so where the task is made
        raise TypeError(f"a Task needs a module-level function and picklable arguments: "
                        f"{exc}") from exc
    return made


class ProcessDied(RuntimeError):
    """The task's process ended without a result (killed, out of memory, a crash in C)."""


class _RemoteTraceback(Exception):
    """The traceback of an exception raised in a task's process (as its ``__cause__``)."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text

    def __str__(self) -> str:
        return self.text


class _PipeProgress:
    """The task process's :class:`Progress`: reports over the pipe, cancel from an event."""

    def __init__(self, conn: Any, cancel: Any) -> None:
        self._conn = conn
        self._cancel = cancel
        self._throttle = _Throttle()

    def report(self, done: int, total: int, text: str = "") -> None:
        if self._throttle.admit(done, total, text):
            self._conn.send(("progress", int(done), int(total), str(text)))

    def cancelled(self) -> bool:
        return bool(self._cancel.is_set())


def _task_main(work: Task, conn: Any, cancel: Any, language: str) -> None:
    """The task process: run ``work`` and send back its result, failure or cancellation."""
    from riverchief.i18n import set_language

    set_language(language)
    try:
        try:
            result = work(_PipeProgress(conn, cancel))
        except Cancelled:
            conn.send(("cancelled",))
            return
        except BaseException as exc:  # noqa: BLE001 - every failure goes to the GUI
            text = "".join(traceback.format_exception(exc))
            try:
                payload = pickle.dumps(exc)
                pickle.loads(payload)
            except Exception:  # noqa: BLE001 - an exception that cannot travel
                payload = None
            conn.send(("failed", payload, text, f"{type(exc).__name__}: {exc}"))
            return
        if cancel.is_set():
            conn.send(("cancelled",))
            return
        try:
            conn.send(("done", result))
        except Exception as exc:  # noqa: BLE001 - a result that cannot travel is a bug
            conn.send(("failed", None, "".join(traceback.format_exception(exc)),
                       f"the task's result cannot be sent back: {exc}"))
    finally:
        conn.close()


def _run_in_process(work: Task, progress: JobProgress) -> Any:
    """Run ``work`` in a spawned process, relaying its progress; its result or exception."""
    from riverchief.i18n import language

    mp = multiprocessing.get_context("spawn")
    receiver, sender = mp.Pipe(duplex=False)
    cancel = mp.Event()
    # Not a daemon: a task may start workers of its own (the demo does for big tiers).
    proc = mp.Process(target=_task_main, args=(work, sender, cancel, language()),
                      name="riverchief-task")
    proc.start()
    sender.close()  # ours closed, so the pipe ends when the child's end closes
    cancel_at: float | None = None
    outcome: tuple[Any, ...] | None = None
    try:
        while outcome is None:
            if progress.cancelled() and cancel_at is None:
                cancel.set()
                cancel_at = time.monotonic()
            if cancel_at is not None and time.monotonic() - cancel_at > CANCEL_GRACE_S:
                proc.terminate()  # SIGTERM / TerminateProcess: SQLite rolls back
                proc.join()
                raise Cancelled()
            if not receiver.poll(_POLL_S):
                continue
            try:
                message = receiver.recv()
            except EOFError:
                proc.join()
                if cancel_at is not None:
                    raise Cancelled() from None
                raise ProcessDied(QCoreApplication.translate(
                    "Jobs", "The background process stopped without a result (exit code "
                    "{code}): it may have run out of memory or been ended from outside."
                ).format(code=proc.exitcode)) from None
            if message[0] == "progress":
                progress.report(*message[1:])
            else:
                outcome = message
    finally:
        receiver.close()
        if proc.is_alive():
            proc.join(CANCEL_GRACE_S)
        if proc.is_alive():
            proc.terminate()
            proc.join()
        proc.close()
    kind = outcome[0]
    if kind == "done":
        return outcome[1]
    if kind == "cancelled":
        raise Cancelled()
    _, payload, text, summary = outcome
    exc = pickle.loads(payload) if payload is not None else RuntimeError(summary)
    if not isinstance(exc, UserError):
        exc.__cause__ = _RemoteTraceback(text)
    raise exc


class Job(QObject):
    """One piece of background work and its signals (all delivered on the GUI thread)."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    was_cancelled = Signal()
    ended = Signal()  # after any of the three above

    def __init__(self, fn: Callable[[JobProgress], Any] | Task,
                 parent: QObject | None = None) -> None:
        # No Qt parent: the job must outlive a page deleted while it runs (its worker still
        # emits through it); start_job keeps it in _RUNNING until the lane is done with it.
        super().__init__(None)
        self.fn = fn
        self.progress = JobProgress(self)
        self.running = False
        self.orphaned = False  # the widget that started it is gone: no callbacks
        # The page's callbacks, held here and not by Qt's connections: see _release.
        self.handlers: dict[str, Callable[..., None]] = {}
        for signal, name in ((self.progressed, "progressed"), (self.succeeded, "succeeded"),
                             (self.failed, "failed"), (self.was_cancelled, "was_cancelled")):
            signal.connect(getattr(self, "_on_" + name))
        if parent is not None:
            parent.destroyed.connect(self._orphan)

    def _on_progressed(self, done: int, total: int, text: str) -> None:
        if handler := self.handlers.get("progressed"):
            handler(done, total, text)

    def _on_succeeded(self, result: Any) -> None:
        if handler := self.handlers.get("succeeded"):
            handler(result)

    def _on_failed(self, exc: BaseException) -> None:
        if handler := self.handlers.get("failed"):
            handler(exc)

    def _on_was_cancelled(self) -> None:
        if handler := self.handlers.get("was_cancelled"):
            handler()

    def cancel(self) -> None:
        self.progress.cancel()

    def _orphan(self) -> None:
        self.orphaned = True

    def _release(self) -> None:
        """The lane is done with the job: drop its callbacks (closures that refer to the
        job and to the page's widgets), here on the GUI thread.

        Not by disconnecting the signals: Qt frees a disconnected slot at the sender's next
        emission, and the lane thread may still be inside ``ended.emit()`` — it then drops
        the closures, and with them the last reference to a widget, which PySide destroys
        on the lane thread (a segmentation fault later, in
        ``BindingManager::runDeletionInMainThread``). Nor may the lane thread drop the
        last reference to the job: the last released job is kept until the next release
        (the lane runs one job at a time, so it is long done with that one)."""
        _RUNNING.discard(self)
        self.handlers.clear()
        _RETIRED[:] = [self]

    def execute(self) -> Any:
        """Run the work (on the lane thread): in its own process when it is a Task."""
        if isinstance(self.fn, Task) and self.fn.in_process():
            return _run_in_process(self.fn, self.progress)
        return self.fn(self.progress)


class _Runnable(QRunnable):
    def __init__(self, job: Job) -> None:
        super().__init__()
        self.job = job
        self.setAutoDelete(True)

    def run(self) -> None:
        job = self.job
        try:
            self._tell(job)
        except RuntimeError:  # the job was deleted meanwhile (the app is quitting): nobody
            log.info("a background job ended after its window was gone")  # left to tell

    @staticmethod
    def _tell(job: Job) -> None:
        try:
            result = job.execute()
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
    fn: Callable[[JobProgress], Any] | Task,
    on_done: Callable[[Any], None] | None = None,
    *,
    on_error: Callable[[BaseException], None] | None = None,
    on_cancel: Callable[[], None] | None = None,
    show_after_ms: int = SHOW_AFTER_MS,
) -> Job:
    """Run ``fn(progress)`` in the background with a cancellable progress dialog.

    ``fn`` is a closure run on the lane thread, or a :class:`Task` run in its own process
    (heavy work: imports, scoring, reports, the demo).
    """
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
    timer.timeout.connect(
        lambda: dialog.show() if job.running and not job.orphaned and isValid(dialog) else None)
    job.dialog = dialog  # type: ignore[attr-defined]

    def on_progress(done: int, total: int, text: str) -> None:
        if job.orphaned or not job.running or not isValid(dialog):
            return
        if text:  # a step that says what the title says is not said twice
            same = text.rstrip("…. ") == title.rstrip("…. ")
            dialog.setLabelText(title if same else f"{title}\n{text}")
        dialog.setMaximum(max(total, 0))
        # last: a window-modal dialog's setValue processes events, the job's end among
        # them, after which the dialog may be gone
        dialog.setValue(min(done, total) if total else 0)

    def finish() -> None:
        job.running = False
        timer.stop()
        if isValid(dialog):
            dialog.reset()
            dialog.hide()
            dialog.deleteLater()

    def succeeded(result: Any) -> None:
        finish()
        if on_done and not job.orphaned:
            on_done(result)

    def failed(exc: BaseException) -> None:
        finish()
        owner = None if job.orphaned else parent  # a failure is never silent
        if on_error and not job.orphaned:
            on_error(exc)
        elif isinstance(exc, UserError):
            QMessageBox.warning(owner, title, str(exc))
        else:
            from ui.shell.errors import show_error

            show_error(owner, title, exc)

    def cancelled() -> None:
        finish()
        if on_cancel and not job.orphaned:
            on_cancel()

    job.handlers.update(progressed=on_progress, succeeded=succeeded, failed=failed,
                        was_cancelled=cancelled)
    job.ended.connect(job._release)  # queued: after the outcome's own handler
    dialog.canceled.connect(job.cancel)
    job.running = True
    timer.start(show_after_ms)
    _RUNNING.add(job)
    _Lane.get().start(_Runnable(job))
    return job


_RUNNING: set[Job] = set()
_RETIRED: list[Job] = []  # the last job released, dropped on the GUI thread (Job._release)


def shutdown(msecs: int = 10_000) -> bool:
    """Cancel every job and wait for the lane (the app is closing): a task that does not
    stop at its next progress check has its process ended after :data:`CANCEL_GRACE_S`."""
    for job in list(_RUNNING):
        job.cancel()
    return wait_idle(msecs)


def running() -> int:
    """How many jobs are running or waiting on the lane."""
    return len(_RUNNING)


def wait_idle(msecs: int = 30_000) -> bool:
    """Wait until the background lane is empty (tests, shutdown)."""
    return _Lane.get().waitForDone(msecs)
