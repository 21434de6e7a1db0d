"""The assessment calendar: weeks by their Thursday, 旬, active months, proration."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from riverchief.assessment.calendar import (
    BIT_KINDS,
    DutyCalendar,
    duty,
    merge_spans,
    required_units,
    unit_bit,
    unit_bit_sql,
    unit_of,
    units_in,
    xun_of,
)
from riverchief.periods import parse_period
from riverchief.rules.patrol import Frequency

WEEKLY = Frequency(1, "week")


def test_a_week_belongs_to_the_quarter_of_its_thursday() -> None:
    q1 = units_in(parse_period("2026Q1"), "week")
    # Mon 2025-12-29 .. Sun 2026-01-04: Thursday 1 January -> 2026Q1
    assert (q1[0].start, q1[0].end, q1[0].label) == (date(2025, 12, 29), date(2026, 1, 4),
                                                     "2026-W01")
    # Mon 2026-03-30 .. Sun 04-05: Thursday 2 April -> Q2, so Q1 ends with the week of 23 March
    assert q1[-1].start == date(2026, 3, 23)
    assert len(q1) == 13
    q4 = units_in(parse_period("2025Q4"), "week")
    assert q4[-1].end == date(2025, 12, 28)  # the edge week went to 2026Q1, not counted twice
    q2 = units_in(parse_period("2026Q2"), "week")
    assert q2[0].start == date(2026, 3, 30)
    # 2020Q4 .. 2021Q1: Thursday 31 December 2020 keeps Mon 28 Dec .. Sun 3 Jan in 2020Q4
    assert units_in(parse_period("2020Q4"), "week")[-1].end == date(2021, 1, 3)
    assert units_in(parse_period("2021Q1"), "week")[0].start == date(2021, 1, 4)


def test_every_day_is_in_exactly_one_week_of_consecutive_quarters() -> None:
    weeks = [u for q in ("2025Q4", "2026Q1", "2026Q2") for u in units_in(parse_period(q), "week")]
    days = [u.start + timedelta(days=i) for u in weeks for i in range(7)]
    assert len(days) == len(set(days))
    assert all((b.start - a.start).days == 7 for a, b in zip(weeks, weeks[1:], strict=False))


def test_xun_are_days_1_10_11_20_and_21_to_the_end() -> None:
    assert (xun_of(date(2026, 2, 10)).start, xun_of(date(2026, 2, 10)).end) == (
        date(2026, 2, 1), date(2026, 2, 10))
    assert xun_of(date(2026, 2, 11)).end == date(2026, 2, 20)
    assert (xun_of(date(2026, 2, 28)).start, xun_of(date(2026, 2, 28)).end) == (
        date(2026, 2, 21), date(2026, 2, 28))
    assert xun_of(date(2024, 2, 21)).end == date(2024, 2, 29)
    assert xun_of(date(2026, 3, 31)).start == date(2026, 3, 21)
    q = units_in(parse_period("2026Q1"), "xun")
    assert len(q) == 9 and q[0].start == date(2026, 1, 1) and q[-1].end == date(2026, 3, 31)
    assert [u.label for u in q[-3:]] == ["2026-03-X1", "2026-03-X2", "2026-03-X3"]


def test_month_quarter_and_year_belong_to_the_period_of_their_last_day() -> None:
    assert len(units_in(parse_period("2026Q3"), "month")) == 3
    assert units_in(parse_period("2026-02"), "quarter") == []
    march = units_in(parse_period("2026-03"), "quarter")
    assert [(u.start, u.end) for u in march] == [(date(2026, 1, 1), date(2026, 3, 31))]
    assert units_in(parse_period("2026Q3"), "year") == []
    assert [u.label for u in units_in(parse_period("2026Q4"), "year")] == ["2026"]


def test_active_months_leave_out_winter() -> None:
    # Akqi: village chiefs weekly, March to December only
    f = Frequency(1, "week", tuple(range(3, 13)))
    q1 = required_units(parse_period("2026Q1"), f)
    # weeks whose Thursday is in March: 5, 12, 19, 26 March
    assert [u.start for u in q1] == [date(2026, 3, 2), date(2026, 3, 9), date(2026, 3, 16),
                                    date(2026, 3, 23)]
    monthly = Frequency(1, "month", tuple(range(3, 13)))
    assert len(required_units(parse_period("2026Q1"), monthly)) == 1
    quarterly = Frequency(1, "quarter", (3,))
    assert len(required_units(parse_period("2026Q1"), quarterly)) == 1
    assert required_units(parse_period("2026Q2"), quarterly) == []


def test_patrol_outside_the_quarter_counts_for_the_edge_week() -> None:
    q1 = parse_period("2026Q1")
    spans = merge_spans([(date(2025, 6, 1), None)], q1)
    # 30 December 2025 is in week 1 of 2026 (Thursday 1 January): it counts for 2026Q1
    d = duty(q1, WEEKLY, spans, [date(2025, 12, 30)])
    assert d.made[0] == 1 and d.credited == 1 and d.missed == 12
    q4 = parse_period("2025Q4")
    d4 = duty(q4, WEEKLY, merge_spans([(date(2025, 6, 1), None)], q4), [date(2025, 12, 30)])
    assert d4.credited == 0 and d4.missed == 13


def test_patrols_count_per_unit_up_to_the_required_number() -> None:
    q1 = parse_period("2026Q1")
    spans = merge_spans([(date(2026, 1, 1), None)], q1)
    three_in_one_week = [date(2026, 1, 6), date(2026, 1, 7), date(2026, 1, 8)]
    d = duty(q1, WEEKLY, spans, three_in_one_week)
    assert (d.full, d.required, d.credited, d.missed) == (13, 13, 1, 12)
    assert len(d.short_units) == 12
    twice = duty(q1, Frequency(2, "month"), spans, three_in_one_week)
    assert (twice.required, twice.credited, twice.missed) == (6, 2, 4)


def test_a_chief_replaced_mid_quarter_owes_a_share_rounded_down() -> None:
    q1 = parse_period("2026Q1")  # 90 days
    first = merge_spans([(date(2025, 3, 1), date(2026, 2, 14))], q1)  # 45 days
    second = merge_spans([(date(2026, 2, 15), None)], q1)  # 45 days
    weekly_days = [date(2026, 1, 5) + timedelta(days=7 * i) for i in range(5)]  # 5 weeks
    d = duty(q1, WEEKLY, first, weekly_days)
    # 13 x 45 / 90 = 6.5 -> 6 required; weeks 1..7 overlap his days; 5 patrols counted
    assert (d.full, d.days_assigned, d.required) == (13, 45, 6)
    assert len(d.units) == 7 and d.credited == 5 and d.missed == 1
    assert d.prorated
    d2 = duty(q1, WEEKLY, second, [])
    assert (d2.required, d2.missed, len(d2.units)) == (6, 6, 7)  # weeks 7..13
    monthly = duty(q1, Frequency(1, "month"), merge_spans([(date(2026, 3, 2), None)], q1), [])
    assert (monthly.full, monthly.days_assigned, monthly.required) == (3, 30, 1)  # 3x30/90


def test_merge_spans_clips_and_joins() -> None:
    q1 = parse_period("2026Q1")
    spans = merge_spans([(date(2026, 2, 1), date(2026, 2, 10)), (date(2025, 1, 1),
                         date(2026, 1, 31)), (date(2026, 3, 1), None)], q1)
    assert spans == [(date(2026, 1, 1), date(2026, 2, 10)), (date(2026, 3, 1), date(2026, 3, 31))]
    assert merge_spans([(date(2026, 4, 1), None)], q1) == []


# --- units as bits (how a province's patrols are read) -------------------------------------

_day = st.dates(min_value=date(2019, 1, 1), max_value=date(2031, 12, 31))


@settings(max_examples=300, deadline=None)
@given(per=st.sampled_from(BIT_KINDS), base=_day, ahead=st.integers(0, 400))
def test_sql_finds_the_same_unit_bit_as_python(per: str, base: date, ahead: int) -> None:
    day = base + timedelta(days=ahead)
    with sqlite3.connect(":memory:") as conn:
        (bit,) = conn.execute(f"SELECT {unit_bit_sql(per, ':d', base)}",
                              {"d": day.isoformat()}).fetchone()
    assert bit == unit_bit(per, day, base)
    # the bit counts whole units: the first day of the unit holding ``day`` has it too
    assert unit_bit(per, unit_of(per, day).start, base) == bit


@settings(max_examples=300, deadline=None)
@given(per=st.sampled_from(BIT_KINDS), period=st.sampled_from(
           ["2025Q4", "2026Q1", "2026-02", "2026-12", "2026", "2020Q4"]),
       months=st.sets(st.integers(1, 12), min_size=1), offsets=st.lists(
           st.integers(-20, 400), max_size=40),
       spans=st.lists(st.tuples(st.integers(-10, 380), st.integers(0, 200)), min_size=1,
                      max_size=3))
def test_the_bits_of_the_units_give_the_figures_of_the_days(
        per: str, period: str, months: set[int], offsets: list[int],
        spans: list[tuple[int, int]]) -> None:
    p = parse_period(period)
    cal = DutyCalendar(p, Frequency(1, per, tuple(sorted(months))))
    if not cal.units:
        return
    base = min(p.start, cal.units[0].start)  # the reading window starts here or before
    days = [p.start + timedelta(days=n) for n in offsets]
    days = [d for d in days if d >= base]
    bits = 0
    for d in days:
        bits |= 1 << unit_bit(per, d, base)
    assigned = merge_spans([(p.start + timedelta(days=a), p.start + timedelta(days=a + n))
                            for a, n in spans], p)
    if not assigned:
        return
    assert cal.figures_of_hits(assigned, cal.hits(bits, base)) == cal.figures(assigned, days)


def test_a_unit_from_its_label() -> None:
    """The labels a scorecard names missed units by, read back as their days."""
    from riverchief.assessment.calendar import unit_from_label

    week = unit_from_label("week", "2026-W27")
    assert week is not None and (week.start, week.end) == (date(2026, 6, 29), date(2026, 7, 5))
    assert week.label == "2026-W27"
    xun = unit_from_label("xun", "2026-02-X3")
    assert xun is not None and (xun.start, xun.end) == (date(2026, 2, 21), date(2026, 2, 28))
    month = unit_from_label("month", "2026-03")
    assert month is not None and (month.start, month.end) == (date(2026, 3, 1),
                                                              date(2026, 3, 31))
    quarter = unit_from_label("quarter", "2026Q3")
    assert quarter is not None and quarter.end == date(2026, 9, 30)
    for per, label in (("week", "2026-07"), ("month", "2026Q3"), ("xun", "2026-07"),
                       ("week", "2026-W60"), ("fortnight", "2026-W01")):
        assert unit_from_label(per, label) is None, (per, label)
