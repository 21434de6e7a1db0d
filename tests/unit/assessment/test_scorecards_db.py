"""Scorecards from the database: the small district of conftest.py, every figure by hand."""

from __future__ import annotations

from decimal import Decimal

import pytest

from riverchief.assessment.scorecards import compute
from riverchief.errors import UserError

from .district import District


def cards(district: District, **kw: object) -> dict[str, object]:
    return {c.chief.code: c for c in compute(district.store, "2026Q1", **kw).cards}  # type: ignore[arg-type]


def points(card: object) -> dict[str, object]:
    return {i.key: i.points for i in card.indicators}  # type: ignore[attr-defined]


def test_every_scorecard_of_the_small_district(district: District) -> None:
    got = cards(district)
    third = Decimal(10) / 3

    vb = got["VB"]  # replaced VA on 15 Feb: 13 x 45/90 = 6.5 -> 6 weeks owed, all made
    assert points(vb) == {"patrol": 35, "problem_reporting": 10, "problem_handling": 15,
                          "water_quality": 5, "supervision": 20, "outfalls": 5}
    wq = vb.indicator("water_quality")
    assert wq.max_points == 10  # not assigned last year: the improvement part does not apply
    assert [r.label for r in wq.deductions[0].records] == ["S1 2026-02"]
    assert (vb.total, vb.grade) == (Decimal("94.74"), "excellent")  # 90 of 95

    vc = got["VC"]  # 13 of 13 weeks; P1 reported 3 days after its patrol, overdue 10 days
    assert points(vc) == {"patrol": 35, "problem_reporting": 9, "problem_handling": 12,
                          "water_quality": None, "supervision": 20, "outfalls": 3}
    handling = vc.indicator("problem_handling").deductions[0]
    assert handling.points == 3 and handling.records[0].label == "P1"
    assert vc.indicator("outfalls").deductions[0].records[0].label == "O1"
    assert (vc.total, vc.grade) == (Decimal("92.94"), "excellent")  # 79 of 85

    va = got["VA"]  # 6 owed, weeks 1-5 made: -2; one record with neither text nor photo
    patrol = va.indicator("patrol")
    assert [(d.kind, d.points) for d in patrol.deductions] == [
        ("missed_patrol", 2), ("incomplete_record", Decimal("0.5"))]
    assert [r.id for r in patrol.deductions[0].records] == ["2026-W06", "2026-W07"]
    assert patrol.deductions[1].records[0].id == district.ids["pVA2"]
    assert points(va)["water_quality"] == 5  # Jan ok, Feb missed: -5; 50 < 100 last year: -5
    assert (va.total, va.grade) == (Decimal("87.50"), "good")

    tc = got["TC"]  # March missed -2, the March patrol invalid -1; P2 found by media -2
    assert points(tc) == {"patrol": 32, "problem_reporting": 8, "problem_handling": 15,
                          "water_quality": Decimal(15) - (third + 5), "supervision": 20,
                          "outfalls": 5}
    assert tc.indicator("patrol").deductions[1].records[0].id == district.ids["pTC3"]
    assert (tc.total, tc.grade) == (Decimal("86.67"), "good")

    dc = got["DC"]  # complaint K1 -1; finding P4 unfixed at Feb end -5 and Mar end -10
    sup = dc.indicator("supervision")
    assert [(d.kind, d.points, [r.label for r in d.records]) for d in sup.deductions] == [
        ("complaint", 1, ["K1"]), ("unfixed_finding", 15, ["P4"])]
    assert points(dc)["outfalls"] == 3 and points(dc)["problem_reporting"] == 10
    assert (dc.total, dc.grade) == (Decimal("73.67"), "pass")

    assert {c: (got[c].rank, got[c].rank_overall) for c in got} == {
        "VB": (1, 1), "VC": (2, 2), "VA": (3, 3), "TC": (1, 4), "DC": (1, 5)}


def test_area_and_level_scope(district: District) -> None:
    assert sorted(cards(district, area_code="410102001002")) == ["VC"]
    assert sorted(cards(district, area_code="410102001")) == ["TC", "VA", "VB", "VC"]
    assert sorted(cards(district, level="village")) == ["VA", "VB", "VC"]
    with pytest.raises(UserError):
        cards(district, area_code="999")
    with pytest.raises(UserError):
        cards(district, level="city")


def test_a_month_has_its_own_duties(district: District) -> None:
    got = {c.chief.code: c for c in compute(district.store, "2026-03").cards}
    # VA left in February: not in March's assessment
    assert "VA" not in got
    # the district chief's quarterly patrol is due in the quarter's last month; made in Feb
    assert got["DC"].indicator("patrol").points == 35
    # TC: March required, the only March patrol invalid: -2 missed, -1 invalid
    assert got["TC"].indicator("patrol").points == 32


class _Said:
    """A progress that keeps what the work says it is doing."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    def report(self, done: int, total: int, text: str = "") -> None:
        if text:
            self.texts.append(text)

    def cancelled(self) -> bool:
        return False


def test_the_progress_says_what_is_read_in_the_readers_words(district: District) -> None:
    from riverchief import i18n

    for language, words in (("zh_CN", ["正在读取巡河记录", "正在计算 5 名河长的得分"]),
                            ("en", ["Reading the patrols", "Scoring 5 chiefs"])):
        said = _Said()
        with i18n.using_language(language):
            compute(district.store, "2026Q1", progress=said)
        # the steps' words, not their keys ("patrols", "water", "bonus")
        assert not {"patrols", "problems", "outfalls", "water", "bonus"} & set(said.texts)
        assert said.texts[0] == words[0] and said.texts[-1] == words[1]
