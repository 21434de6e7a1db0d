"""Packages between a chief's laptop and the office: round trip, idempotence, order, conflicts."""

from __future__ import annotations

from pathlib import Path

import pytest
from exchange_sides import CHIEF_ID, PASSWORD, TABLE, table_rows, write_note

from riverchief.db import records
from riverchief.errors import PermissionDenied, UserError
from riverchief.exchange import chain, keys, merge
from riverchief.exchange.export import export_package, export_receipt, pending_rows


def export_pending(laptop, out: Path) -> Path:
    rows = pending_rows(laptop.store, TABLE, CHIEF_ID)
    return export_package(laptop.store, laptop.user, out, PASSWORD,
                          [(TABLE, r) for r in rows], chief_id=CHIEF_ID)


def test_round_trip_is_identical(laptop, office, tmp_path: Path) -> None:
    for text in ("清河巡查正常", "发现漂浮物", "岸边有生活垃圾"):
        write_note(laptop, text)
    pkg = export_pending(laptop, tmp_path / "zhangwei-2026Q3.zip")
    result = merge.import_package(office.store, office.user, pkg)
    assert result.summary()["new"] == 3 and not result.conflicts
    assert table_rows(office.store) == table_rows(laptop.store)
    assert chain.verify_store(office.store, CHIEF_ID) == []
    assert [e.record_hash for e in chain.entries_for(office.store, CHIEF_ID)] == [
        e.record_hash for e in chain.entries_for(laptop.store, CHIEF_ID)]


def test_same_package_twice_changes_nothing(laptop, office, tmp_path: Path) -> None:
    write_note(laptop, "一")
    pkg = export_pending(laptop, tmp_path / "p.zip")
    merge.import_package(office.store, office.user, pkg)
    dump = list(office.store.conn.iterdump())
    again = merge.import_package(office.store, office.user, pkg)
    assert again.already_imported
    assert list(office.store.conn.iterdump()) == dump


def test_dry_run_shows_changes_and_writes_nothing(laptop, office, tmp_path: Path) -> None:
    write_note(laptop, "一")
    write_note(laptop, "二")
    pkg = export_pending(laptop, tmp_path / "p.zip")
    dump = list(office.store.conn.iterdump())
    result = merge.import_package(office.store, office.user, pkg, dry_run=True)
    assert result.summary()["new"] == 2
    assert list(office.store.conn.iterdump()) == dump


def test_packages_in_any_order_older_revision_joins_history(laptop, office, tmp_path) -> None:
    first = write_note(laptop, "第一次")
    write_note(laptop, "第二次")
    older = export_pending(laptop, tmp_path / "q2.zip")
    records.update(laptop.store, TABLE, first["id"], {"note": "第一次（更正）"},
                   actor=laptop.user.code)
    write_note(laptop, "第三次")
    newer = export_pending(laptop, tmp_path / "q3.zip")

    r_new = merge.import_package(office.store, office.user, newer)
    assert r_new.summary()["new"] == 3
    gaps = chain.verify_store(office.store, CHIEF_ID)
    assert [(b.kind, b.position) for b in gaps] == [("missing", 1)]
    r_old = merge.import_package(office.store, office.user, older)
    assert r_old.summary() == {"new": 0, "updated": 0, "unchanged": 1, "history": 1,
                               "conflict": 0}
    notes = {r["note"] for r in table_rows(office.store)}
    assert notes == {"第一次（更正）", "第二次", "第三次"}
    history = list(office.store.db.query(
        "SELECT record_revision AS revision FROM record_revision WHERE record_id = ? "
        "AND status = 'history'",
        [first["id"]]))
    assert [h["revision"] for h in history] == [1]
    assert chain.verify_store(office.store, CHIEF_ID) == []


def test_newer_revision_updates_the_office_copy(laptop, office, tmp_path) -> None:
    note = write_note(laptop, "原文")
    merge.import_package(office.store, office.user, export_pending(laptop, tmp_path / "a.zip"))
    records.update(laptop.store, TABLE, note["id"], {"note": "更正"}, actor=laptop.user.code)
    result = merge.import_package(office.store, office.user,
                                  export_pending(laptop, tmp_path / "b.zip"))
    assert result.summary()["updated"] == 1
    assert table_rows(office.store)[0]["note"] == "更正"


def test_conflict_keeps_both_and_settling_is_audited(laptop, office, tmp_path) -> None:
    note = write_note(laptop, "原文")
    merge.import_package(office.store, office.user, export_pending(laptop, tmp_path / "a.zip"))
    records.update(office.store, TABLE, note["id"], {"note": "河长办修改"},
                   actor=office.admin.code)
    records.update(laptop.store, TABLE, note["id"], {"note": "河长修改"}, actor="zhangwei")
    result = merge.import_package(office.store, office.user,
                                  export_pending(laptop, tmp_path / "b.zip"))
    assert result.summary()["conflict"] == 1
    assert table_rows(office.store)[0]["note"] == "河长办修改"  # never overwritten silently
    (conflict,) = merge.open_conflicts(office.store)
    assert "河长修改" in conflict["incoming"]
    merge.settle_conflict(office.store, office.user, conflict["id"], "incoming", "核实后采用")
    assert table_rows(office.store)[0]["note"] == "河长修改"
    assert merge.open_conflicts(office.store) == []
    actions = [r["action"] for r in office.store.db.query(
        "SELECT action FROM audit_log WHERE table_name = 'conflict' ORDER BY id")]
    assert actions[-1] == "update"


def test_receipt_acknowledges_and_empties_the_next_export(laptop, office, tmp_path) -> None:
    write_note(laptop, "一")
    write_note(laptop, "二")
    pkg = export_pending(laptop, tmp_path / "p.zip")
    merge.import_package(office.store, office.user, pkg)
    from riverchief.exchange.package import read_package

    receipt = export_receipt(office.store, office.user, read_package(pkg).manifest_sha256,
                             tmp_path / "receipt.zip", PASSWORD)
    result = merge.import_package(laptop.store, laptop.user, receipt)
    assert result.kind == "receipt" and result.acknowledged == 2
    assert pending_rows(laptop.store, TABLE, CHIEF_ID) == []
    write_note(laptop, "三")
    assert [r["note"] for r in pending_rows(laptop.store, TABLE, CHIEF_ID)] == ["三"]


def test_chief_cannot_import_records_and_unit_cannot_export(laptop, office, tmp_path) -> None:
    write_note(laptop, "一")
    pkg = export_pending(laptop, tmp_path / "p.zip")
    with pytest.raises(PermissionDenied):
        merge.import_package(laptop.store, laptop.user, pkg)
    from riverchief.security import Actor

    unit = Actor(id="x", code="unit", name="水务站", role="unit", unit_id="u")
    with pytest.raises(PermissionDenied):
        export_package(laptop.store, unit, tmp_path / "q.zip", PASSWORD, [])


def test_wrong_password_is_a_clear_error(laptop, tmp_path) -> None:
    write_note(laptop, "一")
    rows = pending_rows(laptop.store, TABLE, CHIEF_ID)
    with pytest.raises(UserError, match="密码"):
        export_package(laptop.store, laptop.user, tmp_path / "p.zip", "wrong",
                       [(TABLE, r) for r in rows], chief_id=CHIEF_ID)
    assert not (tmp_path / "p.zip").exists()


def test_fingerprint_is_readable_and_replacement_laptop_continues(laptop, office, tmp_path):
    key = keys.installation_key(laptop.store)
    assert key is not None
    assert len(key.fingerprint.split()) == 8 and all(len(g) == 4 for g in key.fingerprint.split())
    write_note(laptop, "旧电脑")
    merge.import_package(office.store, office.user, export_pending(laptop, tmp_path / "a.zip"))
    # The laptop is replaced: new installation, new key; the chain continues from the office's
    from exchange_sides import _make


    new = _make(tmp_path / "new-laptop" / "chief.db")
    keys.create_installation_key(new, laptop.admin, PASSWORD)
    new_key = keys.installation_key(new)
    keys.enrol_key(office.store, office.admin, new_key.public_key, "张伟的新笔记本",
                   replaces=key.fingerprint)
    old = keys.find_enrolled(office.store, key.public_key)
    assert old.revoked_at is not None
    # the new laptop continues the chain from the last record the office holds
    seq, last = chain.head(office.store, CHIEF_ID)
    with new.db.atomic():
        new.db["chain_entry"].insert_all([{
            **r, "id": r["id"]} for r in office.store.db.query(
                "SELECT * FROM chain_entry WHERE chief_id = ?", [CHIEF_ID])])
    from exchange_sides import Side

    side = Side(new, laptop.admin, laptop.user)
    write_note(side, "新电脑")
    assert chain.head(new, CHIEF_ID)[0] == seq + 1
    rows = pending_rows(new, TABLE, CHIEF_ID)
    pkg = export_package(new, laptop.user, tmp_path / "b.zip", PASSWORD,
                         [(TABLE, r) for r in rows], chief_id=CHIEF_ID)
    result = merge.import_package(office.store, office.user, pkg)
    assert result.summary()["new"] == 1
    assert chain.verify_store(office.store, CHIEF_ID) == []
    # packages signed by the old, revoked key are refused from now on
    write_note(laptop, "被盗电脑")
    with pytest.raises(UserError, match="撤销|revoked"):
        merge.import_package(office.store, office.user, export_pending(laptop,
                                                                       tmp_path / "c.zip"))
    new.close()


def test_bulk_ids_are_increasing_unique_uuid7() -> None:
    import uuid

    ids = merge.bulk_ids(9000)  # more than one millisecond's counter
    assert ids == sorted(ids) and len(set(ids)) == 9000
    assert {uuid.UUID(i).version for i in ids} == {7}
    assert {uuid.UUID(i).variant for i in ids} == {uuid.RFC_4122}


def test_photos_left_by_a_killed_import_are_cleared_a_day_later(laptop, office, tmp_path) -> None:
    import os
    import time

    from riverchief.media.store import media_dir

    folder = media_dir(office.store)
    old, fresh = folder / ".incoming-old", folder / ".incoming-fresh"
    for stage in (old, fresh):
        stage.mkdir(parents=True)
        (stage / "half").write_bytes(b"x")
    day_ago = time.time() - 25 * 3600
    os.utime(old, (day_ago, day_ago))
    write_note(laptop, "一")
    merge.import_package(office.store, office.user, export_pending(laptop, tmp_path / "p.zip"))
    assert not old.exists() and fresh.exists()  # another import may be using a fresh one
    assert not [p for p in folder.iterdir() if p.name.startswith(".incoming-")
                and p not in (fresh,)]
