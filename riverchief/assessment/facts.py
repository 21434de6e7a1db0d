"""What a scorecard is computed from: the facts about one chief in one period.

The database readers (:mod:`riverchief.assessment.inputs`) turn records into these plain
values; the calculus (:mod:`riverchief.assessment.score`) never reads the database, so
every figure can be checked by hand in a test. ``None`` for a kind of fact means the app
does not keep those records (yet): the indicator does not apply and is left out of the
total, which is scaled pro rata — never an invented number.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import NamedTuple


class RecordRef(NamedTuple):
    """A record behind a deduction: its table (or ``week``/``xun``/``month``...), id, label.

    A named tuple (ordered by table, id, label): a province's scorecards name hundreds of
    thousands of records, and a tuple is made and sorted at C speed."""

    table: str
    id: str
    label: str = ""

    def as_dict(self) -> dict[str, str]:
        return {"table": self.table, "id": self.id, "label": self.label}


class ChiefRef(NamedTuple):
    """A chief as a scorecard names them."""

    id: str
    code: str
    name: str
    level: str
    area_id: str
    area_name: str = ""
    area_code: str = ""


class Span(NamedTuple):
    """The chief assigned to a segment from ``start`` to ``end`` (inclusive; None: open)."""

    segment_id: str
    start: date
    end: date | None


@dataclass
class PatrolFacts:
    """The chief's patrols that count for the period.

    ``valid_days``: the day of every patrol judged valid or suspect, by segment (key
    ``""`` when the rule counts per chief and the segment does not matter); ``invalid``
    and ``incomplete`` (neither text nor photo) name the records.

    When every level requires one patrol per unit and chief (the usual rules), the
    database gives instead ``unit_bits``: for each kind of unit (week, xun, month...) an
    integer whose bit n is set when the n-th unit of that kind from the one holding
    ``bits_from`` has a valid patrol (:func:`riverchief.assessment.calendar.unit_bit`).
    """

    valid_days: dict[str, list[date | str]] = field(default_factory=dict)  # dates or ISO
    invalid: list[RecordRef] = field(default_factory=list)
    incomplete: list[RecordRef] = field(default_factory=list)
    unit_bits: dict[str, int] | None = None
    bits_from: date | None = None

    def all_days(self) -> list[date | str]:
        return [d for days in self.valid_days.values() for d in days]


@dataclass(frozen=True)
class ProblemFact:
    """A problem (问题) on one of the chief's segments."""

    ref: RecordRef
    found_on: date
    found_by_chief: bool  # reported from this chief's patrol
    reported_on: date | None = None  # when the report was entered
    deadline: date | None = None
    closed_on: date | None = None  # fixed: the fix reported (later accepted), or closed
    source: str = ""  # patrol, complaint, monitoring, superior, media

    @property
    def counted_as_complaint(self) -> bool:
        """A complaint problem costs points as a complaint, not again as found by others."""
        return self.source == "complaint"


@dataclass(frozen=True)
class SectionMonth:
    """A monitoring section's class in one month against its target."""

    ref: RecordRef  # the section, labelled with its code and the month
    month: str
    attained: bool
    worse_than_v: bool = False  # 劣V


@dataclass
class WaterFacts:
    section_months: list[SectionMonth]
    score: float | None = None  # the water-quality score this period (0-100)
    score_last_year: float | None = None  # the same period last year; None: no data


@dataclass(frozen=True)
class ComplaintFact:
    ref: RecordRef
    received_on: date
    substantiated: bool = True


@dataclass(frozen=True)
class FindingFact:
    """A supervision finding (督查发现) the chief must have fixed by ``deadline``."""

    ref: RecordRef
    raised_on: date
    deadline: date
    fixed_on: date | None = None

    def unfixed_at(self, day: date) -> bool:
        """Past its deadline and not fixed at the end of ``day``."""
        return self.deadline < day and (self.fixed_on is None or self.fixed_on > day)


@dataclass(frozen=True)
class OutfallFact:
    ref: RecordRef
    deadline: date | None
    remediated_on: date | None = None


@dataclass(frozen=True)
class BonusFact:
    """Bonus points (加分) the evaluator recorded for the chief in the period."""

    ref: RecordRef
    points: Decimal
    reason: str


@dataclass
class ChiefFacts:
    """Everything the score of one chief in one period is computed from."""

    chief: ChiefRef
    spans: list[Span]
    patrols: PatrolFacts | None = None
    problems: list[ProblemFact] | None = None
    water: WaterFacts | None = None
    complaints: list[ComplaintFact] | None = None
    findings: list[FindingFact] | None = None
    outfalls: list[OutfallFact] | None = None
    bonuses: list[BonusFact] = field(default_factory=list)
