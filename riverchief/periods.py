"""Periods as users type them: ``2026`` (year), ``2026Q3`` (quarter), ``2026-07`` (month)."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from riverchief.errors import UserError
from riverchief.i18n import translate

_YEAR = re.compile(r"^(\d{4})$")
_QUARTER = re.compile(r"^(\d{4})[- ]?[Qq]([1-4])$")
_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")


@dataclass(frozen=True, order=True)
class Period:
    """A closed range of calendar days with the way the user named it."""

    start: date
    end: date  # inclusive
    kind: str  # "year" | "quarter" | "month"

    @property
    def label(self) -> str:
        if self.kind == "year":
            return f"{self.start.year}"
        if self.kind == "quarter":
            return f"{self.start.year}Q{(self.start.month - 1) // 3 + 1}"
        return f"{self.start.year}-{self.start.month:02d}"

    def __str__(self) -> str:
        return self.label

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end

    def months(self) -> list[Period]:
        """The calendar months inside this period, in order."""
        out = []
        year, month = self.start.year, self.start.month
        while date(year, month, 1) <= self.end:
            out.append(month_period(year, month))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return out

    def previous(self) -> Period:
        """The period of the same kind just before this one."""
        return parse_period_of_kind(self.kind, self.start - timedelta(days=1))

    def same_period_last_year(self) -> Period:
        return parse_period_of_kind(self.kind, date(self.start.year - 1, self.start.month, 1))


def month_period(year: int, month: int) -> Period:
    last = calendar.monthrange(year, month)[1]
    return Period(date(year, month, 1), date(year, month, last), "month")


def parse_period_of_kind(kind: str, day: date) -> Period:
    """The period of ``kind`` that contains ``day``."""
    if kind == "year":
        return Period(date(day.year, 1, 1), date(day.year, 12, 31), "year")
    if kind == "quarter":
        first = (day.month - 1) // 3 * 3 + 1
        end = month_period(day.year, first + 2).end
        return Period(date(day.year, first, 1), end, "quarter")
    if kind == "month":
        return month_period(day.year, day.month)
    raise ValueError(kind)


def parse_period(text: str) -> Period:
    """Parse ``2026``, ``2026Q3`` or ``2026-07``; a :class:`UserError` says what is accepted."""
    value = text.strip()
    if m := _YEAR.match(value):
        year = int(m.group(1))
        return Period(date(year, 1, 1), date(year, 12, 31), "year")
    if m := _QUARTER.match(value):
        year, quarter = int(m.group(1)), int(m.group(2))
        first = (quarter - 1) * 3 + 1
        return Period(date(year, first, 1), month_period(year, first + 2).end, "quarter")
    if m := _MONTH.match(value):
        year, month = int(m.group(1)), int(m.group(2))
        if 1 <= month <= 12:
            return month_period(year, month)
    raise UserError(
        translate(
            "Periods",
            "'{text}' is not a period: write a year (2026), a quarter (2026Q3) "
            "or a month (2026-07)",
        ).format(text=text)
    )
