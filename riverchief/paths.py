"""Where things live: the per-user data folder, the database file, the bundled resources.

Every path goes through here so that the app works the same from a source tree, an
installed wheel and a frozen (PyInstaller) bundle, on Windows and Linux alike.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "RiverChief"
DB_ENV = "RIVERCHIEF_DB"
DATA_ENV = "RIVERCHIEF_DATA"
DB_FILENAME = "riverchief.db"


def resource_path(*parts: str) -> Path:
    """A file under ``resources/``, from source or from a frozen bundle."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        base = Path(frozen_root) / "resources"
    else:
        base = Path(__file__).resolve().parent.parent / "resources"
    return base.joinpath(*parts)


def data_dir() -> Path:
    """The per-user data folder (``%LOCALAPPDATA%\\RiverChief`` on Windows).

    ``RIVERCHIEF_DATA`` overrides it; tests point it at a temporary folder.
    """
    override = os.environ.get(DATA_ENV)
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


def default_db_path() -> Path:
    """The database the app opens when none is named: ``RIVERCHIEF_DB`` or the data folder's."""
    override = os.environ.get(DB_ENV)
    if override:
        return Path(override)
    return data_dir() / DB_FILENAME


def backups_dir(db_path: Path) -> Path:
    """Backups of a database sit in a ``backups`` folder beside it."""
    return db_path.parent / "backups"


def logs_dir() -> Path:
    return data_dir() / "logs"
