"""Complaints, supervision batches, 举一反三 links, due-this-week lists, recurring spots."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from ledger_fixtures import PNG, at, reach

from riverchief.errors import PermissionDenied, UserError
from riverchief.i18n import translate
from riverchief.problems import complaints, ledger
from riverchief.security import Actor


def test_complaint_creates_problems_and_gets_a_reply(
        store: Any, reg: dict[str, str], actors: dict[str, Actor]) -> None:
    ev = actors["evaluator"]
    cid = complaints.add_complaint(store, ev, received_via="hotline", received_on="2026-07-02",
                                   content="河边有人倾倒建筑垃圾", area_id=reg["t1"],
                                   anonymous=True, complainant="不应保存")
    pid = ledger.create_problem(store, ev, source="complaint", complaint_id=cid,
                                category="bank.construction", description="倾倒建筑垃圾",
                                segment_id=reg["s1"], at=at("2026-07-02T10:00"))
    rows = complaints.list_complaints(store, ev)
    assert [(r["id"], r["problems"], r["complainant"]) for r in rows] == [(cid, 1, "")]
    assert rows[0]["code"] == "TS2026-0001"
    assert [r["id"] for r in ledger.list_problems(store, ev, complaint_id=cid)] == [pid]
    with pytest.raises(UserError):
        complaints.reply_complaint(store, ev, cid, "已处理", "2026-07-01")
    complaints.reply_complaint(store, ev, cid, "已责令清理", "2026-07-05")
    assert complaints.list_complaints(store, ev)[0]["reply"] == "已责令清理"
    with pytest.raises(UserError):
        complaints.add_complaint(store, ev, received_via="hotline", received_on="2026-07-02",
                                 content="x", area_id=reg["t1"])  # neither named nor anonymous
    with pytest.raises(PermissionDenied):
        complaints.add_complaint(store, actors["other_evaluator"], received_via="letter",
                                 received_on="2026-07-02", content="x", area_id=reg["t1"],
                                 anonymous=True)
    # the unit sees no complaint until a problem of it is assigned to the unit
    assert complaints.list_complaints(store, actors["unit"]) == []
    ledger.assign(store, ev, pid, unit_id=reg["u1"], deadline="2026-07-30", requirement="清理",
                  at=at("2026-07-02T11:00"))
    assert [r["id"] for r in complaints.list_complaints(store, actors["unit"])] == [cid]


def test_batch_completion_rate_and_overdue(store: Any, reg: dict[str, str],
                                           actors: dict[str, Actor]) -> None:
    ev = actors["evaluator"]
    bid = complaints.add_batch(store, ev, level="provincial", name="2026年省级督察反馈问题",
                               issued_on="2026-06-20", due_on="2026-08-31", area_id=reg["d"])
    with pytest.raises(UserError):
        complaints.add_batch(store, ev, level="provincial", name="x", issued_on="2026-06-20",
                             due_on="2026-06-01", area_id=reg["d"])
    ids = [reach(store, reg, actors, state, source="supervision", batch_id=bid,
                 patrol_id=None) for state in ("closed", "rectifying", "assigned")]
    progress = complaints.batch_progress(store, ev, bid, today=date(2026, 7, 25))
    assert (progress.total, progress.closed) == (3, 1)
    assert progress.completion_rate == pytest.approx(1 / 3)
    assert {r["id"] for r in progress.overdue} == set(ids[1:])  # deadline 2026-07-20 passed
    assert {r["days_overdue"] for r in progress.overdue} == {5}
    ledger.extend_deadline(store, ev, ids[1], "2026-09-30", "汛期", at=at("2026-07-25T09:00"))
    progress = complaints.batch_progress(store, ev, bid, today=date(2026, 7, 25))
    assert [r["id"] for r in progress.overdue] == [ids[2]]
    # after the batch's own completion date every open problem of it is late
    progress = complaints.batch_progress(store, ev, bid, today=date(2026, 9, 1))
    assert {r["id"] for r in progress.overdue} == set(ids[1:])
    batches = complaints.list_batches(store, ev)
    assert [(b["problems"], b["closed"]) for b in batches] == [(3, 1)]


def test_same_kind_links_and_recurring_spots(store: Any, reg: dict[str, str],
                                             actors: dict[str, Actor]) -> None:
    ev = actors["evaluator"]
    a = reach(store, reg, actors, "closed")
    b = reach(store, reg, actors, "registered")
    c = ledger.create_problem(store, actors["chief"], source="patrol", patrol_id="p9",
                              category="surface.oil", description="油污", segment_id=reg["s1"])
    ledger.link_same_kind(store, ev, a, b, "同一处反复堆放")
    with pytest.raises(UserError):
        ledger.link_same_kind(store, ev, b, a)
    with pytest.raises(UserError):
        ledger.link_same_kind(store, ev, a, a)
    with pytest.raises(PermissionDenied):
        ledger.link_same_kind(store, actors["other_evaluator"], a, c)
    assert [r["id"] for r in ledger.linked(store, a)] == [b]
    assert [r["id"] for r in ledger.linked(store, b)] == [a]
    assert ledger.timeline(store, b)[-1].kind == "link"
    spots = ledger.recurring_spots(store, ev)
    assert [(s["category"], s["segment_code"], s["problems"], s["open"]) for s in spots] == [
        ("bank.household", "QSH-01", 2, 1)]


def test_due_this_week_and_overdue_and_dashboard(store: Any, reg: dict[str, str],
                                                 actors: dict[str, Actor]) -> None:
    ev = actors["evaluator"]
    due = reach(store, reg, actors, "rectifying")  # deadline 2026-07-20, a Monday
    later = reach(store, reg, actors, "assigned")
    ledger.extend_deadline(store, ev, later, "2026-08-10", "需要采购设备",
                           at=at("2026-07-02T09:00"))
    closed = reach(store, reg, actors, "closed")
    week = ledger.due_this_week(store, ev, today=date(2026, 7, 22))
    assert list(week) == ["清源区水利局"]
    assert [(r["id"], r["days_overdue"]) for r in week["清源区水利局"]] == [(due, 2)]
    assert ledger.due_this_week(store, actors["other_unit"], today=date(2026, 7, 22)) == {}
    overdue = ledger.list_problems(store, ev, overdue=True, today=date(2026, 7, 22))
    assert [r["id"] for r in overdue] == [due]
    cards = ledger.dashboard(store, ev, today=date(2026, 8, 10))
    assert cards == {"open": 2, "overdue": 1, "closed": 0, "recheck_due": 1}
    cards = ledger.dashboard(store, ev, today=date(2026, 7, 12))
    assert cards == {"open": 2, "overdue": 0, "closed": 1, "recheck_due": 0}
    # the ledger lists the re-inspections due that the card counts (回头看 on 2026-08-10)
    assert [r["id"] for r in ledger.list_problems(store, ev, recheck_due=True,
                                                  today=date(2026, 8, 10))] == [closed]
    assert ledger.count_problems(store, ev, recheck_due=True, today=date(2026, 8, 9)) == 0


def test_files_are_stored_once(store: Any, reg: dict[str, str],
                                actors: dict[str, Actor]) -> None:
    from riverchief.problems import files

    first = files.put_file(store, actors["unit"], (PNG, "a.png"), permission="problems.rectify")
    again = files.put_file(store, actors["chief"], (PNG, "b.png"), permission="problems.report")
    assert first == again and first.mime == "image/png" and first.kind == "photo"
    assert first.size == len(PNG) and first.name == "a.png"
    path = files.path_of(store, first.sha256)
    assert path.read_bytes() == PNG and path.parent.name == first.sha256[:2]
    assert [p.name for p in files.media_dir(store).rglob("*") if p.is_file()] == [first.sha256]
    assert store.conn.execute("SELECT COUNT(*) FROM media").fetchone()[0] == 1
    doc = files.put_file(store, actors["unit"], (b"%PDF-1.4", "r.pdf"),
                         permission="problems.rectify")
    assert (doc.kind, doc.mime) == ("document", "application/pdf")
    with pytest.raises(UserError):
        files.put_file(store, actors["unit"], (b"", "empty.png"), permission="problems.rectify")
    with pytest.raises(UserError):
        files.put_file(store, actors["unit"], store.path.parent / "nope.jpg",
                       permission="problems.rectify")
    with pytest.raises(PermissionDenied):
        files.put_file(store, actors["other_unit"], (PNG, "a.png"),
                       permission="problems.rectify", unit_id=reg["u1"])


def test_complaint_and_batch_are_corrected_not_half_saved(
        store: Any, reg: dict[str, str], actors: dict[str, Actor]) -> None:
    ev = actors["evaluator"]
    cid = complaints.add_complaint(store, ev, received_via="letter", received_on="2026-07-02",
                                   content="河水发黑", area_id=reg["t1"], complainant="张三",
                                   contact="138")
    complaints.update_complaint(store, ev, cid, received_via="visit", received_on="2026-07-01",
                                content="河水发黑有臭味", area_id=reg["t2"], anonymous=True,
                                complainant="张三", contact="138")
    row = complaints.get_complaint(store, ev, cid)
    assert (row["received_via"], row["received_on"], row["anonymous"], row["complainant"],
            row["contact"], row["area_id"], row["code"]) == (
        "visit", "2026-07-01", 1, "", "", reg["t2"], "TS2026-0001")
    complaints.reply_complaint(store, ev, cid, "已转交属地处理", "2026-07-03")
    revision = row["revision"]
    for bad, field in (({"received_on": "2026-07-04"}, "received on"),  # after the reply
                       ({"received_on": "7/1"}, "received on"),
                       ({"content": "  "}, "content"),
                       ({"anonymous": False, "complainant": ""}, "complainant"),
                       ({"received_via": "fax"}, "received via"),
                       ({"area_id": "nowhere"}, "area")):
        values = {"received_via": "visit", "received_on": "2026-07-01", "content": "x",
                  "area_id": reg["t2"], "anonymous": True, **bad}
        with pytest.raises(UserError) as err:
            complaints.update_complaint(store, ev, cid, **values)
        assert err.value.where == translate("Complaints", field)
    # an evaluator of 石沟镇 may not move a complaint of theirs out of their area
    with pytest.raises(PermissionDenied):
        complaints.update_complaint(store, actors["other_evaluator"], cid, received_via="visit",
                                    received_on="2026-07-01", content="x", area_id=reg["t1"],
                                    anonymous=True)
    after = complaints.get_complaint(store, ev, cid)
    assert after["revision"] == revision + 1 and after["content"] == "河水发黑有臭味"
    with pytest.raises(UserError):
        complaints.get_complaint(store, actors["unit"], cid)  # no problem of it is theirs

    bid = complaints.add_batch(store, ev, level="district", name="区级督察", area_id=reg["d"],
                               issued_on="2026-06-01", due_on="2026-07-31")
    complaints.update_batch(store, ev, bid, level="central", name="第二轮中央督察反馈问题",
                            issued_on="2026-06-05", due_on="2026-08-31", area_id=reg["d"])
    batch = complaints.get_batch(store, ev, bid)
    assert (batch["level"], batch["name"], batch["due_on"], batch["code"]) == (
        "central", "第二轮中央督察反馈问题", "2026-08-31", "DC2026-0001")
    with pytest.raises(UserError) as err:
        complaints.update_batch(store, ev, bid, level="central", name="x",
                                issued_on="2026-06-05", due_on="2026-06-01", area_id=reg["d"])
    assert err.value.where == translate("Complaints", "required completion date")
    with pytest.raises(UserError) as err:
        complaints.update_batch(store, ev, bid, level="county", name="x",
                                issued_on="2026-06-05", due_on="2026-08-01", area_id=reg["d"])
    assert err.value.where == translate("Complaints", "level")
    assert complaints.get_batch(store, ev, bid)["name"] == "第二轮中央督察反馈问题"


def test_batch_list_counts_overdue(store: Any, reg: dict[str, str],
                                   actors: dict[str, Actor]) -> None:
    ev = actors["evaluator"]
    bid = complaints.add_batch(store, ev, level="provincial", name="省级督察",
                               issued_on="2026-06-20", due_on="2026-08-31", area_id=reg["d"])
    for state in ("closed", "rectifying", "registered"):
        reach(store, reg, actors, state, source="supervision", batch_id=bid, patrol_id=None)
    # 2026-07-25: the rectifying one is past its deadline (2026-07-20); the batch is not due
    [row] = complaints.list_batches(store, ev, today=date(2026, 7, 25))
    assert (row["problems"], row["closed"], row["overdue"]) == (3, 1, 1)
    # past the batch's completion date every problem not closed is late
    [row] = complaints.list_batches(store, ev, today=date(2026, 9, 1))
    assert row["overdue"] == 2
    # the unit sees the batch with the one problem assigned to it
    [row] = complaints.list_batches(store, actors["unit"], today=date(2026, 7, 25))
    assert (row["problems"], row["closed"]) == (2, 1)


def test_the_unit_complained_about_is_not_told_who_complained(
        store: Any, reg: dict[str, str], actors: dict[str, Actor]) -> None:
    """The responsible unit read, in the complaint behind its problem, the complainant's
    name and telephone number (and could find complaints by a complainant's name)."""
    ev, unit = actors["evaluator"], actors["unit"]
    cid = complaints.add_complaint(store, ev, received_via="hotline", received_on="2026-07-02",
                                   content="河边有人倾倒建筑垃圾", area_id=reg["t1"],
                                   complainant="赵先生", contact="13800000000")
    pid = ledger.create_problem(store, ev, source="complaint", complaint_id=cid,
                                category="bank.construction", description="倾倒建筑垃圾",
                                segment_id=reg["s1"], at=at("2026-07-02T10:00"))
    ledger.assign(store, ev, pid, unit_id=reg["u1"], deadline="2026-07-30",
                  requirement="限期清理", at=at("2026-07-02T11:00"))
    (seen,) = complaints.list_complaints(store, unit)
    assert seen["id"] == cid and "赵先生" not in str(seen) and "13800000000" not in str(seen)
    assert seen["complainant"] == translate("Complaints", "(withheld)")
    shown = complaints.get_complaint(store, unit, cid)
    assert (shown["complainant"], shown["contact"]) == (seen["complainant"], "")
    assert complaints.list_complaints(store, unit, search="赵") == []
    assert [r["id"] for r in complaints.list_complaints(store, unit, search="建筑")] == [cid]
    # the office knows
    (full,) = complaints.list_complaints(store, ev, search="赵")
    assert (full["complainant"], full["contact"]) == ("赵先生", "13800000000")
