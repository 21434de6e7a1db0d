"""The assessment page's heavy work as task functions, run in a process of their own.

``ui/shell/jobs.py`` runs ``fn(progress, db_path, ...)`` in a spawned process and sends
its result back through a pipe, where the GUI process unpickles it. Scoring a province
makes millions of objects (60,000 scorecards with their deductions and record refs):
sending them back would stall the GUI while they are unpickled. So the tasks here send
back only what the page shows:

- :func:`ranking` returns a :class:`Ranking`: one short string per chief (the columns of
  the ranking), the dashboard :class:`~riverchief.assessment.dashboard.Figures` and the
  scope; a chief's full scorecard is worked out when the evaluator opens it
  (:func:`scorecard_of`, one chief: its facts only);
- :func:`freeze_run` scores the period again in the task's process, stores the frozen
  run there and returns the run's id;
- :func:`preview` scores the period under two rule sets and returns both rankings
  (what the rule editor compares).

Rule sets travel as their text and file name (:func:`rules_arg`) and are parsed again in
the task: the editor's preview uses a rule set that is not in force.

Collector: :func:`riverchief.assessment.scorecards.compute` turns the cyclic collector off
while it scores and back on after; the first full collection then walks every object
made meanwhile (seconds on the province tier). The tasks keep the collector off until
the big objects are gone (:func:`_collector_paused`) and, in a task's own process,
``gc.freeze()`` what is left before turning it back on, so no collection walks them.
No Qt here.
"""

from __future__ import annotations

import gc
import multiprocessing
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any, NamedTuple, overload

from riverchief.assessment.dashboard import Figures
from riverchief.assessment.facts import ChiefRef
from riverchief.periods import Period
from riverchief.rules import RuleSet, parse_rules
from riverchief.rules.assessment import grade_name
from riverchief.security import Actor

# One row as one string: chief id, code, name, level, area id, area name, area code,
# total, grade, rank in level, rank overall, separated by SEP ("" for None). Strings are
# not tracked by the cyclic collector: 60,000 of them unpickle in milliseconds and add
# no work to the GUI process's next full collection (60,000 tuples would).
RowText = str
SEP = "\x1f"


class RankRow(NamedTuple):
    """One chief's line in the ranking: what the table shows, not the scorecard."""

    chief: ChiefRef
    total: Decimal | None
    grade: str | None
    rank: int | None  # among chiefs of the same level
    rank_overall: int | None

    @property
    def grade_name(self) -> str:
        return grade_name(self.grade)


def _text(card: Any) -> RowText:
    total = "" if card.total is None else str(card.total)
    rank = "" if card.rank is None else str(card.rank)
    overall = "" if card.rank_overall is None else str(card.rank_overall)
    return SEP.join((*card.chief, total, card.grade or "", rank, overall))


def _row(text: RowText) -> RankRow:
    f = text.split(SEP)
    return RankRow(ChiefRef(*f[:7]), Decimal(f[7]) if f[7] else None, f[8] or None,
                   int(f[9]) if f[9] else None, int(f[10]) if f[10] else None)


class Rows(Sequence[RankRow]):
    """The ranking's rows, best first, made into :class:`RankRow` when read (a province
    has 60,000: making them all at once would hold the GUI thread)."""

    def __init__(self, texts: list[RowText]) -> None:
        self.texts = texts

    def __len__(self) -> int:
        return len(self.texts)

    @overload
    def __getitem__(self, index: int) -> RankRow: ...

    @overload
    def __getitem__(self, index: slice) -> list[RankRow]: ...

    def __getitem__(self, index: int | slice) -> RankRow | list[RankRow]:
        if isinstance(index, slice):
            return [_row(t) for t in self.texts[index]]
        return _row(self.texts[index])

    def index_of(self, chief_id: str) -> int | None:
        prefix = chief_id + SEP
        for i, t in enumerate(self.texts):
            if t.startswith(prefix):
                return i
        return None


@dataclass
class Ranking:
    """What the page shows of a computed period: scope, rule set, rows and figures."""

    period: Period
    area_id: str | None
    area_name: str
    level: str | None
    rules: RuleSet
    rows: list[RowText]
    figures: Figures | None  # None in the rule editor's preview

    @property
    def cards(self) -> Rows:
        return Rows(self.rows)


def _ranking(result: Any, figures: Figures | None) -> Ranking:
    rows = [_text(c) for c in result.cards]
    return Ranking(result.period, result.area_id, result.area_name, result.level,
                   result.rules, rows, figures)


def rules_arg(rules: RuleSet) -> tuple[str, str]:
    """A rule set as a task's argument: its text and file name."""
    return rules.text, rules.source


def _rules(arg: tuple[str, str] | None, store: Any) -> RuleSet:
    from riverchief.rules import rules_in_force

    if arg is None:
        return rules_in_force(store)
    text, source = arg
    return parse_rules(text, source)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """The cyclic collector off for the block (``compute`` inside then leaves it off);
    in a task's own process, what is left is frozen before it is turned back on."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if multiprocessing.parent_process() is not None:
            gc.freeze()  # a short-lived process: nothing left needs collecting
        if was:
            gc.enable()


def _as_of(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def ranking(progress: Any, db_path: str, period: str, area_code: str | None,
            level: str | None, rules: tuple[str, str] | None = None,
            as_of: str | None = None, actor: Actor | None = None) -> Ranking:
    """Score ``period`` for the page: the ranking's rows and the dashboard's figures.
    An area's office (``actor``) has only its own areas' ranking."""
    from riverchief.assessment.dashboard import figures
    from riverchief.assessment.scorecards import compute
    from riverchief.db import open_store
    from riverchief.security.sight import require_area_seen

    with open_store(Path(db_path)) as store, _collector_paused():
        require_area_seen(store, actor, area_code)
        ruleset = _rules(rules, store)
        result = compute(store, period, area_code=area_code, level=level, rules=ruleset,
                         progress=progress, as_of=_as_of(as_of))
        made = _ranking(result, figures(store, result))
        del result
    return made


def _one_card(store: Any, period: Period, rules: RuleSet, chief_id: str,
              ranks: tuple[int | None, int | None]) -> Any:
    from riverchief.assessment.scorecards import compute

    result = compute(store, period, rules=rules, chief_ids=[chief_id], as_of=period.end)
    card = result.card(chief_id)
    if card is not None:
        card.rank, card.rank_overall = ranks
    return card


def _ranks(ranking: Ranking, chief_id: str) -> tuple[int | None, int | None]:
    at = Rows(ranking.rows).index_of(chief_id)
    if at is None:
        return None, None
    row = _row(ranking.rows[at])
    return row.rank, row.rank_overall


def scorecard_of(store: Any, ranking: Ranking, chief_id: str) -> Any:
    """The full scorecard of one chief of ``ranking`` (its ranks as ranked there), or None
    when the chief no longer has one (records changed since). Reads that chief's facts
    only: a tenth of a second on the city tier, over a second on the province's."""
    return _one_card(store, ranking.period, ranking.rules, chief_id,
                     _ranks(ranking, chief_id))


def scorecard_task_args(ranking: Ranking, chief_id: str) -> tuple[Any, ...]:
    """The arguments of :func:`scorecard` after the database's path (small: not the rows)."""
    return ranking.period, rules_arg(ranking.rules), chief_id, _ranks(ranking, chief_id)


def scorecard(progress: Any, db_path: str, period: Period, rules: tuple[str, str],
              chief_id: str, ranks: tuple[int | None, int | None],
              actor: Actor | None = None) -> Any:
    """:func:`scorecard_of` as a task: one chief's scorecard (a few hundred objects); an
    area's office (``actor``) has only its own chiefs'."""
    from riverchief.db import open_store
    from riverchief.security.sight import require_chief_seen

    with open_store(Path(db_path)) as store:
        require_chief_seen(store, actor, chief_id)
        progress.report(0, 1, "")
        return _one_card(store, period, _rules(rules, store), chief_id, ranks)


def freeze_run(progress: Any, db_path: str, actor: Actor, period: str,
               area_code: str | None, level: str | None, rules: tuple[str, str] | None,
               note: str = "", as_of: str | None = None) -> str:
    """Score ``period`` and store it as a frozen run (in this process); the run's id."""
    from riverchief.assessment.runs import freeze
    from riverchief.assessment.scorecards import compute
    from riverchief.db import open_store

    with open_store(Path(db_path)) as store, _collector_paused():
        ruleset = _rules(rules, store)
        result = compute(store, period, area_code=area_code, level=level, rules=ruleset,
                         progress=progress, as_of=_as_of(as_of))
        run_id = freeze(store, actor, result, note=note, progress=progress)
        del result
    return run_id


def preview(progress: Any, db_path: str, period: str, area_code: str | None,
            level: str | None, current: tuple[str, str], edited: tuple[str, str],
            as_of: str | None = None) -> tuple[Ranking, Ranking]:
    """Score ``period`` under the rule set in force and the edited one: both rankings
    (without the dashboard), for the rule editor to compare."""
    from riverchief.assessment.scorecards import compute
    from riverchief.db import open_store

    made: list[Ranking] = []
    with open_store(Path(db_path)) as store, _collector_paused():
        for arg in (current, edited):
            result = compute(store, period, area_code=area_code, level=level,
                             rules=_rules(arg, store), progress=progress,
                             as_of=_as_of(as_of))
            made.append(_ranking(result, None))
            del result
    return made[0], made[1]


def recheck(progress: Any, db_path: str, run_id: str) -> tuple[bool, bool]:
    """Score a frozen run again (:func:`riverchief.assessment.runs.rerun`): whether its
    input records are unchanged and whether computing it again gives the same results."""
    from riverchief.assessment.runs import rerun
    from riverchief.db import open_store

    with open_store(Path(db_path)) as store, _collector_paused():
        again = rerun(store, run_id, progress)
        same = again.same_inputs, again.same_results
        del again
    return same


def compare(progress: Any, db_path: str, run_a: str, run_b: str) -> Any:
    """The differences between two frozen runs
    (:func:`riverchief.assessment.review.compare_runs`): notes and the chiefs that changed."""
    from riverchief.assessment.review import compare_runs
    from riverchief.db import open_store

    with open_store(Path(db_path)) as store:
        return compare_runs(store, run_a, run_b, progress)
