"""Each verdict reason, shown with a small hand-made track along a straight segment.

The segment runs east along latitude 34.75 from 113.60 to 113.62 (about 1.83 km). A
chief walks it at 75 m a minute, one point a minute.
"""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

import numpy as np
import pytest

from riverchief.errors import UserError
from riverchief.rules import default_rules
from riverchief.tracks import Track, read_track
from riverchief.tracks.geo import M_PER_DEG
from riverchief.tracks.shape import shape_of
from riverchief.verdicts import (
    FirstUse,
    PatrolBatch,
    PatrolEvidence,
    Photo,
    judge,
    judge_batch,
    judge_many,
)

TZ = timezone(timedelta(hours=8))
T0 = datetime(2026, 7, 1, 8, 0, tzinfo=TZ)
LAT = 34.75
LINE = [(113.60, LAT), (113.61, LAT), (113.62, LAT)]
DEG_PER_M = 1 / (M_PER_DEG * math.cos(math.radians(LAT)))
LINE_M = 0.02 / DEG_PER_M
RULES = default_rules().patrol


def walk(n: int = 26, *, lon0: float = 113.60, lat: float = LAT, step_m: float = 75.0,
         minutes: float = 1.0, t0: datetime = T0, times: bool = True) -> Track:
    lons = [lon0 + i * step_m * DEG_PER_M for i in range(n)]
    base = t0.timestamp()
    ts = [base + i * minutes * 60 if times else math.nan for i in range(n)]
    return Track.from_segments([(0, lons, [lat] * n, ts)], format="test", utc_offset_s=8 * 3600)


def patrol(track: Track | None, **kw: object) -> PatrolEvidence:
    args: dict[str, object] = dict(start=T0, end=T0 + timedelta(minutes=25), level="village",
                                   method="foot", segment_lines=[LINE], track=track)
    args.update(kw)
    return PatrolEvidence(**args)  # type: ignore[arg-type]


def codes(p: PatrolEvidence, used: frozenset[str] = frozenset()) -> tuple[str, list[str]]:
    v = judge(p, RULES, used)
    return v.status, v.codes()


def test_a_proper_patrol_is_valid() -> None:
    v = judge(patrol(walk()), RULES)
    assert v.status == "valid" and v.reasons == ()
    assert v.figures["distance_m"] == pytest.approx(25 * 75, rel=1e-3)
    assert v.figures["duration_s"] == 25 * 60
    assert v.figures["coverage"] == pytest.approx(1.0)
    assert v.figures["speed_kmh"] == pytest.approx(4.5, rel=1e-3)


def test_too_short_in_time() -> None:
    # the whole segment by car in 8 minutes: far enough, too short
    track = walk(9, step_m=LINE_M / 8)
    status, found = codes(patrol(track, method="vehicle", end=T0 + timedelta(minutes=8)))
    assert (status, found) == ("invalid", ["too_short_time"])
    reason = judge(patrol(track, method="vehicle", end=T0 + timedelta(minutes=8)), RULES).reasons[0]
    assert reason.numbers == {"duration_min": 8.0, "minimum_min": 10.0}


def test_too_short_in_distance() -> None:
    short_line = [(113.60, LAT), (113.60 + 600 * DEG_PER_M, LAT)]
    track = walk(16, step_m=40)  # 600 m in 15 minutes along a 600 m segment
    status, found = codes(patrol(track, segment_lines=[short_line],
                                 end=T0 + timedelta(minutes=15)))
    assert (status, found) == ("invalid", ["too_short_distance"])


def test_jump() -> None:
    t = walk()
    lon = t.lon.copy()
    lon[12] += 10_000 * DEG_PER_M  # one point 10 km away, a minute from its neighbours
    status, found = codes(patrol(replace(t, lon=lon)))
    assert status == "invalid" and "jump" in found
    v = judge(patrol(replace(t, lon=lon)), RULES)
    jump = next(r for r in v.reasons if r.code == "jump")
    assert jump.numbers["count"] == 2  # there and back
    assert jump.numbers["max_speed_kmh"] == pytest.approx(600, rel=0.02)


def test_gps_noise_is_not_a_jump() -> None:
    t = walk()
    lon = t.lon.copy()
    lon[12] += 150 * DEG_PER_M  # 150 m off for a moment: under jump_min_m
    assert codes(patrol(replace(t, lon=lon))) == ("valid", [])


def test_repeated_times() -> None:
    t = walk()
    times = t.time.copy()
    times[13:] = times[:13]  # the second half replays the first half's times
    status, found = codes(patrol(replace(t, time=times)))
    assert status == "invalid" and "repeated_times" in found


def test_a_single_repeated_time_is_tolerated() -> None:
    t = walk(60, step_m=31.25, minutes=25 / 59)
    times = t.time.copy()
    times[30] = times[29]
    assert codes(patrol(replace(t, time=times))) == ("valid", [])


def test_track_outside_the_claimed_window() -> None:
    later = T0 + timedelta(days=1)
    status, found = codes(patrol(walk(), start=later, end=later + timedelta(minutes=25)))
    assert (status, found) == ("invalid", ["outside_window"])


def test_track_partly_outside_the_window() -> None:
    status, found = codes(patrol(walk(), start=T0 + timedelta(minutes=15),
                                 end=T0 + timedelta(minutes=40)))
    assert (status, found) == ("suspect", ["partly_outside_window"])


def test_off_river_track_covers_nothing() -> None:
    status, found = codes(patrol(walk(lat=LAT + 500 / M_PER_DEG)))
    assert (status, found) == ("invalid", ["coverage_low"])


def test_partial_coverage_and_its_number() -> None:
    # up and down the first 40% of the segment, 1.5 km in 20 minutes
    part = 0.4 * LINE_M
    n = 21
    lons = [113.60 + (part * (1 - abs(1 - 2 * i / (n - 1)))) * DEG_PER_M for i in range(n)]
    track = Track.from_segments([(0, lons, [LAT] * n,
                                  [T0.timestamp() + 60 * i for i in range(n)])])
    v = judge(patrol(track, end=T0 + timedelta(minutes=20)), RULES)
    assert v.status == "suspect" and v.codes() == ["coverage_partial"]
    # buffer 100 m reaches beyond the turning point: 40% + 100 m of 1.83 km
    expected = (part + 100) / LINE_M
    assert v.figures["coverage"] == pytest.approx(expected, abs=0.01)
    assert v.reasons[0].numbers["threshold_pct"] == 60.0


def test_speed_implausible_for_the_method() -> None:
    fast = walk(26, step_m=250)  # 6.25 km in 25 minutes: 15 km/h on foot
    long_line = [(113.60, LAT), (113.60 + 6250 * DEG_PER_M, LAT)]
    status, found = codes(patrol(fast, segment_lines=[long_line]))
    assert (status, found) == ("suspect", ["speed_method"])
    assert codes(patrol(fast, segment_lines=[long_line], method="boat")) == ("valid", [])


def test_photos() -> None:
    inside = T0 + timedelta(minutes=5)
    good = Photo("a" * 64, inside, 113.605, LAT)
    reused = Photo("b" * 64, inside, 113.605, LAT)
    bare = Photo("c" * 64)
    early = Photo("d" * 64, T0 - timedelta(hours=2), 113.605, LAT)
    far = Photo("e" * 64, inside, 113.605, LAT + 0.01)  # about 1.1 km north
    v = judge(patrol(walk(), photos=[good, reused, bare, early, far]), RULES,
              frozenset({"b" * 64}))
    assert v.status == "invalid"
    found = [(r.code, r.numbers.get("photo")) for r in v.reasons]
    assert found == [("photo_reused", 2), ("photo_no_exif", 3), ("photo_time_outside", 4),
                     ("photo_far", 5)]
    far_reason = v.reasons[-1]
    assert far_reason.numbers["distance_m"] == pytest.approx(0.01 * M_PER_DEG, rel=0.01)
    assert judge(patrol(walk(), photos=[good]), RULES).status == "valid"


def test_a_track_another_patrol_used_first(english: None) -> None:
    first = FirstUse("0190f1a0-0000-7000-8000-0000000000f1", "王伟", "C001", "2026-06-24")
    copy = walk(t0=T0)  # last week's walk with today's times: the same points
    used = {shape_of(walk(t0=T0 - timedelta(days=7))): first}
    v = judge(patrol(copy), RULES, used_tracks=used)
    assert (v.status, v.codes()) == ("invalid", ["track_reused"])
    assert v.reasons[0].numbers == {"chief": "王伟", "chief_code": "C001", "date": "2026-06-24"}
    assert v.reasons[0].message == (
        "The track is the same as that of the patrol of 王伟 (C001) on 2026-06-24, entered "
        "earlier: one walk cannot stand for two patrols.")
    # another walk along the same segment is not a copy, nor is a patrol without a track
    other = walk(t0=T0, lat=LAT + 2e-5)
    assert judge(patrol(other), RULES, used_tracks=used).status == "valid"
    assert "track_reused" not in judge(patrol(None, claimed_distance_m=2000.0), RULES,
                                       used_tracks=used).codes()
    # in a batch, only the patrol with that track
    together = judge_many([patrol(other), patrol(copy), patrol(walk(lat=LAT + 0.01))], RULES,
                          used_tracks=used)
    assert ["track_reused" in v.codes() for v in together] == [False, True, False]


def test_the_reused_track_reads_in_chinese() -> None:
    first = FirstUse("0190f1a0-0000-7000-8000-0000000000f1", "王伟", "C001", "2026-06-24")
    v = judge(patrol(walk()), RULES, used_tracks={shape_of(walk()): first})
    assert v.reasons[0].message == ("轨迹与王伟（C001）2026-06-24的巡河记录（更早录入）完全相同："
                                    "一次巡河的轨迹不能充当两次巡河。")


def test_no_track_and_untimed_track() -> None:
    assert codes(patrol(None, claimed_distance_m=2000.0)) == ("suspect", ["no_track"])
    assert codes(patrol(None, claimed_distance_m=300.0)) == (
        "invalid", ["too_short_distance", "no_track"])
    assert codes(patrol(walk(times=False))) == ("suspect", ["track_untimed"])


def test_filled_in_afterwards() -> None:
    entered = T0 + timedelta(days=5)
    status, found = codes(patrol(walk(), entered_at=entered))
    assert (status, found) == ("suspect", ["entered_late"])
    assert codes(patrol(walk(), entered_at=T0 + timedelta(days=2))) == ("valid", [])


def test_segment_without_line_is_a_note_only() -> None:
    v = judge(patrol(walk(), segment_lines=[]), RULES)
    assert v.status == "valid" and v.codes() == ["coverage_unknown"]


def test_unknown_level_is_a_user_error(english: None) -> None:
    with pytest.raises(UserError, match="no level 'hamlet'"):
        judge(patrol(walk(), level="hamlet"), RULES)


def test_batch_gives_the_same_as_one_by_one() -> None:
    t = walk()
    lon = t.lon.copy()
    lon[5] += 10_000 * DEG_PER_M
    many = [patrol(walk()), patrol(None, claimed_distance_m=50.0),
            patrol(replace(t, lon=lon)), patrol(walk(lat=LAT + 0.01)),
            patrol(walk(60, step_m=31.25, minutes=25 / 59), segment_lines=[LINE, LINE[:2]])]
    together = judge_many(many, RULES)
    alone = [judge(p, RULES) for p in many]
    assert together == alone
    assert [v.status for v in together] == ["valid", "invalid", "invalid", "invalid", "valid"]


def test_thresholds_come_from_the_rules() -> None:
    strict = replace(RULES, levels={k: replace(v, min_distance_m=5000)
                                    for k, v in RULES.levels.items()})
    assert judge(patrol(walk()), strict).codes() == ["too_short_distance"]


def test_google_mytracks_kml_is_invalid_for_jump_and_repeated_times(corpus_dir: Path) -> None:
    t = read_track(corpus_dir / "google_mytracks_gxmultitrack.kml")
    line = [(float(x), float(y)) for x, y in zip(t.lon[:13], t.lat[:13], strict=True)]
    assert t.start is not None and t.end is not None
    v = judge(PatrolEvidence(start=t.start, end=t.end, level="village", method="foot",
                             segment_lines=[line], track=t), RULES)
    assert v.status == "invalid"
    assert {"jump", "repeated_times"} <= set(v.codes())
    repeated = next(r for r in v.reasons if r.code == "repeated_times")
    assert (repeated.numbers["count"], repeated.numbers["timed_points"]) == (13, 26)
    jump = next(r for r in v.reasons if r.code == "jump")
    assert jump.numbers["max_distance_m"] == pytest.approx(85_000, rel=0.01)
    assert np.isfinite(v.figures["distance_m"])


def test_messages_are_plain_language(english: None) -> None:
    v = judge(patrol(walk(lat=LAT + 500 / M_PER_DEG)), RULES)
    assert v.reasons[0].message == ("The track covers 0% of the assigned segment (within 100 m);"
                                    " under 20% is not a patrol of it.")
    d = v.to_dict()
    assert d["verdict"] == "invalid" and d["reasons"][0]["code"] == "coverage_low"


def test_the_speed_of_a_track_timed_in_part_is_over_its_timed_stretch() -> None:
    # 26 points 75 m apart; only the first four carry times (a minute apart): the 225 m
    # between them took 3 minutes (4.5 km/h); the 1,650 m after them have no time at all
    base = walk()
    times = base.time.copy()
    times[4:] = np.nan
    track = Track.from_segments([(0, list(base.lon), list(base.lat), list(times))],
                                format="test", utc_offset_s=8 * 3600)
    v = judge(patrol(track), RULES)
    assert v.figures["speed_kmh"] == pytest.approx(4.5, rel=1e-3)
    assert "speed_method" not in v.codes()
    assert v.figures["distance_m"] == pytest.approx(25 * 75, rel=1e-3)  # the whole track


def test_a_reused_photo_names_the_patrol_that_used_it_first(english: None) -> None:
    """Given the first user of each file, the reason names it; given only the hashes (or a
    file whose first user is unknown), it says "another patrol" as before. Several reused
    photos of several patrols keep their order."""
    inside = T0 + timedelta(minutes=5)
    wang = FirstUse("0190f1a0-0000-7000-8000-0000000000f1", "王伟", "C001", "2026-06-24")
    li = FirstUse("0190f1a0-0000-7000-8000-0000000000f2", "李芳", "C002", "2026-06-30")
    a, b, c, d = (Photo(x * 64, inside, 113.605, LAT) for x in "abcd")
    used = {"a" * 64: wang, "c" * 64: li}
    one, two = judge_many([patrol(walk(), photos=[b, a, c]), patrol(walk(), photos=[c, d])],
                          RULES, used)
    assert one.status == two.status == "invalid"
    assert [r.numbers for r in one.reasons] == [
        {"photo": 2, "chief": "王伟", "chief_code": "C001", "date": "2026-06-24"},
        {"photo": 3, "chief": "李芳", "chief_code": "C002", "date": "2026-06-30"}]
    assert [r.numbers for r in two.reasons] == [
        {"photo": 1, "chief": "李芳", "chief_code": "C002", "date": "2026-06-30"}]
    assert one.reasons[0].message == ("Photo 2 is the same file as a photo of the patrol of "
                                      "王伟 (C001) on 2026-06-24, entered earlier.")
    # only the hashes: the same verdict, the reason naming no patrol
    plain = judge(patrol(walk(), photos=[b, a, c]), RULES, frozenset(used))
    assert [(r.code, r.numbers) for r in plain.reasons] == [
        ("photo_reused", {"photo": 2}), ("photo_reused", {"photo": 3})]
    assert plain.reasons[0].message == "Photo 2 is the same file as a photo of another patrol."
    # in a batch, a patrol whose file has a known first user and one whose has not (the
    # batch of the demo, which names the first user of the files it knows)
    batch = PatrolBatch.from_evidence([patrol(walk(), photos=[a, b]),
                                       patrol(walk(), photos=[c, a])], frozenset(used))
    batch.ph_first_use = {0: wang, 3: li}  # the first patrol's photo 1, the second's 2
    result = judge_batch(batch, RULES)
    assert [[(r.code, r.numbers) for r in rs] for rs in result.reasons] == [
        [("photo_reused", {"photo": 1, "chief": "王伟", "chief_code": "C001",
                           "date": "2026-06-24"})],
        [("photo_reused", {"photo": 1}),
         ("photo_reused", {"photo": 2, "chief": "李芳", "chief_code": "C002",
                           "date": "2026-06-30"})]]
