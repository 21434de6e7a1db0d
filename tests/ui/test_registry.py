"""Registry and security pages: sign in as an evaluator, open a water's file (一河一档),
edit a segment, see the change in its audit history."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from ui.registry.dialogs import RecordDialog
from ui.registry.waters_page import _select_row
from ui.security.audit_view import AuditDialog
from ui.security.sign_in import SignInDialog
from ui.shell.main_window import MainWindow


def click_ok(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    box = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def sign_in(qtbot, ctx, code: str, password: str) -> SignInDialog:  # type: ignore[no-untyped-def]
    dialog = SignInDialog(ctx)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.user, code)
    qtbot.keyClicks(dialog.password, password)
    click_ok(qtbot, dialog)
    return dialog


@pytest.fixture
def window(qtbot, ctx, demo_db: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    ctx.open(demo_db)
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    return win


def test_evaluator_edits_a_segment_and_sees_the_audit_entry(qtbot, ctx, window) -> None:  # type: ignore[no-untyped-def]
    bad = sign_in(qtbot, ctx, "hzb", "wrong-password")
    assert bad.error.text() == "登录名或密码错误。"
    assert ctx.actor is None
    good = sign_in(qtbot, ctx, "hzb", "demo1234")
    assert good.result() == good.DialogCode.Accepted
    assert ctx.actor.role == "evaluator" and ctx.actor.code == "hzb"
    assert {"waters", "chiefs", "users"} <= set(window.section_keys())

    page = window.show_section("waters")
    row = next(i for i, r in enumerate(page.model.rows) if r[0].endswith("-W01"))
    _select_row(page.view, row)
    water_file = page.file
    name = page.model.rows[row][1]
    assert name in water_file.title.text()
    assert water_file.segments.rowCount() == 8
    assert len(water_file.map.lines) == 8
    assert water_file.chiefs.rowCount() > 8  # district, township and village chiefs
    _select_row(water_file.segments_view, 2)
    seg_id = water_file.selected_segment()
    assert water_file.map.selected == seg_id
    seg_code = water_file.segments.rows[2][0]

    dialog = RecordDialog(ctx, "segment", seg_id)
    qtbot.addWidget(dialog)
    dialog.widgets["from_desc"].clear()
    dialog.widgets["from_desc"].insert("新建大桥")  # QTest types ASCII only
    dialog.widgets["water_id"].setText("NO-SUCH-WATER")
    click_ok(qtbot, dialog)
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "NO-SUCH-WATER" in dialog.error.text()
    assert dialog.widgets["water_id"].styleSheet()  # the wrong field is marked
    dialog.widgets["water_id"].setText(page.model.rows[row][0])
    click_ok(qtbot, dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert water_file.segments.rows[2][3] == "新建大桥"  # the page refreshed itself

    water_file.tabs.setCurrentIndex(water_file.tab_sections)
    if water_file.sections.rowCount():
        _select_row(water_file.tabs.currentWidget(), 0)
        assert water_file.history_target()[:2] == ("section", water_file.sections.keys[0])
    water_file.tabs.setCurrentIndex(water_file.tab_seg)
    assert water_file.history_target()[:2] == ("segment", seg_id)

    history = AuditDialog(ctx, "segment", seg_id, seg_code)
    qtbot.addWidget(history)
    model = history.model
    assert model.rowCount() == 1  # the demo wrote in bulk (one entry for all); then this
    last = model.rowCount() - 1
    assert model.data(model.index(last, 1)) == "hzb"
    assert model.data(model.index(last, 2)) == "修改"
    assert "新建大桥" in model.data(model.index(last, 4))


def test_township_evaluator_cannot_edit_outside_their_township(qtbot, ctx, window) -> None:  # type: ignore[no-untyped-def]
    sign_in(qtbot, ctx, "hzb-town", "demo1234")
    page = window.show_section("waters")
    scope = ctx.actor.area_ids
    all_waters = ctx.store.conn.execute(
        "SELECT COUNT(*) FROM water WHERE deleted_at IS NULL").fetchone()[0]
    assert 0 < page.model.rowCount() < all_waters  # only waters in their township
    seg = ctx.store.conn.execute(
        f"SELECT id FROM segment WHERE area_id NOT IN ({','.join('?' * len(scope))}) LIMIT 1",
        sorted(scope)).fetchone()[0]
    dialog = RecordDialog(ctx, "segment", seg)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.widgets["to_desc"], "x")
    click_ok(qtbot, dialog)
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "不在您的辖区内" in dialog.error.text()


def test_chiefs_page_timeline_and_models(qtbot, qtmodeltester, ctx, window) -> None:  # type: ignore[no-untyped-def]
    sign_in(qtbot, ctx, "admin", "demo1234")
    page = window.show_section("chiefs")
    qtmodeltester.check(page.model)
    row = next(i for i, r in enumerate(page.model.rows) if r[0].endswith("N"))
    _select_row(page.view, row)  # a chief who took over in mid-2026
    assert page.timeline.bars and all(b[1].year == 2026 for b in page.timeline.bars)
    users_page = window.show_section("users")
    assert users_page.users_table.rowCount() == 7
    qtmodeltester.check(users_page.audit_model)
    assert "admin" in users_page.who.text()


def test_audit_log_export_runs_in_the_background(qtbot, ctx, window, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                  monkeypatch) -> None:
    import csv

    from PySide6.QtWidgets import QFileDialog

    sign_in(qtbot, ctx, "admin", "demo1234")
    page = window.show_section("users")
    out = tmp_path / "audit.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    qtbot.mouseClick(page.btn_export, Qt.MouseButton.LeftButton)
    # written in a process of its own: the outcome comes to the page, not a box
    qtbot.waitUntil(lambda: "条记录已写入" in page.audit_status.text(), timeout=30000)
    rows = list(csv.DictReader(out.open(encoding="utf-8-sig")))
    n = ctx.store.conn.execute("SELECT COUNT(*) FROM audit_log").fetchone()[0]
    assert len(rows) == n > 0
    assert page.audit_status.text() == f"{n} 条记录已写入 {out}。"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "no-such-folder" / "a.csv"), ""))
    qtbot.mouseClick(page.btn_export, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "无法写入" in page.audit_status.text(), timeout=30000)


def test_pages_do_not_leak_references_to_true(qtbot, ctx, demo_db: Path) -> None:  # type: ignore[no-untyped-def]
    """Emitting some model signals from Python drops a reference to True in PySide6; enough
    of them crash the interpreter at exit ("bool_dealloc"). The registry pages must not."""
    import gc
    import sys

    from ui.registry.chiefs_page import ChiefsPage
    from ui.registry.lists_page import RegistryListsPage
    from ui.registry.waters_page import WatersPage
    from ui.security.account_page import AccountPage

    ctx.open(demo_db)
    for page_class in (WatersPage, ChiefsPage, RegistryListsPage, AccountPage):
        page_class(ctx).deleteLater()
        gc.collect()
        before = sys.getrefcount(True)
        for _ in range(5):
            page = page_class(ctx)
            page.deleteLater()
            del page
        gc.collect()
        assert sys.getrefcount(True) >= before, page_class.__name__


def no_boxes(monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    """Every information box that pops up (there should be none at the end of a job)."""
    from PySide6.QtWidgets import QMessageBox

    boxes: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args, **k: boxes.append(args[2]))
    return boxes


def test_import_refused_then_valid_rows_only(qtbot, ctx, window, tmp_path: Path,  # type: ignore[no-untyped-def]
                                             monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog, QPlainTextEdit

    from ui.registry import transfer
    from ui.shell.jobs import wait_idle

    sign_in(qtbot, ctx, "admin", "demo1234")
    page = window.show_section("waters")
    f = tmp_path / "units.csv"
    f.write_text("code,name,area_code\nNEW-U1,河道管理站,410102\nNEW-U2,水务公司,999\n",
                 encoding="utf-8")
    shown: list[str] = []
    boxes = no_boxes(monkeypatch)

    def fake_exec(self) -> int:  # type: ignore[no-untyped-def]
        shown.append(self.findChild(QPlainTextEdit).toPlainText())
        return 1  # the user chose "import the valid rows"

    monkeypatch.setattr(transfer.ProblemsDialog, "exec", fake_exec)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(f), ""))
    assert page.status.isHidden()
    page.import_file()  # the page's button
    qtbot.waitUntil(lambda: bool(page.status.text()), timeout=20_000)
    wait_idle()
    assert shown == ["units.csv，第 3 行，area_code 列: 未知的行政区划编码“999”。"]
    assert page.status.text() == "units.csv：新增 1，更新 0，未变 0，跳过 1。"
    assert page.status.isVisibleTo(page) and not page.status.error
    assert boxes == []  # the result is in the page, not in a box
    codes = [r[0] for r in ctx.store.conn.execute("SELECT code FROM unit WHERE code LIKE 'NEW-%'")]
    assert codes == ["NEW-U1"]


def test_import_refused_and_declined_says_so_in_the_page(qtbot, ctx, window,  # type: ignore[no-untyped-def]
                                                        tmp_path: Path, monkeypatch) -> None:
    from ui.registry import transfer
    from ui.shell.jobs import wait_idle

    sign_in(qtbot, ctx, "admin", "demo1234")
    page = window.show_section("waters")
    f = tmp_path / "units.csv"
    f.write_text("code,name,area_code\nNEW-U1,河道管理站,410102\nNEW-U2,水务公司,999\n",
                 encoding="utf-8")
    boxes = no_boxes(monkeypatch)
    monkeypatch.setattr(transfer.ProblemsDialog, "exec", lambda self: 0)  # "Close"
    transfer.import_registry(page, ctx, f, show=page.show_status)
    qtbot.waitUntil(lambda: bool(page.status.text()), timeout=20_000)
    wait_idle()
    assert page.status.text() == "units.csv：未导入任何数据，发现 1 个问题。"
    assert page.status.error and boxes == []
    assert ctx.store.conn.execute(
        "SELECT COUNT(*) FROM unit WHERE code LIKE 'NEW-%'").fetchone()[0] == 0


def spy_on_processes(monkeypatch) -> list:  # type: ignore[no-untyped-def]
    """The tasks that ran in a process of their own (the real runner still runs them)."""
    from ui.shell import jobs

    ran: list = []
    real = jobs._run_in_process

    def spy(work, progress):  # type: ignore[no-untyped-def]
        ran.append(work)
        return real(work, progress)

    monkeypatch.setattr(jobs, "_run_in_process", spy)
    return ran


def test_import_and_export_run_in_a_process_of_their_own(qtbot, ctx, window,  # type: ignore[no-untyped-def]
                                                         tmp_path: Path, monkeypatch) -> None:
    from openpyxl import load_workbook
    from PySide6.QtWidgets import QFileDialog

    from ui.registry import tasks
    from ui.shell.jobs import Task, wait_idle

    sign_in(qtbot, ctx, "admin", "demo1234")
    page = window.show_section("waters")
    ran = spy_on_processes(monkeypatch)
    boxes = no_boxes(monkeypatch)
    f = tmp_path / "units.csv"
    f.write_text("code,name,area_code\nNEW-U1,河道管理站,410102\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(f), ""))
    page.import_file()
    qtbot.waitUntil(lambda: bool(page.status.text()), timeout=30_000)
    wait_idle()
    assert page.status.text() == "units.csv：新增 1，更新 0，未变 0，跳过 0。"
    mine = [w for w in ran if w.fn.__module__ == "ui.registry.tasks"]
    assert [type(w) for w in mine] == [Task] and mine[0].fn is tasks.import_file
    codes = [r[0] for r in ctx.store.conn.execute("SELECT code FROM unit WHERE code LIKE 'NEW-%'")]
    assert codes == ["NEW-U1"]

    out = tmp_path / "registry.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    page.export_file()
    qtbot.waitUntil(lambda: page.status.text().startswith("registry.xlsx"), timeout=30_000)
    wait_idle()
    mine = [w.fn for w in ran if w.fn.__module__ == "ui.registry.tasks"]
    assert mine == [tasks.import_file, tasks.export_file]
    assert boxes == []
    book = load_workbook(out, read_only=True)
    rows = sum(1 for sheet in book for _ in sheet.iter_rows(values_only=True))
    assert page.status.text() == f"registry.xlsx：已写出 {rows - len(book.sheetnames)} 行。"
    assert any(row[0] == "NEW-U1" for sheet in book for row in sheet.iter_rows(values_only=True))


def test_a_failed_export_is_said_in_the_page(qtbot, ctx, window, tmp_path: Path,  # type: ignore[no-untyped-def]
                                            monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from ui.shell.jobs import wait_idle

    sign_in(qtbot, ctx, "admin", "demo1234")
    page = window.show_section("waters")
    boxes = no_boxes(monkeypatch)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    out = tmp_path / "registry.txt"  # neither a workbook nor a GeoJSON file
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    page.export_file()
    qtbot.waitUntil(lambda: bool(page.status.text()), timeout=30_000)
    wait_idle()
    assert page.status.error and "registry.txt" in page.status.text()
    assert boxes == [] and warnings == []
    assert not out.exists()


def test_reset_password_forces_a_change_at_sign_in(qtbot, ctx, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from riverchief.security import SYSTEM, users

    from ui.security import sign_in as sign_in_module

    target = users.get_user(ctx.store, "hzb-town")
    users.reset_password(ctx.store, SYSTEM, target.id, "temporary1")
    asked: list[str] = []

    def fake_exec(self) -> int:  # type: ignore[no-untyped-def]
        asked.append(self.objectName())
        self.old.setText("temporary1")
        self.new.setText("mine-now-1")
        self.again.setText("mine-now-1")
        self.accept()
        return 1

    monkeypatch.setattr(sign_in_module.ChangePasswordDialog, "exec", fake_exec)
    sign_in(qtbot, ctx, "hzb-town", "temporary1")
    assert asked == ["changePasswordDialog"]
    assert not users.get_user(ctx.store, "hzb-town").must_change_password
    assert users.sign_in(ctx.store, "hzb-town", "mine-now-1").code == "hzb-town"


def test_a_sign_in_holds_only_for_its_database(qtbot, ctx, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import shutil

    from ui.security.session import current_actor

    sign_in(qtbot, ctx, "hzb", "demo1234")
    assert current_actor(ctx).code == "hzb"
    other = tmp_path / "other.db"
    shutil.copy(ctx.store.path, other)
    ctx.open(other)
    assert current_actor(ctx) is None  # the same users exist there, but nobody signed in
    ctx.open(tmp_path / "empty.db", create=True)
    assert current_actor(ctx).role == "admin"  # a single-user installation: its owner


def test_hand_over_and_sign_renewed_from_the_pages(qtbot, ctx, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from PySide6.QtWidgets import QInputDialog

    from riverchief.registry import queries

    sign_in(qtbot, ctx, "hzb", "demo1234")
    page = window.show_section("chiefs")
    old = next(i for i, r in enumerate(page.model.rows) if r[0].endswith("-C0030"))
    new_code = page.model.rows[old + 1][0]
    _select_row(page.view, old)
    old_id = page.chief_id
    n = len(queries.segments_of_chief(ctx.store, old_id, "2026-09-30"))
    assert n > 0
    answers = iter([(new_code, True), ("2026-10-01", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: next(answers))
    boxes = no_boxes(monkeypatch)
    assert page.status.isHidden()
    page.hand_over()
    assert boxes == []  # the outcome is in the page
    assert page.status.text() == f"已将 {n} 个河段交接给 {new_code}，自 2026-10-01 起。"
    assert page.status.isVisibleTo(page)
    assert queries.segments_of_chief(ctx.store, old_id, "2026-10-01") == []
    assert all(b[2] == date(2026, 9, 30) for b in page.timeline.bars if b[2] and
               b[2].year == 2026)

    waters = window.show_section("waters")
    stale = queries.stale_signs(ctx.store, date.today())
    sign = stale[0].sign
    water_id = queries.get_segment(ctx.store, sign.segment_id).water_id
    waters.show_water(water_id)
    file = waters.file
    file.tabs.setCurrentIndex(file.tab_signs)
    _select_row(file.tabs.currentWidget(), file.signs.keys.index(sign.id))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (date.today().isoformat(), True))
    file.sign_renewed()
    assert sign.id not in {s.sign.id for s in queries.stale_signs(ctx.store, date.today())}
    assert file.signs.rows[file.signs.keys.index(sign.id)][4] == "已更新"
    assert waters.status.text() == f"公示牌 {sign.code} 已于 {date.today().isoformat()} 更新。"
    assert boxes == []


def test_end_assignment_says_its_outcome_in_the_page(qtbot, ctx, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QInputDialog

    from riverchief.registry import queries

    sign_in(qtbot, ctx, "hzb", "demo1234")
    page = window.show_section("chiefs")
    row = next(i for i, r in enumerate(page.model.rows) if r[0].endswith("-C0030"))
    _select_row(page.view, row)
    boxes = no_boxes(monkeypatch)
    asked: list[str] = []
    monkeypatch.setattr(QInputDialog, "getText",
                        lambda *a, **k: (asked.append(a[1]), ("2026-10-15", True))[1])
    page.end_assignment()  # nothing chosen in the assignments list yet
    assert page.status.text() == "请先在列表中选择一条任职记录。"
    assert asked == [] and boxes == []
    current = next(i for i, r in enumerate(page.assignments.rows) if r[3] == "至今")
    key, segment = page.assignments.keys[current], page.assignments.rows[current][0]
    _select_row(page.assign_view, current)
    page.end_assignment()
    assert asked and boxes == []
    assert page.status.text() == f"{segment} 的任职已于 2026-10-15 结束。"
    ended = [a for a in queries.assignments_of_chief(ctx.store, page.chief_id) if a.id == key]
    assert ended[0].end is not None and ended[0].end.isoformat() == "2026-10-15"


def test_registry_lists_add_and_remove_a_unit(qtbot, qtmodeltester, ctx, window,  # type: ignore[no-untyped-def]
                                              monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    sign_in(qtbot, ctx, "admin", "demo1234")
    page = window.show_section("registry-lists")
    page.table.setCurrentIndex(page.table.findData("unit"))
    qtmodeltester.check(page.model)
    before = page.model.rowCount()
    assert page.headers()[:2] == ["单位编码", "单位名称"]
    dialog = RecordDialog(ctx, "unit", None)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.widgets["code"], "U-NEW")
    dialog.widgets["name"].insert("河道管理所")
    qtbot.keyClicks(dialog.widgets["area_id"], "410102")
    click_ok(qtbot, dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert page.model.rowCount() == before + 1
    row = next(i for i, r in enumerate(page.model.rows) if r[0] == "U-NEW")
    _select_row(page.view, row)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.remove()
    assert page.model.rowCount() == before
    assert ctx.store.conn.execute(
        "SELECT deleted_at IS NOT NULL FROM unit WHERE code = 'U-NEW'").fetchone()[0] == 1


def test_registry_lists_are_the_office_s(qtbot, ctx, window) -> None:  # type: ignore[no-untyped-def]
    sign_in(qtbot, ctx, "chief-village", "demo1234")
    assert "registry-lists" not in window.section_keys()
    assert "home" in window.section_keys()
    sign_in(qtbot, ctx, "hzb", "demo1234")
    assert "registry-lists" in window.section_keys()
