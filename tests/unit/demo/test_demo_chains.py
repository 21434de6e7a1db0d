"""The demo's hash chains: the chiefs' own patrols chained as the app chains them, the
paper-form imports not, and one patrol changed behind the app's back."""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import date
from pathlib import Path

import pytest

from riverchief.db import open_store, records
from riverchief.demo import FIXED_AS_OF, generate
from riverchief.demo.chains import chains_start
from riverchief.exchange import chain
from riverchief.exchange.tables import chained_content, with_children
from riverchief.exchange.weak import BROKEN, UNVERIFIED, weak_evidence
from riverchief.i18n import translate
from riverchief.periods import parse_period

Q3 = parse_period("2026Q3")
Q4 = parse_period("2026Q4")  # the quarter of FIXED_AS_OF: the page opens on it


@pytest.fixture(scope="module")
def district(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generate(tmp_path_factory.mktemp("demo") / "district.db", "district", seed=11,
                    as_of=FIXED_AS_OF)


def _tampered(store) -> str:
    """The one patrol that no longer says what its chain entry holds."""
    changed = [r["record_id"] for r in store.db.query(
        "SELECT e.record_id, e.content, p.end_at FROM chain_entry e "
        "JOIN patrol p ON p.id = e.record_id")
        if json.loads(r["content"])["end_at"] != r["end_at"]]
    assert len(changed) == 1
    return changed[0]


def test_every_chain_verifies_and_holds_the_chiefs_own_patrols_in_entry_order(
        district: Path) -> None:
    with open_store(district) as store:
        chiefs = [r[0] for r in store.db.execute(
            "SELECT DISTINCT chief_id FROM chain_entry ORDER BY chief_id")]
        assert len(chiefs) > 100
        chained: list[str] = []
        for chief_id in chiefs:
            entries = chain.entries_for(store, chief_id)
            assert chain.verify(entries) == [], chief_id
            assert [e.seq for e in entries] == list(range(1, len(entries) + 1))
            ids = [e.record_id for e in entries]
            # submitted on the chief's laptop one after the other: in entry order
            entered = {r["id"]: (r["entered_at"], r["start_at"], r["id"]) for r in store.db.query(
                "SELECT id, entered_at, start_at FROM patrol WHERE chief_id = ?", [chief_id])}
            assert ids == sorted(ids, key=entered.__getitem__)
            chained += ids
        assert len(chained) == len(set(chained))
        # exactly the chiefs' own patrols (the district chains the whole year); the paper
        # forms typed in at the office are imports and never chained
        own = {r[0] for r in store.db.execute("SELECT id FROM patrol WHERE source = 'demo'")}
        assert set(chained) == own
        paper = store.db.execute("SELECT count(*), count(DISTINCT chief_id) FROM patrol "
                                 "WHERE source = 'imported'").fetchone()
        assert paper[0] > 0 and 1 <= paper[1] <= 4
        assert paper[0] < 0.05 * len(own)


def test_entries_are_what_the_app_would_chain(district: Path) -> None:
    """Each entry's content, media and hash are what chain_record computes from the patrol
    as it stands (but for the one patrol changed afterwards)."""
    with open_store(district) as store:
        tampered = _tampered(store)
        checked = 0
        for e in store.db.query("SELECT * FROM chain_entry ORDER BY chief_id, seq"):
            row = records.get(store, "patrol", e["record_id"])
            assert row is not None
            full = with_children(store, "patrol", row)
            content = chained_content(full)
            media = [p["sha256"] for p in full["_children"]["patrol_photo"]]
            assert json.loads(e["media"]) == sorted(media)
            assert e["record_revision"] == row["revision"] == 1
            if e["record_id"] == tampered:
                assert json.loads(e["content"]) != content
                continue
            assert json.loads(e["content"]) == content
            assert chain.compute_hash(e["prev_hash"], content, media) == e["record_hash"]
            checked += 1
        assert checked > 4000


def test_paper_forms_are_imports_judged_without_their_entry_time(district: Path) -> None:
    with open_store(district) as store:
        rows = list(store.db.query(
            "SELECT reasons, filled_afterwards, entered_at, end_at FROM patrol "
            "WHERE source = 'imported'"))
    assert rows
    assert all(r["filled_afterwards"] == 0 for r in rows)
    assert not any(x["code"] == "entered_late" for r in rows for x in json.loads(r["reasons"]))
    assert all(r["entered_at"] > r["end_at"] for r in rows)  # typed in days later


def _paper_in(store, start: str, end: str) -> set[str]:
    return {r[0] for r in store.db.execute(
        "SELECT id FROM patrol WHERE source = 'imported' AND state = 'submitted' "
        "AND start_at >= ? AND start_at < ?", [start, end])}


def test_the_weak_evidence_list_names_the_paper_forms_and_the_changed_patrol(
        district: Path) -> None:
    with open_store(district) as store:
        tampered = _tampered(store)
        paper = _paper_in(store, "2026-10-01", "2027-01-01")
        found = weak_evidence(store, Q4, reasons=[UNVERIFIED, BROKEN])
        in_quarter = store.db.execute("SELECT count(*) FROM patrol WHERE start_at >= "
                                      "'2026-10-01'").fetchone()[0]
        # the quarter before: only the paper forms
        earlier = weak_evidence(store, Q3, reasons=[UNVERIFIED, BROKEN])
        assert {w.patrol_id for w in earlier} == _paper_in(store, "2026-07-01", "2026-10-01")
        assert all(UNVERIFIED in w.reasons and BROKEN not in w.reasons for w in earlier)
    assert paper and len(found) == len(paper) + 1
    assert len(found) < 0.05 * in_quarter  # short: not every patrol
    by_id = {w.patrol_id: w for w in found}
    assert {i for i, w in by_id.items() if UNVERIFIED in w.reasons} == paper
    assert BROKEN not in {r for i in paper for r in by_id[i].reasons}
    assert by_id[tampered].reasons[0] == BROKEN and UNVERIFIED not in by_id[tampered].reasons
    assert by_id[tampered].details == (
        translate("Exchange", "the record was changed after it was chained"),)
    assert by_id[tampered].start_at[:10] >= "2026-10-01"


def test_where_chains_start_by_tier(monkeypatch: pytest.MonkeyPatch) -> None:
    from riverchief.demo import chains as demo_chains

    assert chains_start("province", FIXED_AS_OF) is None  # for its time budget, for now
    assert (chains_start("district", FIXED_AS_OF) or "") < "2026-01-01"
    assert (chains_start("city", FIXED_AS_OF) or "") < "2026-01-01"
    monkeypatch.setitem(demo_chains.CHAINED_SINCE, "province", "quarter")
    assert chains_start("province", FIXED_AS_OF) == "2026-10-01"
    assert chains_start("province", date(2026, 3, 31)) == "2026-01-01"


def test_chains_per_chief_do_not_mix(district: Path) -> None:
    with open_store(district) as store:
        owners = defaultdict(set)
        for r in store.db.query("SELECT e.chief_id, p.chief_id AS owner FROM chain_entry e "
                                "JOIN patrol p ON p.id = e.record_id"):
            owners[r["chief_id"]].add(r["owner"])
    assert all(v == {k} for k, v in owners.items())


def test_chains_from_a_quarter_as_on_the_province(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Where chains start with the quarter of the demo's today (the province, for its time
    budget), exactly the chiefs' patrols entered since then are chained, and verify."""
    from riverchief.demo import chains as demo_chains

    monkeypatch.setitem(demo_chains.CHAINED_SINCE, "district", "quarter")
    db = generate(tmp_path / "q.db", "district", seed=3, as_of=FIXED_AS_OF)
    with open_store(db) as store:
        chained = {r[0] for r in store.db.execute("SELECT record_id FROM chain_entry")}
        since = {r[0] for r in store.db.execute(
            "SELECT id FROM patrol WHERE source = 'demo' AND entered_at >= '2026-10-01'")}
        assert chained == since and len(since) > 500
        # a back-dated patrol started before the quarter but entered in it is chained too
        assert store.db.execute(
            "SELECT count(*) FROM patrol WHERE source = 'demo' AND entered_at >= '2026-10-01' "
            "AND start_at < '2026-10-01'").fetchone()[0] > 0
        assert store.db.execute(
            "SELECT max(julianday(substr(entered_at, 1, 19)) - julianday(substr(start_at, 1, 19)))"
            " FROM patrol WHERE source = 'demo'").fetchone()[0] < demo_chains.MAX_ENTRY_DELAY_DAYS
        for chief_id in {r[0] for r in store.db.execute("SELECT chief_id FROM chain_entry")}:
            assert chain.verify(chain.entries_for(store, chief_id)) == []
        q4 = weak_evidence(store, Q4, reasons=[UNVERIFIED, BROKEN])
        assert len([w for w in q4 if BROKEN in w.reasons]) == 1
        assert len(q4) < 60
        # before the chained app came, every patrol is unverified
        q3 = weak_evidence(store, Q3, reasons=[UNVERIFIED])
        in_q3 = store.db.execute("SELECT count(*) FROM patrol WHERE start_at >= '2026-07-01' "
                                 "AND start_at < '2026-10-01'").fetchone()[0]
        assert in_q3 - 20 < len(q3) <= in_q3
