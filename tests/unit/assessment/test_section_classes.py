"""The classes the assessment reads in bulk are those of the water-quality room."""

from __future__ import annotations

from datetime import date, datetime

from riverchief.assessment.inputs import section_month_classes
from riverchief.security import SYSTEM
from riverchief.waterquality.samples import add_sample, list_sections, load_samples
from riverchief.waterquality.score import monthly_classes
from riverchief.waterquality.values import Measurement

from .district import District


def test_section_month_classes_are_the_water_quality_rooms(district: District) -> None:
    store, ids = district.store, district.ids
    s1 = ids["S1"]
    samples = [
        # one sample a month (classified in bulk): a range item out of range (pH 9.5: 劣V),
        # a ">=" item at its limit (DO 5.0: III), below detection (factor x limit), an item
        # that does not decide the class (fecal coliform), one with no river limits (tn)
        (datetime(2026, 4, 10, 9), "laboratory", {"ph": Measurement(9.5)}),
        (datetime(2026, 5, 10, 9), "laboratory", {"do": Measurement(5.0),
                                                  "codmn": Measurement(3.9)}),
        (datetime(2026, 6, 10, 9), "laboratory", {
            "nh3n": Measurement(None, True, 0.05), "tp": Measurement(0.21),
            "fecal_coliform": Measurement(50_000.0), "tn": Measurement(9.0)}),
        (datetime(2026, 7, 10, 9), "laboratory", {"do": Measurement(1.0)}),
        (datetime(2026, 8, 10, 9), "laboratory", {"cod": Measurement(15.0),
                                                  "bod5": Measurement(3.0)}),
        # two samples in a month (the room's means, sources chosen)
        (datetime(2026, 9, 3, 9), "laboratory", {"nh3n": Measurement(0.4)}),
        (datetime(2026, 9, 20, 9), "automatic", {"nh3n": Measurement(1.9)}),
        (datetime(2026, 9, 21, 9), "laboratory", {"nh3n": Measurement(1.2)}),
    ]
    for when, source, values in samples:
        add_sample(store, s1, when, source, values, actor=SYSTEM)
    sections = {s.id: s for s in list_sections(store)}
    start, end = date(2026, 1, 1), date(2026, 12, 31)
    got = section_month_classes(store, sections, start, end)
    want = {k: int(c.water_class) for k, c in monthly_classes(
        sections, load_samples(store, start, end)).items() if c.water_class is not None}
    assert got == want
    # the months above, and the district's own samples of 2026Q1
    assert set(got) == {(s1, f"2026-{m:02d}") for m in range(1, 10)}
    assert got[(s1, "2026-04")] == 6 and got[(s1, "2026-05")] == 3
    assert got[(s1, "2026-07")] == 6
    # only the sections asked for
    assert section_month_classes(store, sections, start, end, set()) == {}
