"""The warning for a database in a folder a sync client copies (OneDrive, Dropbox, 坚果云,
百度网盘同步盘): riverchief.db.location decides and words it; this shows it once per file
in a session (opened again, the file is not warned about again until the app restarts),
and never again for a file the user ticks "Don't warn again for this file" for.

The box is window-modal and opened without blocking (``open``): the main window has
already painted the database, and the user reads the warning over it.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QCheckBox, QMessageBox, QWidget

SETTING = "ui/sync_warning_dismissed"  # the files the user asked not to be warned about
_WARNED: set[str] = set()  # the files warned about in this session


def _key(path: Path) -> str:
    """The same file, however its name was typed (case ignored on Windows)."""
    return os.path.normcase(os.path.abspath(str(path)))


def dismissed() -> set[str]:
    value = QSettings().value(SETTING) or []
    if isinstance(value, str):  # QSettings gives a lone value back as a string
        value = [value]
    return {str(v) for v in value}


def new_session() -> None:
    """Forget which files were warned about (as when the app starts again)."""
    _WARNED.clear()


def dismiss(path: Path) -> None:
    QSettings().setValue(SETTING, sorted(dismissed() | {_key(path)}))


def warn_if_synced(parent: QWidget, path: Path) -> QMessageBox | None:
    """Open the warning over ``parent`` when ``path`` is in a synchronised folder and the
    user has not asked to be left alone about it; the box, or None when nothing is said."""
    from riverchief.db.location import sync_warning

    key = _key(path)
    if key in _WARNED or key in dismissed():
        return None
    text = sync_warning(path)
    if text is None:
        return None
    _WARNED.add(key)
    box = QMessageBox(parent)
    box.setObjectName("syncWarning")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("SyncWarning", "Database in a synchronised "
                                                  "folder"))
    box.setText(text)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    check = QCheckBox(QCoreApplication.translate("SyncWarning",
                                                 "Don't warn again for this file"))
    check.setObjectName("dontWarnAgain")
    box.setCheckBox(check)

    def closed(_result: int) -> None:
        if check.isChecked():
            dismiss(path)

    box.finished.connect(closed)
    box.open()
    return box
