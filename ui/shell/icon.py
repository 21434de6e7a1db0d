"""The app's icon (resources/icons, drawn by tools/make_icon.py) on every window.

Set after the first paint (ui/app.py): the files are read when Qt first draws the icon,
not at start-up, and the window's first paint does not wait for them. The executable and
the installer carry the same drawing as ``riverchief.ico`` (packaging/).
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from riverchief.paths import resource_path

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


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
