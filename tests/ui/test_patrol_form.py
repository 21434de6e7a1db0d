"""Issue 5, point 11: a chief fills a patrol with a corpus GPX and two photos, sees the
verdict, submits, finds it by a two-character search and opens the detail; a draft
survives a killed process; a correction creates a revision."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from riverchief.db import open_store
from riverchief.registry import edit
from riverchief.security import SYSTEM, Actor
from riverchief.tracks import read_track
from tests.unit.patrols.conftest import jpeg

from ui.patrols import open_correction, open_detail
from ui.patrols.form import PatrolForm
from ui.patrols.list_page import PatrolListPage
from ui.shell.jobs import wait_idle

GPX = "garmin_connect_run.gpx"  # 206 points, 3.1 km, 2012-10-24 23:29:40Z – 23:45:28Z
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def world(tmp_path: Path, corpus_dir: Path) -> dict[str, Any]:
    """A segment drawn along the corpus run, a chief assigned to it, two photos."""
    track = read_track(corpus_dir / GPX)
    line = [[float(x), float(y)] for x, y in zip(track.lon[::10], track.lat[::10],
                                                   strict=True)]
    db = tmp_path / "patrols.db"
    ids: dict[str, Any] = {"db": db, "gpx": corpus_dir / GPX}
    with open_store(db, create=True) as store:
        store.set_setting("registry.bounds", [-180, -90, 180, 90])  # the corpus run is abroad
        district = edit.create(store, SYSTEM, "area", {"code": "410102", "name": "清源区",
                                                       "level": "district"})
        water = edit.create(store, SYSTEM, "water", {"code": "QSH", "name": "清水河",
                                                     "kind": "river", "area_id": district})
        ids["seg"] = edit.create(store, SYSTEM, "segment", {
            "code": "QSH-01", "name": "清水河城区段", "water_id": water, "area_id": district,
            "geometry": line})
        ids["chief"] = edit.create(store, SYSTEM, "chief", {
            "code": "C001", "name": "王伟", "level": "township", "title": "river_chief",
            "area_id": district})
        edit.create(store, SYSTEM, "assignment", {"chief_id": ids["chief"],
                                                  "segment_id": ids["seg"],
                                                  "start_date": "2010-01-01"})
    ids["actor"] = Actor("u1", "wangwei", "王伟", "chief", chief_id=ids["chief"])
    start = datetime(2012, 10, 24, 23, 29, 40, tzinfo=UTC)
    for n, (minutes, i) in enumerate(((3, 40), (12, 150)), start=1):
        photo = tmp_path / f"photo{n}.jpg"
        photo.write_bytes(jpeg(start + timedelta(minutes=minutes), float(track.lon[i]),
                               float(track.lat[i]), colour=(40 * n, 90, 160)))
        ids[f"photo{n}"] = photo
    return ids


def signed_in(ctx: Any, world: dict[str, Any]) -> Any:
    ctx.open(world["db"])
    ctx.actor = world["actor"]
    return ctx


def test_fill_submit_search_and_open(qtbot: Any, ctx: Any, world: dict[str, Any]) -> None:
    from riverchief import patrols
    from riverchief.verdicts import status_name

    signed_in(ctx, world)
    form = PatrolForm(ctx)
    qtbot.addWidget(form)
    form.show()
    assert form.segment.count() == 1 and form.segment.currentData() == world["seg"]
    # the chief drops the track and two photos on the form
    form.drop_files([world["gpx"], world["photo1"], world["photo2"]])
    assert form.photos.count() == 2
    assert "206" in form.track_info.text()
    assert form.start.dateTime().toString("yyyy-MM-dd HH:mm") == "2012-10-25 07:29"  # +08:00
    assert form.end.dateTime().toString("yyyy-MM-dd HH:mm") == "2012-10-25 07:45"
    form.checks["bank"].setCurrentIndex(form.checks["bank"].findData("problem"))
    form.notes.setPlainText("河岸有垃圾堆放，已拍照")
    problem = form.add_problem_row("bank.household", "桥下生活垃圾")
    assert problem.value() == ("bank.household", "桥下生活垃圾")
    form.update_verdict()
    # the live verdict: the record is entered years after the run, so it is suspect and
    # says why; nothing else is wrong with the track
    assert form.last_verdict is not None
    assert form.last_verdict.codes() == ["entered_late"]
    assert form.verdict.text() == status_name("suspect")
    assert "补填" in form.reasons.item(0).text()
    ids: list[str] = []
    form.submitted.connect(ids.append)
    qtbot.mouseClick(form.submit_button, Qt.MouseButton.LeftButton)
    assert len(ids) == 1
    store = ctx.store
    p = patrols.get_patrol(store, ids[0])
    assert p is not None and p.verdict == "suspect" and len(p.photos) == 2
    assert p.problems[0].description == "桥下生活垃圾"
    assert patrols.drafts(store, world["actor"]) == []  # the autosaved draft is gone
    assert form.notes.toPlainText() == "" and form.photos.count() == 0  # ready for the next

    page = PatrolListPage(ctx)
    qtbot.addWidget(page)
    page.show()
    model = page.model
    assert model is not None
    page.search.setText("垃圾")
    page.apply_filters()
    qtbot.waitUntil(lambda: not model.busy and model.rowCount() == 1, timeout=10_000)
    assert model.patrol_id(0) == ids[0]
    dialog = open_detail(ctx, ids[0], page)
    qtbot.addWidget(dialog)
    detail = dialog.detail
    assert "王伟" in detail.title.text() and "QSH-01" in detail.title.text()
    assert len(detail.map.data.track) == 206 and len(detail.map.data.photos) == 2
    assert detail.reasons.count() == 1 and detail.history.count() == 1
    assert detail.correct.isVisible()
    detail.map.grab()  # paints without error
    dialog.close()
    page.close()
    wait_idle()


def test_draft_survives_a_killed_process(qtbot: Any, ctx: Any, world: dict[str, Any]) -> None:
    script = textwrap.dedent(f"""
        import os, signal, sys
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        sys.path.insert(0, {str(ROOT)!r})
        from pathlib import Path
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        from riverchief.security import Actor
        from ui.shell.context import AppContext
        from ui.patrols.form import PatrolForm
        ctx = AppContext()
        ctx.open(Path({str(world["db"])!r}))
        ctx.actor = Actor("u1", "wangwei", "王伟", "chief", chief_id={world["chief"]!r})
        form = PatrolForm(ctx)
        form.drop_files([Path({str(world["gpx"])!r})])
        form.notes.setPlainText("巡到一半电脑没电")
        from PySide6.QtCore import QEventLoop, QTimer
        loop = QEventLoop()
        QTimer.singleShot(2000, loop.quit)  # the autosave fires after a pause in typing
        loop.exec()
        assert not form._autosave.isActive()
        print("typed", flush=True)
        os.kill(os.getpid(), signal.SIGKILL)
    """)
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=120, cwd=ROOT)
    assert proc.returncode == -9 and "typed" in proc.stdout, proc.stderr[-2000:]
    signed_in(ctx, world)
    form = PatrolForm(ctx)
    qtbot.addWidget(form)
    assert not form.banner.isHidden()
    assert "未提交" in form.banner_text.text()
    qtbot.mouseClick(form.resume, Qt.MouseButton.LeftButton)
    assert form.notes.toPlainText() == "巡到一半电脑没电"
    assert form.track is not None and form.track.points == 206
    assert form.start.dateTime().toString("yyyy-MM-dd HH:mm") == "2012-10-25 07:29"


def test_correction_creates_a_revision(qtbot: Any, ctx: Any, world: dict[str, Any],
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from riverchief import patrols
    from riverchief.patrols import PatrolInput, TrackFile

    signed_in(ctx, world)
    track = TrackFile.from_path(world["gpx"])
    read = track.read("Asia/Shanghai")
    assert read.start and read.end
    pid = patrols.submit(ctx.store, world["actor"], PatrolInput(
        chief_id=world["chief"], segment_ids=[world["seg"]], start=read.start, end=read.end,
        notes="巡查正常", track=track))
    dialog = open_detail(ctx, pid, None)
    qtbot.addWidget(dialog)
    correction = open_correction(ctx, pid, dialog)
    qtbot.addWidget(correction)
    form = correction.form  # type: ignore[attr-defined]
    assert form.correcting == pid and form.notes.toPlainText() == "巡查正常"
    form.notes.setPlainText("巡查正常，补充：下游有漂浮物")
    monkeypatch.setattr(QInputDialog, "getText",
                        staticmethod(lambda *a, **k: ("补充漏记的漂浮物", True)))
    qtbot.mouseClick(form.submit_button, Qt.MouseButton.LeftButton)
    revs = patrols.history(ctx.store, pid)
    assert [(r.number, r.reason) for r in revs] == [(1, ""), (2, "补充漏记的漂浮物")]
    assert revs[0].content["notes"] == "巡查正常"
    assert revs[1].content["notes"] == "巡查正常，补充：下游有漂浮物"
    dialog.detail.load()
    assert dialog.detail.history.count() == 2
    assert "补充漏记的漂浮物" in dialog.detail.history.item(1).text()


def test_bad_historical_spreadsheet_lists_exact_problems(
        qtbot: Any, ctx: Any, world: dict[str, Any], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from ui.patrols.history_import import import_history_file
    from ui.registry.transfer import ProblemsDialog

    signed_in(ctx, world)
    bad = tmp_path / "台账.csv"
    bad.write_bytes(("河长,河段,巡河日期,开始时间,结束时间,里程,发现问题\n"
                     "C001,QSH-01,2012-10-20,08:00,09:00,2.5,无\n"
                     "C001,QSH-01,2012-10-21,09:00,08:30,2.5,无\n"
                     "王伟,QSH-09,2012-10-22,08:00,09:00,2.5,河面漂浮物\n"
                     "C001,QSH-01,2012/10/23,8点,09:00,两公里,无\n").encode("gbk"))  # 8点: 08:00
    shown: list[str] = []

    def fake_exec(self: ProblemsDialog) -> int:
        from PySide6.QtWidgets import QPlainTextEdit

        text = self.findChild(QPlainTextEdit, "problemsText")
        assert text is not None
        shown.append(text.toPlainText())
        shown.append(self.import_valid.text())
        return 0  # the chief closes the list: nothing imported

    monkeypatch.setattr(ProblemsDialog, "exec", fake_exec)
    page = PatrolListPage(ctx)
    qtbot.addWidget(page)
    assert page.import_button.isVisibleTo(page)
    import_history_file(page, ctx, bad)
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=10_000)
    assert shown[0].splitlines() == [
        "台账.csv，第 3 行，结束时间 列: 结束时间 08:30 不晚于开始时间 09:00。",
        "台账.csv，第 4 行，河段 列: 没有编码或名称为“QSH-09”的河段。",
        "台账.csv，第 5 行，里程 列: “两公里”不是里程（请写公里数，如 2.5，或 2500米）。",
    ]
    assert "1" in shown[1]
    assert ctx.store.db["patrol"].count == 0
    page.close()
    wait_idle()


def test_historical_import_runs_in_a_process_of_its_own(
        qtbot: Any, ctx: Any, world: dict[str, Any], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from ui.patrols import tasks
    from ui.patrols.history_import import import_history_file
    from ui.registry.transfer import ProblemsDialog
    from ui.shell import jobs

    ran: list[jobs.Task] = []
    real = jobs._run_in_process

    def spy(work: jobs.Task, progress: Any) -> Any:
        ran.append(work)
        return real(work, progress)

    monkeypatch.setattr(jobs, "_run_in_process", spy)
    offered: list[str] = []

    def import_the_valid_rows(self: ProblemsDialog) -> int:
        offered.append(self.import_valid.text())
        return 1

    monkeypatch.setattr(ProblemsDialog, "exec", import_the_valid_rows)
    signed_in(ctx, world)
    sheet = tmp_path / "台账.csv"
    sheet.write_bytes(("河长,河段,巡河日期,开始时间,结束时间,里程,发现问题\n"
                       "C001,QSH-01,2012-10-20,08:00,09:00,2.5,无\n"
                       "C001,QSH-01,2012-10-21,09:00,08:30,2.5,无\n").encode("gbk"))
    page = PatrolListPage(ctx)
    qtbot.addWidget(page)
    told: list[str] = []
    import_history_file(page, ctx, sheet, show=told.append)
    qtbot.waitUntil(lambda: bool(told), timeout=30_000)
    wait_idle()
    assert len(offered) == 1 and "1" in offered[0]  # valid_rows came back with the refusal
    assert told == ["台账.csv：已导入 1 条巡河记录，跳过 1 行。"]
    assert ctx.store.db["patrol"].count == 1
    mine = [w for w in ran if w.fn.__module__ == "ui.patrols.tasks"]
    assert all(type(w) is jobs.Task and w.fn is tasks.import_history for w in mine)
    assert [w.args[-1] for w in mine] == [False, True]  # refused, then the valid rows only
    page.close()
    wait_idle()
