"""The patrol list: a lazy model checked by qtmodeltester, filters, search off the GUI thread."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from riverchief.patrols.queries import PatrolFilter

from ui.patrols import list_model
from ui.patrols.list_model import PatrolListModel
from ui.patrols.list_page import PatrolListPage


@pytest.fixture
def small_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(list_model, "PAGE", 50)  # several pages in the district demo


def wait_loaded(qtbot: Any, model: PatrolListModel) -> None:
    qtbot.waitUntil(lambda: not model.busy and not model.counting, timeout=20_000)


def test_lazy_model_passes_modeltester(qtbot: Any, qtmodeltester: Any, demo_db: Path,
                                       small_pages: None) -> None:
    model = PatrolListModel(demo_db)
    try:
        model.reload()
        wait_loaded(qtbot, model)
        total = model.rowCount()
        import sqlite3

        with sqlite3.connect(demo_db) as conn:
            assert total == conn.execute("SELECT count(*) FROM patrol").fetchone()[0] > 1000
        # rows far down are fetched on demand
        assert model.data(model.index(total - 1, 0)) == "…"
        qtbot.waitUntil(lambda: model.patrol_id(total - 1) is not None, timeout=10_000)
        assert len(model.pages) <= list_model.MAX_PAGES
        # sorted newest first by default; ascending after a click on the header
        first = model.data(model.index(0, 0))
        model.sort(0, Qt.SortOrder.AscendingOrder)
        wait_loaded(qtbot, model)
        assert model.data(model.index(0, 0)) < first
        model.sort(5, Qt.SortOrder.DescendingOrder)  # distance: not indexed, still fine
        wait_loaded(qtbot, model)
        distances = [float(model.data(model.index(r, 5)) or 0) for r in range(20)]
        assert distances == sorted(distances, reverse=True)
        # last: the tester touches every row, which pages the whole list through the cache
        qtmodeltester.check(model, force_py=True)
    finally:
        model.close()


def test_filters_and_short_search(qtbot: Any, demo_db: Path) -> None:
    import sqlite3

    with sqlite3.connect(demo_db) as conn:
        chief_id, chief_name, n = conn.execute(
            "SELECT c.id, c.name, count(*) FROM patrol p JOIN chief c ON c.id = p.chief_id"
            " GROUP BY c.id ORDER BY count(*) DESC LIMIT 1").fetchone()
        two = conn.execute("SELECT count(*) FROM patrol_text WHERE instr(text, '垃圾')"
                           ).fetchone()[0]
    model = PatrolListModel(demo_db)
    try:
        model.set_filter(PatrolFilter(chief_id=chief_id))
        wait_loaded(qtbot, model)
        assert model.rowCount() == n
        assert {model.data(model.index(r, 1)) for r in range(min(n, 50))} == {chief_name}
        model.set_filter(PatrolFilter(search="垃圾"))
        wait_loaded(qtbot, model)
        assert model.rowCount() == two > 0
    finally:
        model.close()


def test_page_searches_with_busy_indicator(qtbot: Any, ctx: Any, demo_db: Path) -> None:
    ctx.open(demo_db)
    page = PatrolListPage(ctx)
    qtbot.addWidget(page)
    page.show()
    model = page.model
    assert model is not None
    wait_loaded(qtbot, model)
    everything = model.rowCount()
    seen_busy: list[bool] = []
    model.busy_changed.connect(seen_busy.append)
    page.search.setText("垃圾")  # typed (keyClicks cannot type Chinese)
    qtbot.waitUntil(lambda: seen_busy[:1] == [True], timeout=5000)  # after the typing pause
    wait_loaded(qtbot, model)
    assert page.busy.isHidden()
    assert 0 < model.rowCount() < everything
    assert page.count_label.text() == f"共 {model.rowCount():,} 条巡河记录"
    page.close()


def test_size_shown_at_once_then_counted(qtbot: Any, qtmodeltester: Any, ctx: Any,
                                         demo_db: Path) -> None:
    """The unfiltered list's size is known at once (the scroll bar is right from the first
    paint); the exact count replaces it — smaller when patrols were deleted."""
    import sqlite3

    with sqlite3.connect(demo_db) as conn:
        pid = conn.execute("SELECT id FROM patrol ORDER BY start_at DESC LIMIT 1").fetchone()[0]
        conn.execute("UPDATE patrol SET deleted_at = '2026-11-01T00:00:00+08:00' WHERE id = ?",
                     [pid])
        live, rows = conn.execute("SELECT count(*) FILTER (WHERE deleted_at IS NULL),"
                                  " max(rowid) FROM patrol").fetchone()
    ctx.open(demo_db)
    model = PatrolListModel(demo_db, conn=ctx.store.conn)
    counts: list[int] = []
    model.counted.connect(counts.append)
    try:
        model.reload()
        # before any event is processed: the first page and the estimated size
        assert model.estimated and model.counting and model.rowCount() == rows
        assert counts == [rows] and model.patrol_id(0) not in (None, pid)
        # consistent while estimated, and while the exact count removes the extra row
        qtmodeltester.check(model, force_py=True)
        wait_loaded(qtbot, model)
        assert not model.estimated and model.rowCount() == live == rows - 1
        assert counts == [rows, live]
        # a filtered list has no estimate: its first page, then its count
        model.set_filter(PatrolFilter(verdict="invalid"))
        assert not model.estimated and model.rowCount() <= list_model.PAGE
    finally:
        model.close()


def test_resorting_keeps_the_count(qtbot: Any, demo_db: Path) -> None:
    model = PatrolListModel(demo_db)
    try:
        model.reload()
        wait_loaded(qtbot, model)
        total, generation = model.rowCount(), model.generation
        model.sort(0, Qt.SortOrder.DescendingOrder)  # the order it has: nothing to do
        assert model.generation == generation
        model.sort(0, Qt.SortOrder.AscendingOrder)
        assert model.generation == generation + 1
        assert model.rowCount() == total and not model.counting  # no second count
        wait_loaded(qtbot, model)
        assert model.rowCount() == total
        oldest = model.data(model.index(0, 0))
        model.sort(1, Qt.SortOrder.AscendingOrder)  # by chief: another query, same count
        assert model.rowCount() == total and not model.counting
        wait_loaded(qtbot, model)
        assert model.data(model.index(0, 0)) != "…" and oldest
    finally:
        model.close()


def test_area_filter_fills_when_opened(qtbot: Any, ctx: Any, demo_db: Path) -> None:
    import sqlite3

    with sqlite3.connect(demo_db) as conn:
        towns = conn.execute("SELECT count(*) FROM area WHERE deleted_at IS NULL AND level IN"
                             " ('district', 'township')").fetchone()[0]
        town_id, n = conn.execute(
            "SELECT c.area_id, count(*) FROM patrol p JOIN chief c ON c.id = p.chief_id"
            " JOIN area a ON a.id = c.area_id WHERE a.level = 'township'"
            " GROUP BY c.area_id ORDER BY count(*) DESC LIMIT 1").fetchone()
    ctx.open(demo_db)
    page = PatrolListPage(ctx)
    qtbot.addWidget(page)
    page.show()
    model = page.model
    assert model is not None
    wait_loaded(qtbot, model)
    assert page.area.count() == 1 and not page.area.filled  # only "all areas" so far
    qtbot.mouseClick(page.area, Qt.MouseButton.LeftButton)  # opens the list
    assert page.area.filled and page.area.count() == towns + 1
    page.area.hidePopup()
    page.area.setCurrentIndex(page.area.findData(town_id))
    wait_loaded(qtbot, model)
    assert model.rowCount() >= n > 0
    page.close()


def test_a_failed_query_is_said_in_the_page(qtbot: Any, ctx: Any, demo_db: Path) -> None:
    ctx.open(demo_db)
    page = PatrolListPage(ctx)
    qtbot.addWidget(page)
    page.show()
    model = page.model
    assert model is not None
    wait_loaded(qtbot, model)
    # a query of this generation fails on the reader thread
    model.reader.signals.failed.emit(model.generation, "page:3",
                                     RuntimeError("database disk image is malformed"))
    assert page.status.isVisible()
    assert page.status.text() == "无法读取列表：database disk image is malformed"
    assert not model.busy
    page.close()


def test_the_reader_thread_yields_on_windows(qtbot: Any, monkeypatch) -> None:
    """Windows has no os.setpriority: the list's reader thread is lowered through Qt."""
    import os

    from PySide6.QtCore import QRunnable, QThread, QThreadPool

    monkeypatch.delattr(os, "setpriority", raising=False)
    seen: list[QThread.Priority] = []

    class Probe(QRunnable):
        def run(self) -> None:
            list_model._lower_priority()
            seen.append(QThread.currentThread().priority())

    pool = QThreadPool()
    pool.start(Probe())
    assert pool.waitForDone(10_000)
    assert seen == [QThread.Priority.LowPriority]
