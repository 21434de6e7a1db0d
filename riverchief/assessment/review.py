"""What the evaluator's screens read besides the ranking: a frozen scorecard, a chief's months.

- :func:`run_scorecard`: one chief's scorecard as a frozen run stored it, to open from
  the run's list exactly as it was graded;
- :func:`patrols_by_month`: a chief's required and counted patrols in each month of the
  period's year up to its end (the chart 巡河次数与要求), computed by the same calendar and
  rule set as the score;
- :func:`water_scores_by_month`: the chief's water-quality score in each month of the
  period's year up to its end, beside the same months of the year before.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from riverchief.assessment.score import Scorecard
from riverchief.assessment.scorecards import compute
from riverchief.db import Store
from riverchief.errors import UserError
from riverchief.i18n import translate
from riverchief.periods import Period, month_period
from riverchief.progress import SILENT, Progress, check
from riverchief.rules import RuleSet, rules_in_force


def run_scorecard(store: Store, run_id: str, chief_id: str) -> Scorecard:
    """The scorecard of ``chief_id`` as the run ``run_id`` froze it."""
    from riverchief.assessment.runs import unpack

    row = store.conn.execute(
        "SELECT card FROM assessment_result WHERE run_id = ? AND chief_id = ?",
        [run_id, chief_id]).fetchone()
    if row is None:
        raise UserError(translate("Assessment", "The chief is not in this run."))
    return unpack(row[0])


def months_to(period: Period) -> list[Period]:
    """The months of ``period``'s year from January up to the period's last month."""
    return [month_period(period.end.year, m) for m in range(1, period.end.month + 1)]


@dataclass(frozen=True)
class MonthPatrols:
    """A chief's patrol duty in one month: required, counted (valid, at most the
    requirement of each week/旬/month) and judged invalid."""

    month: str
    required: int
    counted: int
    invalid: int
    applies: bool = True  # False: the rule set requires no patrols of the chief's level


def patrols_by_month(store: Store, chief_id: str, period: Period, rules: RuleSet | None = None,
                     progress: Progress = SILENT) -> list[MonthPatrols]:
    """Required against counted patrols of a chief for each month up to ``period``'s end.

    Each month is scored as a period of its own with the same rule set, so a week counts
    in the month of its Thursday and a quarterly patrol in the quarter's last month, as in
    the score; a month before the chief's first assignment requires nothing.
    """
    rules = rules or rules_in_force(store)
    months = months_to(period)
    out: list[MonthPatrols] = []
    for n, month in enumerate(months):
        check(progress)
        progress.report(n, len(months), month.label)
        card = compute(store, month, rules=rules, chief_ids=[chief_id]).card(chief_id)
        if card is None:
            out.append(MonthPatrols(month.label, 0, 0, 0))
            continue
        ind = card.indicator("patrol")
        invalid = sum(len(d.records) for d in ind.deductions if d.kind == "invalid_patrol")
        out.append(MonthPatrols(month.label, int(ind.counts.get("required", 0)),
                                int(ind.counts.get("credited", 0)), invalid,
                                ind.points is not None))
    progress.report(len(months), len(months), "")
    return out


@dataclass(frozen=True)
class WaterScores:
    """The chief's water-quality score per month this year and the same month a year ago."""

    months: list[str]  # 2026-01 ...
    scores: list[float | None]
    last_year: list[float | None]


def water_scores_by_month(store: Store, chief_id: str, period: Period) -> WaterScores:
    """Monthly water-quality scores of a chief up to ``period``'s end, and a year before."""
    from riverchief.waterquality.score import monthly_score_series

    end = period.end
    this = Period(date(end.year, 1, 1), end, "year")
    before = Period(date(end.year - 1, 1, 1), month_period(end.year - 1, end.month).end, "year")
    now = dict(monthly_score_series(store, this, chief_ids=[chief_id]).get(chief_id, []))
    old = dict(monthly_score_series(store, before, chief_ids=[chief_id]).get(chief_id, []))
    labels = [m.label for m in months_to(period)]
    return WaterScores(labels, [now.get(m) for m in labels],
                       [old.get(f"{end.year - 1}{m[4:]}") for m in labels])


__all__ = ["MonthPatrols", "WaterScores", "months_to", "patrols_by_month", "run_scorecard",
           "water_scores_by_month"]
