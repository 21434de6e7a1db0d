"""A chief's own view (我的考核): the scorecard so far this period and what still costs points.

The scorecard is computed over the days of the period up to today (a week counts once its
Thursday has passed; the required count is prorated to the days so far). What still
costs points: the weeks, 旬 or months of the period not yet covered by a valid patrol,
and the chief's open problems whose deadline is near or past.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from riverchief.assessment.calendar import Unit, anchor, merge_spans, required_units
from riverchief.assessment.inputs import store_range
from riverchief.assessment.score import Scorecard
from riverchief.assessment.scorecards import compute
from riverchief.db import Store
from riverchief.errors import UserError
from riverchief.i18n import translate
from riverchief.periods import Period, parse_period_of_kind
from riverchief.registry import queries as registry
from riverchief.rules import RuleSet, rules_in_force

WARN_DAYS = 7


@dataclass(frozen=True)
class DueProblem:
    id: str
    code: str
    deadline: date
    days_left: int  # negative: overdue


@dataclass
class ChiefView:
    period: Period  # the whole period
    so_far: Period  # its days up to today
    card: Scorecard | None
    units_due: list[Unit] = field(default_factory=list)  # still open, not yet patrolled
    units_missed: list[Unit] = field(default_factory=list)  # over, without a valid patrol
    # of units_due, those the scorecard so far already counts as missed (a week once its
    # Thursday has passed): a patrol before their end wins the points back
    units_counted: list[Unit] = field(default_factory=list)
    problems_due: list[DueProblem] = field(default_factory=list)


def chief_view(store: Store, chief_id: str, today: date | None = None,
               rules: RuleSet | None = None, warn_days: int = WARN_DAYS) -> ChiefView:
    """What a chief sees of their own assessment on ``today``."""
    rules = rules or rules_in_force(store)
    today = today or date.today()
    chief = store.conn.execute("SELECT level FROM chief WHERE id = ? AND deleted_at IS NULL",
                               [chief_id]).fetchone()
    if chief is None:
        raise UserError(translate("Assessment", "The chief no longer exists."))
    period = parse_period_of_kind(rules.assessment.period, today)
    so_far = Period(period.start, min(period.end, today), period.kind)
    result = compute(store, so_far, rules=rules, chief_ids=[chief_id], as_of=today)
    card = result.card(chief_id)
    view = ChiefView(period, so_far, card)
    level = rules.patrol.levels.get(chief[0])
    if level is not None:
        # only the units the chief held a segment in: a chief who took office during the
        # period did not miss the weeks before it (the scorecard does not count them either)
        spans = merge_spans(((a.start, a.end) for a in registry.assignments_in_period(
            store, period.start, period.end, chief_id=chief_id)), period)
        units = [u for u in required_units(period, level.frequency)
                 if any(u.overlaps(s, e) for s, e in spans)]
        lo, hi = store_range((min((u.start for u in units), default=period.start),
                              max((u.end for u in units), default=period.end)))
        days = [d for (d,) in store.conn.execute(
            "SELECT substr(start_at, 1, 10) FROM patrol WHERE chief_id = ? AND start_at >= ?"
            " AND start_at < ? AND verdict != 'invalid' AND state = 'submitted'"
            " AND deleted_at IS NULL", [chief_id, lo, hi])]
        for u in units:
            made = sum(1 for d in days if u.start.isoformat() <= d <= u.end.isoformat())
            if made >= level.frequency.count:
                continue
            (view.units_missed if u.end < today else view.units_due).append(u)
            if u.end >= today and anchor(u) <= today:
                view.units_counted.append(u)
    horizon = (today + timedelta(days=warn_days)).isoformat()
    for pid, code, deadline in store.conn.execute(
        "SELECT id, code, deadline FROM problem WHERE chief_id = ? AND deleted_at IS NULL"
        " AND state IN ('assigned', 'rectifying') AND deadline IS NOT NULL AND deadline <= ?"
        " ORDER BY deadline, code", [chief_id, horizon]):
        d = date.fromisoformat(deadline)
        view.problems_due.append(DueProblem(pid, code, d, (d - today).days))
    return view
