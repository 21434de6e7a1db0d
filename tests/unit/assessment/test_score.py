"""The scorecard calculus with every figure computed by hand (default rule set, 2026Q1)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from riverchief.assessment.facts import (
    BonusFact,
    ChiefFacts,
    ChiefRef,
    ComplaintFact,
    FindingFact,
    OutfallFact,
    PatrolFacts,
    ProblemFact,
    RecordRef,
    SectionMonth,
    Span,
    WaterFacts,
)
from riverchief.assessment.score import (
    IndicatorResult,
    Scorecard,
    competition_ranks,
    finding_deduction,
    rank,
    round_total,
    scale,
    scorecard,
)
from riverchief.periods import parse_period
from riverchief.rules import default_rules

Q1 = parse_period("2026Q1")
RULES = default_rules()
A = RULES.assessment


def ref(table: str, n: int | str) -> RecordRef:
    return RecordRef(table, f"{table}-{n}", f"{table.upper()}{n}")


def chief(code: str, level: str) -> ChiefRef:
    return ChiefRef(f"id-{code}", code, f"name {code}", level, "area-1", "柳泉镇", "410101")


def mondays(weeks: list[int]) -> list[date]:
    """Tuesday of the given 2026Q1 weeks (week 1 starts Monday 2025-12-29)."""
    return [date(2025, 12, 30) + timedelta(days=7 * (w - 1)) for w in weeks]


def village_a() -> ChiefFacts:
    return ChiefFacts(
        chief("V-A", "village"),
        [Span("seg-1", date(2024, 1, 1), None)],
        patrols=PatrolFacts(
            # weeks 1..11 have a valid patrol, week 3 has two; weeks 12 and 13 none
            {"": mondays(list(range(1, 12))) + mondays([3])},
            invalid=[ref("patrol", 90)],
            incomplete=[ref("patrol", 1), ref("patrol", 2), ref("patrol", 3)],
        ),
        problems=[
            ProblemFact(ref("problem", 1), date(2026, 1, 20), False),  # found by others
            ProblemFact(ref("problem", 2), date(2026, 1, 5), True, date(2026, 1, 8)),  # late
            ProblemFact(ref("problem", 3), date(2026, 1, 6), True, date(2026, 1, 7),
                        date(2026, 2, 10), date(2026, 2, 20)),  # closed 10 days late
            ProblemFact(ref("problem", 4), date(2025, 12, 1), False, None,
                        date(2026, 1, 1), None),  # found last year, overdue all quarter
        ],
        water=WaterFacts(
            [SectionMonth(RecordRef("section", "s1", f"S1 2026-0{m}"), f"2026-0{m}", True)
             for m in (1, 2, 3)]
            + [SectionMonth(RecordRef("section", "s2", f"S2 2026-0{m}"), f"2026-0{m}", m != 2)
               for m in (1, 2, 3)],
            score=83.3, score_last_year=90.0),
        complaints=[ComplaintFact(ref("complaint", 1), date(2026, 2, 1)),
                    ComplaintFact(ref("complaint", 2), date(2026, 3, 1)),
                    ComplaintFact(ref("complaint", 3), date(2026, 3, 2), substantiated=False),
                    ComplaintFact(ref("complaint", 4), date(2025, 12, 2))],
        findings=[FindingFact(ref("finding", 1), date(2026, 1, 2), date(2026, 1, 15))],
        outfalls=[OutfallFact(ref("outfall", 1), date(2026, 3, 1)),
                  OutfallFact(ref("outfall", 2), date(2026, 3, 1), date(2026, 2, 1)),
                  OutfallFact(ref("outfall", 3), date(2026, 6, 1))],
        bonuses=[BonusFact(ref("bonus", 1), Decimal(2), "provincial award"),
                 BonusFact(ref("bonus", 2), Decimal(2), "volunteer drive")],
    )


def test_village_chief_every_figure_by_hand() -> None:
    card = scorecard(village_a(), A, Q1, RULES.patrol)
    got = {i.key: i for i in card.indicators}

    patrol = got["patrol"]
    # 13 weeks required, 11 counted (the second patrol of week 3 does not count): 2 x 2 = 4;
    # 1 invalid x 1 = 1; 3 incomplete x 0.5 = 1.5  ->  35 - 6.5 = 28.5
    assert [(d.kind, d.points) for d in patrol.deductions] == [
        ("missed_patrol", 4), ("invalid_patrol", 1), ("incomplete_record", Decimal("1.5"))]
    assert [r.id for r in patrol.deductions[0].records] == ["2026-W12", "2026-W13"]
    assert patrol.deductions[1].records == [ref("patrol", 90)]
    assert patrol.points == Decimal("28.5")

    reporting = got["problem_reporting"]  # found by others -2, reported 3 days later -1
    assert [(d.kind, d.points, d.records) for d in reporting.deductions] == [
        ("found_by_others", 2, [ref("problem", 1)]), ("late_report", 1, [ref("problem", 2)])]
    assert reporting.points == 7

    handling = got["problem_handling"]
    # problem 4: overdue 2 Jan..31 Mar = 89 days: 1 + 0.2 x 89 = 18.8 -> capped at 5
    # problem 3: overdue 11..20 Feb = 10 days: 1 + 0.2 x 10 = 3
    assert [(d.records[0].id, d.points) for d in handling.deductions] == [
        ("problem-4", 5), ("problem-3", 3)]
    assert "89" in handling.deductions[0].reason
    assert handling.points == 7

    water = got["water_quality"]
    # 5 of 6 section-months met the target: 10 x 1/6 lost; worse than last year: 5 lost
    assert water.deductions[0].points == Decimal(10) / 6
    assert water.deductions[0].records == [RecordRef("section", "s2", "S2 2026-02")]
    assert water.deductions[1].points == 5
    assert water.points == Decimal(15) - (Decimal(10) / 6 + 5)  # 8.333..

    supervision = got["supervision"]
    # complaints: 2 substantiated in the quarter x 1 = 2; finding unfixed since 15 January:
    # Jan 5, Feb 10 (still unfixed), Mar 10 = 25 -> capped at 20; 22 > 20 -> counts 0
    assert [(d.kind, d.points) for d in supervision.deductions] == [
        ("complaint", 2), ("unfixed_finding", 20)]
    assert supervision.points == 0 and supervision.note

    assert got["outfalls"].points == 3  # one past its deadline, not remediated: -2
    assert card.bonus.points == 3  # 2 + 2 capped at 3

    # 28.5 + 7 + 7 + 8.3333.. + 0 + 3 = 53.8333..; all six apply (of 100); + 3 bonus
    assert card.scaled == Decimal("28.5") + 7 + 7 + (Decimal(15) - (Decimal(10) / 6 + 5)) + 3
    assert card.total == Decimal("56.83")
    assert card.grade == "fail"


def test_items_that_do_not_apply_are_scaled_pro_rata() -> None:
    facts = ChiefFacts(
        chief("T-B", "township"), [Span("seg-1", date(2024, 1, 1), None)],
        patrols=PatrolFacts({"": [date(2026, 1, 9), date(2026, 2, 9), date(2026, 3, 9)]}),
        problems=[ProblemFact(ref("problem", 7), date(2026, 3, 3), False)],
        water=WaterFacts([SectionMonth(RecordRef("section", "s1", "S1 2026-01"), "2026-01",
                                       True)], score=100.0, score_last_year=None),
        complaints=[], findings=[], outfalls=None)
    card = scorecard(facts, A, Q1, RULES.patrol)
    got = {i.key: i for i in card.indicators}
    assert got["outfalls"].points is None and not got["outfalls"].applicable
    assert got["water_quality"].max_points == 10  # the improvement part does not apply
    # 35 + 8 + 15 + 10 + 20 = 88 of 35 + 10 + 15 + 10 + 20 = 90  ->  97.777.. -> 97.78
    assert scale(card.indicators) == Decimal(88) * 100 / 90
    assert card.total == Decimal("97.78") and card.grade == "excellent"


def test_nothing_applies_gives_no_total() -> None:
    card = scorecard(ChiefFacts(chief("V-Z", "village"), []), A, Q1, RULES.patrol)
    assert card.total is None and card.grade is None
    assert all(not i.applicable for i in card.indicators)


def test_township_monthly_duty_and_the_json_shape() -> None:
    facts = ChiefFacts(chief("T-C", "township"), [Span("seg-2", date(2024, 1, 1), None)],
                       patrols=PatrolFacts({"": [date(2026, 1, 9), date(2026, 3, 9)]}))
    card = scorecard(facts, A, Q1, RULES.patrol)
    # 3 months required, February missed: 35 - 2 = 33 of 35 -> 94.2857.. -> 94.29
    assert card.total == Decimal("94.29")
    data = card.as_dict()
    assert data["chief_code"] == "T-C" and data["grade"] == "excellent"
    patrol = data["indicators"][0]
    assert (patrol["key"], patrol["points"], patrol["max_points"]) == ("patrol", 33.0, 35.0)
    assert patrol["deductions"][0]["points"] == -2.0
    assert patrol["deductions"][0]["records"] == [
        {"table": "month", "id": "2026-02", "label": "2026-02"}]


def test_per_segment_counting_prorates_each_segment() -> None:
    from dataclasses import replace

    from riverchief.rules.patrol import Frequency

    village = RULES.patrol.levels["village"]
    levels = dict(RULES.patrol.levels)
    levels["village"] = replace(village, frequency=Frequency(1, "month", counted_per="segment"))
    patrol_rules = replace(RULES.patrol, levels=levels)
    facts = ChiefFacts(
        chief("V-S", "village"),
        [Span("seg-1", date(2024, 1, 1), None), Span("seg-2", date(2026, 2, 15), None)],
        patrols=PatrolFacts({"seg-1": [date(2026, 1, 3), date(2026, 2, 3), date(2026, 3, 3)],
                             "seg-2": [date(2026, 3, 3)]}))
    card = scorecard(facts, A, Q1, patrol_rules, {"seg-1": "QSH-01", "seg-2": "QSH-02"})
    patrol = card.indicators[0]
    # seg-2: 3 x 45/90 = 1.5 -> 1 required; February and March overlap, March made: 0 missed
    assert patrol.deductions == [] and patrol.points == 35
    facts.patrols = PatrolFacts({"seg-1": [date(2026, 1, 3)], "seg-2": []})
    patrol = scorecard(facts, A, Q1, patrol_rules, {"seg-1": "QSH-01"}).indicators[0]
    assert [(d.points, [r.id for r in d.records]) for d in patrol.deductions] == [
        (4, ["2026-02", "2026-03"]), (2, ["2026-02", "2026-03"])]
    assert patrol.deductions[0].reason.startswith(("Segment QSH-01", "河段 QSH-01"))


def test_finding_doubles_when_still_unfixed_and_is_capped() -> None:
    rule = A.indicators["supervision"]
    # unfixed at the end of December already: every month of Q1 is a repeat, 10 x 3 = 30 -> 20
    old = FindingFact(ref("finding", 1), date(2025, 11, 1), date(2025, 12, 1))
    assert finding_deduction(old, rule, Q1).points == 20
    # deadline 10 February, fixed 15 March: Feb 5 (first time), March fixed before its end
    fixed = FindingFact(ref("finding", 2), date(2026, 1, 20), date(2026, 2, 10),
                        date(2026, 3, 15))
    assert finding_deduction(fixed, rule, Q1).points == 5
    # fixed 5 April: Feb 5, Mar 10 = 15 (under the cap)
    late = FindingFact(ref("finding", 3), date(2026, 1, 20), date(2026, 2, 10), date(2026, 4, 5))
    d = finding_deduction(late, rule, Q1)
    assert d.points == 15 and d.records == [ref("finding", 3)]
    # the months joined as the reader's language joins them
    from riverchief import i18n

    with i18n.using_language("zh_CN"):
        assert "2026-02 扣 5 分；2026-03" in d.reason
    with i18n.using_language("en"):
        assert "2026-02 -5; 2026-03" in d.reason
    fixed_in_time = FindingFact(ref("finding", 4), date(2026, 1, 2), date(2026, 1, 31),
                                date(2026, 1, 30))
    assert finding_deduction(fixed_in_time, rule, Q1) is None


def test_rounding_half_up_before_grading() -> None:
    assert round_total(Decimal("89.994")) == Decimal("89.99")
    assert A.grade(round_total(Decimal("89.994"))) == "good"
    assert round_total(Decimal("89.995")) == Decimal("90.00")
    assert A.grade(round_total(Decimal("89.995"))) == "excellent"
    assert [A.grade(Decimal(x)) for x in ("80", "79.99", "60", "59.99", "100")] == [
        "good", "pass", "pass", "fail", "excellent"]


@pytest.mark.parametrize("bonus,total,grade", [("1.994", "89.99", "good"),
                                               ("1.995", "90.00", "excellent")])
def test_a_scorecard_total_is_rounded_then_graded(bonus: str, total: str, grade: str) -> None:
    # only the problem indicators apply (10 + 15 = 25 possible); one problem overdue from
    # 22 to 31 March = 10 days: 1 + 0.2 x 10 = 3 lost -> 22 of 25 = 88, plus the bonus
    facts = ChiefFacts(
        chief("V-X", "village"), [Span("s", date(2024, 1, 1), None)],
        problems=[ProblemFact(ref("problem", 1), date(2025, 12, 1), True, date(2025, 12, 1),
                              date(2026, 3, 21))],
        bonuses=[BonusFact(ref("bonus", 1), Decimal(bonus), "award")])
    card = scorecard(facts, A, Q1, RULES.patrol)
    assert card.scaled == 88
    assert (card.total, card.grade) == (Decimal(total), grade)


def test_equal_totals_share_a_rank() -> None:
    values = [Decimal(90), Decimal(85), Decimal(85), Decimal(80), None]
    assert competition_ranks(values) == [1, 2, 2, 4, None]
    cards = [scorecard(ChiefFacts(chief(code, level), [Span("s", date(2024, 1, 1), None)],
                                  patrols=PatrolFacts({"": mondays(weeks)})),
                       A, Q1, RULES.patrol)
             for code, level, weeks in [
                 ("V1", "village", list(range(1, 14))), ("V2", "village", list(range(1, 13))),
                 ("V3", "village", list(range(2, 14))), ("V4", "village", list(range(3, 14))),
                 ("T1", "township", [2, 6, 10])]]
    ranked = rank(cards)
    got = {c.chief.code: (c.total, c.rank, c.rank_overall) for c in ranked}
    # village: 13 weeks -> 100; 12 weeks -> 33/35 -> 94.29 (twice); 11 -> 31/35 -> 88.57
    assert got == {
        "V1": (Decimal("100.00"), 1, 1), "T1": (Decimal("100.00"), 1, 1),
        "V2": (Decimal("94.29"), 2, 3), "V3": (Decimal("94.29"), 2, 3),
        "V4": (Decimal("88.57"), 4, 5)}
    assert [c.chief.code for c in ranked] == ["T1", "V1", "V2", "V3", "V4"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["district", "township", "village"]),
                          st.one_of(st.none(), st.sampled_from(
                              [Decimal("90.00"), Decimal("85.5"), Decimal("85.50"),
                               Decimal("60"), Decimal("0.00")]))), max_size=30),
       st.randoms(use_true_random=False))
def test_ranks_are_competition_ranks_in_every_order(lines: list[tuple[str, Decimal | None]],
                                                    rnd: Any) -> None:
    cards = [Scorecard(chief(f"C{n:03d}", level), [], IndicatorResult("bonus", Decimal(0),
                                                                        Decimal(0)),
                       total, total, None) for n, (level, total) in enumerate(lines)]
    rnd.shuffle(cards)
    ranked = rank(cards)
    assert sorted(ranked, key=lambda c: c.chief.code) == sorted(cards, key=lambda c: c.chief.code)
    assert [c.chief.code for c in ranked] == [c.chief.code for c in sorted(
        cards, key=lambda c: (c.rank_overall is None, c.rank_overall or 0, c.chief.code))]
    in_code = sorted(cards, key=lambda c: c.chief.code)
    assert [c.rank_overall for c in in_code] == competition_ranks([c.total for c in in_code])
    for level in ("district", "township", "village"):
        group = [c for c in in_code if c.chief.level == level]
        assert [c.rank for c in group] == competition_ranks([c.total for c in group])


@pytest.mark.parametrize("weeks,total,grade", [(13, "100.00", "excellent"),
                                               (10, "82.86", "good"), (5, "54.29", "fail")])
def test_grades_from_patrol_duty(weeks: int, total: str, grade: str) -> None:
    facts = ChiefFacts(chief("V", "village"), [Span("s", date(2024, 1, 1), None)],
                       patrols=PatrolFacts({"": mondays(list(range(1, weeks + 1)))}))
    card = scorecard(facts, A, Q1, RULES.patrol)
    assert (card.total, card.grade) == (Decimal(total), grade)
