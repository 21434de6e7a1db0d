"""The assessment calendar: which weeks, 旬, months belong to a period; what a chief owes.

- A week runs Monday to Sunday and belongs to the period its Thursday falls in, so a
  week across a period's edge is counted exactly once.
- 旬 (xun) are days 1–10, 11–20 and 21 to the month's end.
- A month, quarter or year requirement belongs to the period its last day falls in (a
  quarterly patrol is due by the quarter's end); its window is the whole unit.
- A unit counts when it is in the active months: a week by its Thursday's month, a 旬 or
  month by its month, a quarter or year when any of its months is active.
- A chief assigned for part of a period owes the required count times the share of the
  period's days assigned, rounded down. Patrols count per unit, at most the required
  number in each (three patrols in one week do not make up for two empty weeks).
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cached_property

from riverchief.errors import UserError
from riverchief.periods import Period, parse_period, parse_period_of_kind
from riverchief.rules.patrol import Frequency


@dataclass(frozen=True, order=True)
class Unit:
    """One week, 旬, month, quarter or year that a requirement counts in."""

    start: date
    end: date  # inclusive
    per: str

    @cached_property
    def label(self) -> str:
        if self.per == "week":
            thursday = self.start + timedelta(days=3)
            year, week, _ = thursday.isocalendar()
            return f"{year}-W{week:02d}"
        if self.per == "xun":
            return f"{self.start.year}-{self.start.month:02d}-X{(self.start.day - 1) // 10 + 1}"
        kind = {"month": "month", "quarter": "quarter", "year": "year"}[self.per]
        return Period(self.start, self.end, kind).label

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end

    def overlaps(self, start: date, end: date) -> bool:
        return self.start <= end and start <= self.end


def week_of(day: date) -> Unit:
    monday = day - timedelta(days=day.weekday())
    return Unit(monday, monday + timedelta(days=6), "week")


def xun_of(day: date) -> Unit:
    last = calendar.monthrange(day.year, day.month)[1]
    if day.day <= 10:
        return Unit(day.replace(day=1), day.replace(day=10), "xun")
    if day.day <= 20:
        return Unit(day.replace(day=11), day.replace(day=20), "xun")
    return Unit(day.replace(day=21), day.replace(day=last), "xun")


def unit_of(per: str, day: date) -> Unit:
    """The unit of kind ``per`` that contains ``day``."""
    if per == "week":
        return week_of(day)
    if per == "xun":
        return xun_of(day)
    p = parse_period_of_kind(per, day)
    return Unit(p.start, p.end, per)


def unit_from_label(per: str, label: str) -> Unit | None:
    """The unit a scorecard names by its label (``2026-W27``, ``2026-07-X2``, ``2026-07``,
    ``2026Q3``, ``2026``), or None for a label it cannot read."""
    try:
        if per == "week":
            year, week = label.split("-W")
            monday = date.fromisocalendar(int(year), int(week), 1)
            return Unit(monday, monday + timedelta(days=6), "week")
        if per == "xun":
            year, month, part = label.split("-")
            first = date(int(year), int(month), (int(part[1:]) - 1) * 10 + 1)
            return xun_of(first)
        if per in ("month", "quarter", "year"):
            p = parse_period(label)
            return Unit(p.start, p.end, per) if p.kind == per else None
    except (ValueError, IndexError, UserError):
        return None
    return None


def anchor(unit: Unit) -> date:
    """The day that decides which period a unit belongs to."""
    return unit.start + timedelta(days=3) if unit.per == "week" else unit.end


def units_in(period: Period, per: str) -> list[Unit]:
    """The units of kind ``per`` that belong to ``period``, in order."""
    out: list[Unit] = []
    if per == "week":
        day = period.start - timedelta(days=period.start.weekday())
        while day <= period.end:
            u = Unit(day, day + timedelta(days=6), "week")
            if period.contains(anchor(u)):
                out.append(u)
            day += timedelta(days=7)
        return out
    day = period.start
    # a unit longer than the period may start before it: begin at the unit of its first day
    while True:
        u = unit_of(per, day)
        if u.start > period.end and anchor(u) > period.end:
            break
        if period.contains(anchor(u)):
            out.append(u)
        day = u.end + timedelta(days=1)
        if day > period.end and anchor(unit_of(per, day)) > period.end:
            break
    return out


def active(unit: Unit, months: Sequence[int]) -> bool:
    if unit.per == "week":
        return anchor(unit).month in months
    if unit.per in ("xun", "month"):
        return unit.start.month in months
    return any(m.start.month in months for m in Period(unit.start, unit.end, unit.per).months())


def required_units(period: Period, frequency: Frequency) -> list[Unit]:
    """The units of ``period`` in which ``frequency`` requires patrols."""
    return [u for u in units_in(period, frequency.per) if active(u, frequency.active_months)]


def merge_spans(spans: Iterable[tuple[date, date | None]], period: Period
                ) -> list[tuple[date, date]]:
    """Assignment spans clipped to ``period`` and merged (overlaps and touching ends)."""
    clipped = sorted((max(s, period.start), min(e, period.end) if e else period.end)
                     for s, e in spans)
    out: list[tuple[date, date]] = []
    for s, e in clipped:
        if s > e:
            continue
        if out and s <= out[-1][1] + timedelta(days=1):
            if e > out[-1][1]:
                out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


# --- units as bits: one patrol per unit, read from the database as one integer per chief

BIT_KINDS = ("week", "xun", "month", "quarter", "year")
MAX_BIT = 62  # SQLite's integers have 63 bits and a sign


def unit_bit(per: str, day: date, base: date) -> int:
    """The bit of the unit of kind ``per`` holding ``day``: how many units of that kind
    lie between the one holding ``base`` and it. :func:`unit_bit_sql` says the same in SQL."""
    if per == "week":
        return (day.toordinal() - (base.toordinal() - base.weekday())) // 7
    months = (day.year * 12 + day.month) - (base.year * 12 + base.month)
    if per == "month":
        return months
    if per == "xun":
        return months * 3 + min((day.day - 1) // 10, 2)
    if per == "quarter":
        return (day.year * 12 + day.month - 1) // 3 - (base.year * 12 + base.month - 1) // 3
    if per == "year":
        return day.year - base.year
    raise ValueError(per)


# the Julian day number SQLite's julianday() gives a date at midnight, less its .5
_JULIAN = 1721424


def unit_bit_sql(per: str, day: str, base: date) -> str:
    """:func:`unit_bit` as an SQL expression of ``day``, an ISO date ``YYYY-MM-DD``;
    ``day`` must not be before ``base``."""
    if per == "week":
        monday = base.toordinal() - base.weekday() + _JULIAN
        return f"((CAST(julianday({day}) AS INTEGER) - {monday}) / 7)"
    year, month = f"CAST(substr({day}, 1, 4) AS INTEGER)", f"CAST(substr({day}, 6, 2) AS INTEGER)"
    months = f"({year} * 12 + {month} - {base.year * 12 + base.month})"
    if per == "month":
        return months
    if per == "xun":
        return f"({months} * 3 + min((CAST(substr({day}, 9, 2) AS INTEGER) - 1) / 10, 2))"
    if per == "quarter":
        return (f"(({year} * 12 + {month} - 1) / 3"
                f" - {(base.year * 12 + base.month - 1) // 3})")
    if per == "year":
        return f"({year} - {base.year})"
    raise ValueError(per)


def days_in(spans: Sequence[tuple[date, date]]) -> int:
    return sum((e - s).days + 1 for s, e in spans)


@dataclass(frozen=True)
class Duty:
    """What a chief owed in a period for one requirement and what they did."""

    full: int  # required for the whole period
    required: int  # after proration, rounded down
    days_assigned: int
    period_days: int
    units: tuple[Unit, ...]  # required units overlapping the days assigned
    made: tuple[int, ...]  # valid patrols in each of ``units``
    per_unit: int

    @cached_property
    def credited(self) -> int:
        per = self.per_unit
        return sum(n if n < per else per for n in self.made)

    @property
    def missed(self) -> int:
        return max(0, self.required - self.credited)

    @cached_property
    def short_units(self) -> list[Unit]:
        """The units with fewer valid patrols than required (the missed weeks, 旬, ...)."""
        return [u for u, n in zip(self.units, self.made, strict=True) if n < self.per_unit]

    @property
    def prorated(self) -> bool:
        return self.days_assigned < self.period_days


class DutyCalendar:
    """The required units of one frequency in one period, with every day of their windows
    mapped to its unit, so that counting a chief's patrols is one lookup per patrol."""

    def __init__(self, period: Period, frequency: Frequency) -> None:
        self.period = period
        self.frequency = frequency
        self.units = required_units(period, frequency)
        self.index: dict[str | date, int] = {}  # ISO text and date of each day -> unit
        self._hits: dict[tuple[int, date], frozenset[int]] = {}
        for i, u in enumerate(self.units):
            day = u.start
            while day <= u.end:
                self.index[day.isoformat()] = i
                self.index[day] = i
                day += timedelta(days=1)

    def duty(self, spans: Sequence[tuple[date, date]], patrol_days: Iterable[date | str]
             ) -> Duty:
        """As :func:`duty`; ``patrol_days`` may be ISO texts (``2026-01-05``) or dates."""
        period, count = self.period, self.frequency.count
        counts = [0] * len(self.units)
        index = self.index
        for d in patrol_days:
            i = index.get(d)
            if i is not None:
                counts[i] += 1
        full = count * len(self.units)
        if len(spans) == 1 and spans[0] == (period.start, period.end):
            return Duty(full, full, period.days, period.days, tuple(self.units),
                        tuple(counts), count)
        assigned = days_in(spans)
        required = full * assigned // period.days if assigned < period.days else full
        keep = [i for i, u in enumerate(self.units) if any(u.overlaps(s, e) for s, e in spans)]
        return Duty(full, required, assigned, period.days, tuple(self.units[i] for i in keep),
                    tuple(counts[i] for i in keep), count)


    def hits(self, bits: int, base: date) -> frozenset[int]:
        """The indexes (in :attr:`units`) of the units whose bits (:func:`unit_bit` from
        ``base``) are set in ``bits``; other bits (units not required) are ignored."""
        key = (bits, base)
        found = self._hits.get(key)
        if found is None:
            found = self._hits[key] = frozenset(
                i for i, u in enumerate(self.units)
                if bits >> unit_bit(self.frequency.per, u.start, base) & 1)
        return found

    def figures(self, spans: Sequence[tuple[date, date]], patrol_days: Iterable[date | str]
                ) -> tuple[int, int, list[int], tuple[int, int, int] | None]:
        """What :meth:`duty` says, without building it (a province has 60,000 chiefs):
        ``(required, credited, indexes of the short units in`` :attr:`units` ``, (full,
        days assigned, period days) when prorated else None)``."""
        per, index = self.frequency.count, self.index
        if per == 1:  # the usual rule: a unit counts when it has a valid patrol
            hit = set(map(index.get, patrol_days))
            hit.discard(None)
            return self.figures_of_hits(spans, hit)  # type: ignore[arg-type]
        period, units = self.period, self.units
        counts = [0] * len(units)
        for d in patrol_days:
            i = index.get(d)
            if i is not None:
                counts[i] += 1
        whole = len(spans) == 1 and spans[0] == (period.start, period.end)
        keep = list(range(len(units))) if whole else [
            i for i, u in enumerate(units) if any(u.overlaps(s, e) for s, e in spans)]
        credited = sum(counts[i] if counts[i] < per else per for i in keep)
        short = [i for i in keep if counts[i] < per]
        return self._prorated(spans, per * len(units), credited, short)

    def figures_of_hits(self, spans: Sequence[tuple[date, date]],
                        hit: set[int] | frozenset[int]) -> tuple[
                            int, int, list[int], tuple[int, int, int] | None]:
        """:meth:`figures` for a rule of one patrol per unit, from the indexes of the units
        with a valid patrol."""
        period, units = self.period, self.units
        full = len(units)
        if len(spans) == 1 and spans[0] == (period.start, period.end):
            if len(hit) == full:
                return full, full, [], None
            return full, len(hit), [i for i in range(full) if i not in hit], None
        keep = [i for i, u in enumerate(units) if any(u.overlaps(s, e) for s, e in spans)]
        credited = sum(1 for i in keep if i in hit)
        return self._prorated(spans, full, credited, [i for i in keep if i not in hit])

    def _prorated(self, spans: Sequence[tuple[date, date]], full: int, credited: int,
                  short: list[int]) -> tuple[int, int, list[int], tuple[int, int, int] | None]:
        period = self.period
        assigned = days_in(spans)
        if assigned < period.days:
            return full * assigned // period.days, credited, short, (full, assigned,
                                                                     period.days)
        return full, credited, short, None


def duty(period: Period, frequency: Frequency, spans: Sequence[tuple[date, date]],
         patrol_days: Sequence[date]) -> Duty:
    """The requirement of ``frequency`` for a chief assigned on ``spans`` (merged, clipped
    to the period), against the days of their valid patrols (one entry per patrol).

    A patrol counts in the unit it falls in, also on a day outside the period when the
    unit (a week across the period's edge) belongs to this period."""
    units = required_units(period, frequency)
    full = frequency.count * len(units)
    assigned = days_in(spans)
    required = full * assigned // period.days if assigned < period.days else full
    mine = [u for u in units if any(u.overlaps(s, e) for s, e in spans)]
    made = tuple(sum(1 for d in patrol_days if u.contains(d)) for u in mine)
    return Duty(full, required, assigned, period.days, tuple(mine), made, frequency.count)


__all__ = ["BIT_KINDS", "MAX_BIT", "Duty", "DutyCalendar", "Unit", "active", "anchor", "days_in",
           "duty", "merge_spans", "required_units", "unit_bit", "unit_bit_sql", "unit_of",
           "units_in", "week_of", "xun_of"]
