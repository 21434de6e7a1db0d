"""Frozen runs: identical re-runs, digests that follow every input, adjustments, comparison,
consequences and their follow-up."""

from __future__ import annotations

from decimal import Decimal

import pytest

from riverchief.assessment import runs
from riverchief.assessment.scorecards import compute
from riverchief.db import records
from riverchief.errors import PermissionDenied, UserError
from riverchief.security import SYSTEM, Actor

from .district import District


def evaluator(district: District, *areas: str) -> Actor:
    return Actor("u1", "eva", "评估员", "evaluator",
                 area_ids=frozenset(district.ids[a] for a in areas))


def freeze(district: District, period: str = "2026Q1") -> str:
    actor = evaluator(district, "D", "T1", "V1", "V2")
    return runs.freeze(district.store, actor, compute(district.store, period))


def test_a_frozen_run_reruns_identically(district: District) -> None:
    run_id = freeze(district)
    run = runs.get_run(district.store, run_id)
    assert run.chiefs == 5 and len(run.input_digest) == 64 and run.input_count > 40
    assert run.ruleset_digest == compute(district.store, "2026Q1").rules.digest
    again = runs.rerun(district.store, run_id)
    assert again.same_inputs and again.same_results
    rows = runs.run_rows(district.store, run_id)
    assert [(r.card["chief_code"], r.total, r.rank_overall) for r in rows] == [
        ("VB", Decimal("94.74"), 1), ("VC", Decimal("92.94"), 2), ("VA", Decimal("87.50"), 3),
        ("TC", Decimal("86.67"), 4), ("DC", Decimal("73.67"), 5)]
    # the frozen rows cannot be edited
    with pytest.raises(Exception, match="frozen"):
        district.store.conn.execute("UPDATE assessment_result SET total = '100'")


@pytest.mark.parametrize("table,key,change", [
    ("patrol", "pVC3", {"notes": "补充说明"}),           # a patrol's text
    ("problem", "P2", {"description": "改"}),            # a problem
    ("complaint", "K1", {"content": "改"}),              # a complaint behind a problem
    ("outfall", "O1", {"name": "改"}),                   # an outfall on a chief's segment
    ("assignment", "aVB", {"note": "改"}),               # an assignment
    ("chief", "VC", {"phone": "123"}),                   # a chief
])
def test_changing_any_input_record_changes_the_digest(district: District, table: str,
                                                      key: str, change: dict[str, str]) -> None:
    run_id = freeze(district)
    records.update(district.store, table, district.ids[key], change, actor="test")
    again = runs.rerun(district.store, run_id)
    assert not again.same_inputs
    assert again.same_results  # none of these changes a figure


def test_a_tombstoned_patrol_changes_digest_and_result(district: District) -> None:
    run_id = freeze(district)
    records.tombstone(district.store, "patrol", district.ids["pVC4"], actor="test")
    again = runs.rerun(district.store, run_id)
    assert not again.same_inputs and not again.same_results
    vc = again.assessment.card(district.ids["VC"])
    assert vc is not None and vc.indicator("patrol").points == 33


def test_sample_values_are_inputs(district: District) -> None:
    run_id = freeze(district)
    value_id = district.store.conn.execute("SELECT id FROM sample_value LIMIT 1").fetchone()[0]
    records.update(district.store, "sample_value", value_id, {"value": 0.41}, actor="test")
    assert not runs.rerun(district.store, run_id).same_inputs


def test_manual_adjustment_needs_a_reason_and_is_audited(district: District) -> None:
    run_id = freeze(district)
    actor = evaluator(district, "D", "T1", "V1", "V2")
    dc = district.ids["DC"]
    with pytest.raises(UserError):
        runs.adjust(district.store, actor, run_id, dc, "5", "  ")
    with pytest.raises(UserError):
        runs.adjust(district.store, actor, run_id, dc, "1.234", "typo")
    with pytest.raises(PermissionDenied):
        runs.adjust(district.store, evaluator(district, "V2"), run_id, dc, "5", "x")
    adj = runs.adjust(district.store, actor, run_id, dc, "16.33", "督查问题已整改，复核确认")
    rows = {r.chief_id: r for r in runs.run_rows(district.store, run_id)}
    row = rows[dc]
    assert row.frozen_total == Decimal("73.67") and row.adjustment == Decimal("16.33")
    assert (row.total, row.grade, row.rank_overall) == (Decimal("90.00"), "excellent", 3)
    assert row.adjustments[0].by == "eva" and "复核" in row.adjustments[0].reason
    audit = district.store.conn.execute(
        "SELECT actor, action FROM audit_log WHERE record_id = ?", [adj]).fetchall()
    assert audit == [("eva", "insert")]
    # the frozen result itself is unchanged
    assert runs.rerun(district.store, run_id).same_results


def test_comparing_two_runs_says_what_changed_and_why(district: District,
                                                      english: None) -> None:
    first = freeze(district)
    records.tombstone(district.store, "patrol", district.ids["pVC4"], actor="test")
    second = freeze(district)
    notes, changes = runs.compare(district.store, first, second)
    assert notes == ["The input records differ (64 and 64 records)."]
    assert [c.chief_code for c in changes] == ["VC"]
    vc = changes[0]
    assert (vc.total_before, vc.total_after) == (92.94, 90.59)  # 77 of 85
    assert vc.reasons == [
        "Patrol duty: 35 → 33",
        "added: Patrol duty -2.0: 1 patrol(s) per week required: 13 in the period; "
        "12 counted, 1 missed"]


def test_consequences_of_a_run_and_their_follow_up(district: District) -> None:
    run_id = freeze(district)
    got = [(q.chief_code, q.kind) for q in runs.consequences(district.store, run_id)]
    assert got == [("DC", "criticism"), ("VB", "praise"), ("VC", "praise")]
    criticism = runs.consequences(district.store, run_id, "criticism")[0]
    assert "P4" in criticism.reason
    actor = evaluator(district, "D")
    with pytest.raises(UserError):
        runs.record_follow_up(district.store, actor, criticism.id, "2026-4-1", "区河长办", "通报")
    runs.record_follow_up(district.store, actor, criticism.id, "2026-04-08", "区河长办",
                          "第2期通报印发")
    done = runs.consequences(district.store, run_id, "criticism")[0]
    assert (done.done_on, done.done_by, done.follow_up) == ("2026-04-08", "区河长办",
                                                            "第2期通报印发")


def test_consequences_carried_out_together(district: District) -> None:
    """One 表扬通报 praises every praised chief: recorded for all of them at once, or for
    none when one of them cannot be (no half-recorded notice)."""
    run_id = freeze(district)
    praise = runs.consequences(district.store, run_id, "praise")
    assert len(praise) == 2
    actor = evaluator(district, "D", "T1", "V1", "V2")
    gone = runs.consequences(district.store, run_id, "criticism")[0]
    records.tombstone(district.store, "assessment_consequence", gone.id, actor="test")
    with pytest.raises(UserError):
        runs.record_follow_ups(district.store, actor, [praise[0].id, gone.id], "2026-04-08",
                               "区河长办", "第2期河长制工作通报")
    assert all(q.done_on is None for q in runs.consequences(district.store, run_id, "praise"))
    runs.record_follow_ups(district.store, actor, [q.id for q in praise], "2026-04-08",
                           "区河长办", "第2期河长制工作通报")
    assert {(q.done_on, q.follow_up) for q in runs.consequences(
        district.store, run_id, "praise")} == {("2026-04-08", "第2期河长制工作通报")}


def test_pass_or_below_two_periods_running_leads_to_a_talk(district: District) -> None:
    # DC is 合格 (73.67) in 2026Q1; in 2025Q4 DC had 97.65, adjusted down by 30 to 合格
    earlier = freeze(district, "2025Q4")
    dc = district.ids["DC"]
    runs.adjust(district.store, SYSTEM, earlier, dc, "-30", "督查复核扣分")
    dc_row = next(r for r in runs.run_rows(district.store, earlier) if r.chief_id == dc)
    assert (dc_row.total, dc_row.grade) == (Decimal("67.65"), "pass")
    run_id = freeze(district)
    talks = runs.consequences(district.store, run_id, "interview")
    assert [q.chief_code for q in talks] == ["DC"]
    assert "2025Q4" in talks[0].reason and "2026Q1" in talks[0].reason


def test_bonus_points_are_recorded_and_capped(district: District) -> None:
    actor = evaluator(district, "D", "T1", "V1", "V2")
    runs.add_bonus(district.store, actor, "TC", "2026Q1", "2", "省级表彰")
    runs.add_bonus(district.store, actor, "TC", "2026Q1", "2", "志愿活动")
    with pytest.raises(UserError):
        runs.add_bonus(district.store, actor, "TC", "2026Q1", "-1", "x")
    with pytest.raises(UserError):
        runs.add_bonus(district.store, actor, "NOPE", "2026Q1", "1", "x")
    tc = compute(district.store, "2026Q1").card(district.ids["TC"])
    assert tc is not None and tc.bonus.points == 3
    assert tc.total == Decimal("89.67")  # 86.6666.. + 3 = 89.6666.. -> 89.67


def test_only_evaluators_run_assessments(district: District) -> None:
    chief = Actor("u2", "vb", "赵乙", "chief", chief_id=district.ids["VB"])
    with pytest.raises(PermissionDenied):
        runs.freeze(district.store, chief, compute(district.store, "2026Q1"))
    with pytest.raises(PermissionDenied):  # the district run touches areas outside V2
        runs.freeze(district.store, evaluator(district, "V2"), compute(district.store, "2026Q1"))
    assert runs.freeze(district.store, SYSTEM, compute(district.store, "2026Q1"))
