"""What the evaluator's screens read: a frozen scorecard, a chief's months, follow-ups of the
period before — on the hand-made district."""

from __future__ import annotations

import pytest

from riverchief.assessment import consequences, runs
from riverchief.assessment.review import (
    MonthPatrols,
    months_to,
    patrols_by_month,
    run_scorecard,
    water_scores_by_month,
)
from riverchief.assessment.scorecards import compute, results_digest
from riverchief.charts import render_png
from riverchief.charts.assessment import (
    grade_distribution,
    patrols_against_required,
    water_score_by_month,
)
from riverchief.errors import UserError
from riverchief.periods import parse_period
from riverchief.security import Actor

from .district import District


def evaluator(district: District) -> Actor:
    return Actor("u1", "eva", "评估员", "evaluator",
                 area_ids=frozenset(district.ids[a] for a in ("D", "T1", "V1", "V2")))


def test_months_to_the_end_of_the_period() -> None:
    assert [m.label for m in months_to(parse_period("2026Q2"))] == [
        "2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06"]
    assert [m.label for m in months_to(parse_period("2026-02"))] == ["2026-01", "2026-02"]


def test_patrols_by_month(district: District) -> None:
    store, ids = district.store, district.ids
    q1 = parse_period("2026Q1")
    # TC: 1 a month; January and February made, March's patrol judged invalid
    assert patrols_by_month(store, ids["TC"], q1) == [
        MonthPatrols("2026-01", 1, 1, 0), MonthPatrols("2026-02", 1, 1, 0),
        MonthPatrols("2026-03", 1, 0, 1)]
    # DC: 1 a quarter, due by the quarter's end: it shows in March, made on 2026-02-03
    assert patrols_by_month(store, ids["DC"], q1) == [
        MonthPatrols("2026-01", 0, 0, 0), MonthPatrols("2026-02", 0, 0, 0),
        MonthPatrols("2026-03", 1, 1, 0)]
    # VB: assigned from 2026-02-15; nothing owed in January; in February the weeks of
    # Thursdays 5, 12, 19, 26 (4) x 14 of 28 days = 2, made on the 17th and 24th
    vb = patrols_by_month(store, ids["VB"], q1)
    assert vb[0] == MonthPatrols("2026-01", 0, 0, 0)
    assert vb[1] == MonthPatrols("2026-02", 2, 2, 0)


def test_patrols_by_month_agree_with_scoring_each_month(district: District) -> None:
    store = district.store
    months = patrols = None
    for key in ("DC", "TC", "VA", "VB", "VC"):
        chief_id = district.ids[key]
        patrols = patrols_by_month(store, chief_id, parse_period("2026Q1"))
        months = [m.month for m in patrols]
        for m in patrols:
            card = compute(store, m.month, chief_ids=[chief_id]).card(chief_id)
            if card is None:
                assert (m.required, m.counted, m.invalid) == (0, 0, 0), (key, m)
                continue
            ind = card.indicator("patrol")
            invalid = sum(len(d.records) for d in ind.deductions if d.kind == "invalid_patrol")
            assert (m.required, m.counted, m.invalid) == (
                ind.counts["required"], ind.counts["credited"], invalid), (key, m)
    assert months == ["2026-01", "2026-02", "2026-03"] and patrols is not None



    w = water_scores_by_month(district.store, district.ids["TC"], parse_period("2026Q1"))
    assert w.months == ["2026-01", "2026-02", "2026-03"]
    assert w.scores == [100.0, 0.0, 100.0]  # February's sample: NH3-N 1.8, class V
    assert w.last_year == [100.0, None, None]


def test_a_frozen_scorecard_reads_back_as_it_was(district: District) -> None:
    a = compute(district.store, "2026Q1")
    run_id = runs.freeze(district.store, evaluator(district), a)
    cards = [run_scorecard(district.store, run_id, c.chief.id) for c in a.cards]
    assert results_digest(cards) == a.results_digest()
    tc = run_scorecard(district.store, run_id, district.ids["TC"])
    assert tc.chief.code == "TC" and str(tc.total) == str(a.card(district.ids["TC"]).total)
    with pytest.raises(UserError):
        run_scorecard(district.store, run_id, "nobody")


def test_follow_ups_of_the_period_before(district: District) -> None:
    store = district.store
    actor = evaluator(district)
    assert consequences.previous_follow_ups(store, "2026Q2", None, None).run_id is None
    run_id = runs.freeze(store, actor, compute(store, "2026Q1"))
    assert [(s.kind, s.total, s.done) for s in consequences.summary(store, run_id)] == [
        ("praise", 2, 0), ("interview", 0, 0), ("criticism", 1, 0)]
    criticism = runs.consequences(store, run_id, "criticism")[0]
    runs.record_follow_up(store, actor, criticism.id, "2026-04-08", "区河长办", "第2期通报印发")
    assert [(s.kind, s.total, s.done) for s in consequences.summary(store, run_id)][2] == (
        "criticism", 1, 1)
    assert [q.chief_code for q in consequences.outstanding(store, run_id)] == ["VB", "VC"]
    prev = consequences.previous_follow_ups(store, "2026Q2", None, None)
    assert prev.period.label == "2026Q1" and prev.run_id == run_id and prev.done == 1
    done = [q for q in prev.items if q.done_on]
    assert [(q.chief_code, q.done_by, q.follow_up) for q in done] == [
        ("DC", "区河长办", "第2期通报印发")]
    # another area's or level's run is not the period before of this scope
    assert consequences.previous_follow_ups(store, "2026Q2", None, "village").run_id is None


def test_assessment_charts_draw() -> None:
    fig = patrols_against_required(["2026-01", "2026-02"], [1, 2], [1, 1], [0, 1])
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.texts] == ["1/1", "1/2"]
    assert [p.get_height() for p in ax.patches] == [1, 2, 1, 1, 0, 1]
    assert render_png(fig, dpi=40).startswith(b"\x89PNG")
    fig = water_score_by_month(["2026-01", "2026-02"], [100.0, None], [50.0, 80.0], 80)
    assert len(fig.axes[0].get_lines()) == 3
    assert render_png(fig, dpi=40).startswith(b"\x89PNG")
    fig = grade_distribution({"excellent": 3, "fail": 1},
                             {"excellent": "优秀", "good": "良好", "pass": "合格",
                              "fail": "不合格"})
    assert [p.get_height() for p in fig.axes[0].patches] == [3, 0, 0, 1]
    assert [t.get_text() for t in fig.axes[0].texts] == ["3\n75%", "0\n0%", "0\n0%",
                                                         "1\n25%"]
    assert render_png(fig, dpi=40).startswith(b"\x89PNG")


def test_the_run_table_agrees_with_the_run_rows(district: District) -> None:
    from riverchief.assessment.review import run_table

    store = district.store
    actor = evaluator(district)
    run_id = runs.freeze(store, actor, compute(store, "2026Q1"))
    runs.adjust(store, actor, run_id, district.ids["DC"], "20", "督查问题已整改")
    runs.adjust(store, actor, run_id, district.ids["VB"], "-1.5", "补正")

    def key(r: runs.RunRow) -> tuple[object, ...]:
        c = r.card
        return (r.chief_id, r.frozen_total, r.total, r.grade, r.rank, r.rank_overall,
                [(a.id, a.points, a.reason, a.by) for a in r.adjustments],
                c["chief_code"], c["chief_name"], c["level"], c["area"], c["grade"])

    table = run_table(store, run_id)
    assert [key(r) for r in table] == [key(r) for r in runs.run_rows(store, run_id)]
    dc = next(r for r in table if r.card["chief_code"] == "DC")
    assert (str(dc.frozen_total), str(dc.total), dc.grade, dc.rank_overall) == (
        "73.67", "93.67", "excellent", 1)  # VB: 94.74 - 1.5 = 93.24
    assert dc.adjustments[0].by == "eva"


def test_comparing_runs_quickly_says_the_same_as_compare(district: District) -> None:
    from riverchief.assessment.review import compare_runs
    from riverchief.db import records

    store = district.store
    actor = evaluator(district)
    first = runs.freeze(store, actor, compute(store, "2026Q1"))
    runs.adjust(store, actor, first, district.ids["DC"], "2", "复核")
    records.tombstone(store, "patrol", district.ids["pVC4"], actor="test")
    second = runs.freeze(store, actor, compute(store, "2026Q1"))
    other = runs.freeze(store, actor, compute(store, "2025Q4"))

    def same(a: str, b: str) -> None:
        notes, changes = compare_runs(store, a, b)
        ref_notes, ref_changes = runs.compare(store, a, b)
        assert notes == ref_notes
        assert [vars(c) for c in changes] == [vars(c) for c in ref_changes]

    same(first, second)  # VC lost a patrol; DC's adjustment is not in the second run
    same(second, first)
    same(first, other)  # another period: everyone differs
    same(second, second)
    notes, changes = compare_runs(store, first, second)
    assert [c.chief_code for c in changes] == ["DC", "VC"]


def test_rule_changes_name_the_figures_that_differ() -> None:
    """Two runs (or a preview) under different rule sets say which figures differ, not
    only that the rule sets' hashes do."""
    from dataclasses import replace

    from riverchief import i18n
    from riverchief.assessment.review import rule_changes
    from riverchief.rules import default_rules, parse_rules
    from riverchief.rules.assessment import replace_assessment

    base = default_rules()
    assert rule_changes(base, base) == []
    a = base.assessment
    patrol = a.indicators["patrol"]
    halved = {**patrol.figures, "per_invalid": patrol["per_invalid"] / 2}
    edited = replace(a, bands={**a.bands, "good": a.bands["good"] + 5}, indicators={
        **a.indicators, "patrol": replace(patrol, figures=halved),
        "outfalls": replace(a.indicators["outfalls"], enabled=False),
        "supervision": replace(a.indicators["supervision"],
                               max_points=a.indicators["supervision"].max_points + 5)})
    other = parse_rules(replace_assessment(base.text, edited), base.source)
    with i18n.using_language("zh_CN"):
        assert rule_changes(base, other) == [
            "良好分数线：80 → 85", "巡河履职·每次无效巡河：1 → 0.5",
            "群众投诉与督查发现·满分：20 → 25", "入河排污口·计入考核：是 → 否"]
    with i18n.using_language("en"):
        assert rule_changes(base, other)[0] == "Good from: 80 → 85"
