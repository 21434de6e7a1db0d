from datetime import date

import pytest

from riverchief.errors import UserError
from riverchief.periods import parse_period


@pytest.mark.parametrize(
    ("text", "start", "end", "kind", "label"),
    [
        ("2026", date(2026, 1, 1), date(2026, 12, 31), "year", "2026"),
        ("2026Q3", date(2026, 7, 1), date(2026, 9, 30), "quarter", "2026Q3"),
        ("2026q1", date(2026, 1, 1), date(2026, 3, 31), "quarter", "2026Q1"),
        ("2026-07", date(2026, 7, 1), date(2026, 7, 31), "month", "2026-07"),
        ("2024-2", date(2024, 2, 1), date(2024, 2, 29), "month", "2024-02"),
        (" 2026Q4 ", date(2026, 10, 1), date(2026, 12, 31), "quarter", "2026Q4"),
    ],
)
def test_parse(text, start, end, kind, label) -> None:
    p = parse_period(text)
    assert (p.start, p.end, p.kind, p.label) == (start, end, kind, label)


@pytest.mark.parametrize("text", ["", "26", "2026Q5", "2026-13", "2026-00", "Q3", "2026/07"])
def test_bad_periods_say_what_is_accepted(text) -> None:
    with pytest.raises(UserError) as err:
        parse_period(text)
    assert "2026Q3" in str(err.value)


def test_months_previous_and_last_year() -> None:
    q = parse_period("2026Q1")
    assert [m.label for m in q.months()] == ["2026-01", "2026-02", "2026-03"]
    assert q.previous().label == "2025Q4"
    assert q.same_period_last_year().label == "2025Q1"
    assert parse_period("2026-01").previous().label == "2025-12"
    assert q.days == 90


def test_english_message(english) -> None:
    with pytest.raises(UserError) as err:
        parse_period("soon")
    assert "is not a period" in str(err.value)
