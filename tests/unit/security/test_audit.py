from __future__ import annotations

import csv
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from riverchief.errors import Cancelled, PermissionDenied
from riverchief.registry import edit
from riverchief.security import SYSTEM, Actor, audit

pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture
def water(store: Any) -> str:
    d = edit.create(store, SYSTEM, "area", {"code": "410102", "name": "清源区",
                                            "level": "district"})
    return edit.create(store, SYSTEM, "water", {"code": "QSH", "name": "清水河", "kind": "river",
                                                "area_id": d})


def test_history_of_a_record(store: Any, water: str) -> None:
    boss = Actor("u", "boss", "Boss", "admin")
    edit.change(store, boss, "water", water, {"name": "清河", "description": "主干"})
    edit.remove(store, boss, "water", water)
    h = audit.history(store, SYSTEM, "water", water)
    assert [(e.action, e.actor) for e in h] == [("insert", "system"), ("update", "boss"),
                                               ("delete", "boss")]
    assert sorted(h[1].changes()) == [("description", "", "主干"), ("name", "清水河", "清河")]


def test_audit_log_cannot_be_edited(store: Any, water: str) -> None:
    with pytest.raises(sqlite3.DatabaseError, match="audit log cannot be changed"):
        store.conn.execute("UPDATE audit_log SET actor = 'someone else'")
    with pytest.raises(sqlite3.DatabaseError, match="audit log cannot be changed"):
        store.conn.execute("DELETE FROM audit_log")
    assert store.conn.execute("SELECT COUNT(*) FROM audit_log").fetchone()[0] == 2


def test_export_csv(store: Any, water: str, tmp_path: Path) -> None:
    edit.change(store, SYSTEM, "water", water, {"name": "清河"})
    out = tmp_path / "audit.csv"
    n = audit.export_csv(store, SYSTEM, out, table="water")
    assert n == 2
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(out.open(encoding="utf-8-sig")))
    assert [r["action"] for r in rows] == ["insert", "update"]
    assert rows[1]["changes"] == "name: 清水河 → 清河"


def test_export_csv_reports_and_a_cancel_leaves_no_file(store: Any, water: str,
                                                        tmp_path: Path) -> None:
    class Stop:
        def __init__(self) -> None:
            self.reports: list[tuple[int, int]] = []

        def report(self, done: int, total: int, text: str = "") -> None:
            self.reports.append((done, total))

        def cancelled(self) -> bool:
            return bool(self.reports)  # stops at the first check

    class Watch(Stop):
        def cancelled(self) -> bool:
            return False

    out = tmp_path / "audit.csv"
    watch = Watch()
    assert audit.export_csv(store, SYSTEM, out, progress=watch) == 2
    assert watch.reports[0] == (0, 2) and watch.reports[-1] == (2, 2)
    out.unlink()
    with pytest.raises(Cancelled):
        audit.export_csv(store, SYSTEM, out, progress=Stop())
    assert not out.exists() and not (tmp_path / "audit.csv.part").exists()


def test_only_evaluators_and_admins_read_audit(store: Any, water: str) -> None:
    chief = Actor("c", "c", "C", "chief", chief_id="x")
    with pytest.raises(PermissionDenied):
        audit.history(store, chief, "water", water)
    ev = Actor("e", "e", "E", "evaluator",
               area_ids=frozenset({edit.id_for_code(store, "area", "410102") or ""}))
    assert len(audit.entries(store, ev, record_id=water)) == 1
    nobody = Actor("n", "n", "N", "evaluator", area_ids=frozenset())
    assert audit.entries(store, nobody, record_id=water) == []


def test_cli_audit(store: Any, water: str, tmp_path: Path, capsys: Any) -> None:
    from riverchief.cli import main

    edit.change(store, SYSTEM, "water", water, {"name": "清河"})
    path = str(store.path)
    assert main(["--db", path, "users", "audit", "--table", "water", "--code", "QSH",
                 "--format", "csv"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "at,actor,action,table,record,changes"
    assert lines[-1].endswith(",system,update,water," + water + ",name: 清水河 → 清河")
    out = tmp_path / "audit.csv"
    assert main(["--db", path, "users", "audit", "-o", str(out)]) == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8-sig")))
    assert len(rows) == 3  # the two records' inserts and the change
    assert main(["--db", path, "users", "audit", "--code", "QSH"]) == 1
    assert "--code needs --table" in capsys.readouterr().err


def test_evaluators_see_the_history_of_their_area_only(store: Any, water: str) -> None:
    d = edit.id_for_code(store, "area", "410102")
    t1 = edit.create(store, SYSTEM, "area", {"code": "410102001", "name": "甲镇",
                                             "level": "township", "parent_id": d})
    seg = edit.create(store, SYSTEM, "segment", {"code": "S1", "name": "一段", "water_id": water,
                                                 "area_id": t1})
    town = Actor("t", "town", "镇", "evaluator", area_ids=frozenset({t1}))
    assert [e.action for e in audit.history(store, town, "segment", seg)] == ["insert"]
    with pytest.raises(PermissionDenied):
        audit.history(store, town, "water", water)  # the district's water
    tables = {e.table for e in audit.entries(store, town)}
    assert tables == {"area", "segment"}  # their township and its segment only
    district = Actor("d", "dist", "区", "evaluator", area_ids=frozenset({d, t1}))
    assert {e.table for e in audit.entries(store, district)} == {"area", "water", "segment"}


def test_every_record_table_has_a_name_in_the_audit_log(store: Any) -> None:
    """The audit page's Table column showed problem_event, outfall_media, app_user: the
    raw names of the tables, English words in the Chinese page."""
    from riverchief.i18n import using_language
    from riverchief.security.audit import table_name

    records = [t for t in store.db.table_names()
               if {"revision", "deleted_at"} <= set(store.db[t].columns_dict)]
    assert "problem_event" in records and "outfall_media" in records
    assert [t for t in records if table_name(t) == t] == []
    with using_language("zh_CN"):
        assert table_name("problem_event") == "问题处理过程"
    assert table_name("no_such_table") == "no_such_table"


def test_the_demos_bulk_entries_are_written_in_the_users_language(tmp_path: Path) -> None:
    """The township office's audit page read 'demo outfall photos × 24' and 'demo sample
    values: 7109 × 7109' in Chinese: the summaries were English whatever the language."""
    import json
    import re

    from riverchief.db import open_store
    from riverchief.demo import FIXED_AS_OF, generate
    from riverchief.i18n import using_language

    with using_language("zh_CN"):
        db = generate(tmp_path / "demo.db", "district", seed=1, as_of=FIXED_AS_OF)
    with open_store(db) as store:
        summaries = [json.loads(r[0])["summary"] for r in store.conn.execute(
            "SELECT after FROM audit_log WHERE action = 'bulk-insert'")]
    assert len(summaries) > 10
    english = [s for s in summaries if re.search(r"[A-Za-z]{3,}", s)]
    assert english == [], english
    assert "演示排污口照片" in summaries
