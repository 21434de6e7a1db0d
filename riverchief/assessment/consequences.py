"""Praise and accountability (表扬与问责) after a frozen run, and what was done about it.

A frozen run lists who is praised (通报表扬), talked to (约谈) or publicly criticised
(通报批评) and why (:func:`riverchief.assessment.runs.consequences`); the evaluator then
records when it was carried out, by whom and what was done
(:func:`riverchief.assessment.runs.record_follow_up`, audited). This module reads them
back the way the screens and the next period's report need them:

- :func:`summary`: per kind, how many there are and how many are recorded as done;
- :func:`previous_follow_ups`: the consequences of the period before, from its latest
  run of the same area and level, with what was done (the next report's 上期问责落实);
- :func:`outstanding`: those of a run not yet recorded as done.
"""

from __future__ import annotations

from dataclasses import dataclass

from riverchief.assessment.runs import Consequence, consequences, latest_run
from riverchief.db import Store
from riverchief.periods import Period, parse_period
from riverchief.rules.assessment import CONSEQUENCES
from riverchief.security import Actor


@dataclass(frozen=True)
class KindSummary:
    kind: str
    total: int
    done: int

    @property
    def open(self) -> int:
        return self.total - self.done


def summary(store: Store, run_id: str, actor: Actor | None = None) -> list[KindSummary]:
    """How many of each consequence a run has, and how many are recorded as done; with
    ``actor``, of the chiefs of its areas."""
    items = consequences(store, run_id, actor=actor)
    return [KindSummary(k, sum(1 for q in items if q.kind == k),
                        sum(1 for q in items if q.kind == k and q.done_on))
            for k in CONSEQUENCES]


def outstanding(store: Store, run_id: str) -> list[Consequence]:
    """The consequences of a run not yet recorded as carried out."""
    return [q for q in consequences(store, run_id) if not q.done_on]


@dataclass(frozen=True)
class PreviousFollowUps:
    """The consequences of the period before and what was done about them."""

    period: Period
    run_id: str | None  # None: that period has no frozen run of the same scope
    items: list[Consequence]

    @property
    def done(self) -> int:
        return sum(1 for q in self.items if q.done_on)


def previous_follow_ups(store: Store, period: Period | str, area_id: str | None,
                        level: str | None) -> PreviousFollowUps:
    """What followed from the latest run of the period before ``period`` (same area, level)."""
    if isinstance(period, str):
        period = parse_period(period)
    prev = period.previous()
    run = latest_run(store, prev, area_id, level)
    if run is None:
        return PreviousFollowUps(prev, None, [])
    return PreviousFollowUps(prev, run.id, consequences(store, run.id))


__all__ = ["KindSummary", "PreviousFollowUps", "outstanding", "previous_follow_ups", "summary"]
