"""Issue 4, point 4: the evaluator's installation judges every patrol again with the rule set
in force — patrols that arrived in packages, were corrected since, or were judged under
another rule set — without touching the chief's record (no new revision, the chain still
verifies), audited, within the evaluator's area, cancellable."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

import pytest

from riverchief import patrols
from riverchief.errors import Cancelled, PermissionDenied
from riverchief.exchange import merge
from riverchief.exchange.evidence import record_evidence
from riverchief.patrols import Selection, TrackFile
from riverchief.rules import default_rules
from riverchief.security import Actor
from tests.unit.patrols.conftest import LINE, gpx_along
from tests.unit.patrols.test_patrol_exchange import export, two  # noqa: F401 - fixture
from tests.unit.patrols.test_patrol_records import START, patrol_input

pytestmark = pytest.mark.usefixtures("english")

ENTERED = START + timedelta(hours=2)


def strict_rules() -> Any:
    base = default_rules()
    levels = {k: replace(v, min_duration_min=60) for k, v in base.patrol.levels.items()}
    return replace(base, patrol=replace(base.patrol, levels=levels), version="strict")


def test_judging_again_keeps_the_record_and_audits_the_change(
        store: Any, world: dict[str, Any]) -> None:
    pid = patrols.submit(store, world["actor"], patrol_input(world), entered_at=ENTERED)
    row = store.db["patrol"].get(pid)
    assert row["verdict"] == "valid" and row["revision"] == 1
    ev = world["evaluator"]
    # judged when stored, under the rule set in force: nothing to do
    assert patrols.stale_verdicts(store, ev) == 0
    # another rule set in force: every patrol must be judged again
    strict = strict_rules()
    assert patrols.stale_verdicts(store, ev, rules=strict) == 1
    done = patrols.judge_again(store, ev, Selection(), rules=strict)
    assert (done.judged, done.changed) == (1, 1)
    assert done.transitions == {("valid", "invalid"): 1}
    after = store.db["patrol"].get(pid)
    assert after["verdict"] == "invalid" and after["revision"] == 1
    assert after["updated_at"] == row["updated_at"] and after["notes"] == row["notes"]
    assert json.loads(after["reasons"])[0]["code"] == "too_short_time"
    assert patrols.history(store, pid)[-1].number == 1  # no new revision of the content
    (audit,) = list(store.db.query(
        "SELECT * FROM audit_log WHERE action = 'judge' AND record_id = ?", [pid]))
    assert audit["actor"] == "office"
    assert json.loads(audit["before"])["verdict"] == "valid"
    assert json.loads(audit["after"])["verdict"] == "invalid"
    assert patrols.stale_verdicts(store, ev, rules=strict) == 0
    # judging again with the same rules changes nothing and writes nothing
    again = patrols.judge_again(store, ev, Selection(stale_only=False), rules=strict)
    assert (again.judged, again.changed) == (1, 0)
    assert store.db["audit_log"].count_where("action = 'judge'") == 1


def test_only_evaluators_judge_and_only_in_their_area(store: Any, world: dict[str, Any]) -> None:
    patrols.submit(store, world["actor"], patrol_input(world), entered_at=ENTERED)
    with pytest.raises(PermissionDenied):
        patrols.judge_again(store, world["actor"], rules=strict_rules())
    elsewhere = Actor("u9", "other", "其他区", "evaluator", area_ids=frozenset({"nowhere"}))
    assert patrols.stale_verdicts(store, elsewhere, rules=strict_rules()) == 0
    assert patrols.judge_again(store, elsewhere, rules=strict_rules()).judged == 0
    assert store.db["patrol"].count_where("verdict = 'valid'") == 1


def test_a_period_and_a_chief_narrow_the_selection(store: Any, world: dict[str, Any]) -> None:
    patrols.submit(store, world["actor"], patrol_input(world))
    later = START + timedelta(days=40)
    patrols.submit(store, world["actor"], patrol_input(
        world, start=later, end=later + timedelta(minutes=30), photos=[], problems=[]))
    ev, strict = world["evaluator"], strict_rules()
    july = Selection(period=(date(2026, 7, 1), date(2026, 7, 31)))
    assert patrols.stale_verdicts(store, ev, july, rules=strict) == 1
    assert patrols.stale_verdicts(store, ev, Selection(chief_id=world["chief2"]),
                                  rules=strict) == 0
    assert patrols.judge_again(store, ev, july, rules=strict).judged == 1
    assert patrols.stale_verdicts(store, ev, rules=strict) == 1  # August's is left


class CancelAfter:
    def __init__(self, reports: int) -> None:
        self.reports, self.seen = reports, 0

    def report(self, done: int, total: int, text: str = "") -> None:
        self.seen += 1

    def cancelled(self) -> bool:
        return self.seen > self.reports


def test_cancelling_keeps_the_batches_done(store: Any, world: dict[str, Any]) -> None:
    for day in range(3):
        at = START + timedelta(days=day)
        patrols.submit(store, world["actor"], patrol_input(
            world, start=at, end=at + timedelta(minutes=30), photos=[], problems=[],
            track=TrackFile(gpx_along(LINE, at), "walk.gpx")), entered_at=at + timedelta(hours=1))
    assert store.db["patrol"].count_where("ruleset LIKE '%strict'") == 0
    strict = strict_rules()
    with pytest.raises(Cancelled):
        # the first report is "0 of 3"; it stops after the first batch of one
        patrols.judge_again(store, world["evaluator"], rules=strict, progress=CancelAfter(1),
                            batch=1)
    assert patrols.stale_verdicts(store, world["evaluator"], rules=strict) == 2
    assert store.db["patrol"].count_where("ruleset LIKE '%strict'") == 1


def test_the_office_judges_what_arrives_and_the_chain_still_verifies(
        two: Any, world: dict[str, Any], tmp_path: Any) -> None:  # noqa: F811
    laptop, office = two
    ev = world["evaluator"]
    pid = patrols.submit(laptop, world["actor"], patrol_input(world), entered_at=ENTERED)
    result = merge.import_package(office, ev, export(laptop, world, tmp_path / "one.zip"))
    # the laptop's verdict is not the office's: the import judges it with the rules in force
    assert result.judged == 1 and patrols.stale_verdicts(office, ev) == 0
    strict = strict_rules()
    assert patrols.judge_again(office, ev, rules=strict).changed == 1
    assert office.db["patrol"].get(pid)["verdict"] == "invalid"
    evidence = record_evidence(office, "patrol", pid)
    assert evidence.verified, evidence.problems  # the office's verdict is not a forgery
    # the chief corrects the patrol: it arrives as an update (not a conflict with the
    # office's verdict) and is judged again
    patrols.correct(laptop, world["actor"], pid, patrol_input(world, notes="补充"), "补充")
    result = merge.import_package(office, ev, export(laptop, world, tmp_path / "two.zip"))
    assert result.summary()["conflict"] == 0 and result.summary()["updated"] >= 1
    assert patrols.stale_verdicts(office, ev, rules=strict) == 1
    patrols.judge_again(office, ev, rules=strict)
    assert office.db["patrol"].get(pid)["verdict"] == "invalid"
    assert office.db["patrol"].get(pid)["revision"] == 2
    assert record_evidence(office, "patrol", pid).verified


def test_a_reused_photo_flags_only_the_later_patrol(store: Any, world: dict[str, Any]) -> None:
    first = patrols.submit(store, world["actor"], patrol_input(world), entered_at=ENTERED)
    later = START + timedelta(days=1)
    second = patrols.submit(store, world["actor"], patrol_input(
        world, start=later, end=later + timedelta(minutes=30),
        track=TrackFile(gpx_along(LINE, later), "walk.gpx")),
        entered_at=later + timedelta(hours=2))
    codes = {pid: [r["code"] for r in json.loads(store.db["patrol"].get(pid)["reasons"])]
             for pid in (first, second)}
    assert "photo_reused" not in codes[first] and "photo_reused" in codes[second]
    # judged again together in one batch: the same verdicts, nothing written
    done = patrols.judge_again(store, world["evaluator"], Selection(stale_only=False))
    assert (done.judged, done.changed) == (2, 0)
    # and a judgement that only differs in how its reasons are written is the same
    store.conn.execute("UPDATE patrol SET reasons = replace(reasons, ', ', ',') WHERE id = ?",
                       [second])
    assert patrols.judge_again(store, world["evaluator"], Selection(stale_only=False)
                               ).changed == 0
