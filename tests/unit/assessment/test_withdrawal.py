"""Withdrawing a frozen run: with a reason, audited, all or nothing; what picks the run of a
period then takes the one before; refused once what followed from it is recorded."""

from __future__ import annotations

import json

import pytest

from riverchief.assessment import runs
from riverchief.assessment.scorecards import compute
from riverchief.assessment.withdrawal import withdraw_run, withdrawn_runs
from riverchief.db import records
from riverchief.errors import PermissionDenied, UserError
from riverchief.periods import parse_period

from .district import District
from .test_runs import evaluator, freeze


def test_a_withdrawn_run_gives_way_to_the_one_before(district: District) -> None:
    store = district.store
    first = freeze(district)
    trial = freeze(district)
    q1 = parse_period("2026Q1")
    assert runs.latest_run(store, q1, None, None).id == trial
    actor = evaluator(district, "D", "T1", "V1", "V2")
    withdraw_run(store, actor, trial, "  试算，口径有误  ")
    assert runs.latest_run(store, q1, None, None).id == first
    assert [r.id for r in runs.list_runs(store, "2026Q1")] == [first]
    assert runs.consequences(store, trial) == []  # gone with their run
    assert len(runs.consequences(store, first)) == 3
    with pytest.raises(UserError):
        runs.get_run(store, trial)
    (gone,) = withdrawn_runs(store, "2026Q1")
    assert (gone.id, gone.withdrawn_by, gone.reason) == (trial, "eva", "试算，口径有误")
    assert gone.withdrawn_at.startswith("20")
    entry = store.conn.execute(
        "SELECT action, actor, after FROM audit_log WHERE table_name = 'assessment_run'"
        " AND record_id = ? ORDER BY id DESC LIMIT 1", [trial]).fetchone()
    assert entry[:2] == ("delete", "eva")
    assert json.loads(entry[2])["reason"] == "试算，口径有误"
    with pytest.raises(UserError):  # once is enough
        withdraw_run(store, actor, trial, "again")


def test_withdrawing_needs_a_reason_and_the_evaluators_areas(district: District) -> None:
    store = district.store
    run_id = freeze(district)
    with pytest.raises(UserError, match="理由"):
        withdraw_run(store, evaluator(district, "D", "T1", "V1", "V2"), run_id, "  ")
    with pytest.raises(PermissionDenied):  # the district's run has chiefs outside V2
        withdraw_run(store, evaluator(district, "V2"), run_id, "试算")
    assert runs.get_run(store, run_id).id == run_id
    assert withdrawn_runs(store) == []


def test_a_run_whose_consequences_were_carried_out_stays(district: District) -> None:
    store = district.store
    run_id = freeze(district)
    actor = evaluator(district, "D", "T1", "V1", "V2")
    praise = runs.consequences(store, run_id, "praise")
    runs.record_follow_ups(store, actor, [praise[0].id], "2026-04-08", "区河长办",
                           "第2期河长制工作通报")
    with pytest.raises(UserError) as refused:
        withdraw_run(store, actor, run_id, "试算")
    assert praise[0].chief_code in str(refused.value)
    # nothing was half-done: the run and all its consequences are still in use
    assert runs.get_run(store, run_id).id == run_id
    assert len(runs.consequences(store, run_id)) == 3


def test_a_deletion_without_a_reason_has_none(district: District) -> None:
    run_id = runs.freeze(district.store, evaluator(district, "D", "T1", "V1", "V2"),
                         compute(district.store, "2026Q1"))
    records.tombstone(district.store, "assessment_run", run_id, actor="test")
    assert records.deletion_reason(district.store, "assessment_run", run_id) is None
    (gone,) = withdrawn_runs(district.store)
    assert gone.reason == ""
