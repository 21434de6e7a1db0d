"""Where a file dialog starts: the user's Documents folder.

A file name given to a dialog without a folder is taken from the working directory, which
for the installed app is the program's folder (the Start-menu shortcut starts it there):
ledgers, rule sets and charts were offered a place in
``%LOCALAPPDATA%\\Programs\\RiverChief``. The home folder itself is no better on Windows,
where nobody keeps files at the top of ``C:\\Users\\张三``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths


def documents_dir() -> Path:
    """Documents (OneDrive's when Windows keeps it there), else the home folder."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if found and Path(found).is_dir():
        return Path(found)
    return Path.home()


def suggested(name: str = "") -> str:
    """A dialog's starting point: ``name`` in :func:`documents_dir` (the folder alone
    without a name)."""
    return str(documents_dir() / name) if name else str(documents_dir())
