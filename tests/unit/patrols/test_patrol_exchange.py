"""Real patrols between a chief's laptop and the office: chained on submission, carried with
their track, photos and problems, verified, and identical on arrival."""

from __future__ import annotations

import shutil
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from riverchief import patrols
from riverchief.db import open_store
from riverchief.errors import UserError
from riverchief.exchange import chain, keys, merge
from riverchief.exchange.export import export_package
from riverchief.exchange.selection import chief_items
from riverchief.media.store import path_of
from riverchief.security import Actor
from tests.unit.patrols.test_patrol_records import START, patrol_input

ADMIN = Actor("a", "admin", "管理员", "admin")
PASSWORD = "口令2026"


@pytest.fixture
def two(store: Any, world: dict[str, Any], tmp_path: Path):
    """The laptop is the fixture's store; the office starts as a copy of its registry."""
    office_path = tmp_path / "office" / "office.db"
    office_path.parent.mkdir()
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copy(store.path, office_path)
    office = open_store(office_path)
    office.conn.execute("DELETE FROM installation")
    office.conn.execute("INSERT INTO installation (id, created_at, app_version) VALUES "
                        "('0190f1a0-0000-7000-8000-00000000off1', '2026-01-01T00:00:00+08:00', "
                        "'test')")
    office.conn.commit()
    office.installation_id = "0190f1a0-0000-7000-8000-00000000off1"
    keys.create_installation_key(store, ADMIN, PASSWORD)
    keys.create_installation_key(office, ADMIN, PASSWORD)
    keys.enrol_key(office, ADMIN, keys.installation_key(store).public_key, "王伟的笔记本",
                   chief_id=world["chief"])
    yield store, office
    office.close()


def export(store, world, out: Path) -> Path:
    items = chief_items(store, world["chief"])
    return export_package(store, world["actor"], out, PASSWORD, items, chief_id=world["chief"])


def test_submitted_patrols_are_chained(store, world) -> None:
    pid = patrols.submit(store, world["actor"], patrol_input(world))
    patrols.submit(store, world["actor"], patrol_input(world, start=START + timedelta(days=7),
                                                       end=START + timedelta(days=7, minutes=30)))
    entries = chain.entries_for(store, world["chief"])
    assert [e.seq for e in entries] == [1, 2]
    assert entries[0].record_id == pid and len(entries[0].media) == 3  # 2 photos + track
    assert chain.verify_store(store, world["chief"]) == []
    patrols.correct(store, world["actor"], pid, patrol_input(world, notes="更正：桥下垃圾已清"),
                    "写错了")
    assert [e.seq for e in chain.entries_for(store, world["chief"])] == [1, 2, 3]


def test_patrols_arrive_whole_and_identical(two, world, tmp_path) -> None:
    laptop, office = two
    pid = patrols.submit(laptop, world["actor"], patrol_input(world))
    pkg = export(laptop, world, tmp_path / "wangwei.zip")
    result = merge.import_package(office, world["evaluator"], pkg)
    assert result.summary()["conflict"] == 0 and result.summary()["new"] >= 4
    here, there = patrols.get_patrol(laptop, pid), patrols.get_patrol(office, pid)
    assert there is not None and here is not None
    assert (there.verdict, there.distance_m, there.photos, there.segment_codes) == (
        here.verdict, here.distance_m, here.photos, here.segment_codes)
    track_sql = ("SELECT p.track, f.content FROM patrol p JOIN track_file f "
                 "ON f.id = p.track_file_id WHERE p.id = ?")
    assert list(office.db.query(track_sql, [pid])) == list(laptop.db.query(track_sql, [pid]))
    for sha in there.photos:
        assert path_of(office, sha).read_bytes() == path_of(laptop, sha).read_bytes()
    (problem,) = list(office.db.query("SELECT * FROM problem WHERE patrol_id = ?", [pid]))
    assert problem["description"] == "桥下堆放垃圾" and problem["code"]  # the office's own code
    assert patrols.count(office, patrols.PatrolFilter(search="桥下")) == 1
    assert chain.verify_store(office, world["chief"]) == []


def test_photos_arrive_whole_where_there_is_no_pread(two, world, tmp_path,
                                                     monkeypatch) -> None:
    """Windows has no ``os.pread``: the photos are then unpacked through zipfile, a path
    Linux never takes otherwise."""
    import os

    from riverchief.exchange import package

    laptop, office = two
    pid = patrols.submit(laptop, world["actor"], patrol_input(world))
    pkg = export(laptop, world, tmp_path / "wangwei.zip")
    monkeypatch.delattr(os, "pread")
    unpacked: list[str] = []
    extract = package._extract_hashed

    def spy(zf: Any, name: str, target: Path) -> str:
        unpacked.append(name)
        return extract(zf, name, target)

    monkeypatch.setattr(package, "_extract_hashed", spy)
    merge.import_package(office, world["evaluator"], pkg)
    there = patrols.get_patrol(office, pid)
    assert there is not None and len(there.photos) == 2
    members = package.read_package(pkg).media_names()
    assert len(members) == 2  # the two photos (the track travels in the records)
    assert sorted(unpacked) == sorted(f"media/{sha}" for sha in members)
    for sha in there.photos:
        assert path_of(office, sha).read_bytes() == path_of(laptop, sha).read_bytes()


def test_a_patrol_edited_in_the_laptop_database_is_caught(two, world, tmp_path) -> None:
    laptop, office = two
    pid = patrols.submit(laptop, world["actor"], patrol_input(world))
    # someone back-dates the record directly in the database file, bypassing the app
    laptop.conn.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
    laptop.conn.execute("UPDATE patrol SET start_at = '2026-06-01T08:00:00+08:00' WHERE id = ?",
                        [pid])
    laptop.conn.commit()
    pkg = export(laptop, world, tmp_path / "forged.zip")
    before = list(office.conn.iterdump())
    with pytest.raises(UserError, match="链|chain"):
        merge.import_package(office, world["evaluator"], pkg)
    assert list(office.conn.iterdump()) == before


def test_evidence_of_a_record_on_both_sides(two, world, tmp_path) -> None:
    from riverchief.exchange.evidence import record_evidence

    laptop, office = two
    pid = patrols.submit(laptop, world["actor"], patrol_input(world))
    here = record_evidence(laptop, "patrol", pid)
    assert here.chained and here.verified and here.seq == 1 and here.received_at is None
    merge.import_package(office, world["evaluator"], export(laptop, world, tmp_path / "p.zip"))
    there = record_evidence(office, "patrol", pid)
    assert there.verified and there.received_at is not None
    assert there.fingerprint == keys.installation_key(laptop).fingerprint
    # changed at the office behind the app's back: the evidence says so
    office.conn.execute("UPDATE patrol SET notes = '改过' WHERE id = ?", [pid])
    office.conn.commit()
    assert record_evidence(office, "patrol", pid).verified is False


def test_the_office_judges_received_patrols_with_its_own_rules(two, world, tmp_path) -> None:
    """A laptop's verdict is never taken on trust: the office judges every patrol it
    receives with the rule set in force there, at once, and says how many changed."""
    from riverchief.paths import resource_path
    from riverchief.rules import DEFAULT_FILE, use_rules

    laptop, office = two
    pid = patrols.submit(laptop, world["actor"], patrol_input(world))
    assert patrols.get_patrol(laptop, pid).verdict != "invalid"
    strict = tmp_path / "strict.toml"
    text = resource_path("rules", DEFAULT_FILE).read_text(encoding="utf-8")
    strict.write_text(text.replace("min_distance_m = 1000", "min_distance_m = 900000")
                      .replace('version = "2026.1"', 'version = "2026.1-strict"'),
                      encoding="utf-8")
    use_rules(office, strict, actor=ADMIN)
    result = merge.import_package(office, world["evaluator"],
                                  export(laptop, world, tmp_path / "wangwei.zip"))
    assert (result.judged, result.rejudged) == (1, 1)
    assert patrols.get_patrol(office, pid).verdict == "invalid"
    assert patrols.stale_verdicts(office, world["evaluator"]) == 0
    assert patrols.get_patrol(laptop, pid).verdict != "invalid"  # the laptop keeps its own
