"""The demo's patrols: a year of them up to the demo's today, tracks of tens of points,
verdicts from the engine."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest

from riverchief.db import open_store
from riverchief.demo import FIXED_AS_OF, generate
from riverchief.rules import default_rules
from riverchief.tracks.codec import decode
from riverchief.verdicts import judge
from riverchief.verdicts.stored import load_evidence


@pytest.fixture(scope="module")
def district(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generate(tmp_path_factory.mktemp("demo") / "district.db", "district", seed=7,
                    as_of=FIXED_AS_OF)


def test_a_year_of_patrols_with_a_realistic_mix(district: Path) -> None:
    with open_store(district) as store:
        n = store.db.execute("SELECT count(*) FROM patrol").fetchone()[0]
        assert 5000 <= n <= 7000  # the tier's ~6,000 a year
        verdicts = dict(store.db.execute(
            "SELECT verdict, count(*) FROM patrol GROUP BY verdict").fetchall())
        assert 0.10 < verdicts["invalid"] / n < 0.35
        assert 0.08 < verdicts["suspect"] / n < 0.35
        codes = Counter(
            r[0] for r in store.db.execute(
                "SELECT json_extract(value, '$.code') FROM patrol, json_each(patrol.reasons)"))
        for code in ("too_short_time", "too_short_distance", "coverage_low", "coverage_partial",
                     "entered_late", "outside_window", "jump", "photo_reused", "no_track",
                     "photo_no_exif"):
            assert codes[code] > 0.003 * n, code
        first, last = store.db.execute("SELECT min(start_at), max(start_at) FROM patrol"
                                       ).fetchone()
        # up to the demo's today, none later (nor entered later)
        assert first.startswith("2026-01") and last.startswith("2026-11")
        assert last[:10] <= FIXED_AS_OF.isoformat()
        entered = store.db.execute("SELECT max(entered_at) FROM patrol").fetchone()[0]
        assert entered[:10] <= FIXED_AS_OF.isoformat()
        assert first.endswith("+08:00")
        # every patrol lies within an assignment of its chief to its segment
        outside = store.db.execute(
            "SELECT count(*) FROM patrol p WHERE NOT EXISTS (SELECT 1 FROM assignment a "
            "WHERE a.chief_id = p.chief_id AND a.segment_id = p.segment_id "
            "AND a.start_date <= substr(p.start_at, 1, 10) AND (a.end_date IS NULL "
            "OR a.end_date >= substr(p.start_at, 1, 10)))").fetchone()[0]
        assert outside == 0


def test_tracks_have_tens_of_points(district: Path) -> None:
    with open_store(district) as store:
        blobs = [r[0] for r in store.db.execute(
            "SELECT track FROM patrol WHERE track IS NOT NULL LIMIT 300")]
    sizes = [decode(b).points for b in blobs]
    assert min(sizes) >= 20 and max(sizes) <= 40


def test_search_text_is_what_the_triggers_would_write(district: Path) -> None:
    """The demo builds the full-text index in one pass after the rows: it finds what the
    search text holds, as the per-row trigger would, and the trigger is back."""
    with open_store(district) as store:
        db = store.db
        with_text = db.execute("SELECT count(*) FROM patrol WHERE notes != '' "
                               "OR actions != ''").fetchone()[0]
        assert with_text > 0
        indexed = db.execute("SELECT count(*) FROM patrol p JOIN patrol_text t ON "
                             "t.patrol_id = p.id WHERE p.notes != '' OR p.actions != ''")
        assert indexed.fetchone()[0] == with_text
        for word in ("少量垃圾", "漂浮物", "河道畅通"):  # trigram: three characters or more
            like = db.execute("SELECT count(*) FROM patrol_text WHERE instr(text, ?) > 0",
                              [word]).fetchone()[0]
            fts = db.execute("SELECT count(*) FROM patrol_text WHERE n IN (SELECT rowid "
                             "FROM patrol_fts WHERE patrol_fts MATCH ?)",
                             [f'"{word}"']).fetchone()[0]
            assert fts == like > 0
        triggers = {r[0] for r in db.execute("SELECT name FROM sqlite_master "
                                             "WHERE type = 'trigger'")}
        assert {"patrol_search_ai", "patrol_text_ai"} <= triggers


def test_verdicts_are_the_engines(district: Path) -> None:
    rules = default_rules().patrol
    with open_store(district) as store:
        rows = store.db.execute(
            "SELECT id, verdict, reasons FROM patrol ORDER BY id LIMIT 40 OFFSET 1000"
        ).fetchall()
        rows += store.db.execute(
            "SELECT id, verdict, reasons FROM patrol WHERE verdict = 'invalid' "
            "ORDER BY start_at LIMIT 40").fetchall()
        # the tracks filed twice, and the patrols that used them first
        rows += store.db.execute(
            "SELECT p.id, p.verdict, p.reasons FROM patrol p WHERE p.id IN (SELECT s.patrol_id"
            " FROM track_shape s WHERE s.shape IN (SELECT shape FROM track_shape GROUP BY"
            " shape HAVING count(*) > 1)) ORDER BY p.entered_at").fetchall()
        # photos filed again, and the patrols that used the files first
        rows += store.db.execute(
            "SELECT p.id, p.verdict, p.reasons FROM patrol p WHERE p.id IN (SELECT ph.patrol_id"
            " FROM patrol_photo ph WHERE ph.sha256 IN (SELECT sha256 FROM patrol_photo GROUP BY"
            " sha256 HAVING count(DISTINCT patrol_id) > 1)) ORDER BY p.entered_at LIMIT 120"
        ).fetchall()
        evidence = load_evidence(store, [r[0] for r in rows])
        # a paper form's entry time says nothing about the chief (as patrols.judge_again)
        paper = {r[0] for r in store.db.execute("SELECT id FROM patrol WHERE source ="
                                                " 'imported'")}
    copies = photos = 0
    for (pid, verdict, reasons), (ev, used, tracks) in zip(rows, evidence, strict=True):
        again = judge(replace(ev, entered_at=None) if pid in paper else ev, rules, used, tracks)
        assert again.status == verdict, pid
        stored = [(r["code"], r["numbers"].get("photo")) for r in json.loads(reasons)]
        assert [(r.code, r.numbers.get("photo")) for r in again.reasons] == stored, pid
        assert [r.numbers for r in again.reasons] == [r["numbers"] for r in json.loads(reasons)]
        copies += "track_reused" in again.codes()
        photos += "photo_reused" in again.codes()
    assert copies >= 1 and photos >= 10


def test_a_reused_photo_names_the_patrol_that_used_the_file_first(district: Path) -> None:
    """Every reused photo's reason names a chief, a code and a day: the patrol entered
    first (at the same second, the smaller id) among those with the file."""
    with open_store(district) as store:
        rows = store.db.execute(
            "SELECT ph.patrol_id, ph.position, p.entered_at FROM patrol_photo ph JOIN patrol p"
            " ON p.id = ph.patrol_id WHERE ph.sha256 IN (SELECT sha256 FROM patrol_photo GROUP"
            " BY sha256 HAVING count(DISTINCT patrol_id) > 1) ORDER BY ph.sha256").fetchall()
        files: dict[str, list[tuple[str, str, int]]] = {}
        for pid, position, entered in rows:
            sha = store.db.execute("SELECT sha256 FROM patrol_photo WHERE patrol_id = ? AND"
                                   " position = ?", [pid, position]).fetchone()[0]
            files.setdefault(sha, []).append((entered, pid, position))
        named = 0
        for users in files.values():
            users.sort()
            _, first, _ = users[0]
            chief, code, start = store.db.execute(
                "SELECT c.name, c.code, p.start_at FROM patrol p JOIN chief c"
                " ON c.id = p.chief_id WHERE p.id = ?", [first]).fetchone()
            for _, pid, position in users:
                found = [r["numbers"] for r in json.loads(store.db["patrol"].get(pid)["reasons"])
                         if r["code"] == "photo_reused" and r["numbers"]["photo"] == position]
                if pid == first:
                    assert found == []
                    continue
                assert found == [{"photo": position, "chief": chief, "chief_code": code,
                                  "date": start[:10]}], pid
                named += 1
        assert named >= 10


def test_a_track_filed_twice_is_invalid_the_first_use_is_not(district: Path) -> None:
    with open_store(district) as store:
        pairs = store.db.execute(
            "SELECT group_concat(p.verdict || ':' || p.reasons, char(10)) FROM track_shape s"
            " JOIN patrol p ON p.id = s.patrol_id GROUP BY s.shape HAVING count(*) > 1"
            " ORDER BY min(p.entered_at)").fetchall()
        shaped = store.db.execute("SELECT count(*) FROM track_shape").fetchone()[0]
        tracks = store.db.execute("SELECT count(*) FROM patrol WHERE track IS NOT NULL"
                                  ).fetchone()[0]
    assert shaped == tracks  # every demo track has tens of points: each has a shape
    assert 1 <= len(pairs) <= 5  # one or two copies in the district
    for (text,) in pairs:
        first, *later = text.split("\n")
        assert "track_reused" not in first
        for entry in later:
            verdict, reasons = entry.split(":", 1)
            (reused,) = [r for r in json.loads(reasons) if r["code"] == "track_reused"]
            assert verdict == "invalid" and reused["numbers"]["chief"]


def test_the_copies_leave_every_other_patrol_as_it_was(district: Path, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from riverchief.demo import patrols

    monkeypatch.setattr(patrols, "TRACK_COPY_SHARE", 0.0)
    plain = generate(tmp_path / "plain.db", "district", seed=7, as_of=FIXED_AS_OF)
    query = "SELECT start_at, verdict, reasons, track, entered_at FROM patrol ORDER BY rowid"
    with open_store(district) as a, open_store(plain) as b:
        with_copies, without = a.db.execute(query).fetchall(), b.db.execute(query).fetchall()
        assert b.db.execute("SELECT count(DISTINCT shape) = count(*) FROM track_shape"
                            ).fetchone()[0] == 1
    assert len(with_copies) == len(without)
    differ = [i for i, (x, y) in enumerate(zip(with_copies, without, strict=True)) if x != y]
    assert 1 <= len(differ) <= 5
    assert all("track_reused" in with_copies[i][2] for i in differ)


def test_same_seed_same_patrols(district: Path, tmp_path: Path) -> None:
    again = generate(tmp_path / "again.db", "district", seed=7, as_of=FIXED_AS_OF)
    query = "SELECT start_at, verdict, reasons, track FROM patrol ORDER BY start_at, reasons"
    with open_store(district) as a, open_store(again) as b:
        assert a.db.execute(query).fetchall() == b.db.execute(query).fetchall()


def test_worker_processes_make_the_same_patrols(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from riverchief.demo import patrols

    monkeypatch.setattr(patrols, "CHUNK", 1500)  # four chunks for the district tier
    monkeypatch.setattr(patrols, "_workers", lambda chunks: 0)
    serial = generate(tmp_path / "serial.db", "district", seed=3, as_of=FIXED_AS_OF)
    monkeypatch.setattr(patrols, "_workers", lambda chunks: 2)
    parallel = generate(tmp_path / "parallel.db", "district", seed=3, as_of=FIXED_AS_OF)
    query = ("SELECT start_at, chief_id IS NOT NULL, verdict, reasons, track, entered_at "
             "FROM patrol ORDER BY rowid")
    photos = ("SELECT ph.position, ph.sha256, ph.taken_at, ph.lon, ph.lat FROM patrol_photo ph "
              "JOIN patrol p ON p.id = ph.patrol_id ORDER BY p.rowid, ph.position")
    with open_store(serial) as a, open_store(parallel) as b:
        assert a.db.execute(query).fetchall() == b.db.execute(query).fetchall()
        assert a.db.execute(photos).fetchall() == b.db.execute(photos).fetchall()
