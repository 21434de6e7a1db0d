"""Errors a user can act on: a dialog that says what failed and where the log is.

An unexpected exception anywhere in the GUI is logged with its traceback to a rotating
file in the data folder and shown in a dialog; the app keeps running.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
import traceback
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from riverchief.errors import UserError
from riverchief.paths import logs_dir

log = logging.getLogger("riverchief")


def log_file():  # type: ignore[no-untyped-def]
    return logs_dir() / "riverchief.log"


def setup_logging() -> None:
    """A rotating log file (1 MB × 5) in the data folder."""
    root = logging.getLogger()
    if any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        return
    try:
        logs_dir().mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            log_file(), maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
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
    box.open()


def install_excepthook() -> None:
    """Show unexpected exceptions in a dialog instead of ending the app."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        log.error("unexpected error", exc_info=(kind, exc, tb))
        if QApplication.instance() is not None:
            show_error(QApplication.activeWindow(),
                       QApplication.translate("Errors", "Unexpected error"), exc)

    sys.excepthook = hook
