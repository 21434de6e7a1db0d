"""Start the GUI: ``python main.py [--db FILE]`` or the ``riverchief-gui`` script."""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from riverchief.paths import DB_ENV, data_dir, default_db_path

from ui.shell.collector import collect_on_gui_thread, freeze_start_up
from ui.shell.context import AppContext
from ui.shell.folders import suggested
from ui.shell.fonts import register_qt_font
from ui.shell.language import apply_language, saved_language
from ui.shell.main_window import MainWindow

# Dialogs, jobs and logging are imported when first needed: start-up pays only for the
# window it paints first (benchmarks/startup.py).

DEMO_FILENAME = "demo-district.db"
EXIT_AFTER_PAINT_ENV = "RIVERCHIEF_EXIT_AFTER_PAINT"  # used by the start-up benchmark


def make_application(argv: Sequence[str] = ()) -> QApplication:
    app = QApplication.instance() or QApplication(list(argv) or [sys.argv[0]])
    assert isinstance(app, QApplication)
    QCoreApplication.setOrganizationName("RiverChief")
    QCoreApplication.setApplicationName("RiverChief")
    light_colours(app)
    register_qt_font(app)
    apply_language(saved_language())
    collect_on_gui_thread(app)
    return app


def light_colours(app: QApplication) -> None:
    """The app's light colours whatever the system's scheme. Windows 11 in dark mode gives
    Qt's style a dark palette (white text), and the app's coloured banners and status
    lines (a draft waiting, a patrol submitted, an adjusted score) are light: their text
    was white on cream.

    Asked only when the palette is dark: naming any of Qt's enums builds the whole ``Qt``
    namespace, 20 ms that would come before the first paint (benchmarks/startup.py)."""
    palette = app.palette()
    if palette.windowText().color().lightness() <= palette.window().color().lightness():
        return  # dark text on a light window already
    from PySide6.QtCore import Qt

    hints = app.styleHints()
    if hasattr(hints, "setColorScheme"):  # Qt 6.8 and later
        hints.setColorScheme(Qt.ColorScheme.Light)


def choose_database(args: argparse.Namespace) -> Path | None:
    """The file to open without asking: --db, $RIVERCHIEF_DB, the last one, the default."""
    if args.db:
        return Path(args.db)
    if os.environ.get(DB_ENV):
        return Path(os.environ[DB_ENV])
    last = QSettings().value("ui/last_db")
    if last and Path(str(last)).exists():
        return Path(str(last))
    if default_db_path().exists():
        return default_db_path()
    return None


def first_run(window: MainWindow, ctx: AppContext) -> None:
    """No database yet: offer the demo district (preselected), an empty one, or a file."""
    from PySide6.QtWidgets import QFileDialog

    from ui.shell.first_run import FirstRunChoice, FirstRunDialog

    dialog = FirstRunDialog(window)
    if not dialog.exec() or dialog.choice is None:
        return
    if dialog.choice is FirstRunChoice.DEMO:
        open_demo(window, ctx)
    elif dialog.choice is FirstRunChoice.EMPTY:
        window._open(default_db_path(), create=True)
    else:
        path, _ = QFileDialog.getOpenFileName(
            window, QCoreApplication.translate("App", "Open database"), suggested()
        )
        if path:
            window._open(Path(path))


def open_demo(window: MainWindow, ctx: AppContext) -> None:
    from ui.shell.jobs import start_job, task
    from ui.shell.tasks import make_demo

    target = data_dir() / DEMO_FILENAME
    if target.exists():
        window._open(target)
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    start_job(
        window,
        QCoreApplication.translate("App", "Making the demo district"),
        task(make_demo, str(target)),  # its own process: the window never freezes
        lambda path: window._open(Path(path)),
    )


def open_initial(window: MainWindow, ctx: AppContext, path: Path | None) -> None:
    def offer_choices() -> None:
        if not os.environ.get(EXIT_AFTER_PAINT_ENV):
            first_run(window, ctx)

    if path is None:
        offer_choices()
        return
    # a file of an older version is brought up to date in the background first
    window._open(path, create=not path.exists(), failed=offer_choices)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="riverchief-gui", description="RiverChief 河长巡河")
    parser.add_argument("--db", type=Path, help="database file to open")
    args, qt_args = parser.parse_known_args(argv)
    from ui.shell.icon import set_windows_app_id

    set_windows_app_id()  # before any window: the taskbar shows the app, not python.exe
    app = make_application([sys.argv[0], *qt_args])
    freeze_start_up()  # the modules imported so far: out of every collection from now on
    ctx = AppContext(app)
    window = MainWindow(ctx)
    bench = bool(os.environ.get(EXIT_AFTER_PAINT_ENV))

    def after_first_paint() -> None:
        if bench:
            print(f"FIRST_PAINT {time.time():.6f}", flush=True)
        from ui.shell.errors import install_excepthook, setup_logging
        from ui.shell.icon import set_app_icon

        set_app_icon(app)  # after the first paint: the window does not wait for its files
        setup_logging()
        install_excepthook()
        # The window paints first; the database (and the libraries it needs) loads right after.
        open_initial(window, ctx, choose_database(args))
        if bench:
            QApplication.processEvents()
            window.repaint()
            print(f"DATA_SHOWN {time.time():.6f}", flush=True)
            QTimer.singleShot(0, app.quit)

    window.first_painted.connect(lambda: QTimer.singleShot(0, after_first_paint))
    window.show()
    code = app.exec()
    from ui.shell.jobs import shutdown

    shutdown()  # a running job is cancelled (a task's process ended), not left behind
    ctx.close()
    return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
