"""A track used for a second patrol (一条轨迹反复用), usually with its times shifted to the new
day: the later patrol is invalid (``track_reused``) and its reason names the first; the
first stays valid. On the laptop, when judged again, after a deletion, and at the office
whatever order the packages come in."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from riverchief import patrols
from riverchief.db import Store, integrity_report, open_store, records
from riverchief.exchange import keys, merge
from riverchief.exchange.export import export_package
from riverchief.exchange.selection import chief_items
from riverchief.patrols import PhotoFile, Selection, TrackFile
from riverchief.patrols.service import check_input, evaluate
from riverchief.registry import edit
from riverchief.security import SYSTEM, Actor
from riverchief.tracks import read_track_bytes
from riverchief.tracks.shape import shape_of
from tests.unit.patrols.conftest import LINE, gpx_along, jpeg
from tests.unit.patrols.test_patrol_records import START, patrol_input

pytestmark = pytest.mark.usefixtures("english")

WALK = 17  # the one real walk that gets copied
LATER = START + timedelta(days=6)
ADMIN = Actor("a", "admin", "管理员", "admin")
PASSWORD = "口令2026"


def on_day(world: dict[str, Any], start: datetime, walk: int | None = None,
           chief: str = "chief") -> Any:
    """A patrol of ``chief`` on ``start``'s day with its own photos, walking ``walk``
    (another walk when None) with the times of that day."""
    photos = [PhotoFile(jpeg(start + timedelta(minutes=m), 113.605 + m * 1e-4, 34.7025,
                             colour=(m * 7 % 256, int(start.day) * 9 % 256, 40)), f"{m}.jpg")
              for m in (5, 20)]
    return patrol_input(world, chief_id=world[chief], start=start,
                        end=start + timedelta(minutes=30), photos=photos,
                        track=TrackFile(gpx_along(LINE, start, walk=walk), "walk.gpx"),
                        problems=[])


def judgement(store: Store, pid: str) -> tuple[str, list[dict[str, Any]]]:
    row = store.db["patrol"].get(pid)
    return row["verdict"], json.loads(row["reasons"])


def codes(store: Store, pid: str) -> list[str]:
    return [r["code"] for r in judgement(store, pid)[1]]


def test_a_copy_shifted_to_another_day_is_the_same_walk() -> None:
    first = read_track_bytes(gpx_along(LINE, START, walk=WALK), "a.gpx")
    copy = read_track_bytes(gpx_along(LINE, LATER, walk=WALK), "b.gpx")
    other = read_track_bytes(gpx_along(LINE, LATER), "c.gpx")
    assert first.start != copy.start
    assert shape_of(first) == shape_of(copy) != shape_of(other)


def test_the_later_patrol_with_the_same_track_is_invalid_and_names_the_first(
        store: Store, world: dict[str, Any]) -> None:
    first = patrols.submit(store, world["actor"], on_day(world, START, WALK),
                           entered_at=START + timedelta(hours=2))
    assert judgement(store, first)[0] == "valid", codes(store, first)
    # the form shows it before the copy is submitted
    live = evaluate(store, check_input(store, on_day(world, LATER, WALK)),
                    entered_at=LATER + timedelta(hours=2))
    assert live.status == "invalid" and live.codes() == ["track_reused"]
    second = patrols.submit(store, world["actor"], on_day(world, LATER, WALK),
                            entered_at=LATER + timedelta(hours=2))
    verdict, reasons = judgement(store, second)
    assert verdict == "invalid"
    assert [r["code"] for r in reasons] == ["track_reused"]  # nothing else is wrong with it
    (reason,) = reasons
    assert reason["severity"] == "invalid"
    assert reason["numbers"] == {"chief": "王伟", "chief_code": "C001", "date": "2026-07-01"}
    message = patrols.get_patrol(store, second).reasons[0].message
    assert "王伟" in message and "C001" in message and "2026-07-01" in message
    # the first stays valid; a third, really walked, too
    assert judgement(store, first)[0] == "valid"
    third = patrols.submit(store, world["actor"], on_day(world, LATER + timedelta(days=7)),
                           entered_at=LATER + timedelta(days=7, hours=2))
    assert judgement(store, third)[0] == "valid", codes(store, third)
    # the shapes are kept for every patrol with a track, none for another
    assert store.db["track_shape"].count == 3
    assert integrity_report(store) == []


def test_judged_again_the_same_and_valid_once_the_first_is_deleted(
        store: Store, world: dict[str, Any]) -> None:
    ev = world["evaluator"]
    first = patrols.submit(store, world["actor"], on_day(world, START, WALK),
                           entered_at=START + timedelta(hours=2))
    second = patrols.submit(store, world["actor"], on_day(world, LATER, WALK),
                            entered_at=LATER + timedelta(hours=2))
    before = {pid: judgement(store, pid) for pid in (first, second)}
    # both in one batch: the first is not flagged by the second, nor the second missed
    done = patrols.judge_again(store, ev, Selection(stale_only=False))
    assert (done.judged, done.changed) == (2, 0)
    assert {pid: judgement(store, pid) for pid in (first, second)} == before
    # one patrol per batch: the same
    assert patrols.judge_again(store, ev, Selection(stale_only=False), batch=1).changed == 0
    # the first is deleted: the copy is the only patrol with that track now
    records.tombstone(store, "patrol", first, actor="wangwei")
    done = patrols.judge_again(store, ev, Selection(stale_only=False))
    assert done.transitions == {("invalid", "valid"): 1}
    assert judgement(store, second)[0] == "valid"


def test_entered_earlier_not_walked_earlier_decides(store: Store, world: dict[str, Any]
                                                   ) -> None:
    """A back-dated record made from a newer patrol's track is the copy."""
    newer = patrols.submit(store, world["actor"], on_day(world, LATER, WALK),
                           entered_at=LATER + timedelta(hours=2))
    backdated = patrols.submit(store, world["actor"], on_day(world, START, WALK),
                               entered_at=LATER + timedelta(hours=5))
    assert judgement(store, newer)[0] == "valid"
    (reused,) = [r for r in judgement(store, backdated)[1] if r["code"] == "track_reused"]
    assert reused["numbers"]["date"] == LATER.date().isoformat()  # the newer patrol's day


def test_a_correction_with_the_real_track_clears_it(store: Store, world: dict[str, Any]
                                                   ) -> None:
    first = patrols.submit(store, world["actor"], on_day(world, START, WALK),
                           entered_at=START + timedelta(hours=2))
    second = patrols.submit(store, world["actor"], on_day(world, LATER, WALK),
                            entered_at=LATER + timedelta(hours=2))
    assert "track_reused" in codes(store, second)
    patrols.correct(store, world["actor"], second, on_day(world, LATER), "传错了轨迹文件")
    assert judgement(store, second)[0] == "valid", codes(store, second)
    shapes = dict(store.conn.execute("SELECT patrol_id, shape FROM track_shape").fetchall())
    assert shapes[first] != shapes[second]
    # a correction to the first patrol's track again is caught: it was entered later
    patrols.correct(store, world["actor"], second, on_day(world, LATER, WALK), "又改回")
    assert "track_reused" in codes(store, second)
    assert "track_reused" not in codes(store, first)


# --- at the office -------------------------------------------------------------------


@pytest.fixture
def laptops(store: Store, world: dict[str, Any], tmp_path: Path
            ) -> Iterator[tuple[Store, Store, Store]]:
    """Two chiefs of the same segment on their own laptops, and the office; each laptop's
    key is enrolled there for its chief."""
    edit.create(store, SYSTEM, "assignment", {"chief_id": world["chief2"],
                                              "segment_id": world["seg"],
                                              "start_date": "2026-01-01"})
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    opened = []
    for n, name in enumerate(("laptop2", "office"), start=2):
        path = tmp_path / name / f"{name}.db"
        path.parent.mkdir()
        shutil.copy(store.path, path)
        other = open_store(path)
        installation = f"0190f1a0-0000-7000-8000-00000000000{n}"
        other.conn.execute("DELETE FROM installation")
        other.conn.execute("INSERT INTO installation (id, created_at, app_version) VALUES "
                           "(?, '2026-01-01T00:00:00+08:00', 'test')", [installation])
        other.conn.commit()
        other.installation_id = installation
        opened.append(other)
    laptop2, office = opened
    for side in (store, laptop2, office):
        keys.create_installation_key(side, ADMIN, PASSWORD)
    for side, chief, name in ((store, "chief", "王伟的笔记本"),
                              (laptop2, "chief2", "李芳的笔记本")):
        keys.enrol_key(office, ADMIN, keys.installation_key(side).public_key, name,
                       chief_id=world[chief])
    yield store, laptop2, office
    for side in opened:
        side.close()


def package(side: Store, world: dict[str, Any], chief: str, actor: str, out: Path) -> Path:
    return export_package(side, world[actor], out, PASSWORD, chief_items(side, world[chief]),
                          chief_id=world[chief])


@pytest.mark.parametrize("first_arrives_first", [True, False])
def test_the_office_catches_a_colleagues_track(laptops: Any, world: dict[str, Any],
                                               tmp_path: Path, first_arrives_first: bool
                                               ) -> None:
    """李芳 files 王伟's track of the week before as her own patrol: neither laptop can
    see it, the office can, whichever package it gets first."""
    laptop1, laptop2, office = laptops
    ev = world["evaluator"]
    original = patrols.submit(laptop1, world["actor"], on_day(world, START, WALK),
                              entered_at=START + timedelta(hours=2))
    copied = patrols.submit(laptop2, world["actor2"],
                            on_day(world, LATER, WALK, chief="chief2"),
                            entered_at=LATER + timedelta(hours=2))
    assert judgement(laptop1, original)[0] == judgement(laptop2, copied)[0] == "valid"
    packages = [package(laptop1, world, "chief", "actor", tmp_path / "wangwei.zip"),
                package(laptop2, world, "chief2", "actor2", tmp_path / "lifang.zip")]
    if not first_arrives_first:
        packages.reverse()
    for pkg in packages:
        merge.import_package(office, ev, pkg)
    assert judgement(office, original)[0] == "valid"
    verdict, reasons = judgement(office, copied)
    assert verdict == "invalid" and [r["code"] for r in reasons] == ["track_reused"]
    assert reasons[0]["numbers"]["chief"] == "王伟" and reasons[0]["numbers"]["date"] == \
        "2026-07-01"
    assert patrols.stale_verdicts(office, ev) == 0
    # the office's shapes came from the received tracks; nothing about them was exported
    assert office.db["track_shape"].count == 2
    assert "track_shape" not in {t for t, _ in chief_items(laptop1, world["chief"])}
    assert judgement(laptop2, copied)[0] == "valid"  # the laptop keeps its own verdict
