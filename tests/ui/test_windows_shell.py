"""The shell's Windows readiness: the app's icon on its windows, set once the window has
painted; the warning for a database in a folder a sync client (OneDrive, ...) copies."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon, QPaintEvent
from PySide6.QtWidgets import QApplication

from ui.shell.icon import ICON_SIZES, app_icon


def test_the_icon_has_every_size_drawn(qapp) -> None:
    icon = app_icon()
    assert not icon.isNull()
    assert {s.width() for s in icon.availableSizes()} == set(ICON_SIZES)
    # a 16 px title bar gets the 16 px drawing, not the largest shrunk
    small = icon.pixmap(QSize(16, 16)).toImage()
    assert small.width() == 16
    from PIL import Image

    from riverchief.paths import resource_path

    with Image.open(resource_path("icons", "riverchief-16.png")) as png:
        rgba = png.convert("RGBA")
    for x, y in ((8, 8), (3, 12), (12, 3)):
        colour = small.pixelColor(x, y)
        assert (colour.red(), colour.green(), colour.blue()) == rgba.getpixel((x, y))[:3]


def test_the_app_sets_its_icon_after_the_first_paint(qapp, monkeypatch) -> None:
    """The real start-up (ui.app.main, offscreen): no icon while the window first paints
    (start-up pays nothing for it), the icon once the app runs."""
    import ui.app as app_module
    import ui.shell.errors as errors

    monkeypatch.setenv("RIVERCHIEF_EXIT_AFTER_PAINT", "1")
    monkeypatch.setattr(app_module, "freeze_start_up", lambda: None)
    monkeypatch.setattr(errors, "setup_logging", lambda: None)
    monkeypatch.setattr(errors, "install_excepthook", lambda: None)
    qapp.setWindowIcon(QIcon())
    seen: dict[str, object] = {}

    class Window(app_module.MainWindow):
        def paintEvent(self, event: QPaintEvent) -> None:
            seen.setdefault("icon at first paint", QApplication.windowIcon().isNull())
            super().paintEvent(event)

    monkeypatch.setattr(app_module, "MainWindow", Window)
    assert app_module.main([]) == 0
    assert seen["icon at first paint"] is True
    assert {s.width() for s in QApplication.windowIcon().availableSizes()} == set(ICON_SIZES)
