"""The office's packages back to a chief's laptop: the receipt, registry changes and problem
updates; applied on the laptop verified, idempotent, in any order, conflicts kept."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from riverchief import patrols
from riverchief.db import records
from riverchief.errors import UserError
from riverchief.exchange import keys, merge
from riverchief.exchange.export import export_for_chief, export_package, export_receipt
from riverchief.exchange.package import read_package
from riverchief.exchange.selection import chief_items
from riverchief.problems import ledger
from riverchief.registry import edit
from riverchief.security import SYSTEM
from tests.unit.patrols.test_patrol_exchange import ADMIN, PASSWORD, export
from tests.unit.patrols.test_patrol_records import START, patrol_input

AT = START + timedelta(days=1)


@pytest.fixture
def sides(two, world, tmp_path):
    """The laptop has sent one patrol with a problem; the office imported it."""
    laptop, office = two
    keys.enrol_key(laptop, ADMIN, keys.installation_key(office).public_key, "河长办")
    pid = patrols.submit(laptop, world["actor"], patrol_input(world))
    pkg = export(laptop, world, tmp_path / "wangwei-1.zip")
    merge.import_package(office, world["evaluator"], pkg)
    (problem,) = list(office.db.query("SELECT id FROM problem WHERE patrol_id = ?", [pid]))
    unit = edit.create(office, SYSTEM, "unit", {"code": "U01", "name": "柳泉镇水利站",
                                                "area_id": world["town"]})
    return laptop, office, pkg, problem["id"], unit


def rows(store, sql: str, *params) -> list[dict]:
    return list(store.db.query(sql, list(params)))


def test_round_trip_chief_office_chief(sides, world, tmp_path: Path) -> None:
    laptop, office, pkg, problem_id, unit = sides
    evaluator, chief = world["evaluator"], world["actor"]
    # the office: a new segment for the chief, and the chief's problem assigned to a unit
    new_seg = edit.create(office, SYSTEM, "segment", {
        "code": "QSH-03", "name": "清水河新段", "water_id": world["water"],
        "area_id": world["town"], "geometry": [[113.63, 34.72], [113.64, 34.73]]})
    edit.create(office, SYSTEM, "assignment", {"chief_id": world["chief"], "segment_id": new_seg,
                                               "start_date": "2026-08-01"})
    ledger.assign(office, evaluator, problem_id, unit_id=unit, deadline="2026-08-15",
                  requirement="三日内清理完毕", at=AT)
    office_code = rows(office, "SELECT code FROM problem WHERE id = ?", problem_id)[0]["code"]
    laptop_code = rows(laptop, "SELECT code FROM problem WHERE id = ?", problem_id)[0]["code"]

    receipt = export_receipt(office, evaluator, read_package(pkg).manifest_sha256,
                             tmp_path / "receipt.zip", PASSWORD)
    dry = merge.import_package(laptop, chief, receipt, dry_run=True)
    assert dry.tables["segment"] == 1 and dry.tables["assignment"] == 1
    assert dry.tables["problem"] == 1 and dry.tables["problem_event"] >= 1
    assert rows(laptop, "SELECT id FROM segment WHERE id = ?", new_seg) == []  # dry: nothing
    result = merge.import_package(laptop, chief, receipt)
    assert result.kind == "receipt" and result.acknowledged >= 4  # patrol, its parts, problem
    assert result.receipt is not None and result.receipt["received_at"]
    assert not result.conflicts
    # the laptop now has the office's registry changes and the problem's new state
    assert rows(laptop, "SELECT code FROM segment WHERE id = ?", new_seg) == [{"code": "QSH-03"}]
    assert rows(laptop, "SELECT count(*) AS n FROM assignment WHERE segment_id = ?",
                new_seg) == [{"n": 1}]
    here = rows(laptop, "SELECT * FROM problem WHERE id = ?", problem_id)[0]
    there = rows(office, "SELECT * FROM problem WHERE id = ?", problem_id)[0]
    assert (here["state"], here["unit_id"], here["deadline"], here["requirement"]) == (
        "assigned", unit, "2026-08-15", "三日内清理完毕")
    assert here["revision"] == there["revision"]
    assert here["code"] == laptop_code and there["code"] == office_code  # each keeps its own
    events = "SELECT id, seq, kind, to_state FROM problem_event WHERE problem_id = ? ORDER BY seq"
    assert rows(laptop, events, problem_id) == rows(office, events, problem_id)
    # nothing goes back: the laptop's next export is empty, the office's patrol unchanged
    assert chief_items(laptop, world["chief"]) == []
    # the same package twice changes nothing
    dump = list(laptop.conn.iterdump())
    assert merge.import_package(laptop, chief, receipt).already_imported
    assert list(laptop.conn.iterdump()) == dump
    # the office's next package carries only what changed since
    quiet = export_for_chief(office, evaluator, world["chief"], tmp_path / "q.zip", PASSWORD)
    assert read_package(quiet).records == []
    everything = export_for_chief(office, evaluator, world["chief"], tmp_path / "all.zip",
                                  PASSWORD, everything=True)
    again = merge.import_package(laptop, chief, everything)
    assert again.summary()["new"] == again.summary()["updated"] == 0
    assert again.summary()["conflict"] == 0


def test_office_packages_in_any_order(sides, world, tmp_path: Path) -> None:
    laptop, office, pkg, problem_id, unit = sides
    evaluator, chief = world["evaluator"], world["actor"]
    ledger.assign(office, evaluator, problem_id, unit_id=unit, deadline="2026-08-15",
                  requirement="清理", at=AT)
    first = export_receipt(office, evaluator, read_package(pkg).manifest_sha256,
                           tmp_path / "1.zip", PASSWORD)
    officer = world["evaluator"].__class__("u9", "unit1", "水利站", "unit", unit_id=unit)
    ledger.accept(office, officer, problem_id, note="已接收", at=AT + timedelta(hours=2))
    second = export_for_chief(office, evaluator, world["chief"], tmp_path / "2.zip", PASSWORD)
    assert {r.table for r in read_package(second).records} >= {"problem", "problem_event"}
    # the newer package first, then the older one: the older revision joins the history
    merge.import_package(laptop, chief, second)
    older = merge.import_package(laptop, chief, first)
    assert older.summary()["history"] >= 1 and older.summary()["conflict"] == 0
    here = rows(laptop, "SELECT state, revision FROM problem WHERE id = ?", problem_id)[0]
    there = rows(office, "SELECT state, revision FROM problem WHERE id = ?", problem_id)[0]
    assert here == there and here["state"] == "rectifying"
    events = "SELECT id, seq, to_state FROM problem_event WHERE problem_id = ? ORDER BY seq"
    assert rows(laptop, events, problem_id) == rows(office, events, problem_id)
    assert older.acknowledged >= 1  # the receipt inside still acknowledges the patrol


def test_a_conflict_on_the_laptop_is_kept_not_overwritten(sides, world, tmp_path) -> None:
    laptop, office, pkg, problem_id, unit = sides
    records.update(office, "problem", problem_id, {"description": "桥下堆放建筑垃圾"},
                   actor="office")
    records.update(laptop, "problem", problem_id, {"description": "桥下垃圾（补充）"},
                   actor="wangwei")
    receipt = export_receipt(office, world["evaluator"], read_package(pkg).manifest_sha256,
                             tmp_path / "r.zip", PASSWORD)
    result = merge.import_package(laptop, world["actor"], receipt)
    assert result.conflicts == [("problem", problem_id)]
    assert rows(laptop, "SELECT description FROM problem WHERE id = ?", problem_id) == [
        {"description": "桥下垃圾（补充）"}]
    (conflict,) = merge.open_conflicts(laptop)
    assert "桥下堆放建筑垃圾" in conflict["incoming"]


def test_a_laptop_cannot_send_office_updates(sides, world, tmp_path) -> None:
    laptop, office, _pkg, _problem_id, _unit = sides
    chief_row = rows(laptop, "SELECT * FROM chief WHERE id = ?", world["chief"])
    forged = export_package(laptop, world["actor"], tmp_path / "f.zip", PASSWORD, [],
                            chief_id=world["chief"], kind="receipt")
    dump = list(office.conn.iterdump())
    with pytest.raises(UserError, match="河长办|office"):
        merge.import_package(office, world["evaluator"], forged)
    registry = export_package(laptop, world["actor"], tmp_path / "g.zip", PASSWORD,
                              [("chief", chief_row[0])], chief_id=world["chief"])
    with pytest.raises(UserError, match="名录|registry"):
        merge.import_package(office, world["evaluator"], registry)
    assert list(office.conn.iterdump()) == dump


def test_office_package_cannot_carry_patrols(sides, world, tmp_path) -> None:
    laptop, office, _pkg, _problem_id, _unit = sides
    patrol = rows(office, "SELECT * FROM patrol LIMIT 1")[0]
    forged = export_package(office, world["evaluator"], tmp_path / "p.zip", PASSWORD,
                            [("patrol", patrol)], chief_id=world["chief"], kind="receipt")
    dump = list(laptop.conn.iterdump())
    with pytest.raises(UserError):
        merge.import_package(laptop, world["actor"], forged)
    assert list(laptop.conn.iterdump()) == dump


def test_an_area_office_sends_updates_to_its_own_chiefs_only(sides, world,
                                                             tmp_path: Path) -> None:
    """A township office made the package of registry and problem updates for another
    township's chief (the core asked only for the import permission)."""
    from riverchief.errors import PermissionDenied
    from riverchief.security import Actor

    laptop, office, pkg, problem_id, unit = sides
    elsewhere = edit.create(office, SYSTEM, "area", {"code": "410102099", "name": "别镇",
                                                     "level": "township"})
    other_office = Actor("u-other", "hzb-other", "别镇河长办", "evaluator",
                         area_ids=frozenset({elsewhere}))
    with pytest.raises(PermissionDenied):
        export_for_chief(office, other_office, world["chief"], tmp_path / "x.zip", PASSWORD)
    assert not (tmp_path / "x.zip").exists()
    assert export_for_chief(office, world["evaluator"], world["chief"], tmp_path / "ok.zip",
                            PASSWORD).exists()


def test_an_area_office_imports_its_own_chiefs_packages_only(two, world,
                                                              tmp_path: Path) -> None:
    """A township office took another township's chief's package (patrols, problems) into
    the file it shares with the district's office; nothing is written when refused."""
    from riverchief.errors import PermissionDenied
    from riverchief.security import Actor

    laptop, office = two
    keys.enrol_key(laptop, ADMIN, keys.installation_key(office).public_key, "河长办")
    patrols.submit(laptop, world["actor"], patrol_input(world))
    pkg = export(laptop, world, tmp_path / "wangwei-1.zip")
    elsewhere = edit.create(office, SYSTEM, "area", {"code": "410102098", "name": "邻镇",
                                                     "level": "township"})
    other_office = Actor("u-other", "hzb-other", "邻镇河长办", "evaluator",
                         area_ids=frozenset({elsewhere}))
    with pytest.raises(PermissionDenied):
        merge.import_package(office, other_office, pkg)
    assert rows(office, "SELECT id FROM package_log") == []
    assert rows(office, "SELECT id FROM patrol") == []
    assert merge.import_package(office, world["evaluator"], pkg).counts["new"] > 0
