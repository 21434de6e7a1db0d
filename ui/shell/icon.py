"""The app's icon (resources/icons, drawn by tools/make_icon.py) on every window.

Set after the first paint (ui/app.py): the files are read when Qt first draws the icon,
not at start-up, and the window's first paint does not wait for them. The executable and
the installer carry the same drawing as ``riverchief.ico`` (packaging/).
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from riverchief.paths import resource_path

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
# the taskbar groups the app's windows under this id, and the installer's shortcuts carry
# it too (packaging/riverchief.iss): run from source it would otherwise be python.exe's
APP_USER_MODEL_ID = "RiverChief.RiverChief"


def app_icon() -> QIcon:
    """Every size drawn for itself: Qt takes the 16 px drawing for a title bar, not the
    256 px one shrunk (a blur)."""
    icon = QIcon()
    for size in ICON_SIZES:
        path = resource_path("icons", f"riverchief-{size}.png")
        if path.is_file():
            icon.addFile(str(path), QSize(size, size))
    return icon


def set_app_icon(app: QApplication) -> None:
    """The icon of the app's windows and dialogs, the open ones included."""
    app.setWindowIcon(app_icon())


def set_windows_app_id() -> bool:
    """On Windows, the app's own taskbar entry and icon (SetCurrentProcessExplicitAppUser
    ModelID), set before the first window; True when set. Elsewhere nothing."""
    if sys.platform != "win32":
        return False
    import ctypes

    try:
        shell32 = ctypes.windll.shell32  # type: ignore[attr-defined]
        return shell32.SetCurrentProcessExplicitAppUserModelID(APP_USER_MODEL_ID) == 0
    except (AttributeError, OSError):  # an old Windows, or a restricted session
        return False
