"""Historical patrols imported from the list page: the outcome is shown in the page, not in
a message box at the end of the background job."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from tests.ui.test_patrol_form import signed_in, world  # noqa: F401 - the fixture

from ui.patrols.list_page import PatrolListPage
from ui.shell.jobs import wait_idle


def test_import_through_the_button_reports_in_the_page(
        qtbot: Any, ctx: Any, world: dict[str, Any], tmp_path: Path,  # noqa: F811
        monkeypatch: pytest.MonkeyPatch) -> None:
    signed_in(ctx, world)
    good = tmp_path / "历史台账.csv"
    good.write_bytes(("河长,河段,巡河日期,开始时间,结束时间,里程,发现问题\n"
                      "C001,QSH-01,2012-10-20,08:00,09:00,2.5,无\n"
                      "C001,QSH-01,2012-10-21,08:00,08:40,2.1,河面有漂浮物\n").encode("gbk"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(good), "")))
    page = PatrolListPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.status.isHidden()
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.status.isVisible(), timeout=10_000)
    assert page.status.text() == "历史台账.csv：已导入 2 条巡河记录，跳过 0 行。"
    assert ctx.store.db["patrol"].count == 2
    model = page.model
    assert model is not None
    qtbot.waitUntil(lambda: not model.busy and model.rowCount() == 2, timeout=10_000)
    page.close()
    wait_idle()
