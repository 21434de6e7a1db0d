"""The evaluator's list of patrols whose evidence is weak: unverified or broken chains,
received after the period, suspect and invalid verdicts; filters by period, area, reason."""

from __future__ import annotations

from datetime import timedelta

import pytest

from riverchief import patrols
from riverchief.exchange import merge
from riverchief.exchange.weak import BROKEN, INVALID, LATE, SUSPECT, UNVERIFIED, weak_evidence
from riverchief.patrols import PhotoFile, TrackFile
from riverchief.periods import parse_period
from riverchief.registry import edit
from riverchief.security import SYSTEM
from tests.unit.patrols.conftest import LINE, gpx_along, jpeg
from tests.unit.patrols.test_patrol_exchange import export
from tests.unit.patrols.test_patrol_records import START, patrol_input

JULY = parse_period("2026-07")


def reasons_of(store, period=JULY, **kw) -> dict[str, tuple[str, ...]]:
    return {w.patrol_id: w.reasons for w in weak_evidence(store, period, **kw)}


def later(days: int) -> dict:
    """A sound patrol ``days`` after the first: its track and photo moved along."""
    start = START + timedelta(days=days)
    return {"start": start, "end": start + timedelta(minutes=30),
            "track": TrackFile(gpx_along(LINE, start), "walk.gpx"),
            "photos": [PhotoFile(jpeg(start + timedelta(minutes=5), 113.605, 34.7025), "a.jpg")],
            "problems": []}


def test_a_sound_chained_patrol_is_not_listed(store, world) -> None:
    pid = patrols.submit(store, world["actor"], patrol_input(world),
                         entered_at=START + timedelta(hours=1))
    assert patrols.get_patrol(store, pid).verdict == "valid"
    assert reasons_of(store) == {}


def test_weak_verdicts_and_unchained_records_are_listed(store, world) -> None:
    bare = patrols.submit(store, world["actor"],
                          patrol_input(world, **{**later(1), "track": None, "photos": []}))
    verdict = patrols.get_patrol(store, bare).verdict
    assert verdict in (SUSPECT, INVALID)
    imported = patrols.submit(store, world["actor"], patrol_input(world, **later(2)),
                              source="import")  # from a spreadsheet: not chained
    found = reasons_of(store)
    assert found[bare] == (verdict,)
    assert UNVERIFIED in found[imported]
    assert set(reasons_of(store, reasons=[verdict])) == {bare}
    assert set(reasons_of(store, reasons=[UNVERIFIED])) == {imported}
    # another period: nothing
    assert reasons_of(store, parse_period("2026-08")) == {}


def test_area_filter(store, world) -> None:
    patrols.submit(store, world["actor"], patrol_input(world, track=None, photos=[], problems=[]))
    other = edit.create(store, SYSTEM, "area", {"code": "410103", "name": "别区",
                                                "level": "district"})
    assert len(reasons_of(store, area_ids=[world["town"]])) == 1
    assert reasons_of(store, area_ids=[other]) == {}
    assert reasons_of(store, area_ids=[]) == {}


def test_at_the_office_tampering_and_late_receipt_show(two, world, tmp_path) -> None:
    laptop, office = two
    a = patrols.submit(laptop, world["actor"], patrol_input(world),
                       entered_at=START + timedelta(hours=1))
    b = patrols.submit(laptop, world["actor"], patrol_input(world, **later(3)),
                       entered_at=START + timedelta(days=3, hours=1))
    merge.import_package(office, world["evaluator"], export(laptop, world, tmp_path / "p.zip"))
    # received in time: nothing weak about a sound patrol
    office.conn.execute("UPDATE package_log SET received_at = '2026-07-31T18:00:00+08:00'")
    office.conn.commit()
    assert reasons_of(office) == {}
    # received after July ended
    office.conn.execute("UPDATE package_log SET received_at = '2026-08-02T09:00:00+08:00'")
    office.conn.commit()
    late = weak_evidence(office, JULY)
    assert {w.patrol_id: w.reasons for w in late} == {a: (LATE,), b: (LATE,)}
    assert "2026-08-02 09:00" in late[0].details[0]
    assert reasons_of(office, reasons=[BROKEN]) == {}
    # judged again at the office with its own rules: the verdict is the office's, not a change
    office.conn.execute("UPDATE patrol SET verdict = 'suspect', ruleset = 'office 2' "
                        "WHERE id = ?", [a])
    office.conn.commit()
    assert reasons_of(office, reasons=[BROKEN]) == {}
    assert reasons_of(office)[a] == (LATE, SUSPECT)
    # changed at the office behind the app's back: the chain no longer covers what it says
    office.conn.execute("UPDATE patrol SET notes = '改过' WHERE id = ?", [b])
    office.conn.commit()
    broken = {w.patrol_id: w for w in weak_evidence(office, JULY, reasons=[BROKEN])}
    assert set(broken) == {b}
    assert broken[b].reasons == (BROKEN, LATE)
    assert any("chain" in d or "链" in d for d in broken[b].details)
    # a changed chain entry breaks every record from that position on
    office.conn.execute("UPDATE chain_entry SET content = replace(content, '河岸', '河边') "
                        "WHERE seq = 1")
    office.conn.commit()
    assert set(reasons_of(office, reasons=[BROKEN])) == {a, b}


def test_a_break_later_in_the_chain_leaves_earlier_records_alone(store, world) -> None:
    july = patrols.submit(store, world["actor"], patrol_input(world),
                          entered_at=START + timedelta(hours=1))
    august = patrols.submit(store, world["actor"], patrol_input(world, **later(40)),
                            entered_at=START + timedelta(days=40, hours=1))
    aug = parse_period("2026-08")
    assert reasons_of(store) == {} and reasons_of(store, aug) == {}
    # the August patrol's entry changed: August's record is broken, July's is not (its
    # entry comes before the break, and July's list does not read the rest of the chain)
    store.conn.execute("UPDATE chain_entry SET content = replace(content, '河岸', '河边') "
                       "WHERE record_id = ?", [august])
    store.conn.commit()
    assert reasons_of(store, aug, reasons=[BROKEN]) == {august: (BROKEN,)}
    assert reasons_of(store, reasons=[BROKEN]) == {}
    # July's entry changed too: every record from there on is broken
    store.conn.execute("UPDATE chain_entry SET content = replace(content, '河岸', '河边') "
                       "WHERE record_id = ?", [july])
    store.conn.commit()
    assert reasons_of(store, reasons=[BROKEN]) == {july: (BROKEN,)}
    assert reasons_of(store, aug, reasons=[BROKEN]) == {august: (BROKEN,)}


def test_unknown_reason_is_refused(store) -> None:
    with pytest.raises(ValueError):
        weak_evidence(store, JULY, reasons=["gossip"])


def test_reasons_are_listed_with_the_readers_separator() -> None:
    """In Chinese the reasons of a weak record are separated with ；, not an ASCII '; '."""
    from riverchief.exchange.weak import INVALID, UNVERIFIED, WeakRecord
    from riverchief.i18n import using_language

    record = WeakRecord("p", "2026-11-28T07:55", "C1", "罗刚晨", "S1", "铺渡镇", "invalid",
                        None, (UNVERIFIED, INVALID), ())
    with using_language("zh_CN"):
        assert record.reasons_text() == "未纳入河长的哈希链；判定无效"
    with using_language("en"):
        assert record.reasons_text() == "not covered by a chief's hash chain; invalid verdict"
