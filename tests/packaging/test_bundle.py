"""The frozen bundle, built here once per test session with ``packaging/build.py``.

Slow (a PyInstaller build takes one to two minutes on two cores); run by ``.ci/run``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

import bundle  # noqa: E402

# The first test also pays for the build (1–3 minutes on two cores, more when busy).
pytestmark = [pytest.mark.slow, pytest.mark.timeout(1800)]

SIZE_LIMIT = 250_000_000  # bytes (issue 12)


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh build of this checkout, never a cached one (that could hide breakage)."""
    out = tmp_path_factory.mktemp("bundle")
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "build.py"),
         "--dist", str(out / "dist"), "--work", str(out / "work")],
        capture_output=True, text=True, cwd=ROOT, timeout=1200,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-5000:]
    folder = bundle.bundle_dir(out / "dist")
    assert (folder / f"{bundle.GUI_NAME}{bundle.exe_suffix()}").is_file()
    return folder


def _env(data: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("RIVERCHIEF_", "PYTHON", "QT_PLUGIN", "MPLCONFIGDIR"))}
    # Qt's settings (language, last database) in the test's folder, not the user's
    env.update(QT_QPA_PLATFORM="offscreen", RIVERCHIEF_DATA=str(data),
               XDG_CONFIG_HOME=str(data / "config"), **extra)
    return env


def _run(cmd: list[str], data: Path, cwd: Path, **extra: str) -> subprocess.CompletedProcess[str]:
    # From a folder outside the checkout, so nothing can come from the source tree.
    return subprocess.run(cmd, capture_output=True, text=True, env=_env(data, **extra),
                          cwd=cwd, timeout=300)


def test_bundle_holds_font_translations_and_data_files(built: Path) -> None:
    internal = bundle.internal_dir(built)
    font = internal / "resources" / "fonts" / "wqy-microhei.ttc"
    assert font.read_bytes() == (ROOT / "resources" / "fonts" / "wqy-microhei.ttc").read_bytes()
    assert (internal / "resources" / "fonts" / "LICENSE-wqy-microhei.txt").is_file()
    shipped = sorted((ROOT / "resources" / "translations").glob("*.zh_CN.*"))
    assert any(p.suffix == ".qm" for p in shipped)
    for source in shipped:  # .qm for Qt, .ts for the core
        frozen = internal / "resources" / "translations" / source.name
        assert frozen.read_bytes() == source.read_bytes(), source.name
    for sql in (ROOT / "riverchief" / "db" / "migrations").glob("*.sql"):
        assert (internal / "riverchief" / "db" / "migrations" / sql.name).is_file(), sql.name
    assert (internal / "tzdata" / "zoneinfo" / "Asia" / "Shanghai").is_file()
    # the window icon's PNGs, and the .ico the uninstall entry shows (riverchief.iss)
    assert (built / bundle.ICON_IN_BUNDLE).read_bytes() == bundle.ICON.read_bytes()
    assert (internal / "resources" / "icons" / "riverchief-16.png").is_file()
    version = bundle.project_version()
    metadata = internal / f"riverchief-{version}.dist-info" / "METADATA"
    assert f"Version: {version}" in metadata.read_text(encoding="utf-8")


def test_unused_qt_modules_are_left_out_and_size_is_under_the_limit(built: Path) -> None:
    internal = bundle.internal_dir(built)
    names = {p.name.split(".")[0] for p in (internal / "PySide6").iterdir()}
    assert {"QtCore", "QtGui", "QtWidgets", "QtPdf", "QtPdfWidgets", "QtPrintSupport"} <= names
    for module in bundle.QT_EXCLUDES:
        assert module.split(".")[1] not in names, module
    everything = [p for p in built.rglob("*") if p.is_file() and not p.is_symlink()]
    assert not [p for p in everything if "qml" in p.relative_to(built).parts]
    size = sum(p.stat().st_size for p in everything)
    assert size < SIZE_LIMIT, f"the bundle is {size / 1e6:.0f} MB"


def test_self_check_passes_in_the_frozen_app(built: Path, tmp_path: Path) -> None:
    """Every dependency imports, charts and PDFs render with the bundled font, time zones
    come from tzdata, a database named in Chinese opens, Help → About shows the version."""
    exe = built / f"{bundle.GUI_NAME}{bundle.exe_suffix()}"
    result = _run([str(exe), "--self-check"], tmp_path / "data", tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "SELF_CHECK PASSED" in result.stdout
    version = bundle.project_version()
    assert f"OK version {version}" in result.stdout
    assert f"About shows {version}" in result.stdout


def test_frozen_command_line(built: Path, tmp_path: Path) -> None:
    cli = built / (f"{bundle.CLI_NAME}.cmd" if sys.platform == "win32" else bundle.CLI_NAME)
    data = tmp_path / "data"
    result = _run([str(cli), "--version"], data, tmp_path)
    with (ROOT / "pyproject.toml").open("rb") as f:
        version = tomllib.load(f)["project"]["version"]
    assert result.stdout.strip() == f"riverchief {version}"
    missing = tmp_path / "无此文件.db"
    result = _run([str(cli), "--db", str(missing), "db", "check"], data, tmp_path)
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "Traceback" not in result.stderr


def test_frozen_app_reaches_main_window_on_a_fresh_demo(built: Path, tmp_path: Path) -> None:
    data = tmp_path / "数据"
    cli = built / (f"{bundle.CLI_NAME}.cmd" if sys.platform == "win32" else bundle.CLI_NAME)
    db = tmp_path / "示范 区.db"
    made = _run([str(cli), "demo", "--tier", "district", "-o", str(db)], data, tmp_path)
    assert made.returncode == 0 and db.is_file(), made.stdout + made.stderr
    exe = built / f"{bundle.GUI_NAME}{bundle.exe_suffix()}"
    shown = _run([str(exe), "--db", str(db)], data, tmp_path, RIVERCHIEF_EXIT_AFTER_PAINT="1")
    assert shown.returncode == 0, shown.stdout + shown.stderr
    marks = [line.split()[0] for line in shown.stdout.splitlines() if line.strip()]
    assert marks == ["FIRST_PAINT", "DATA_SHOWN"], shown.stdout
    assert "Traceback" not in shown.stderr, shown.stderr
    log = data / "logs" / "riverchief.log"
    assert not log.exists() or " ERROR " not in log.read_text(encoding="utf-8")
    # matplotlib's cache goes to the data folder, not a new temporary folder each start
    assert (data / "cache" / "matplotlib").is_dir()
