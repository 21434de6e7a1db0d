"""The shell: main window, first run, language switch, background jobs with cancel."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFontDatabase, QFontInfo
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QProgressDialog

from riverchief import i18n
from riverchief.errors import UserError
from riverchief.fonts import font_path

from ui.shell.first_run import FirstRunChoice, FirstRunDialog
from ui.shell.jobs import start_job, wait_idle
from ui.shell.main_window import MainWindow
from ui.shell.settings_dialog import SettingsDialog


def test_main_window_shows_database_and_sections(qtbot, ctx, demo_db: Path) -> None:
    ctx.open(demo_db)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert str(demo_db) in window.db_label.text()
    assert window.section_keys()[0] == "home"
    assert window.nav.item(0).text() == "首页"
    labels = [w.text() for w in window.pages.currentWidget().findChildren(QLabel)]
    assert "96" in labels  # villages of the demo district
    assert window.menu_file.title() == "文件(&F)"
    qtbot.waitUntil(lambda: not window.act_new.shortcut().isEmpty(), timeout=2000)


def test_a_section_s_page_is_built_when_first_shown(qtbot, ctx, demo_db: Path) -> None:
    """Opening a file builds the page on screen only (a province's fifteen pages, each
    reading its lists, froze the window for 1.8 s); the others are built when chosen,
    from the navigation or by another page (``show_section``), once."""
    ctx.open(demo_db)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    keys = window.section_keys()
    built = [key for row, key in enumerate(keys)
             if type(window.pages.widget(row)).__name__ != "_Unbuilt"]
    assert built == [keys[0]]
    row = keys.index("problems")
    window.nav.setCurrentRow(row)  # as a click on 问题台账 does
    page = window.pages.currentWidget()
    assert type(page).__name__ != "_Unbuilt" and page.property("sectionKey") == "problems"
    assert window.pages.currentIndex() == row
    assert window.show_section("problems") is page  # not built twice
    other = window.show_section("outfalls")
    assert window.pages.currentWidget() is other and window.current_section_key() == "outfalls"
    assert window.pages.count() == len(keys)


def test_without_database_only_available_sections_show(qtbot, ctx) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.section_keys() == []
    assert "未打开数据库" in window.db_label.text()
    assert not window.act_backup.isEnabled()


def test_geometry_is_kept_between_runs(qtbot, ctx) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.resize(777, 555)
    window.close()
    assert QSettings().value("ui/geometry") is not None
    again = MainWindow(ctx)
    qtbot.addWidget(again)
    again.show()
    assert (again.width(), again.height()) == (777, 555)


def test_first_run_default_button_is_the_demo(qtbot) -> None:
    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.demo_button.isDefault()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.choice is FirstRunChoice.DEMO
    other = FirstRunDialog()
    qtbot.addWidget(other)
    other.show()
    qtbot.mouseClick(other.empty_button, Qt.MouseButton.LeftButton)
    assert other.choice is FirstRunChoice.EMPTY


def test_switch_language_without_losing_work(qtbot, ctx, demo_db: Path) -> None:
    ctx.open(demo_db)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    page_before = window.pages.currentWidget()
    dialog = SettingsDialog(window)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert i18n.language() == "en"
    qtbot.waitUntil(lambda: window.menu_file.title() == "&File", timeout=2000)
    assert window.nav.item(0).text() == "Home"
    # the pane keeps room for the longer English titles, even in a narrow window whose
    # page asks for the width: none is cut off
    window.resize(800, 600)
    qtbot.wait(50)
    assert window.nav.viewport().width() >= window.nav.sizeHintForColumn(0)
    assert window.pages.currentWidget() is page_before  # same page, same state
    assert "Database:" in window.db_label.text()
    assert QSettings().value("ui/language") == "en"


def test_qt_uses_the_bundled_font_for_chinese(qapp) -> None:
    families = QFontDatabase.applicationFontFamilies(
        QFontDatabase.addApplicationFont(str(font_path())))
    assert "WenQuanYi Micro Hei" in families
    label = QLabel("河长巡河")
    assert QFontInfo(label.font()).family() == "WenQuanYi Micro Hei"


def test_job_runs_off_the_gui_thread_with_progress(qtbot) -> None:
    seen = {}

    def work(progress):
        seen["thread"] = threading.current_thread() is threading.main_thread()
        for n in range(5):
            progress.report(n, 5, "step")
        return 42

    results = []
    start_job(None, "测试", work, results.append)
    # (a job can end before a waitSignal would connect: wait for its outcome instead)
    qtbot.waitUntil(lambda: results == [42], timeout=5000)
    assert seen["thread"] is False


def test_job_can_be_cancelled_from_its_dialog(qtbot) -> None:
    started = threading.Event()

    def slow(progress):
        started.set()
        for n in range(500):
            progress.report(n, 500, "")
            if progress.cancelled():
                from riverchief.errors import Cancelled

                raise Cancelled()
            time.sleep(0.01)
        return "finished"

    done, cancelled = [], []
    job = start_job(None, "慢任务", slow, done.append, on_cancel=lambda: cancelled.append(1),
                    show_after_ms=50)
    dialog = job.dialog
    qtbot.waitUntil(lambda: dialog.isVisible(), timeout=3000)
    assert isinstance(dialog, QProgressDialog)
    from PySide6.QtWidgets import QPushButton

    (cancel_button,) = dialog.findChildren(QPushButton)
    assert cancel_button.text() == "取消"
    qtbot.mouseClick(cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: cancelled == [1], timeout=5000)
    assert done == []
    assert wait_idle(5000)


def test_job_user_error_becomes_a_message(qtbot, monkeypatch) -> None:
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))

    def bad(progress):
        raise UserError("结束时间早于开始时间", where="patrols.csv, row 3, column 结束时间")

    start_job(None, "导入", bad)
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=5000)
    assert shown[0].startswith("patrols.csv, row 3")
    assert QApplication.activeModalWidget() is None


def test_first_run_demo_choice_makes_and_opens_the_demo(qtbot, ctx, monkeypatch, tmp_data) -> None:
    import ui.app as app_module
    from ui.shell.first_run import FirstRunDialog

    def pick_demo(self):
        self.choice = FirstRunChoice.DEMO
        return True

    monkeypatch.setattr(FirstRunDialog, "exec", pick_demo)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    app_module.first_run(window, ctx)
    qtbot.waitUntil(lambda: ctx.store is not None, timeout=30_000)
    assert ctx.store.path == tmp_data / "demo-district.db"
    assert ctx.store.db["area"].count > 100
    assert "demo-district.db" in window.db_label.text()
    assert window.section_keys()[0] == "home"


def test_app_starts_on_a_database_and_quits(demo_db, tmp_path) -> None:
    """The real program, in its own process: first paint, then the demo's data on screen."""
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", RIVERCHIEF_DATA=str(tmp_path),
               RIVERCHIEF_EXIT_AFTER_PAINT="1")
    result = subprocess.run([sys.executable, "main.py", "--db", str(demo_db)], cwd=root,
                            env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "FIRST_PAINT" in result.stdout and "DATA_SHOWN" in result.stdout


def test_a_cleared_form_s_widgets_are_not_found_by_name(qtbot) -> None:
    """The widgets clear_form takes out wait for the event loop to delete them; until
    then a lookup by name must find their replacement (a test found the old bar once)."""
    from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

    from ui.shell.layouts import clear_form

    host = QWidget()
    qtbot.addWidget(host)
    form = QFormLayout(host)
    old = QLabel("old")
    old.setObjectName("value")
    form.addRow("a", old)
    clear_form(form)
    new = QLabel("new")
    new.setObjectName("value")
    form.addRow("a", new)
    assert form.rowCount() == 1 and old.isHidden()
    assert host.findChild(QLabel, "value") is new


def test_the_app_asks_for_light_colours_when_the_system_gives_dark(qapp, monkeypatch) -> None:
    """Windows 11 in dark mode gives Qt's style white text, unreadable on the app's light
    banners. (The offscreen platform has no colour scheme: only the request is seen here,
    with the dark palette such a system gives.) A light palette asks nothing: the start-up
    does not pay for Qt's enums before the first paint."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QPalette, QStyleHints

    from ui.app import light_colours

    asked: list[Qt.ColorScheme] = []
    monkeypatch.setattr(QStyleHints, "setColorScheme", lambda self, scheme: asked.append(scheme))
    light_colours(qapp)
    assert asked == []  # the offscreen platform's palette is light
    before = qapp.palette()
    dark = QPalette(before)
    dark.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#ffffff"))
    qapp.setPalette(dark)
    try:
        light_colours(qapp)
    finally:
        qapp.setPalette(before)
    assert asked == [Qt.ColorScheme.Light]
