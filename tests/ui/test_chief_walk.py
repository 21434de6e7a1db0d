"""A village chief's day in the GUI: what the walk through the home page, the patrol form
and the chief's scorecard found wrong, each held by a test that drives the real widgets."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from riverchief.db import open_store
from riverchief.registry import edit
from riverchief.security import SYSTEM
from tests.ui.test_patrol_form import signed_in, world  # noqa: F401 - the fixture

from ui.patrols.form import PatrolForm

_spec = importlib.util.spec_from_file_location(
    "assessment_district", Path(__file__).resolve().parent.parent / "unit" / "assessment"
    / "district.py")
assert _spec and _spec.loader
assessment_district = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("assessment_district", assessment_district)
_spec.loader.exec_module(assessment_district)


def _assignment_from(world: dict[str, Any], day: str) -> None:  # noqa: F811
    with open_store(world["db"]) as store:
        aid = store.db.execute("SELECT id FROM assignment WHERE chief_id = ?",
                               [world["chief"]]).fetchone()[0]
        edit.change(store, SYSTEM, "assignment", aid, {"start_date": day})


def test_track_from_before_the_assignment_names_the_date(
        qtbot: Any, ctx: Any, world: dict[str, Any]) -> None:  # noqa: F811
    # the corpus run is of 2012-10-25 (Shanghai time); the chief took the segment in 2013
    _assignment_from(world, "2013-01-01")
    signed_in(ctx, world)
    form = PatrolForm(ctx)
    qtbot.addWidget(form)
    form.show()
    assert form.load_track(world["gpx"])
    form.update_verdict()
    assert form.segment.count() == 0  # nothing to choose on that day
    text = form.reasons.item(0).text()
    assert "2012-10-25" in text and "没有负责的河段" in text, text
    assert "请选择巡查的河段" not in text


def test_problem_description_is_not_squeezed(qtbot: Any, ctx: Any,
                                             world: dict[str, Any]) -> None:  # noqa: F811
    # the form as it sits in the main window (1280 x 800 less the navigation)
    signed_in(ctx, world)
    form = PatrolForm(ctx)
    qtbot.addWidget(form)
    form.resize(1000, 720)
    form.show()
    text = "桥下有生活垃圾堆放，约两立方米"
    row = form.add_problem_row("bank.household", text)
    qtbot.waitExposed(form)
    qtbot.wait(50)  # the layout settles
    shown = row.description
    needed = shown.fontMetrics().horizontalAdvance(text)
    assert shown.width() >= needed + 8, (shown.width(), needed)
    assert shown.placeholderText()  # an empty description says what to write
    assert row.place_button.isVisible() and row.remove.isVisible()


@pytest.fixture
def english_page(qtbot: Any, ctx: Any, tmp_path: Path) -> Iterator[Any]:
    """The assessment page of tests/unit/assessment's small district, in English; its
    background jobs are waited for, and its widgets deleted on the GUI thread, after the
    test (as in test_assessment.py)."""
    from riverchief.db import open_store

    from ui.assessment.pages import AssessmentPage
    from ui.shell.language import apply_language

    apply_language("en")
    path = tmp_path / "small.db"
    with open_store(path, create=True) as store:
        assessment_district.make_district(store)
    ctx.open(path)
    page = AssessmentPage(ctx)
    qtbot.addWidget(page)
    page.resize(1060, 740)  # the page in a 1280 x 800 window, beside the navigation
    page.show()
    yield page
    import gc

    from PySide6.QtCore import QCoreApplication, QEvent

    from ui.shell.jobs import wait_idle

    page.close()
    wait_idle()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


def _fits(tree: Any, item: Any, column: int) -> bool:
    """Whether ``item``'s text in ``column`` is shown whole: on one line, or wrapped over
    as many lines as it needs."""
    if column > 0 and item.isFirstColumnSpanned():
        return True
    rect = tree.visualRect(tree.indexFromItem(item, column))  # the text's cell
    width = rect.width() - 6  # the cell's margins
    fm = tree.fontMetrics()
    text = item.text(column)
    if fm.horizontalAdvance(text) <= width:
        return True
    lines = -(-fm.horizontalAdvance(text) // max(1, width))
    return tree.wordWrap() and rect.height() >= lines * fm.lineSpacing()


def _items(tree: Any) -> list[Any]:
    out = []
    stack = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    while stack:
        item = stack.pop()
        out.append(item)
        stack.extend(item.child(i) for i in range(item.childCount()))
    return out


@pytest.mark.parametrize(("code", "day"), [
    ("VB", "2026-03-20"),  # weeks missed
    ("TC", "2026-03-20"),  # a month still due
    ("VB", "2026-04-03"),  # a week still due that the score so far counts missed
])
def test_what_still_costs_points_is_not_cut_off(english_page: Any, qtbot: Any,
                                                code: str, day: str) -> None:
    from datetime import date

    from riverchief.security import Actor

    page = english_page
    store = page.ctx.store
    chief = store.conn.execute("SELECT id FROM chief WHERE code = ?", [code]).fetchone()[0]
    page.today = date.fromisoformat(day)
    panel = page.chief_panel
    with qtbot.waitSignal(panel.loaded, timeout=30_000):
        page.ctx.actor = Actor("u7", code.lower(), code, "chief", chief_id=chief)
        page.ctx.actor_changed.emit()
    qtbot.wait(50)
    due = panel.due
    assert due.topLevelItemCount() >= 1
    for item in _items(due):
        for column in range(3):
            assert _fits(due, item, column), (column, item.text(column))
    tree = panel.scorecard.tree
    deductions = [i for i in _items(tree) if i.parent() is not None]
    assert deductions
    for item in deductions:
        assert _fits(tree, item, 0), item.text(0)
    if day == "2026-04-03":
        # W14 is in the score so far (its Thursday has passed): the list says so rather
        # than that it will cost points if missed, while the scorecard already took them
        first = due.topLevelItem(0).child(0)
        assert (first.text(0), first.text(2)) == ("2026-W14",
                                                  "2 day(s) left; deducted until patrolled")
        assert due.topLevelItem(0).child(1).text(2) == "9 day(s) left"


def test_home_tells_of_an_unsent_patrol_and_leads_to_it(
        qtbot: Any, ctx: Any, world: dict[str, Any]) -> None:  # noqa: F811
    from PySide6.QtCore import Qt

    from riverchief import patrols

    from ui.shell.main_window import MainWindow

    signed_in(ctx, world)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    home = window.show_section("patrol_home")
    assert home.draft_banner.isHidden()  # nothing left unsent yet
    # the chief filled in a patrol and closed the app without submitting it
    patrols.save_draft(ctx.store, world["actor"], {
        "chief_id": world["chief"], "segment_id": world["seg"], "start": "2012-10-25T07:29:00",
        "end": "2012-10-25T07:45:00", "notes": "巡到一半电脑没电", "checklist": {},
        "photos": [], "problems": []})
    window.show_section("patrols")
    window.show_section("patrol_home")  # the home page looks again when shown
    assert not home.draft_banner.isHidden()
    text = home.draft_text.text()
    assert "2012-10-25 07:29" in text and "未提交" in text, text
    qtbot.mouseClick(home.continue_draft, Qt.MouseButton.LeftButton)
    assert window.current_section_key() == "patrol_form"
    form = window.pages.currentWidget()
    assert not form.banner.isHidden()
    qtbot.mouseClick(form.resume, Qt.MouseButton.LeftButton)
    assert form.notes.toPlainText() == "巡到一半电脑没电"


def test_a_fresh_form_says_what_to_do_first(qtbot: Any, ctx: Any,
                                            world: dict[str, Any]) -> None:  # noqa: F811
    signed_in(ctx, world)
    form = PatrolForm(ctx)
    qtbot.addWidget(form)
    form.update_verdict()
    text = form.reasons.item(0).text()
    assert "轨迹文件" in text and "必须晚于" not in text, text  # not an error about times


def test_submitting_says_so_and_leaves_nothing_to_submit_twice(
        qtbot: Any, ctx: Any, world: dict[str, Any],  # noqa: F811
        monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda _p, _t, text, *a, **k: warned.append(text)))
    signed_in(ctx, world)
    form = PatrolForm(ctx)
    qtbot.addWidget(form)
    form.show()
    form.drop_files([world["gpx"], world["photo1"]])
    form.notes.setPlainText("河面清洁")
    qtbot.mouseClick(form.submit_button, Qt.MouseButton.LeftButton)
    assert ctx.store.db["patrol"].count == 1 and not warned
    assert not form.done_banner.isHidden()
    text = form.done_text.text()
    assert "已提交" in text and "2012-10-25 07:29–07:45" in text and "QSH-01" in text, text
    assert "存疑" in text  # the verdict it got (entered years later)
    # a chief who thinks nothing happened and presses again gets no second patrol
    qtbot.mouseClick(form.submit_button, Qt.MouseButton.LeftButton)
    assert ctx.store.db["patrol"].count == 1
    assert len(warned) == 1
    # the next patrol begins: the note of the last one goes away
    form.notes.setPlainText("下一次")
    assert form.done_banner.isHidden()


def answering(monkeypatch: pytest.MonkeyPatch, *answers: Any) -> list[str]:
    """Answer the page's questions (QMessageBox.question) with ``answers`` in turn; the
    list returned collects what was asked."""
    from PySide6.QtWidgets import QMessageBox

    asked: list[str] = []

    def question(_parent: Any, _title: str, text: str, *a: Any, **k: Any) -> Any:
        asked.append(text)
        return answers[len(asked) - 1]

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


def test_discarding_a_filled_in_patrol_asks_first(
        qtbot: Any, ctx: Any, world: dict[str, Any],  # noqa: F811
        monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from riverchief import patrols

    asked = answering(monkeypatch, QMessageBox.StandardButton.No,
                      QMessageBox.StandardButton.Yes)
    signed_in(ctx, world)
    form = PatrolForm(ctx)
    qtbot.addWidget(form)
    form.drop_files([world["gpx"]])
    form.notes.setPlainText("写了半个小时的巡河情况")
    form.save_draft()
    qtbot.mouseClick(form.discard, Qt.MouseButton.LeftButton)  # "No": all stays
    assert len(asked) == 1 and "丢失" in asked[0]
    assert form.notes.toPlainText() == "写了半个小时的巡河情况" and form.track is not None
    assert len(patrols.drafts(ctx.store, world["actor"])) == 1
    qtbot.mouseClick(form.discard, Qt.MouseButton.LeftButton)  # "Yes": gone
    assert form.notes.toPlainText() == "" and form.track is None
    assert patrols.drafts(ctx.store, world["actor"]) == []
    qtbot.mouseClick(form.discard, Qt.MouseButton.LeftButton)  # nothing to lose: no question
    assert len(asked) == 2


def test_a_draft_whose_files_are_gone_says_which(
        qtbot: Any, ctx: Any, world: dict[str, Any], tmp_path: Path,  # noqa: F811
        monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil

    from PySide6.QtWidgets import QMessageBox

    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda _p, _t, text, *a, **k: warned.append(text)))
    stick = tmp_path / "U盘"
    stick.mkdir()
    gpx = stick / "今天.gpx"
    shutil.copy(world["gpx"], gpx)
    photo = stick / "桥下.jpg"
    shutil.copy(world["photo1"], photo)
    signed_in(ctx, world)
    form = PatrolForm(ctx)
    qtbot.addWidget(form)
    form.drop_files([gpx, photo])
    form.notes.setPlainText("河面清洁")
    form.save_draft()
    shutil.rmtree(stick)  # the USB stick is taken out before the draft is continued
    again = PatrolForm(ctx)
    qtbot.addWidget(again)
    again.resume_draft()
    assert again.notes.toPlainText() == "河面清洁" and again.track is None
    assert len(warned) == 1
    assert str(gpx) in warned[0] and str(photo) in warned[0], warned


def test_home_lists_problems_found_by_others_on_the_chiefs_segment(
        qtbot: Any, ctx: Any, world: dict[str, Any]) -> None:  # noqa: F811
    from datetime import date

    from riverchief import patrols
    from riverchief.db import records
    from riverchief.patrols import PatrolInput, ProblemInput, TrackFile
    from riverchief.security import Actor

    from ui.patrols.home import ChiefHomePage

    with open_store(world["db"]) as store:  # a village chief shares the segment
        other = edit.create(store, SYSTEM, "chief", {
            "code": "C002", "name": "李芳", "level": "village", "title": "river_chief",
            "area_id": store.db.execute("SELECT area_id FROM chief").fetchone()[0]})
        edit.create(store, SYSTEM, "assignment", {"chief_id": other, "segment_id": world["seg"],
                                                  "start_date": "2010-01-01"})
        track = TrackFile.from_path(world["gpx"])
        read = track.read("Asia/Shanghai")
        patrols.submit(store, Actor("u2", "lifang", "李芳", "chief", chief_id=other),
                       PatrolInput(chief_id=other, segment_ids=[world["seg"]], start=read.start,
                                   end=read.end, track=track,
                                   problems=[ProblemInput("outfall.odd", "排污口冒黑水")]))
        pid = store.db.execute("SELECT id FROM problem").fetchone()[0]
        records.update(store, "problem", pid, {"deadline": "2012-11-01"},
                       actor="office")
    signed_in(ctx, world)
    home = ChiefHomePage(ctx, today=date(2012, 11, 5))
    qtbot.addWidget(home)
    assert home.problems.count() == 1
    item = home.problems.item(0)
    text = item.text()
    assert "排污口冒黑水" in text and "QSH-01" in text, text
    assert "他人在您的河段上发现" in text and "已超期" in text, text
    assert item.foreground().color().name() == "#c62828"


def test_photos_carry_the_numbers_the_check_names_them_by(
        qtbot: Any, ctx: Any, world: dict[str, Any], tmp_path: Path) -> None:  # noqa: F811
    from tests.unit.patrols.conftest import jpeg

    signed_in(ctx, world)
    form = PatrolForm(ctx)
    qtbot.addWidget(form)
    plain = tmp_path / "微信图片.png"
    plain.write_bytes(jpeg(fmt="PNG"))  # no time, no place: the check names it "photo 2"
    form.drop_files([world["gpx"], world["photo1"], plain])
    form.update_verdict()
    reasons = [form.reasons.item(i).text() for i in range(form.reasons.count())]
    assert any("第 2 张照片" in r for r in reasons), reasons
    assert [form.photos.item(i).text() for i in range(form.photos.count())] == [
        "1. photo1.jpg", "2. 微信图片.png"]
    form.photos.setCurrentRow(0)
    form.remove_photo.click()
    assert form.photos.item(0).text() == "1. 微信图片.png"  # numbered again


def test_the_list_filters_show_their_hints_whole_in_english(
        qtbot: Any, ctx: Any, world: dict[str, Any]) -> None:  # noqa: F811
    from ui.patrols.list_page import PatrolListPage
    from ui.shell.jobs import wait_idle
    from ui.shell.language import apply_language

    apply_language("en")
    signed_in(ctx, world)
    page = PatrolListPage(ctx)
    qtbot.addWidget(page)
    page.resize(1060, 740)  # beside the navigation of a 1280 x 800 window
    page.show()
    qtbot.waitExposed(page)
    for field in (page.chief, page.segment):
        hint = field.placeholderText()
        assert field.width() >= field.fontMetrics().horizontalAdvance(hint) + 12, hint
    page.close()
    wait_idle()


def test_home_in_english_counts_days_without_bad_plurals(
        qtbot: Any, ctx: Any, world: dict[str, Any]) -> None:  # noqa: F811
    from datetime import date

    from ui.patrols.home import ChiefHomePage
    from ui.shell.language import apply_language

    apply_language("en")
    signed_in(ctx, world)
    home = ChiefHomePage(ctx, today=date(2012, 10, 30))  # the month ends tomorrow
    qtbot.addWidget(home)
    text = home.due.text()
    assert "(1 day(s) left)" in text and "1 days" not in text, text
    assert "0 of 1</b> patrol(s) done" in text, text
    assert "(0 patrol(s) this month)" in home.segments.text()


def test_a_correction_shows_the_problems_it_keeps_and_cancel_closes_it(
        qtbot: Any, ctx: Any, world: dict[str, Any]) -> None:  # noqa: F811
    from PySide6.QtCore import Qt

    from riverchief import patrols
    from riverchief.patrols import PatrolInput, ProblemInput, TrackFile

    from ui.patrols import open_correction

    signed_in(ctx, world)
    track = TrackFile.from_path(world["gpx"])
    read = track.read("Asia/Shanghai")
    pid = patrols.submit(ctx.store, world["actor"], PatrolInput(
        chief_id=world["chief"], segment_ids=[world["seg"]], start=read.start, end=read.end,
        track=track, notes="巡查正常", problems=[ProblemInput("bank.household", "桥下生活垃圾")]))
    dialog = open_correction(ctx, pid, None)
    qtbot.addWidget(dialog)
    form = dialog.form  # type: ignore[attr-defined]
    # the registered problem is listed, so that the chief does not report it a second time
    assert not form.registered.isHidden()
    assert "桥下生活垃圾" in form.registered.text() and "新问题" in form.registered.text()
    assert form.discard.text() == "取消"
    form.notes.setPlainText("改了一半")
    qtbot.mouseClick(form.discard, Qt.MouseButton.LeftButton)
    # the dialog closes; before, it stayed open as an empty *new* patrol form
    assert not dialog.isVisible() and dialog.result() == 0
    assert ctx.store.db["patrol"].count == 1
    p = patrols.get_patrol(ctx.store, pid)
    assert p is not None and p.revision == 1 and p.notes == "巡查正常"


def test_messages_name_the_fields_as_the_form_does_in_english(
        qtbot: Any, ctx: Any, world: dict[str, Any],  # noqa: F811
        monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from ui.shell.language import apply_language

    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda _p, _t, text, *a, **k: warned.append(text)))
    apply_language("en")
    signed_in(ctx, world)
    form = PatrolForm(ctx)
    qtbot.addWidget(form)
    form.drop_files([world["gpx"]])
    form.end.setDateTime(form.start.dateTime().addSecs(-600))  # the end before the start
    form.update_verdict()
    assert form.reasons.item(0).text() == "End: The end time must be after the start time."
    qtbot.mouseClick(form.submit_button, Qt.MouseButton.LeftButton)
    assert warned == ["End: The end time must be after the start time."]
    assert ctx.store.db["patrol"].count == 0


def test_the_detail_gives_the_distance_in_chinese_units(
        qtbot: Any, ctx: Any, world: dict[str, Any]) -> None:  # noqa: F811
    from PySide6.QtWidgets import QLabel

    from riverchief import patrols
    from riverchief.patrols import PatrolInput, TrackFile

    from ui.patrols.detail import PatrolDetail

    signed_in(ctx, world)
    track = TrackFile.from_path(world["gpx"])
    read = track.read("Asia/Shanghai")
    pid = patrols.submit(ctx.store, world["actor"], PatrolInput(
        chief_id=world["chief"], segment_ids=[world["seg"]], start=read.start, end=read.end,
        track=track))
    detail = PatrolDetail(ctx, pid)
    qtbot.addWidget(detail)
    texts = [w.text() for w in detail.info.findChildren(QLabel)]
    assert "3.10 公里" in texts, texts  # as the form says it, not "3.10 km"


def test_a_problem_row_does_not_push_the_patrol_fields_out_of_a_small_window(
        qtbot: Any, ctx: Any, world: dict[str, Any]) -> None:  # noqa: F811
    from PySide6.QtWidgets import QScrollArea

    from ui.shell.language import apply_language

    apply_language("en")
    signed_in(ctx, world)
    form = PatrolForm(ctx)
    qtbot.addWidget(form)
    form.resize(790, 560)  # the page in a 1024 x 640 window
    form.show()
    form.drop_files([world["gpx"]])
    row = form.add_problem_row("outfall.dry_weather", "晴天雨水口有污水排出")  # the longest name
    qtbot.wait(100)
    fields = form.findChild(QScrollArea)
    assert fields is not None
    assert fields.horizontalScrollBar().maximum() == 0  # the checklist's boxes stay in view
    assert row.category.toolTip() == "Storm drain discharging in dry weather"  # whole on hover
    assert row.description.width() >= row.description.fontMetrics().horizontalAdvance(
        "晴天雨水口有污水排出")


def test_discarding_an_unsent_draft_from_the_banner_asks_first(
        qtbot: Any, ctx: Any, world: dict[str, Any],  # noqa: F811
        monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from riverchief import patrols

    asked = answering(monkeypatch, QMessageBox.StandardButton.No,
                      QMessageBox.StandardButton.Yes)
    signed_in(ctx, world)
    patrols.save_draft(ctx.store, world["actor"], {
        "chief_id": world["chief"], "segment_id": world["seg"], "start": "2012-10-25T07:29:00",
        "end": "2012-10-25T07:45:00", "notes": "巡到一半", "checklist": {}, "photos": [],
        "problems": []})
    form = PatrolForm(ctx)
    qtbot.addWidget(form)
    assert not form.banner.isHidden()
    qtbot.mouseClick(form.drop_draft, Qt.MouseButton.LeftButton)  # "No": it stays
    assert len(asked) == 1 and not form.banner.isHidden()
    assert len(patrols.drafts(ctx.store, world["actor"])) == 1
    qtbot.mouseClick(form.drop_draft, Qt.MouseButton.LeftButton)  # "Yes": gone
    assert form.banner.isHidden() and patrols.drafts(ctx.store, world["actor"]) == []


def test_a_problem_left_undescribed_is_named_and_nothing_is_saved(
        qtbot: Any, ctx: Any, world: dict[str, Any],  # noqa: F811
        monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda _p, _t, text, *a, **k: warned.append(text)))
    signed_in(ctx, world)
    form = PatrolForm(ctx)
    qtbot.addWidget(form)
    form.drop_files([world["gpx"]])
    form.add_problem_row("surface.floating", "")  # added, then not described
    form.update_verdict()
    assert form.reasons.item(0).text() == "发现的问题第 1 项：请写明发现了什么：该问题没有描述。"
    qtbot.mouseClick(form.submit_button, Qt.MouseButton.LeftButton)
    assert len(warned) == 1 and "没有描述" in warned[0]
    assert ctx.store.db["patrol"].count == 0 and ctx.store.db["problem"].count == 0


def test_home_says_the_due_day_is_included(qtbot: Any, ctx: Any,
                                           world: dict[str, Any]) -> None:  # noqa: F811
    from datetime import date

    from ui.patrols.home import ChiefHomePage

    signed_in(ctx, world)
    home = ChiefHomePage(ctx, today=date(2012, 10, 30))
    qtbot.addWidget(home)
    # "须在 10-31 前完成" reads as "before the 31st"; the 31st itself still counts
    assert "最迟须在 <b>2012-10-31</b> 当天完成（还有 1 天）" in home.due.text()


def test_an_overdue_problem_reads_overdue_in_the_headline(english_page: Any,
                                                          qtbot: Any) -> None:
    from datetime import date

    from riverchief.security import Actor

    page = english_page
    vc = page.ctx.store.conn.execute("SELECT id FROM chief WHERE code = 'VC'").fetchone()[0]
    page.today = date(2026, 3, 25)  # P1 was due on 21 March
    panel = page.chief_panel
    with qtbot.waitSignal(panel.loaded, timeout=30_000):
        page.ctx.actor = Actor("u8", "vc", "陈丙", "chief", chief_id=vc)
        page.ctx.actor_changed.emit()
    text = panel.text.text()
    assert "Problem P1: deadline 2026-03-21 (4 day(s) overdue)" in text, text
    assert "-4" not in text
