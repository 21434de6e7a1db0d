"""Scorecards of every chief of an area for a period, from the database, ranked.

:func:`compute` reads the facts (:mod:`riverchief.assessment.inputs`), scores each chief
with the rule set (:mod:`riverchief.assessment.score`) and ranks them among their level
and overall. Nothing is stored: freezing a run is :mod:`riverchief.assessment.runs`.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from riverchief.assessment.encoding import results_digest
from riverchief.assessment.inputs import Inputs, read_inputs
from riverchief.assessment.score import Context, Scorecard, rank, score_with
from riverchief.db import Store
from riverchief.errors import UserError
from riverchief.i18n import translate
from riverchief.periods import Period, parse_period
from riverchief.progress import SILENT, Progress, check
from riverchief.registry import areas
from riverchief.rules import RuleSet, rules_in_force

CHIEF_LEVELS = ("district", "township", "village")


@dataclass
class Assessment:
    """The ranked scorecards of a period and area under one rule set."""

    period: Period
    area_id: str | None
    area_name: str
    level: str | None
    rules: RuleSet
    cards: list[Scorecard]  # best first
    inputs: Inputs

    def card(self, chief_id: str) -> Scorecard | None:
        for c in self.cards:
            if c.chief.id == chief_id:
                return c
        return None

    def results_digest(self) -> str:
        return results_digest(self.cards)


def resolve_scope(store: Store, area_code: str | None) -> tuple[str | None, str, list[str] | None]:
    """(area id, name, ids of it and everything below) for a code; all areas for None."""
    if not area_code:
        return None, translate("Assessment", "all areas"), None
    area = areas.by_code(store, area_code)
    if area is None:
        raise UserError(translate("Assessment", "No area with code {code}.").format(
            code=area_code), where="--area")
    return area.id, area.name, areas.descendants(store, area.id)


def check_level(level: str | None) -> str | None:
    if level and level not in CHIEF_LEVELS:
        raise UserError(translate(
            "Assessment", "Unknown level '{level}': use district, township or village.").format(
                level=level), where="--level")
    return level


def so_far(period: Period, today: date) -> Period:
    """``period`` up to ``today`` when it began but has not ended; else itself."""
    if period.start <= today < period.end:
        return Period(period.start, today, period.kind)
    return period


def compute(
    store: Store,
    period: Period | str,
    *,
    area_code: str | None = None,
    level: str | None = None,
    rules: RuleSet | None = None,
    chief_ids: Iterable[str] | None = None,
    progress: Progress = SILENT,
    as_of: date | None = None,
) -> Assessment:
    """Score every chief of ``area_code`` (and below) with an assignment in ``period``.

    A period that has not ended on ``as_of`` (default: today) is scored so far: over its
    days up to ``as_of``, as the chief's own view does."""
    if isinstance(period, str):
        period = parse_period(period)
    period = so_far(period, as_of or date.today())
    rules = rules or rules_in_force(store)
    level = check_level(level)
    area_id, area_name, area_ids = resolve_scope(store, area_code)
    # millions of small objects and no cycles: the cyclic collector would only slow this
    paused = gc.isenabled()
    gc.disable()
    try:
        inputs = read_inputs(store, period, rules, area_ids=area_ids, level=level,
                             chief_ids=chief_ids, progress=progress)
        check(progress)
        ctx = Context(rules.assessment, period, rules.patrol, inputs.segment_labels)
        cards = [score_with(f, ctx) for f in inputs.facts.values()]
        ranked = rank(cards)
    finally:
        if paused:
            gc.enable()
    progress.report(1, 1, "")
    return Assessment(period, area_id, area_name, level, rules, ranked, inputs)
