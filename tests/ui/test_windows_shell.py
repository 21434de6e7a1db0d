"""The shell's Windows readiness: the app's icon on its windows, set once the window has
painted; the warning for a database in a folder a sync client (OneDrive, ...) copies."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QCheckBox, QMessageBox

from ui.shell.icon import ICON_SIZES, app_icon
from ui.shell.main_window import MainWindow
from ui.shell.sync_warning import new_session


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


STARTUP_PROBE = """
import json, sys
from PySide6.QtWidgets import QApplication
import ui.app as app_module

seen = {}

class Window(app_module.MainWindow):
    def paintEvent(self, event):
        seen.setdefault("icon_at_first_paint", not QApplication.windowIcon().isNull())
        super().paintEvent(event)

app_module.MainWindow = Window
code = app_module.main([])
seen["icon_sizes"] = sorted(s.width() for s in QApplication.windowIcon().availableSizes())
print("PROBE " + json.dumps(seen))
sys.exit(code)
"""


def test_the_app_sets_its_icon_after_the_first_paint(tmp_path: Path) -> None:
    """The real start-up (ui.app.main, offscreen, in a process of its own as the app runs):
    no icon while the window first paints (start-up pays nothing for it), the icon of every
    size once the app runs."""
    import json
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", RIVERCHIEF_DATA=str(tmp_path),
               RIVERCHIEF_EXIT_AFTER_PAINT="1", PYTHONPATH=str(root))
    result = subprocess.run([sys.executable, "-c", STARTUP_PROBE], cwd=root, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    [line] = [x for x in result.stdout.splitlines() if x.startswith("PROBE ")]
    seen = json.loads(line.removeprefix("PROBE "))
    assert seen == {"icon_at_first_paint": False, "icon_sizes": list(ICON_SIZES)}


# ---- a database in a folder a sync client copies -------------------------------------

def _database(folder: Path) -> Path:
    from riverchief.db import open_store

    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "riverchief.db"
    open_store(path, create=True).close()
    return path


def _open(qtbot, ctx, path: Path) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window._open(path)
    assert ctx.store is not None and ctx.store.path == path
    return window


def test_a_database_in_onedrive_is_warned_about_once_asked(qtbot, ctx, tmp_path: Path) -> None:
    new_session()
    path = _database(tmp_path / "OneDrive - 河长办" / "文档")
    window = _open(qtbot, ctx, path)
    box = window.sync_warning
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert box.windowTitle() == "数据库位于同步文件夹中"
    assert f"OneDrive 同步的文件夹中（{tmp_path / 'OneDrive - 河长办'}）" in box.text()
    assert "不同步的本地文件夹" in box.text()
    # the window behind has the database on screen already
    assert str(path) in window.db_label.text()
    box.accept()  # without ticking the box: not again in this session
    window._open(path)
    assert window.sync_warning is None
    new_session()  # the app started again: warned again
    window._open(path)
    again = window.sync_warning
    assert isinstance(again, QMessageBox) and again.isVisible()
    tick = again.findChild(QCheckBox, "dontWarnAgain")
    assert tick.text() == "不再就此文件提醒"
    tick.setChecked(True)
    again.accept()
    new_session()
    window._open(path)
    assert window.sync_warning is None  # never again for this file
    # another file in the same folder is another file
    other = path.with_name("demo.db")
    from riverchief.db import open_store

    open_store(other, create=True).close()
    window._open(other)
    assert isinstance(window.sync_warning, QMessageBox)
    window.sync_warning.accept()


def test_a_local_database_opens_without_a_word(qtbot, ctx, tmp_path: Path) -> None:
    window = _open(qtbot, ctx, _database(tmp_path / "河长办" / "文档"))
    assert window.sync_warning is None
    assert not [w for w in QApplication.topLevelWidgets()
                if isinstance(w, QMessageBox) and w.isVisible()]


def test_windows_gives_the_app_its_own_taskbar_entry(monkeypatch) -> None:
    """Run from source, Windows would group the app under python.exe with Python's icon:
    the app names itself first, with the id its installed shortcuts carry."""
    import ctypes
    import sys

    from ui.shell import icon

    calls: list[str] = []

    class Shell32:
        def SetCurrentProcessExplicitAppUserModelID(self, app_id: str) -> int:  # noqa: N802
            calls.append(app_id)
            return 0  # S_OK

    class WinDll:
        shell32 = Shell32()

    monkeypatch.setattr(ctypes, "windll", WinDll(), raising=False)
    monkeypatch.setattr(sys, "platform", "win32")
    assert icon.set_windows_app_id() is True
    assert calls == ["RiverChief.RiverChief"]
    iss = (Path(__file__).resolve().parents[2] / "packaging" / "riverchief.iss").read_text(
        encoding="utf-8")
    assert iss.count('AppUserModelID: "RiverChief.RiverChief"') == 2
    monkeypatch.setattr(sys, "platform", "linux")
    assert icon.set_windows_app_id() is False and len(calls) == 1
