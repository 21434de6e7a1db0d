"""How long the window takes to build, and each section's page to show and refresh, on a
database (the province demo's are the ones to watch): ``python tools/page_times.py DB
[--user hzb --password demo1234]``. Offscreen; prints seconds per step."""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("db", type=Path)
    parser.add_argument("--user", default="hzb")
    parser.add_argument("--password", default="demo1234")
    args = parser.parse_args()

    from riverchief.security.users import sign_in

    from ui.app import make_application
    from ui.security.session import set_actor
    from ui.shell.context import AppContext
    from ui.shell.language import apply_language
    from ui.shell.main_window import MainWindow

    app = make_application()
    apply_language("zh_CN")
    ctx = AppContext(app)

    def timed(what: str, fn: object) -> object:
        started = time.perf_counter()
        out = fn()  # type: ignore[operator]
        app.processEvents()
        print(f"{what:28s} {time.perf_counter() - started:6.2f} s", flush=True)
        return out

    store = timed("open", lambda: ctx.open(args.db))
    set_actor(ctx, sign_in(store, args.user, args.password))
    ctx.actor_changed.emit()
    window = timed("window", lambda: MainWindow(ctx))
    window.resize(1280, 800)
    window.show()
    for key in window.section_keys():
        page = timed(f"show {key}", lambda key=key: window.show_section(key))
        refresh = getattr(page, "refresh", None)
        if callable(refresh):
            try:
                timed(f"  refresh {key}", refresh)
            except TypeError:  # a refresh that wants arguments
                pass
    from ui.shell.jobs import wait_idle

    wait_idle()
    ctx.close()
    return 0


if __name__ == "__main__":  # a page's task spawns a process that imports this module
    raise SystemExit(main())
