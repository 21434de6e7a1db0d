"""The walk of a responsible unit, a township office and a township chief through the
pages' widgets: what it found wrong, each held by a test that drives the real widgets."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

import pytest

from riverchief.db import open_store, records
from riverchief.security import Actor

from ui.shell.context import AppContext
from ui.shell.jobs import wait_idle

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit" / "problems"))

from ledger_fixtures import PNG, build_actors, build_registry, reach  # noqa: E402

_spec = importlib.util.spec_from_file_location(
    "unit_walk_district", Path(__file__).resolve().parent.parent / "unit" / "assessment"
    / "district.py")
assert _spec and _spec.loader
district = importlib.util.module_from_spec(_spec)
sys.modules["unit_walk_district"] = district
_spec.loader.exec_module(district)


@pytest.fixture
def two_towns(ctx: AppContext, tmp_path: Path) -> dict[str, str]:
    """The small district (D > T1 > V1, V2) with a second township T2, opened; the ids."""
    path = tmp_path / "small.db"
    with open_store(path, create=True) as store:
        ids = dict(district.make_district(store).ids)
        ids["T2"] = records.insert(store, "area", {
            "code": "410102002", "name": "桃园镇", "level": "township",
            "parent_id": ids["D"]}, actor="test")
    ctx.open(path)
    return ids


def _town_office(ctx: AppContext, ids: dict[str, str]) -> Actor:
    from ui.security.session import set_actor

    actor = Actor("u-town", "hzb-town", "柳泉镇河长办", "evaluator",
                  area_ids=frozenset(ids[a] for a in ("T1", "V1", "V2")))
    set_actor(ctx, actor)
    ctx.actor_changed.emit()
    return actor


def _enabled(combo: Any) -> dict[Any, bool]:
    model = combo.model()
    return {combo.itemData(i): model.item(i).isEnabled() for i in range(combo.count())}


def test_a_township_office_has_only_its_own_areas_report(
        qtbot: Any, ctx: AppContext, two_towns: dict[str, str]) -> None:
    """The reports page offered a township office every area's report and made it: the
    whole district's quarterly report, the other township's ranking."""
    from ui.reports.page import ReportsPage

    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    page.period.setText("2026Q1")
    _town_office(ctx, two_towns)
    assert page.area.currentData() == "410102001"
    assert _enabled(page.area) == {None: False, "410102": False, "410102001": True,
                                   "410102002": False}
    # the chiefs offered for a chief's report: its own (the district's chief DC is not)
    assert {page.chief.itemData(i) for i in range(page.chief.count())} == {
        "TC", "VA", "VB", "VC"}
    # chosen all the same (typed on the keyboard, a stale list): the core refuses it
    page.kind.setCurrentIndex(page.kind.findData("ranking"))
    page.area.setCurrentIndex(page.area.findData("410102002"))
    page.generate()
    qtbot.waitUntil(lambda: not page.job.running, timeout=60_000)
    wait_idle()
    assert page.output is None
    assert "桃园镇不在您的辖区内" in page.status.text()
    # the district's office: every area again
    from ui.security.session import set_actor

    everything = frozenset(r[0] for r in ctx.store.conn.execute("SELECT id FROM area"))
    set_actor(ctx, Actor("u1", "hzb", "区河长办", "evaluator", area_ids=everything))
    ctx.actor_changed.emit()
    assert all(_enabled(page.area).values())
    assert page.chief.findData("DC") >= 0


def test_a_township_office_cannot_rank_the_whole_district(
        qtbot: Any, ctx: AppContext, two_towns: dict[str, str]) -> None:
    """The assessment page ranked every chief of the district for a township office that
    chose all areas."""
    from ui.assessment.pages import AssessmentPage

    page = AssessmentPage(ctx)
    qtbot.addWidget(page)
    page.period.setText("2026Q1")
    _town_office(ctx, two_towns)
    assert page.area.currentData() == "410102001"
    assert not _enabled(page.area)[None]
    wait_idle()  # anything the page started on its own
    page.area.setCurrentIndex(0)
    job = page.compute()
    assert job is not None
    qtbot.waitUntil(lambda: not job.running, timeout=60_000)
    wait_idle()
    assert page.result is None and page.model.rowCount() == 0
    assert "全部区域超出您的辖区" in page.summary.text()
    page.area.setCurrentIndex(page.area.findData("410102001"))
    job = page.compute()
    assert job is not None
    qtbot.waitUntil(lambda: not job.running, timeout=60_000)
    wait_idle()
    assert page.model.rowCount() == 4, page.summary.text()


def test_a_township_office_sees_only_its_own_frozen_runs(
        qtbot: Any, ctx: AppContext, two_towns: dict[str, str]) -> None:
    """The runs tab listed another township's frozen run to a township office, and the
    district's run opened on every chief's frozen result; it lists the district's run
    (whose praise and accountability of its chiefs it carries out) with its own chiefs."""
    from datetime import date

    from riverchief.assessment.runs import freeze
    from riverchief.assessment.scorecards import compute
    from riverchief.security import SYSTEM

    from ui.assessment.pages import AssessmentPage

    store = ctx.store
    assert store is not None
    whole = freeze(store, SYSTEM, compute(store, "2026Q1", as_of=date(2026, 4, 5)))
    own = freeze(store, SYSTEM, compute(store, "2026Q1", area_code="410102001",
                                        as_of=date(2026, 4, 5)))
    freeze(store, SYSTEM, compute(store, "2026Q1", area_code="410102002",
                                  as_of=date(2026, 4, 5)))
    page = AssessmentPage(ctx)
    qtbot.addWidget(page)
    _town_office(ctx, two_towns)
    page.runs.refresh()
    assert [r.id for r in page.runs.runs] == [own, whole]
    assert page.runs.table.rowCount() == 2
    detail = page.runs.detail
    with qtbot.waitSignal(detail.loaded, timeout=30_000):
        detail.show_run(whole)
    wait_idle()
    assert {r.card["chief_code"] for r in detail.rows} == {"TC", "VA", "VB", "VC"}
    shown = {q.chief_code for q in detail.consequences.items}
    assert shown <= {"TC", "VA", "VB", "VC"}


def test_the_unit_prints_the_slip_of_the_office_that_assigned_it(
        qtbot: Any, ctx: AppContext, tmp_path: Path) -> None:
    """The responsible unit's 打印交办单… wrote a slip issued and stamped by the unit
    itself (清源区水利局 over 交办单位（盖章）), and a notice telling it to report the
    fix to itself."""
    from pypdf import PdfReader

    from ui.ledgers.problems_page import ProblemsPage
    from ui.security.session import set_actor

    ctx.open(tmp_path / "ledger.db", create=True)
    assert ctx.store is not None
    ids = build_registry(ctx.store)
    actors = build_actors(ids)
    pid = reach(ctx.store, ids, actors, "rectifying", photos=[(PNG, "现场.png")])
    set_actor(ctx, actors["unit"])
    ctx.actor_changed.emit()
    page = ProblemsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.select(pid)
    from PySide6.QtWidgets import QPushButton

    assert page.detail.findChild(QPushButton, "print_slip") is not None  # offered to the unit
    for kind, name in (("slip", "交办单.pdf"), ("notice", "通知书.pdf")):
        path = tmp_path / name
        page.print_to(kind, path)
        qtbot.waitUntil(lambda p=path: p.exists() and "已写入" in page.status.text(),
                        timeout=30_000)
        text = "".join(pg.extract_text() for pg in PdfReader(path).pages).replace(" ", "")
        assert "区河长办" in text, text
        assert "报送水利局" not in text and "交办单位（盖章）：\n水利局" not in text
    wait_idle()


def test_who_verified_a_fix_is_named(qtbot: Any, ctx: AppContext, tmp_path: Path) -> None:
    """The detail of a closed problem read 验收人：hzb, the office's sign-in name."""
    from riverchief.security import SYSTEM, users

    from ui.ledgers.problems_page import ProblemsPage
    from ui.security.session import set_actor

    ctx.open(tmp_path / "ledger.db", create=True)
    assert ctx.store is not None
    ids = build_registry(ctx.store)
    actors = build_actors(ids)
    users.add_user(ctx.store, SYSTEM, "hzb2", "区督查室", "evaluator",
                   scope_area_id=ids["d"], password="office-pass-1")
    pid = reach(ctx.store, ids, actors, "closed")  # verified by the actor hzb2 (区督查室)
    set_actor(ctx, actors["unit"])
    ctx.actor_changed.emit()
    page = ProblemsPage(ctx)
    qtbot.addWidget(page)
    assert page.select(pid)
    shown = [page.detail.form.itemAt(n).widget().text()
             for n in range(page.detail.form.count())
             if page.detail.form.itemAt(n).widget() is not None]
    assert "区督查室 (hzb2)" in shown, shown


def test_the_audit_log_shows_its_times_and_tables_whole(
        qtbot: Any, ctx: AppContext, tmp_path: Path) -> None:
    """The township office's audit page read 2026-11-29 … in every row and outfall_monit…
    (a table's raw name, cut off) in the Chinese page."""
    from riverchief.security import SYSTEM, users

    from ui.security.account_page import AccountPage
    from ui.security.session import set_actor

    ctx.open(tmp_path / "ledger.db", create=True)
    assert ctx.store is not None
    ids = build_registry(ctx.store)
    users.add_user(ctx.store, SYSTEM, "admin", "管理员", "admin", password="admin-pass-1")
    actors = build_actors(ids)
    reach(ctx.store, ids, actors, "rectifying")
    set_actor(ctx, actors["evaluator"])
    ctx.actor_changed.emit()
    page = AccountPage(ctx)
    qtbot.addWidget(page)
    page.resize(1060, 740)
    page.show()
    page.refresh()
    view, model = page.audit_view, page.audit_model
    assert model.rowCount() > 0
    fm = view.fontMetrics()
    tables = set()
    for row in range(model.rowCount()):
        for column in range(4):
            text = model.index(row, column).data()
            assert view.columnWidth(column) >= fm.horizontalAdvance(text), (row, column, text)
        tables.add(model.index(row, 3).data())
    assert {"问题", "问题处理过程"} <= tables, tables


def test_a_township_office_sends_updates_to_its_own_chiefs(
        qtbot: Any, ctx: AppContext, two_towns: dict[str, str]) -> None:
    """The exchange page offered a township office every chief of the district to make
    the office's package for."""
    from ui.exchange.page import ExchangePage

    page = ExchangePage(ctx)
    qtbot.addWidget(page)
    _town_office(ctx, two_towns)
    page.refresh()
    listed = {page.export_chief.itemText(i).split()[0]
              for i in range(page.export_chief.count())}
    assert listed == {"TC", "VA", "VB", "VC"}, listed


def test_registering_a_problem_offers_the_offices_own_complaints(
        qtbot: Any, ctx: AppContext, tmp_path: Path) -> None:
    """The Register dialog of a township office listed every complaint of the district,
    with its first words, to link the problem to."""
    from riverchief.problems import complaints
    from riverchief.security import SYSTEM

    from ui.ledgers.problems_page import RegisterDialog

    ctx.open(tmp_path / "ledger.db", create=True)
    assert ctx.store is not None
    ids = build_registry(ctx.store)
    actors = build_actors(ids)
    for area, text in (("t1", "柳泉镇河道有异味"), ("t2", "石沟镇河岸堆放垃圾")):
        complaints.add_complaint(ctx.store, SYSTEM, received_via="hotline",
                                 received_on="2026-07-01", content=text, area_id=ids[area],
                                 anonymous=True)
    for area, name in (("t1", "柳泉镇督查"), ("t2", "石沟镇督查")):
        complaints.add_batch(ctx.store, SYSTEM, level="district", name=name,
                             issued_on="2026-06-01", due_on="2026-12-31", area_id=ids[area])
    dialog = RegisterDialog(None, ctx.store, actors["other_evaluator"])  # 石沟镇's office
    qtbot.addWidget(dialog)
    assert [text.split(" ", 1)[1] for text, _ in dialog._complaints] == ["石沟镇河岸堆放垃圾"]
    assert [text.split(" ", 1)[1] for text, _ in dialog._batches] == ["石沟镇督查"]


def test_a_township_office_scores_the_water_of_its_own_chiefs(
        qtbot: Any, ctx: AppContext, two_towns: dict[str, str]) -> None:
    """The water-quality page's chief tab offered a township office every chief of the
    district, and scored any of them."""
    from ui.waterquality.pages import WaterQualityPage

    _town_office(ctx, two_towns)
    page = WaterQualityPage(ctx)
    qtbot.addWidget(page)
    page.chief_page.refresh()
    combo = page.chief_page.chief
    listed = {combo.itemText(i).split("(")[-1].rstrip(")") for i in range(combo.count())}
    assert listed == {"TC", "VA", "VB", "VC"}, listed


def test_the_detail_buttons_fit_the_pane_in_english_at_1024(
        qtbot: Any, ctx: AppContext, tmp_path: Path) -> None:
    """In English at 1024 x 640, two buttons to a row ("Re-inspection: reopen", "Print
    assignment slip…") ran past the detail pane's edge, under a horizontal scrollbar."""
    from PySide6.QtWidgets import QScrollArea

    from ui.ledgers.problems_page import ProblemsPage
    from ui.security.session import set_actor
    from ui.shell.language import apply_language

    apply_language("en")
    ctx.open(tmp_path / "ledger.db", create=True)
    assert ctx.store is not None
    ids = build_registry(ctx.store)
    actors = build_actors(ids)
    pid = reach(ctx.store, ids, actors, "closed")  # its re-inspection is due
    set_actor(ctx, actors["evaluator"])
    ctx.actor_changed.emit()
    page = ProblemsPage(ctx)
    qtbot.addWidget(page)
    page.resize(790, 600)  # the page in a 1024 x 640 window, beside the navigation
    page.show()
    qtbot.waitExposed(page)
    assert page.select(pid)
    qtbot.wait(50)  # the layout settles
    scroll = page.findChild(QScrollArea)
    buttons = page.detail._placed
    assert {"do_recheck_reopen", "print_slip"} <= {b.objectName() for b in buttons}
    room = scroll.viewport().width()
    for b in buttons:
        assert b.geometry().right() <= room and b.width() >= b.sizeHint().width(), \
            (b.text(), b.geometry(), room)
    assert not scroll.horizontalScrollBar().isVisible()
    page.resize(1400, 800)  # wide: two to a row again
    qtbot.wait(50)
    assert len({b.geometry().top() for b in buttons}) < len(buttons)


def _ledger_page_in_english_at_1024(qtbot: Any, ctx: AppContext, tmp_path: Path,
                                    page_class: Any, *, announce: bool = False
                                    ) -> tuple[Any, dict[str, Any]]:
    """A ledger page of a new registry in English, as the office's evaluator sees it in a
    1024 x 640 window beside the navigation; its segment and search boxes show their whole
    hints. ``announce``: the actor's change is told before the page is made."""
    from ui.security.session import set_actor
    from ui.shell.language import apply_language

    apply_language("en")
    ctx.open(tmp_path / "ledger.db", create=True)
    assert ctx.store is not None
    actors = build_actors(build_registry(ctx.store))
    set_actor(ctx, actors["evaluator"])
    if announce:
        ctx.actor_changed.emit()
    page = page_class(ctx)
    qtbot.addWidget(page)
    page.resize(790, 600)  # the page in a 1024 x 640 window, beside the navigation
    page.show()
    qtbot.waitExposed(page)
    qtbot.wait(50)
    for box in (page.segment, page.search):
        hint = box.fontMetrics().horizontalAdvance(box.placeholderText())
        assert box.width() >= hint + 8, (box.placeholderText(), box.width(), hint)
    return page, actors


def test_the_outfall_filters_are_whole_in_english_at_1024(
        qtbot: Any, ctx: AppContext, tmp_path: Path) -> None:
    """In English at 1024 x 640 the outfall ledger's one row of filters squeezed the segment
    and search boxes to nothing (their hints read …) and cut All remediation categories."""
    from ui.ledgers.outfalls_page import OutfallsPage

    page, _actors = _ledger_page_in_english_at_1024(qtbot, ctx, tmp_path, OutfallsPage,
                                                    announce=True)
    for combo in (page.stage, page.type, page.remediation, page.area):
        assert combo.width() >= combo.sizeHint().width(), (combo.currentText(), combo.width())
    assert page.register_button.geometry().right() <= page.width()


def test_the_units_home_opens_its_fixes_sent_back(
        qtbot: Any, ctx: AppContext, tmp_path: Path) -> None:
    """A fix the office rejected (重办) was only a line in the problem's timeline: the
    unit's home page now says so, and its line opens just those problems."""
    from PySide6.QtCore import Qt

    from riverchief.problems import ledger

    from ui.security.session import set_actor
    from ui.shell.home import HomePage
    from ui.shell.main_window import MainWindow

    ctx.open(tmp_path / "ledger.db", create=True)
    assert ctx.store is not None
    ids = build_registry(ctx.store)
    actors = build_actors(ids)
    rejected = reach(ctx.store, ids, actors, "awaiting")
    ledger.reject(ctx.store, actors["evaluator2"], rejected, "照片不能说明整改到位")
    reach(ctx.store, ids, actors, "rectifying")  # accepted, no fix reported yet
    set_actor(ctx, actors["unit"])
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    home = window.show_section("home")
    assert isinstance(home, HomePage)
    qtbot.waitUntil(lambda: bool(home.buttons), timeout=10_000)
    line = home.findChild(type(home.buttons[0]), "todo_unit_sent_back")
    assert line is not None and "1 个问题整改被退回" in line.text(), \
        [b.text() for b in home.buttons]
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton)
    assert window.current_section_key() == "problems"
    problems = window.show_section("problems")
    assert problems.sent_back.isChecked()  # type: ignore[attr-defined]
    assert problems.model.rowCount() == 1  # type: ignore[attr-defined]
    assert problems.model.data(problems.model.index(0, 0),  # type: ignore[attr-defined]
                               Qt.ItemDataRole.UserRole) == rejected
    wait_idle()


def test_the_problem_filters_are_whole_in_english_at_1024(
        qtbot: Any, ctx: AppContext, tmp_path: Path) -> None:
    """The unit's Sent back box has no room in the office's row of filters (in English at
    1024 x 640 it squeezed the segment box to Seg…): it is the unit's."""
    from ui.ledgers.problems_page import ProblemsPage
    from ui.security.session import set_actor

    page, actors = _ledger_page_in_english_at_1024(qtbot, ctx, tmp_path, ProblemsPage)
    assert not page.sent_back.isVisible()
    set_actor(ctx, actors["unit"])
    ctx.actor_changed.emit()
    qtbot.wait(50)
    assert page.sent_back.isVisible() and not page.register_button.isVisible()
    assert page.segment.width() >= page.segment.fontMetrics().horizontalAdvance(
        page.segment.placeholderText()) + 8


def test_a_township_office_filters_its_ledger_by_the_units_it_works_with(
        qtbot: Any, ctx: AppContext, tmp_path: Path) -> None:
    """店台镇's office could not filter its ledger by 清源区水利局, the district's bureau
    that most of its problems were assigned to: the unit filter listed its own units only."""
    from riverchief.problems import ledger

    from ui.ledgers.problems_page import ProblemsPage
    from ui.security.session import set_actor

    ctx.open(tmp_path / "ledger.db", create=True)
    assert ctx.store is not None
    ids = build_registry(ctx.store)
    actors = build_actors(ids)
    pid = ledger.create_problem(ctx.store, actors["other_chief"], source="patrol",
                                patrol_id="p2", category="bank.household",
                                description="石沟段河岸垃圾", segment_id=ids["s2"])
    ledger.assign(ctx.store, actors["evaluator"], pid, unit_id=ids["u1"],
                  deadline="2099-12-31", requirement="限期清理")
    set_actor(ctx, actors["other_evaluator"])  # 石沟镇's office
    page = ProblemsPage(ctx)
    qtbot.addWidget(page)
    units = {page.unit.itemData(i) for i in range(1, page.unit.count())}
    assert ids["u1"] in units and ids["u2"] not in units  # 柳泉镇's government is not its
    page.unit.setCurrentIndex(page.unit.findData(ids["u1"]))
    assert page.model.rowCount() == 1


def test_the_audit_log_says_what_an_assignment_changed_in_words(
        qtbot: Any, ctx: AppContext, tmp_path: Path) -> None:
    """An assignment read in the audit page as unit_id: → 01a2…-…, assigned_at: …,
    state: registered → assigned: column keys, a UUID and English state names."""
    import re

    from riverchief.problems import ledger
    from riverchief.security import SYSTEM, users

    from ui.security.account_page import AccountPage
    from ui.security.session import set_actor

    ctx.open(tmp_path / "ledger.db", create=True)
    assert ctx.store is not None
    ids = build_registry(ctx.store)
    users.add_user(ctx.store, SYSTEM, "admin", "管理员", "admin", password="admin-pass-1")
    actors = build_actors(ids)
    pid = reach(ctx.store, ids, actors, "registered")
    ledger.assign(ctx.store, actors["evaluator"], pid, unit_id=ids["u1"],
                  deadline="2099-12-31", requirement="限期清理")
    set_actor(ctx, actors["evaluator"])
    page = AccountPage(ctx)
    qtbot.addWidget(page)
    page.refresh()
    model = page.audit_model
    row = next(r for r in range(model.rowCount())
               if model.index(r, 3).data() == "问题" and model.entries[r].action == "update")
    text = model.index(row, 4).data()
    assert "状态: 登记 → 交办" in text and "责任单位:  → 清源区水利局" in text, text
    assert not re.search(r"[0-9a-f]{8}-[0-9a-f]{4}-", text), text  # no UUID
    assert "unit_id" not in text and "assigned_at" not in text, text
    steps = next(model.index(r, 4).data() for r in range(model.rowCount())
                 if model.index(r, 3).data() == "问题处理过程"
                 and "交办" in model.index(r, 4).data())
    code = ledger.get_problem(ctx.store, SYSTEM, pid)["code"]
    assert f"问题:  → {code}" in steps and "事项:  → 交办" in steps, steps


def test_the_water_file_offers_only_the_edits_the_user_may_make(
        qtbot: Any, ctx: AppContext, tmp_path: Path) -> None:
    """A township office was offered Edit water… on the district's river (refused on OK),
    a unit every edit of the registry."""
    from ui.registry.waters_page import WatersPage
    from ui.security.session import set_actor

    ctx.open(tmp_path / "ledger.db", create=True)
    assert ctx.store is not None
    ids = build_registry(ctx.store)  # 清水河 belongs to the district; s2 lies in 石沟镇
    actors = build_actors(ids)
    page = WatersPage(ctx)
    qtbot.addWidget(page)
    view = page.file
    for who, edit_water, edit_rest in (("evaluator", True, True),
                                       ("other_evaluator", False, True),
                                       ("unit", False, False)):
        set_actor(ctx, actors[who])
        ctx.actor_changed.emit()
        view.show_water(ids["w"])
        assert view.btn_edit_water.isEnabled() is edit_water, who
        assert view.btn_new_segment.isEnabled() is edit_rest, who
        assert view.btn_history.isEnabled(), who


def test_the_chief_file_offers_only_the_edits_the_user_may_make(
        qtbot: Any, ctx: AppContext, tmp_path: Path) -> None:
    """A unit was offered Edit chief…, Assign segments…, End assignment… on every chief."""
    from ui.registry.chiefs_page import ChiefsPage
    from ui.security.session import set_actor

    ctx.open(tmp_path / "ledger.db", create=True)
    assert ctx.store is not None
    ids = build_registry(ctx.store)  # C1 is 柳泉镇's chief
    actors = build_actors(ids)
    page = ChiefsPage(ctx)
    qtbot.addWidget(page)
    for who, may in (("evaluator", True), ("other_evaluator", False), ("unit", False),
                     ("admin", True)):
        set_actor(ctx, actors[who])
        ctx.actor_changed.emit()
        page.show_chief(ids["c1"])
        assert page.btn_edit.isEnabled() is may and page.btn_assign.isEnabled() is may, who
        assert page.btn_history.isEnabled(), who
