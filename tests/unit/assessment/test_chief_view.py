"""A chief's own view: the scorecard so far, weeks still due, problems nearing deadline."""

from __future__ import annotations

from datetime import date

import pytest

from riverchief.assessment.chief_view import chief_view
from riverchief.errors import UserError

from .district import District


def test_township_chief_mid_march(district: District) -> None:
    # TC patrolled in January and February; the March patrol was invalid: March is due
    view = chief_view(district.store, district.ids["TC"], date(2026, 3, 20))
    assert view.period.label == "2026Q1" and view.so_far.end == date(2026, 3, 20)
    assert view.units_missed == []
    assert [u.label for u in view.units_due] == ["2026-03"]
    # so far (1 January to 20 March) January and February are owed, both made; the invalid
    # March patrol costs 1
    assert view.card is not None and view.card.indicator("patrol").points == 34


def test_village_chief_problem_nearing_its_deadline(district: District) -> None:
    view = chief_view(district.store, district.ids["VC"], date(2026, 3, 5))
    assert view.units_missed == [] and view.units_due == []  # every week has its patrol
    # P1 (deadline 21 March) is within 7 days only from 14 March
    assert view.problems_due == []
    later = chief_view(district.store, district.ids["VC"], date(2026, 3, 16), warn_days=7)
    assert [(p.code, p.days_left) for p in later.problems_due] == [("P1", 5)]
    assert view.card is not None and view.card.indicator("patrol").points == 35


def test_missed_weeks_so_far(district: District) -> None:
    view = chief_view(district.store, district.ids["VB"], date(2026, 2, 27))
    # VB took office on 15 February and patrolled weeks 8 and 9 (Thursdays 19 and 26 Feb)
    assert "2026-W08" not in [u.label for u in view.units_missed]
    # weeks 1 to 6 were VA's, not VB's: VB missed none of them (week 7 ends on VB's first
    # day, and has no patrol)
    assert [u.label for u in view.units_missed] == ["2026-W07"]
    # VA left on 14 February: nothing of March is due from VA
    gone = chief_view(district.store, district.ids["VA"], date(2026, 2, 27))
    assert all(u.start <= date(2026, 2, 14) for u in gone.units_missed + gone.units_due)
    card = view.card
    assert card is not None
    # so far: 9 weeks, 13 of 58 days assigned: 9 x 13 / 58 = 2.02 -> 2 owed, 2 made
    assert card.indicator("patrol").points == 35


def test_a_week_still_due_that_the_score_already_counts(district: District) -> None:
    # Friday 3 April: VB has not patrolled week 14 (30 March to 5 April); its Thursday has
    # passed, so the scorecard so far counts it missed — a patrol by Sunday wins it back
    view = chief_view(district.store, district.ids["VB"], date(2026, 4, 3))
    assert [u.label for u in view.units_due][:2] == ["2026-W14", "2026-W15"]
    assert [u.label for u in view.units_counted] == ["2026-W14"]
    patrol = view.card.indicator("patrol") if view.card else None
    assert patrol is not None and patrol.points is not None and patrol.points < 35


def test_unknown_chief(district: District) -> None:
    with pytest.raises(UserError):
        chief_view(district.store, "nope", date(2026, 3, 5))
