"""The dashboard figures of the small district for 2026Q1."""

from __future__ import annotations

from riverchief.assessment.dashboard import figures
from riverchief.assessment.scorecards import compute

from .district import District


def test_dashboard_of_the_small_district(district: District) -> None:
    f = figures(district.store, compute(district.store, "2026Q1"))
    assert f.chiefs == 5
    # required: DC 1, TC 3, VA 6, VB 6, VC 13 = 29; counted: 1 + 2 + 5 + 6 + 13 = 27
    assert (f.patrols_required, f.patrols_counted) == (29, 27)
    assert round(f.patrol_rate or 0, 2) == 93.10
    # P1 (VC), P2 (TC), P3 (DC) found in the quarter (P4 is a supervision finding);
    # P2 closed; P1 overdue at the quarter's end
    assert (f.problems_found, f.problems_closed, f.problems_overdue) == (3, 1, 1)
    # S1: January, February (class V, missed), March
    assert (f.section_months, f.section_months_attained, f.section_months_worse_than_v) == (
        3, 2, 0)
    assert (f.complaints, f.complaints_previous) == (1, 0)
    assert f.grades == {"excellent": 2, "good": 2, "pass": 1, "fail": 0}
