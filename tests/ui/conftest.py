"""GUI fixtures: settings in a temporary folder, the bundled font, Chinese by default."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from ui.shell.collector import collect_on_gui_thread
from ui.shell.context import AppContext
from ui.shell.fonts import register_qt_font
from ui.shell.language import apply_language


@pytest.fixture(autouse=True)
def isolated_settings(qapp, tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    folder = tmp_path_factory.mktemp("qsettings")
    QCoreApplication.setOrganizationName("RiverChiefTests")
    QCoreApplication.setApplicationName("RiverChiefTests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    register_qt_font(qapp)
    apply_language("zh_CN")
    # as the app does: no automatic collection, which could run on a job's thread and
    # destroy widgets there; the collector's timer collects on the GUI thread
    collect_on_gui_thread(qapp)
    gc.disable()
    yield
    apply_language("zh_CN")
    gc.collect()  # this test's widgets go here, on the GUI thread
    gc.enable()  # the tests outside tests/ui run as plain Python


@pytest.fixture
def ctx(qapp, tmp_path: Path) -> Iterator[AppContext]:
    context = AppContext()
    yield context
    from ui.shell.jobs import wait_idle

    wait_idle()  # a page's job still reading (the home page counts when shown) ends first
    context.close()


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    from riverchief.demo import generate

    return generate(tmp_path / "demo.db", "district", seed=1)
