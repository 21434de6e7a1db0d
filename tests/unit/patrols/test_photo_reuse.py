"""A photo filed with a second patrol (一张照片反复用): the later patrol is invalid
(``photo_reused``) and its reason names the patrol that used the file first — its chief,
the chief's code and its day — on submitting, correcting, judging again, reading stored
evidence and at the office whatever order the packages come in. Reasons stored before
the first patrol was named still read as they did."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from riverchief import i18n, patrols
from riverchief.db import Store, records
from riverchief.exchange import merge
from riverchief.patrols import PhotoFile, Selection, TrackFile
from riverchief.patrols.service import check_input, evaluate
from riverchief.registry import edit
from riverchief.security import SYSTEM
from riverchief.verdicts import Reason
from riverchief.verdicts.stored import load_evidence
from tests.unit.patrols.conftest import LINE, gpx_along, jpeg
from tests.unit.patrols.test_patrol_records import START, patrol_input
from tests.unit.patrols.test_track_reuse import laptops, package  # noqa: F401 - fixture

pytestmark = pytest.mark.usefixtures("english")

LATER = START + timedelta(days=6)
SHARED = jpeg(START + timedelta(minutes=5), 113.605, 34.7025, colour=(11, 22, 33))


def on_day(world: dict[str, Any], start: datetime, *, shared: bool = True,
           chief: str = "chief") -> Any:
    """A patrol of ``chief`` on ``start``'s day, really walked, with a photo of its own as
    photo 1 and, when ``shared``, the shared file as photo 2."""
    own = jpeg(start + timedelta(minutes=20), 113.615, 34.7075,
               colour=(start.day * 7 % 256, 200, 30))
    photos = [PhotoFile(own, "own.jpg")]
    if shared:
        photos.append(PhotoFile(SHARED, "shared.jpg"))
    return patrol_input(world, chief_id=world[chief], start=start,
                        end=start + timedelta(minutes=30), photos=photos,
                        track=TrackFile(gpx_along(LINE, start), "walk.gpx"), problems=[])


def reasons(store: Store, pid: str) -> list[dict[str, Any]]:
    return list(json.loads(store.db["patrol"].get(pid)["reasons"]))


def reused(store: Store, pid: str) -> list[dict[str, Any]]:
    return [r for r in reasons(store, pid) if r["code"] == "photo_reused"]


def both_on_the_segment(store: Store, world: dict[str, Any]) -> None:
    edit.create(store, SYSTEM, "assignment", {"chief_id": world["chief2"],
                                              "segment_id": world["seg"],
                                              "start_date": "2026-01-01"})


WANG = {"photo": 2, "chief": "王伟", "chief_code": "C001", "date": "2026-07-01"}


def test_the_later_patrol_names_the_chief_whose_photo_it_copied(
        store: Store, world: dict[str, Any]) -> None:
    both_on_the_segment(store, world)
    first = patrols.submit(store, world["actor"], on_day(world, START),
                           entered_at=START + timedelta(hours=2))
    assert reasons(store, first) == []
    # the form shows it before the copy is submitted
    live = evaluate(store, check_input(store, on_day(world, LATER, chief="chief2")),
                    entered_at=LATER + timedelta(hours=2))
    # (the copied photo was taken on the first patrol's day, outside this one's times)
    assert live.status == "invalid"
    assert live.codes() == ["photo_reused", "photo_time_outside"]
    assert live.reasons[0].numbers == WANG
    second = patrols.submit(store, world["actor2"], on_day(world, LATER, chief="chief2"),
                            entered_at=LATER + timedelta(hours=2))
    assert [r["code"] for r in reasons(store, second)] == live.codes()
    (reason,) = reused(store, second)
    assert reason["code"] == "photo_reused" and reason["severity"] == "invalid"
    assert reason["numbers"] == WANG
    message = patrols.get_patrol(store, second).reasons[0].message  # type: ignore[union-attr]
    assert message == ("Photo 2 is the same file as a photo of the patrol of 王伟 (C001) on "
                       "2026-07-01, entered earlier.")
    assert reasons(store, first) == []
    # a third patrol with the file names the first user, not the second
    third_day = LATER + timedelta(days=3)
    third = patrols.submit(store, world["actor2"], on_day(world, third_day, chief="chief2"),
                           entered_at=third_day + timedelta(hours=2))
    assert [r["numbers"] for r in reused(store, third)] == [WANG]
    # read back from the database, the evidence names the same patrol
    loaded = load_evidence(store, [first, second, third])
    assert [set(s.used_photos) for s in loaded] == [set(), {_sha(store, second)},
                                                    {_sha(store, third)}]
    assert {u.patrol_id for s in loaded for u in s.used_photos.values()} == {first}
    # judged again together and one by one: the same reasons, nothing written
    ev = world["evaluator"]
    assert patrols.judge_again(store, ev, Selection(stale_only=False)).changed == 0
    assert patrols.judge_again(store, ev, Selection(stale_only=False), batch=1).changed == 0


def _sha(store: Store, pid: str) -> str:
    return str(store.conn.execute("SELECT sha256 FROM patrol_photo WHERE patrol_id = ? AND "
                                  "position = 2", [pid]).fetchone()[0])


def test_entered_first_not_walked_first_is_named(store: Store, world: dict[str, Any]) -> None:
    """A back-dated record names the patrol entered before it, though walked after it; at
    the same second, the patrol with the smaller id came first."""
    both_on_the_segment(store, world)
    newer = patrols.submit(store, world["actor2"], on_day(world, LATER, chief="chief2"),
                           entered_at=LATER + timedelta(hours=2))
    backdated = patrols.submit(store, world["actor"], on_day(world, START),
                               entered_at=LATER + timedelta(hours=5))
    assert reused(store, newer) == []
    assert [r["numbers"] for r in reused(store, backdated)] == [
        {"photo": 2, "chief": "李芳", "chief_code": "C002", "date": LATER.date().isoformat()}]
    # the same entry time (a spreadsheet imported at once): the smaller id came first
    store.conn.execute("UPDATE patrol SET entered_at = ? WHERE id = ?",
                       [store.db["patrol"].get(newer)["entered_at"], backdated])
    patrols.judge_again(store, world["evaluator"], Selection(stale_only=False))
    assert newer < backdated
    assert reused(store, newer) == []
    assert reused(store, backdated)[0]["numbers"]["chief"] == "李芳"


def test_a_correction_names_the_first_and_clears_with_a_new_photo(
        store: Store, world: dict[str, Any]) -> None:
    both_on_the_segment(store, world)
    first = patrols.submit(store, world["actor"], on_day(world, START, shared=False),
                           entered_at=START + timedelta(hours=2))
    second = patrols.submit(store, world["actor2"], on_day(world, LATER, chief="chief2"),
                            entered_at=LATER + timedelta(hours=2))
    assert reused(store, second) == []  # nobody had the file yet
    # 王伟 corrects his earlier patrol with the file 李芳 used: his was entered first
    patrols.correct(store, world["actor"], first, on_day(world, START), "补照片")
    assert reused(store, first) == []
    patrols.judge_again(store, world["evaluator"], Selection(stale_only=False))
    assert [r["numbers"] for r in reused(store, second)] == [WANG]
    # 李芳 corrects hers with a photo of her own: valid again
    patrols.correct(store, world["actor2"], second, on_day(world, LATER, shared=False,
                                                           chief="chief2"), "换照片")
    assert reused(store, second) == []
    # and back: the correction names 王伟's patrol again
    patrols.correct(store, world["actor2"], second, on_day(world, LATER, chief="chief2"),
                    "又换回")
    assert [r["numbers"] for r in reused(store, second)] == [WANG]
    # the first patrol deleted: the file is 李芳's alone
    records.tombstone(store, "patrol", first, actor="wangwei")
    done = patrols.judge_again(store, world["evaluator"], Selection(stale_only=False))
    assert done.transitions == {("invalid", "suspect"): 1}  # the photo's time is left
    assert reused(store, second) == []


def test_both_sentences_read_in_chinese() -> None:
    i18n.set_language("zh_CN")
    try:
        old = Reason("photo_reused", "invalid", {"photo": 2})
        assert old.message == "第 2 张照片与另一次巡河的照片是同一文件。"
        named = Reason("photo_reused", "invalid", WANG)
        assert named.message == ("第 2 张照片与王伟（C001）2026-07-01的巡河记录（更早录入）的"
                                 "照片是同一文件。")
    finally:
        i18n.set_language("en")


def test_a_reason_stored_without_the_first_patrol_still_reads_in_english(
        store: Store, world: dict[str, Any]) -> None:
    """A database from before the reason named the first patrol: its stored reasons read as
    they did, and judging again names the patrol."""
    both_on_the_segment(store, world)
    patrols.submit(store, world["actor"], on_day(world, START),
                   entered_at=START + timedelta(hours=2))
    second = patrols.submit(store, world["actor2"], on_day(world, LATER, chief="chief2"),
                            entered_at=LATER + timedelta(hours=2))
    stored = reasons(store, second)
    for r in stored:
        r["numbers"] = {"photo": r["numbers"]["photo"]}
    store.conn.execute("UPDATE patrol SET reasons = ? WHERE id = ?",
                       [json.dumps(stored), second])
    p = patrols.get_patrol(store, second)
    assert p is not None and p.verdict == "invalid"
    assert p.reasons[0].message == "Photo 2 is the same file as a photo of another patrol."
    done = patrols.judge_again(store, world["evaluator"], Selection(stale_only=False))
    assert done.changed == 1 and done.transitions == {}
    assert [r["numbers"] for r in reused(store, second)] == [WANG]


@pytest.mark.parametrize("first_arrives_first", [True, False])
def test_the_office_names_a_colleagues_photo(laptops: Any, world: dict[str, Any],  # noqa: F811
                                             tmp_path: Path, first_arrives_first: bool
                                             ) -> None:
    """李芳 files a photo 王伟 took the week before: neither laptop can see it, the office
    can, whichever package it gets first, and names 王伟's patrol."""
    laptop1, laptop2, office = laptops
    ev = world["evaluator"]
    original = patrols.submit(laptop1, world["actor"], on_day(world, START),
                              entered_at=START + timedelta(hours=2))
    copied = patrols.submit(laptop2, world["actor2"], on_day(world, LATER, chief="chief2"),
                            entered_at=LATER + timedelta(hours=2))
    assert reasons(laptop1, original) == reused(laptop2, copied) == []
    packages = [package(laptop1, world, "chief", "actor", tmp_path / "wangwei.zip"),
                package(laptop2, world, "chief2", "actor2", tmp_path / "lifang.zip")]
    if not first_arrives_first:
        packages.reverse()
    for pkg in packages:
        merge.import_package(office, ev, pkg)
    assert reasons(office, original) == []
    assert [r["numbers"] for r in reused(office, copied)] == [WANG]
    assert patrols.stale_verdicts(office, ev) == 0
    assert reused(laptop2, copied) == []  # the laptop keeps its own verdict
