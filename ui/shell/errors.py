"""Errors a user can act on: a dialog that says what failed and where the log is.

An unexpected exception anywhere in the GUI is logged with its traceback to a rotating
file in the data folder and shown in a dialog; the app keeps running.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from riverchief.errors import UserError
from riverchief.paths import logs_dir

log = logging.getLogger("riverchief")


LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 5


def log_file() -> Path:
    """The log file in use (the rotating handler's file once logging is set up)."""
    for handler in logging.getLogger().handlers:
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            return Path(handler.baseFilename)
    return logs_dir() / "riverchief.log"


class LogFile(logging.handlers.RotatingFileHandler):
    """The rotating log, which every RiverChief window of this user writes to.

    Windows refuses to rename a file that another process holds open, and a second window
    (on another database) holds the log: the standard rollover then failed at every
    record, each one lost, and moved the older logs along each time until they were gone.
    Here the full log is moved aside first; while that is refused, records go on into the
    current file and the rollover is tried again every :attr:`RETRY_BYTES`.
    """

    RETRY_BYTES = 64 * 1024

    def __init__(self, filename: Path, *, max_bytes: int, backups: int) -> None:
        super().__init__(filename, maxBytes=max_bytes, backupCount=max(1, backups),
                         encoding="utf-8")
        self._retry_at = 0

    def shouldRollover(self, record: logging.LogRecord) -> bool:  # noqa: N802 - logging's
        if self._retry_at and self.stream is not None and self.stream.tell() < self._retry_at:
            return False
        return bool(super().shouldRollover(record))

    def doRollover(self) -> None:  # noqa: N802 - logging's name
        if self.stream:
            self.stream.close()
            self.stream = None
        base = self.baseFilename
        aside = base + ".rolling"
        try:
            os.replace(base, aside)
        except OSError:  # open in another window: keep writing here, try again later
            self.stream = self._open()
            self._retry_at = self.stream.tell() + self.RETRY_BYTES
            return
        self._retry_at = 0
        for n in range(self.backupCount - 1, 0, -1):
            if os.path.exists(f"{base}.{n}"):
                os.replace(f"{base}.{n}", f"{base}.{n + 1}")
        os.replace(aside, f"{base}.1")
        self.stream = self._open()


def setup_logging() -> None:
    """A rotating log file (1 MB × 5) in the data folder."""
    root = logging.getLogger()
    if any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        return
    try:
        logs_dir().mkdir(parents=True, exist_ok=True)
        handler = LogFile(logs_dir() / "riverchief.log", max_bytes=LOG_MAX_BYTES,
                          backups=LOG_BACKUPS)
    except OSError:
        return
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def show_error(parent: QWidget | None, title: str, exc: BaseException) -> None:
    if isinstance(exc, UserError):
        QMessageBox.warning(parent, title, str(exc))
        return
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(title)
    box.setText(
        QApplication.translate(
            "Errors",
            "Something went wrong: {error}\n\nYour saved data is safe. The details were "
            "written to the log file:\n{log}",
        ).format(error=f"{type(exc).__name__}: {exc}", log=log_file())
    )
    box.setDetailedText("".join(traceback.format_exception(exc)))
    # Without a parent nothing else holds the dialog: keep it until it is closed, or it
    # would vanish the moment this function returns.
    _open_boxes.add(box)
    box.finished.connect(lambda _result: _open_boxes.discard(box))
    box.open()


_open_boxes: set[QMessageBox] = set()

REFUSED = "color: #c0392b;"


def show_failure(status: QLabel, parent: QWidget | None, title: str, exc: BaseException
                 ) -> None:
    """A background job's failure in a page's status line: a refusal (``UserError``) in
    red words there, never in a modal box; anything else is a bug, shown by
    :func:`show_error` with the line emptied."""
    if isinstance(exc, UserError):
        status.setStyleSheet(REFUSED)
        status.setText(str(exc))
        return
    status.setText("")
    show_error(parent, title, exc)


class _ThreadErrors(QObject):
    """Carries an exception from any thread to the GUI thread (queued signal)."""

    raised = Signal(object)


_bridge: _ThreadErrors | None = None


def _show_unexpected(exc: BaseException) -> None:
    if QApplication.instance() is not None:
        show_error(QApplication.activeWindow(),
                   QApplication.translate("Errors", "Unexpected error"), exc)


def install_excepthook() -> None:
    """Show unexpected exceptions in a dialog instead of ending the app.

    Covers the GUI thread (``sys.excepthook``: an exception in a slot) and every other
    thread (``threading.excepthook``): the traceback goes to the log, the dialog to the
    GUI thread. Background work started with ``ui.shell.jobs.start_job`` reports its
    failures itself; this catches anything else.
    """
    global _bridge

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        log.error("unexpected error", exc_info=(kind, exc, tb))
        if threading.current_thread() is threading.main_thread():
            _show_unexpected(exc)
        elif _bridge is not None:
            _bridge.raised.emit(exc)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        log.error("unexpected error in thread %s", getattr(args.thread, "name", "?"),
                  exc_info=(args.exc_type, args.exc_value, args.exc_traceback))
        if _bridge is not None:
            _bridge.raised.emit(args.exc_value)

    if _bridge is None and QApplication.instance() is not None:
        _bridge = _ThreadErrors()
        _bridge.raised.connect(_show_unexpected, Qt.ConnectionType.QueuedConnection)
    sys.excepthook = hook
    threading.excepthook = thread_hook
