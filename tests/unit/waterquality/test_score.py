"""The chief's water-quality score (§6): attainment share over section-months, no data."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from riverchief.errors import UserError
from riverchief.periods import parse_period
from riverchief.waterquality import Measurement, WaterClass
from riverchief.waterquality.model import Sample, SectionRef
from riverchief.waterquality.score import (
    Span,
    attainment_scores,
    ccme_scores,
    monthly_classes,
    section_period,
    sections_of_chiefs,
    target_objectives,
)

W = WaterClass
S1 = SectionRef("s1", "S01", "甲桥", "g1", "a1", "river", W.III)
S2 = SectionRef("s2", "S02", "乙闸", "g1", "a1", "river", W.II)
S3 = SectionRef("s3", "S03", "丙湖心", "g2", "a1", "lake", W.III)
SECTIONS = {s.id: s for s in (S1, S2, S3)}


def sample(section: str, day: date, source: str = "laboratory", **values: float) -> Sample:
    return Sample(f"{section}-{day}-{source}", section, datetime(day.year, day.month, day.day, 9),
                  source, {k: Measurement(v) for k, v in values.items()})


def year_samples() -> dict[str, list[Sample]]:
    out: dict[str, list[Sample]] = {"s1": [], "s2": [], "s3": []}
    for m in range(1, 13):
        out["s1"].append(sample("s1", date(2026, m, 10), nh3n=0.9 if m % 2 else 1.2))
        if m <= 6:
            out["s2"].append(sample("s2", date(2026, m, 10), nh3n=0.4))
        out["s3"].append(sample("s3", date(2026, m, 10), tp=0.04))
    return out


def test_monthly_class_per_section_month() -> None:
    classes = monthly_classes(SECTIONS, year_samples())
    assert classes[("s1", "2026-01")].water_class == W.III
    assert classes[("s1", "2026-02")].water_class == W.IV
    assert classes[("s3", "2026-05")].water_class == W.III  # lake ladder
    assert ("s2", "2026-07") not in classes


def test_attainment_over_section_months() -> None:
    period = parse_period("2026")
    spans = [Span("c1", "g1", date(2020, 1, 1), None), Span("c2", "g2", date(2026, 7, 1), None),
             Span("c3", "g9", date(2020, 1, 1), None)]
    classes = monthly_classes(SECTIONS, year_samples())
    scores = attainment_scores(["c1", "c2", "c3", "c4"], spans, SECTIONS, classes, period)
    # c1: s1 6 of 12 months attain III, s2 6 of 6 attain II -> 12 of 18
    assert scores["c1"].attained == 12 and scores["c1"].counted == 18
    assert scores["c1"].score == pytest.approx(100 * 12 / 18)
    # c2 was assigned from July: 6 lake months, all III
    assert scores["c2"].counted == 6 and scores["c2"].score == 100.0
    # no sections or no data: no data, never 0 or 100
    assert scores["c3"].score is None and scores["c3"].label == "无数据"
    assert scores["c4"].score is None


def test_assignment_ended_mid_period() -> None:
    period = parse_period("2026Q1")
    spans = [Span("c1", "g1", date(2025, 1, 1), date(2026, 2, 1))]
    covered = sections_of_chiefs(spans, SECTIONS.values(), period)
    assert covered["c1"]["s1"] == ["2026-01", "2026-02"]
    classes = monthly_classes(SECTIONS, year_samples())
    score = attainment_scores(["c1"], spans, SECTIONS, classes, period)["c1"]
    assert (score.attained, score.counted) == (3, 4)


def test_month_without_data_not_counted() -> None:
    period = parse_period("2026-08")
    spans = [Span("c1", "g1", date(2020, 1, 1), None)]
    classes = monthly_classes(SECTIONS, year_samples())
    score = attainment_scores(["c1"], spans, SECTIONS, classes, period)["c1"]
    assert (score.attained, score.counted, score.score) == (0, 1, 0.0)  # s2 has no August


def test_ccme_alternative_needs_a_quarter() -> None:
    spans = [Span("c1", "g1", date(2020, 1, 1), None)]
    with pytest.raises(UserError):
        ccme_scores(["c1"], spans, SECTIONS, year_samples(), parse_period("2026-03"))


def test_ccme_alternative_score() -> None:
    samples: dict[str, list[Sample]] = {"s1": []}
    for m in range(1, 4):
        for d in (5, 15):
            samples["s1"].append(sample("s1", date(2026, m, d), ph=7.0, do=6.0, codmn=5.0,
                                        nh3n=0.5 if d == 5 else 1.5))
    spans = [Span("c1", "g1", date(2020, 1, 1), None)]
    score = ccme_scores(["c1", "c2"], spans, SECTIONS, samples, parse_period("2026Q1"))
    assert score["c1"].score is not None and 0 < score["c1"].score < 100
    assert score["c2"].score is None


def test_target_objectives() -> None:
    obj = target_objectives(S2)
    assert obj["do"] == (6.0, None)
    assert obj["tp"] == (None, 0.1)
    assert obj["ph"] == (6.0, 9.0)
    assert target_objectives(S3)["tp"] == (None, 0.05)


def test_section_period_with_sources_and_change() -> None:
    now = [sample("s1", date(2026, 7, 1), "automatic", nh3n=0.4, codmn=3.0),
           sample("s1", date(2026, 7, 2), "laboratory", nh3n=1.4, codmn=7.0, cod=10.0)]
    before = [sample("s1", date(2025, 7, 1), nh3n=0.5, codmn=3.0)]
    sp = section_period(S1, now, before)
    # automatic counts for NH3-N and CODMn, laboratory for COD
    assert sp.sources == {"nh3n": "automatic", "codmn": "automatic", "cod": "laboratory"}
    assert sp.water_class == W.II
    assert sp.attained is True
    assert sp.cwqi is not None and sp.cwqi.partial
    assert sp.cwqi_change is None  # partial sums are not compared
    assert sp.tli is None
