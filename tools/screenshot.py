"""Grab the main window (or a section of it) to a PNG, offscreen: for the README and for looking.

    python tools/screenshot.py --db demo.db --section home -o docs/screenshot.png [--lang en]
        [--user hzb]
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--section", default="home")
    parser.add_argument("--lang", default="zh_CN")
    parser.add_argument("--size", default="1280x800")
    parser.add_argument("--user", help="sign in as this user first (demo users: demo1234)")
    parser.add_argument("--password", default="demo1234")
    parser.add_argument("--wait", type=float, default=60.0,
                        help="seconds to wait at most for the page's background jobs")
    parser.add_argument("-o", "--out", type=Path, required=True)
    args = parser.parse_args()

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ui.app import make_application
    from ui.shell.context import AppContext
    from ui.shell.jobs import running
    from ui.shell.language import apply_language
    from ui.shell.main_window import MainWindow

    app = make_application()
    apply_language(args.lang)
    ctx = AppContext(app)
    store = ctx.open(args.db)
    if args.user:
        from riverchief.security.users import sign_in

        from ui.security.session import set_actor

        set_actor(ctx, sign_in(store, args.user, args.password))
        ctx.actor_changed.emit()
    window = MainWindow(ctx)
    w, h = (int(v) for v in args.size.split("x"))
    window.resize(w, h)
    window.show()
    window.show_section(args.section)

    def grab() -> None:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(args.out))
        print(args.out)
        QApplication.quit()

    waited = 0.0

    def when_idle() -> None:
        # the page's background jobs (a ranking, a chart) have finished: what a user sees
        nonlocal waited
        waited += 0.2
        if running() and waited < args.wait:
            QTimer.singleShot(200, when_idle)
        else:
            QTimer.singleShot(300, grab)

    QTimer.singleShot(800, when_idle)
    app.exec()
    ctx.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
