"""The assessment page's task functions: what they send back matches the core's results."""

from __future__ import annotations

import gc
import pickle
from datetime import date

import pytest

from riverchief.assessment import runs, tasks
from riverchief.assessment.dashboard import figures
from riverchief.assessment.scorecards import compute, so_far
from riverchief.periods import parse_period
from riverchief.progress import SILENT
from riverchief.rules import default_rules, parse_rules
from riverchief.security import Actor

from .district import District

AS_OF = "2026-06-30"


def evaluator(district: District) -> Actor:
    return Actor("u1", "eva", "评估员", "evaluator",
                 area_ids=frozenset(district.ids[a] for a in ("D", "T1", "V1", "V2")))


def db(district: District) -> str:
    return str(district.store.path)


def test_the_ranking_carries_the_rows_and_figures_of_the_scorecards(
        district: District) -> None:
    made = tasks.ranking(SILENT, db(district), "2026Q1", None, None,
                         tasks.rules_arg(default_rules()), AS_OF)
    full = compute(district.store, "2026Q1", as_of=date(2026, 6, 30))
    made = pickle.loads(pickle.dumps(made))  # as it comes back through the pipe
    rows = made.cards
    assert [(r.chief, r.total, r.grade, r.rank, r.rank_overall) for r in rows] == [
        (c.chief, c.total, c.grade, c.rank, c.rank_overall) for c in full.cards]
    assert [r.chief.code for r in rows] == ["VB", "VC", "VA", "TC", "DC"]
    assert rows[4].grade_name == full.cards[4].grade_name and len(rows[1:3]) == 2
    assert made.figures == figures(district.store, full)
    assert made.rules.digest == full.rules.digest and made.period == full.period
    village = tasks.ranking(SILENT, db(district), "2026Q1", None, "village", None, AS_OF)
    assert [r.chief.code for r in village.cards] == ["VB", "VC", "VA"]


def test_a_scorecard_is_worked_out_for_one_chief_as_ranked(district: District) -> None:
    made = tasks.ranking(SILENT, db(district), "2026Q1", None, None, None, AS_OF)
    full = compute(district.store, "2026Q1", as_of=date(2026, 6, 30))
    for c in full.cards:
        card = tasks.scorecard_of(district.store, made, c.chief.id)
        assert card == c  # indicators, deductions, their records, total and ranks
        args = tasks.scorecard_task_args(made, c.chief.id)
        assert tasks.scorecard(SILENT, db(district), *pickle.loads(pickle.dumps(args))) == c
    assert tasks.scorecard_of(district.store, made, "no-such-chief") is None


def test_freezing_in_the_task_stores_the_same_run(district: District) -> None:
    edited = default_rules().text.replace("excellent = 90", "excellent = 95")
    assert edited != default_rules().text
    rules = (edited, "edited.toml")
    run_id = tasks.freeze_run(SILENT, db(district), evaluator(district), "2026Q1", None,
                              None, rules, note="定稿", as_of=AS_OF)
    run = runs.get_run(district.store, run_id)
    expected = compute(district.store, "2026Q1", rules=parse_rules(*rules),
                       as_of=date(2026, 6, 30))
    assert run.results_digest == expected.results_digest()
    assert run.ruleset_digest == parse_rules(*rules).digest != default_rules().digest
    assert tasks.recheck(SILENT, db(district), run_id) == (True, True)
    notes, changes = tasks.compare(SILENT, db(district), run_id, run_id)
    assert changes == []


def test_the_preview_scores_under_both_rule_sets(district: District) -> None:
    edited = default_rules().text.replace("excellent = 90", "excellent = 95")
    before, after = tasks.preview(SILENT, db(district), "2026Q1", None, None,
                                  tasks.rules_arg(default_rules()), (edited, "edited.toml"),
                                  AS_OF)
    grades = [r.grade for r in before.cards], [r.grade for r in after.cards]
    assert grades[0].count("excellent") == 2 and grades[1].count("excellent") == 0
    assert before.figures is None and after.rules.source == "edited.toml"


def test_the_collector_is_left_as_it_was(district: District) -> None:
    assert gc.isenabled()
    tasks.ranking(SILENT, db(district), "2026Q1", None, None, None, AS_OF)
    assert gc.isenabled()
    gc.disable()
    try:
        tasks.ranking(SILENT, db(district), "2026Q1", None, None, None, AS_OF)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_period_so_far_is_scored_as_on_the_day_given(district: District) -> None:
    made = tasks.ranking(SILENT, db(district), "2026Q1", None, None, None, "2026-03-20")
    assert made.period == so_far(parse_period("2026Q1"), date(2026, 3, 20))


@pytest.mark.parametrize("bad", ["2026Q9"])
def test_a_bad_period_is_a_user_error(district: District, bad: str) -> None:
    from riverchief.errors import UserError

    with pytest.raises(UserError):
        tasks.ranking(SILENT, db(district), bad, None, None, None, AS_OF)
