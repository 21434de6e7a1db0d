"""``riverchief-gui --self-check``: does this bundle have everything the app reads at run time?

Prints one ``OK name detail`` line per check and ``SELF_CHECK PASSED`` at the end, or
``FAIL name error`` lines and exit status 1. The packaging test runs it on the frozen
bundle; support staff can run it on an installed copy. Developer diagnostics, English
only.
"""

from __future__ import annotations

import importlib
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path


def _version() -> str:
    from importlib.metadata import version

    import riverchief

    frozen = version("riverchief")
    assert riverchief.__version__ == frozen, (riverchief.__version__, frozen)
    return frozen


def _resources() -> str:
    from riverchief.fonts import font_path
    from riverchief.i18n import translations_dir

    assert font_path().is_file(), font_path()
    qm = sorted(p.name for p in translations_dir().glob("*.zh_CN.qm"))
    ts = sorted(p.name for p in translations_dir().glob("*.zh_CN.ts"))
    assert qm and len(qm) == len(ts), (qm, ts)
    return f"font {font_path().stat().st_size} bytes, {len(qm)} catalogs"


def _translation() -> str:
    from riverchief import i18n

    i18n.set_language("zh_CN")
    home = i18n.translate("Navigation", "Home")
    assert home != "Home", home
    return home


def _migrations() -> str:
    from riverchief.db.migrations import migration_names

    names = migration_names()
    assert names and names[0].startswith("0001"), names
    return f"{len(names)}: {names[-1]}"


# The checks' scratch folders are left behind rather than failing a check when Windows
# will not delete a file just written (an antivirus scanner reading it).


def _database() -> str:
    from riverchief.db import open_store

    with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as tmp:
        path = Path(tmp) / "河长巡河 检查.db"  # Chinese file names must work everywhere
        with open_store(path, create=True) as store:
            version = store.schema_version()
    return f"schema {version} in a file named with Chinese characters"


def _timezone() -> str:
    from importlib import resources
    from zoneinfo import ZoneInfo

    from riverchief.ids import DEFAULT_TIMEZONE, now_iso

    # Windows has no system time-zone database: the tzdata package must be bundled.
    assert resources.files("tzdata.zoneinfo").joinpath(*DEFAULT_TIMEZONE.split("/")).is_file()
    ZoneInfo(DEFAULT_TIMEZONE)
    return now_iso(DEFAULT_TIMEZONE)


def _cli() -> str:
    from riverchief.cli import COMMAND_MODULES, build_parser

    build_parser()
    return ", ".join(COMMAND_MODULES)


def _dependencies() -> str:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bundle import DEPENDENCY_IMPORTS

    for name in DEPENDENCY_IMPORTS:
        importlib.import_module(name)
    return f"{len(DEPENDENCY_IMPORTS)} modules"


def _chart_pdf() -> str:
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    from riverchief.fonts import FONT_FAMILY, matplotlib_font_file, register_matplotlib

    register_matplotlib()
    assert matplotlib_font_file().name == "wqy-microhei.ttc", matplotlib_font_file()
    fig = Figure(figsize=(3, 2))
    fig.add_subplot().bar(["巡河", "问题"], [3, 1])
    with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as tmp:
        fig.savefig(Path(tmp) / "chart.pdf")
        fig.savefig(Path(tmp) / "chart.png")
    return FONT_FAMILY


def _report_pdf() -> str:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from riverchief.fonts import register_reportlab

    name = register_reportlab()
    with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as tmp:
        canvas = Canvas(str(Path(tmp) / "report.pdf"), pagesize=A4)
        canvas.setFont(name, 12)
        canvas.drawString(72, 720, "河长巡河 考核通报")
        canvas.save()
    return name


def _qt() -> str:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QApplication

    from ui.app import make_application
    from ui.shell.about import about_text
    from ui.shell.language import apply_language

    app = make_application(["riverchief-gui"])
    assert isinstance(app, QApplication)
    apply_language("zh_CN")  # whatever the user chose; not saved

    # Qt's own strings (standard buttons) from the bundled qtbase_zh_CN.qm
    cancel = QCoreApplication.translate("QPlatformTheme", "Cancel")
    assert cancel == "取消", cancel
    QPdfDocument()
    QPrinter()
    text = about_text()
    from riverchief import __version__

    assert __version__ in text, text
    return f"About shows {__version__}; Qt's buttons say {cancel}; platform {app.platformName()}"


CHECKS: list[tuple[str, Callable[[], str]]] = [
    ("version", _version),
    ("resources", _resources),
    ("translation", _translation),
    ("migrations", _migrations),
    ("database", _database),
    ("timezone", _timezone),
    ("cli", _cli),
    ("dependencies", _dependencies),
    ("chart", _chart_pdf),
    ("report", _report_pdf),
    ("qt", _qt),
]


def run() -> int:
    failed = 0
    for name, check in CHECKS:
        try:
            detail = check()
        except Exception:  # noqa: BLE001 - report every failure, then go on
            failed += 1
            print(f"FAIL {name}", flush=True)
            traceback.print_exc(file=sys.stdout)
        else:
            print(f"OK {name} {detail}", flush=True)
    print("SELF_CHECK FAILED" if failed else "SELF_CHECK PASSED", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(run())
