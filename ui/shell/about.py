"""Help → About: name, version (from pyproject, one place), licences."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from riverchief import __version__


def about_text() -> str:
    return QCoreApplication.translate(
        "About",
        "<h3>RiverChief 河长巡河 {version}</h3>"
        "<p>Offline patrol logging, problem and outfall ledgers, water quality and "
        "accountability assessment for the river and lake chief system.</p>"
        "<p>Chinese text uses WenQuanYi Micro Hei (Apache License 2.0), shipped with the app.</p>",
    ).format(version=__version__)


def show_about(parent: QWidget | None) -> None:
    QMessageBox.about(parent, QCoreApplication.translate("About", "About RiverChief"), about_text())
