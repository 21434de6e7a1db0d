"""Register the bundled CJK font with Qt so Chinese renders on machines without one."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from riverchief.fonts import FONT_FAMILY, font_path

_families: list[str] = []


def register_qt_font(app: QApplication) -> str:
    """Load ``resources/fonts/wqy-microhei.ttc`` and make it the application font."""
    if not _families:
        font_id = QFontDatabase.addApplicationFont(str(font_path()))
        if font_id < 0:
            raise RuntimeError(f"Qt could not load the bundled font {font_path()}")
        _families.extend(QFontDatabase.applicationFontFamilies(font_id))
    family = FONT_FAMILY if FONT_FAMILY in _families else _families[0]
    font = QFont(family)
    font.setPointSize(max(app.font().pointSize(), 10))
    app.setFont(font)
    return family
