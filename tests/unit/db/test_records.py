"""Shared record fields and the audit log written with every change."""

from __future__ import annotations

import json
import sqlite3

import pytest

from riverchief.db import records
from riverchief.errors import UserError
from riverchief.ids import uuid7_time_ms


def audit_rows(store, record_id):
    return list(store.db.query(
        "SELECT * FROM audit_log WHERE record_id = ? ORDER BY id", [record_id]))


def test_insert_stamps_shared_fields_and_audits(store) -> None:
    area_id = records.insert(store, "area", {"code": "410102", "name": "清源区",
                                             "level": "district", "parent_id": None}, actor="admin")
    row = records.get(store, "area", area_id)
    assert row["revision"] == 1 and row["deleted_at"] is None
    assert row["origin"] == store.installation_id
    assert row["created_at"].endswith("+08:00")
    (entry,) = audit_rows(store, area_id)
    assert entry["action"] == "insert" and entry["actor"] == "admin"
    assert json.loads(entry["after"])["name"] == "清源区"


def test_update_bumps_revision_and_keeps_before_and_after(store) -> None:
    area_id = records.insert(store, "area", {"code": "1", "name": "旧名", "level": "district",
                                             "parent_id": None}, actor="a")
    after = records.update(store, "area", area_id, {"name": "新名"}, actor="b")
    assert after["revision"] == 2
    entries = audit_rows(store, area_id)
    assert [e["action"] for e in entries] == ["insert", "update"]
    assert json.loads(entries[1]["before"])["name"] == "旧名"
    assert json.loads(entries[1]["after"])["name"] == "新名"
    assert entries[1]["actor"] == "b"


def test_stale_revision_is_refused(store) -> None:
    area_id = records.insert(store, "area", {"code": "1", "name": "x", "level": "district",
                                             "parent_id": None}, actor="a")
    records.update(store, "area", area_id, {"name": "y"}, actor="a", expected_revision=1)
    with pytest.raises(UserError):
        records.update(store, "area", area_id, {"name": "z"}, actor="a", expected_revision=1)
    assert records.get(store, "area", area_id)["name"] == "y"


def test_tombstone_keeps_the_row(store) -> None:
    area_id = records.insert(store, "area", {"code": "1", "name": "x", "level": "district",
                                             "parent_id": None}, actor="a")
    records.tombstone(store, "area", area_id, actor="a")
    row = records.get(store, "area", area_id)
    assert row["deleted_at"] is not None and row["revision"] == 2
    assert audit_rows(store, area_id)[-1]["action"] == "delete"
    with pytest.raises(UserError):
        records.update(store, "area", area_id, {"name": "q"}, actor="a")


def test_failed_write_leaves_no_audit_entry(store) -> None:
    records.insert(store, "area", {"code": "1", "name": "x", "level": "district",
                                   "parent_id": None}, actor="a")
    count = store.db["audit_log"].count
    with pytest.raises(sqlite3.IntegrityError):
        records.insert(store, "area", {"code": "1", "name": "dup", "level": "district",
                                       "parent_id": None}, actor="a")
    assert store.db["audit_log"].count == count


def test_shared_fields_cannot_be_forged(store) -> None:
    area_id = records.insert(store, "area", {"code": "1", "name": "x", "level": "district",
                                             "parent_id": None}, actor="a")
    with pytest.raises(ValueError):
        records.update(store, "area", area_id, {"revision": 99}, actor="a")


def test_keys_are_time_ordered(store) -> None:
    ids = [records.insert(store, "area", {"code": str(n), "name": "x", "level": "district",
                                          "parent_id": None}, actor="a") for n in range(50)]
    assert ids == sorted(ids)
    assert all(uuid7_time_ms(i) > 1_700_000_000_000 for i in ids)
