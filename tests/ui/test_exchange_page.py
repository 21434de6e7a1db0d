"""The exchange page: a chief exports, the office imports, settles a conflict, sends a receipt."""

from __future__ import annotations

from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from riverchief.db import open_store, records
from riverchief.exchange import keys, merge, selection

from ui.exchange.dialogs import PasswordDialog
from ui.exchange.page import ExchangePage
from ui.shell import jobs
from ui.shell.context import AppContext

TABLE = "field_note"
AREA_ID = "0190f1a0-0000-7000-8000-0000000000a1"
CHIEF_ID = "0190f1a0-0000-7000-8000-0000000000c1"
PASSWORD = "签名口令"


def make_db(path: Path) -> Path:
    with open_store(path, create=True) as store:
        records.insert(store, "area", {"id": AREA_ID, "code": "410102", "name": "清源区",
                                       "level": "district", "parent_id": None}, actor="t")
        records.insert(store, "chief", {"id": CHIEF_ID, "code": "HZ001", "name": "张伟",
                                        "level": "village", "title": "river_chief",
                                        "area_id": AREA_ID}, actor="t")
        store.db.execute(
            f"CREATE TABLE {TABLE} (id TEXT PRIMARY KEY, created_at TEXT, updated_at TEXT, "
            "origin TEXT, revision INTEGER, deleted_at TEXT, chief_id TEXT, note TEXT, "
            "track BLOB)")
    return path


@pytest.fixture
def sides(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(merge, "EXCHANGED_TABLES", merge.EXCHANGED_TABLES | {TABLE})
    monkeypatch.setattr(selection, "CHIEF_RECORD_TABLES", {TABLE: "created_at"})
    # the extra exchanged table exists only in this process: the page's tasks (the same
    # functions) run on the lane thread here instead of a process of their own
    monkeypatch.setattr(jobs.Task, "in_process", lambda self: False)

    def fill_password(self):
        self.password.setText(PASSWORD)
        if self.again is not None:
            self.again.setText(PASSWORD)
        return True

    monkeypatch.setattr(PasswordDialog, "exec", fill_password)
    pages = []
    for name in ("laptop", "office"):
        ctx = AppContext()
        ctx.open(make_db(tmp_path / f"{name}.db"))
        page = ExchangePage(ctx)
        qtbot.addWidget(page)
        page.show()
        pages.append(page)
    yield pages
    for page in pages:
        page.ctx.close()


def wait_status(qtbot, page, text) -> None:
    qtbot.waitUntil(lambda: text in page.import_status.text(), timeout=15_000)


def open_package(qtbot, page, monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    qtbot.mouseClick(page.choose_package, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.apply_import.isEnabled, timeout=15_000)
    qtbot.mouseClick(page.apply_import, Qt.MouseButton.LeftButton)


def test_export_import_conflict_receipt(qtbot, sides, tmp_path, monkeypatch) -> None:
    laptop, office = sides
    for page in (laptop, office):
        qtbot.mouseClick(page.create_key, Qt.MouseButton.LeftButton)
        assert "指纹" in page.own_key.text()
    laptop_key = keys.installation_key(laptop.ctx.store)
    office_key = keys.installation_key(office.ctx.store)
    keys.enrol_key(office.ctx.store, office.ctx.current_actor(), laptop_key.public_key,
                   "张伟的笔记本", chief_id=CHIEF_ID)
    keys.enrol_key(laptop.ctx.store, laptop.ctx.current_actor(), office_key.public_key, "河长办")
    office.refresh()
    assert office.keys_table.rowCount() == 1
    assert office.keys_table.item(0, 1).text() == laptop_key.fingerprint
    key_cell = office.keys_table.item(0, 3)  # elided in the middle, whole in the tooltip
    assert key_cell.toolTip() == laptop_key.public_key
    assert office.keys_table.textElideMode() == Qt.TextElideMode.ElideMiddle

    note_id = records.insert(laptop.ctx.store, TABLE, {"chief_id": CHIEF_ID, "note": "巡河正常",
                                                       "track": bytes(range(40))},
                             actor="zhangwei")
    laptop.refresh()
    assert "1" in laptop.export_contents.text()
    first = tmp_path / "HZ001-1.zip"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(first), ""))
    qtbot.mouseClick(laptop.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(first.exists, timeout=15_000)

    open_package(qtbot, office, monkeypatch, first)
    wait_status(qtbot, office, "已导入")
    assert office.ctx.store.db[TABLE].count == 1
    office.refresh()
    assert office.received.rowCount() == 1  # the package's counts in words, not its JSON
    assert office.received.item(0, 3).text() == "新增 1"
    assert office.received.item(0, 2).text() == laptop_key.fingerprint

    # the same record changed in both places: a conflict, both kept
    records.update(office.ctx.store, TABLE, note_id, {"note": "河长办修改"}, actor="liping")
    records.update(laptop.ctx.store, TABLE, note_id, {"note": "河长更正"}, actor="zhangwei")
    laptop.refresh()
    second = tmp_path / "HZ001-2.zip"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(second), ""))
    qtbot.mouseClick(laptop.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(second.exists, timeout=15_000)
    open_package(qtbot, office, monkeypatch, second)
    wait_status(qtbot, office, "已导入")
    office.tabs.setCurrentIndex(3)
    qtbot.waitUntil(lambda: office.conflicts.rowCount() == 1, timeout=5000)
    office.conflicts.selectRow(0)
    assert "河长更正" in office.incoming_text.toPlainText()
    assert "河长办修改" in office.local_text.toPlainText()
    for side in (office.incoming_text, office.local_text):  # a packed track, by its size
        assert "（二进制数据，40 字节）" in side.toPlainText()
    qtbot.mouseClick(office.take_incoming, Qt.MouseButton.LeftButton)
    assert office.conflicts.rowCount() == 0
    assert records.get(office.ctx.store, TABLE, note_id)["note"] == "河长更正"

    # the office gives the chief a new segment; the receipt carries it to the laptop
    from riverchief.registry import edit
    from riverchief.security import SYSTEM

    water = edit.create(office.ctx.store, SYSTEM, "water", {
        "code": "QSH", "name": "清水河", "kind": "river", "area_id": AREA_ID})
    segment = edit.create(office.ctx.store, SYSTEM, "segment", {
        "code": "QSH-09", "name": "清水河新段", "water_id": water, "area_id": AREA_ID,
        "geometry": [[113.6, 34.7], [113.61, 34.71]]})
    edit.create(office.ctx.store, SYSTEM, "assignment", {
        "chief_id": CHIEF_ID, "segment_id": segment, "start_date": "2026-08-01"})
    # the office writes a receipt; the chief imports it and sees what was accepted
    receipt = tmp_path / "receipt.zip"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(receipt), ""))
    office.tabs.setCurrentIndex(2)
    qtbot.mouseClick(office.write_receipt, Qt.MouseButton.LeftButton)
    # written in the background: the window answers meanwhile
    qtbot.waitUntil(lambda: office.import_status.text() == f"回执已写入 {receipt}，请交给河长。",
                    timeout=20000)
    assert receipt.exists()
    open_package(qtbot, laptop, monkeypatch, receipt)
    wait_status(qtbot, laptop, "回执")
    assert "河段 1" in laptop.import_status.text()
    assert laptop.ctx.store.db.execute(
        "SELECT count(*) FROM assignment WHERE segment_id = ?", [segment]).fetchone()[0] == 1

    # later changes go to the laptop without a package to answer: "updates for this chief"
    edit.create(office.ctx.store, SYSTEM, "assignment", {
        "chief_id": CHIEF_ID, "segment_id": segment, "start_date": "2026-01-01",
        "end_date": "2026-07-31", "note": "前任期"})
    updates = tmp_path / "updates.zip"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(updates), ""))
    office.tabs.setCurrentIndex(1)
    assert office.send_updates.isVisible()
    qtbot.mouseClick(office.send_updates, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "updates.zip" in office.export_status.text(), timeout=20000)
    assert updates.exists()
    open_package(qtbot, laptop, monkeypatch, updates)
    wait_status(qtbot, laptop, "任职 1")
    assert "回执" not in laptop.import_status.text()  # updates alone carry no receipt
    assert laptop.ctx.store.db.execute(
        "SELECT count(*) FROM assignment WHERE note = '前任期'").fetchone()[0] == 1
    laptop.refresh()
    assert "没有新内容" in laptop.export_contents.text() or not laptop.export_button.isEnabled()


def test_key_table_columns_fit_a_fingerprint_and_a_time_even_when_empty(qtbot, sides) -> None:  # type: ignore[no-untyped-def]
    from ui.exchange.page import FINGERPRINT_SAMPLE, TIME_SAMPLE

    _laptop, office = sides
    table = office.keys_table
    assert table.rowCount() == 0
    metrics = table.fontMetrics()
    assert table.columnWidth(1) >= metrics.horizontalAdvance(FINGERPRINT_SAMPLE)
    assert table.columnWidth(2) >= metrics.horizontalAdvance(TIME_SAMPLE)
    assert table.horizontalHeader().stretchLastSection()
    long_label = "张伟的笔记本" * 12
    public = Ed25519PrivateKey.generate().public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw).hex()
    info = keys.enrol_key(office.ctx.store, office.ctx.current_actor(), public, long_label,
                          chief_id=CHIEF_ID)
    keys.revoke_key(office.ctx.store, office.ctx.current_actor(), info.fingerprint,
                    reason="lost")
    office.refresh()  # the key revoked: its time shown as a person reads it
    revoked = table.item(0, 2)
    assert len(revoked.text()) == 16 and "T" not in revoked.text()  # 2026-11-29 03:11
    assert revoked.toolTip().startswith(revoked.text().replace(" ", "T"))
    assert table.item(0, 0).toolTip() == long_label
    # the long label stops short of pushing the key off the page
    assert metrics.horizontalAdvance(FINGERPRINT_SAMPLE) <= table.columnWidth(1)
    assert table.columnWidth(0) < metrics.horizontalAdvance(long_label)


def test_tampered_package_is_refused_in_the_page(qtbot, sides, tmp_path, monkeypatch) -> None:
    _laptop, office = sides
    bad = tmp_path / "bad.zip"
    bad.write_bytes(b"PK\x03\x04 not really")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    qtbot.mouseClick(office.choose_package, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "拒绝" in office.import_status.text(), timeout=10_000)
    assert not office.apply_import.isEnabled()
