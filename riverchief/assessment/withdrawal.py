"""Withdrawing a frozen run (撤销考核结果): a trial run, or one frozen with the wrong scope
or rules, taken out of use with a reason.

The run is not erased: its row, results and consequences stay as tombstones (a merge
carries the withdrawal to other installations) and the audit log says who withdrew it,
when and why. Everything that picks "the run of a period" (the quarterly report, the
ranking spreadsheet, the home page's follow-ups, the superseded banner) then takes the
latest run still in use. A run whose consequences were carried out (a recorded 约谈 or
通报) cannot be withdrawn: what was done must keep the result it followed from.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from riverchief.assessment.runs import PERMISSION, given_reason
from riverchief.db import Store, records
from riverchief.errors import UserError
from riverchief.i18n import translate
from riverchief.periods import Period, parse_period
from riverchief.security import Actor, require


def withdraw_run(store: Store, actor: Actor, run_id: str, reason: str) -> None:
    """Withdraw the run ``run_id`` with its consequences, all or nothing."""
    why = given_reason(reason)
    with store.db.atomic():
        rows = list(store.db.query(
            "SELECT id, area_id, period, deleted_at FROM assessment_run WHERE id = ?",
            [run_id]))
        if not rows or rows[0]["deleted_at"] is not None:
            raise UserError(translate("Assessment", "No assessment run {id}.").format(
                id=run_id))
        # as freezing it did: the run's area and the areas of every chief in it
        touched = {a for (a,) in store.conn.execute(
            "SELECT DISTINCT c.area_id FROM assessment_result r JOIN chief c"
            " ON c.id = r.chief_id WHERE r.run_id = ?", [run_id])}
        require(actor, PERMISSION, area_id=rows[0]["area_id"], area_ids=touched)
        done = list(store.db.query(
            "SELECT c.code, c.name FROM assessment_consequence q JOIN chief c"
            " ON c.id = q.chief_id WHERE q.run_id = ? AND q.deleted_at IS NULL"
            " AND q.done_on IS NOT NULL ORDER BY c.code", [run_id]))
        if done:
            names = translate("Assessment", ", ").join(
                f"{r['name']}（{r['code']}）" for r in done[:3])
            if len(done) > 3:
                names += translate("Assessment", " and {n} more").format(n=len(done) - 3)
            raise UserError(translate(
                "Assessment", "The run cannot be withdrawn: what followed from it is recorded "
                "for {n} chief(s) ({names}).").format(n=len(done), names=names))
        for (consequence_id,) in store.conn.execute(
                "SELECT id FROM assessment_consequence WHERE run_id = ?"
                " AND deleted_at IS NULL", [run_id]).fetchall():
            records.tombstone(store, "assessment_consequence", consequence_id,
                              actor=actor.code, reason=why)
        records.tombstone(store, "assessment_run", run_id, actor=actor.code, reason=why)


@dataclass(frozen=True)
class WithdrawnRun:
    """A withdrawn run as the runs list shows it."""

    id: str
    period: Period
    area_id: str | None
    level: str | None
    computed_at: str
    computed_by: str
    note: str  # as frozen
    withdrawn_at: str
    withdrawn_by: str
    reason: str


def withdrawn_runs(store: Store, period: str | None = None) -> list[WithdrawnRun]:
    """The withdrawn runs (of ``period``), latest first, with who withdrew them and why."""
    sql = ("SELECT id, period, area_id, level, computed_at, computed_by, note"
           " FROM assessment_run"
           " WHERE deleted_at IS NOT NULL")
    params: list[Any] = []
    if period:
        sql += " AND period = ?"
        params.append(parse_period(period).label)
    out = []
    for r in store.db.query(sql + " ORDER BY id DESC", params):
        when, who, why = records.deletion_reason(store, "assessment_run", r["id"]) or (
            "", "", "")
        out.append(WithdrawnRun(r["id"], parse_period(r["period"]), r["area_id"], r["level"],
                                r["computed_at"], r["computed_by"], r["note"], when, who,
                                why))
    return out
