"""The patrol list's queries on the district demo: sorts by chief, segment and level walk
the list group by group, and give the same order (and the same pages) as a plain sort."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from riverchief.db import open_store
from riverchief.demo import generate
from riverchief.patrols.queries import (
    PatrolFilter,
    any_deleted,
    count,
    estimate,
    grouped_page_ids,
    groups,
    page_ids,
)


@pytest.fixture(scope="module")
def district(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generate(tmp_path_factory.mktemp("demo") / "district.db", "district", seed=3)


def expected(store: Any, f: PatrolFilter, sort: str, descending: bool) -> list[str]:
    """Every id in the list's order, sorted here in Python from plain rows."""
    rows = list(store.conn.execute(
        "SELECT p.id, p.chief_id, p.segment_id, p.start_at, c.name, c.level, s.code,"
        " p.rowid FROM patrol p JOIN chief c ON c.id = p.chief_id"
        " JOIN segment s ON s.id = p.segment_id WHERE p.deleted_at IS NULL"
        + (" AND p.verdict = ?" if f.verdict else ""), [f.verdict] if f.verdict else []))
    key = {"chief": lambda r: (r[4], r[1]), "segment": lambda r: (r[6], r[2]),
           "level": lambda r: (r[5],)}[sort]
    # groups in the chosen direction, and within a group by date in the same direction
    rows.sort(key=lambda r: (r[3], r[7]), reverse=descending)  # ties in time: row number
    rows.sort(key=key, reverse=descending)
    return [r[0] for r in rows]


@pytest.mark.parametrize("sort", ["chief", "segment", "level"])
@pytest.mark.parametrize("descending", [True, False])
def test_grouped_sorts_page_through_the_list_in_order(district: Path, sort: str,
                                                      descending: bool) -> None:
    with open_store(district) as store:
        for f in (PatrolFilter(), PatrolFilter(verdict="invalid")):
            found = groups(store, f, sort, descending)
            assert sum(n for _, n in found) == count(store, f)
            want = expected(store, f, sort, descending)
            got: list[str] = []
            for offset in range(0, len(want) + 500, 500):
                got += grouped_page_ids(store, f, found, sort, descending=descending,
                                        offset=offset, limit=500)
            assert got == want
            # a page in the middle, across group boundaries
            assert grouped_page_ids(store, f, found, sort, descending=descending,
                                    offset=123, limit=77) == want[123:200]


def test_verdict_sort_walks_its_index_and_the_estimate(district: Path) -> None:
    with open_store(district) as store:
        plan = " ".join(str(r) for r in store.conn.execute(
            "EXPLAIN QUERY PLAN SELECT p.id FROM patrol p WHERE p.deleted_at IS NULL"
            " ORDER BY p.verdict DESC, p.start_at DESC, p.rowid DESC LIMIT 200"))
        assert "patrol_by_verdict" in plan and "TEMP B-TREE" not in plan
        ids = page_ids(store, PatrolFilter(), sort="verdict", descending=True, limit=-1)
        verdicts = [r[0] for r in store.conn.execute(
            "SELECT verdict FROM patrol p WHERE p.deleted_at IS NULL"
            " ORDER BY p.verdict DESC, p.start_at DESC, p.rowid DESC")]
        assert len(ids) == len(verdicts) == count(store, PatrolFilter())
        assert verdicts == sorted(verdicts, reverse=True)
        assert estimate(store, PatrolFilter()) == len(ids)  # nothing deleted in the demo
        assert estimate(store, PatrolFilter(verdict="valid")) is None


@pytest.mark.parametrize("sort", ["chief", "segment"])
def test_deleted_patrols_are_left_out_of_the_groups(district: Path, sort: str) -> None:
    with open_store(district) as store:
        pid, = store.conn.execute("SELECT id FROM patrol ORDER BY start_at LIMIT 1").fetchone()
        store.conn.execute("UPDATE patrol SET deleted_at = '2026-11-01T00:00:00+08:00'"
                           " WHERE id = ?", [pid])
        try:
            found = groups(store, PatrolFilter(), sort, False)
            assert sum(n for _, n in found) == count(store, PatrolFilter())
            ids = grouped_page_ids(store, PatrolFilter(), found, sort, descending=False,
                                   limit=100_000)
            assert pid not in ids and len(ids) == count(store, PatrolFilter())
            everything = page_ids(store, PatrolFilter(), sort="start", limit=-1)
            assert pid not in everything and len(everything) == len(ids)
        finally:
            store.conn.execute("UPDATE patrol SET deleted_at = NULL WHERE id = ?", [pid])
            store.conn.commit()
        assert not any_deleted(store)
        assert pid in page_ids(store, PatrolFilter(), sort="start", limit=-1)
