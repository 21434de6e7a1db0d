"""The district demo as the evaluator sees it: every grade in every quarter, from the real
engine, and nothing dated after the day the demo stands on."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from riverchief.assessment import inputs
from riverchief.assessment.scorecards import compute
from riverchief.db import open_store
from riverchief.demo import FIXED_AS_OF, generate
from riverchief.rules.assessment import GRADES

QUARTERS = ["2026Q1", "2026Q2", "2026Q3", "2026Q4"]


@pytest.fixture(scope="module")
def district(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generate(tmp_path_factory.mktemp("demo") / "district.db", "district",
                    as_of=FIXED_AS_OF)


@pytest.mark.parametrize("quarter", QUARTERS)
def test_every_grade_in_every_quarter(district: Path, quarter: str) -> None:
    with open_store(district) as store:
        result = compute(store, quarter, as_of=FIXED_AS_OF)
    grades = Counter(c.grade for c in result.cards)
    assert set(GRADES) <= set(grades), grades
    assert grades["fail"] < 0.1 * len(result.cards)  # a few negligent chiefs, not many


def test_the_negligent_chiefs_fail_for_what_they_did(district: Path) -> None:
    with open_store(district) as store:
        result = compute(store, "2026Q2", as_of=FIXED_AS_OF)
    failed = [c for c in result.cards if c.grade == "fail"]
    assert failed
    for card in failed:
        patrol = card.indicator("patrol")
        kinds = {d.kind for d in patrol.deductions}
        assert {"missed_patrol", "invalid_patrol"} <= kinds
        handling = card.indicator("problem_handling")
        assert any(d.kind == "overdue_problem" for d in handling.deductions)
        assert all(d.records for i in card.indicators for d in i.deductions)


def test_the_unfinished_quarter_is_scored_so_far(district: Path) -> None:
    with open_store(district) as store:
        result = compute(store, "2026Q4", as_of=FIXED_AS_OF)
        whole = compute(store, "2026Q3", as_of=FIXED_AS_OF)
    assert (result.period.start, result.period.end) == (date(2026, 10, 1), FIXED_AS_OF)
    assert result.period.label == "2026Q4"
    assert whole.period.end == date(2026, 9, 30)
    # the weeks still to come are not owed: a village chief owes the weeks whose Thursday
    # has come by the demo's today
    facts = result.inputs.facts
    village = next(c for c in result.cards if c.chief.level == "village" and all(
        s.start < result.period.start and s.end is None for s in facts[c.chief.id].spans))
    assert village.indicator("patrol").counts["required"] == 9


def test_nothing_is_dated_after_the_demos_today(district: Path) -> None:
    day = FIXED_AS_OF.isoformat()
    checks = {
        "patrol": ["start_at", "end_at", "entered_at"],
        "patrol_photo": ["taken_at"],
        "problem": ["found_at", "fix_reported_at", "closed_on"],
        "problem_event": ["at"],
        "complaint": ["received_on"],
        "sample": ["sampled_at"],
    }
    with open_store(district) as store:
        for table, columns in checks.items():
            for column in columns:
                latest = store.conn.execute(
                    f"SELECT max(substr({column}, 1, 10)) FROM {table}").fetchone()[0]
                assert latest is None or latest <= day, (table, column, latest)


@pytest.mark.parametrize("period", ["2026Q1", "2026-03", "2026"])
def test_patrols_read_as_bits_score_as_their_days(district: Path, period: str,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """The usual rules read each chief's patrols as bits of the units they fall in; the
    scorecards are those the days of the patrols give, to the last record."""
    with open_store(district) as store:
        as_bits = compute(store, period, as_of=FIXED_AS_OF)
        monkeypatch.setattr(inputs, "bit_kinds", lambda rules, window: None)
        as_days = compute(store, period, as_of=FIXED_AS_OF)
    read = [f.patrols for f in as_bits.inputs.facts.values()]
    assert all(p is not None and p.unit_bits is not None for p in read)
    assert any(p.unit_bits for p in read if p is not None)
    assert all(f.patrols is not None and f.patrols.unit_bits is None
               for f in as_days.inputs.facts.values())
    assert [c.as_dict() for c in as_bits.cards] == [c.as_dict() for c in as_days.cards]
    assert as_bits.results_digest() == as_days.results_digest()
