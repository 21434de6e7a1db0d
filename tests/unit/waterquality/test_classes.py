"""Classes of one sample and of a period mean, status words, attainment, main pollutants."""

from __future__ import annotations

import pytest

from riverchief.errors import UserError
from riverchief.waterquality import (
    Measurement,
    Status,
    WaterClass,
    attains,
    classify,
    classify_value,
    main_pollutants,
    status_of,
)
from riverchief.waterquality.classes import exceedance_multiple, pollutants_text
from riverchief.waterquality.rules import WaterQualityRules
from riverchief.waterquality.values import means

W = WaterClass


@pytest.mark.parametrize(
    ("key", "value", "water_type", "expected"),
    [
        # <= items: equal to a limit belongs to that class
        ("codmn", 2.0, "river", W.I),
        ("codmn", 2.0001, "river", W.II),
        ("codmn", 4.0, "river", W.II),
        ("codmn", 6.0, "river", W.III),
        ("codmn", 10.0, "river", W.IV),
        ("codmn", 15.0, "river", W.V),
        ("codmn", 15.01, "river", W.WORSE_THAN_V),
        ("nh3n", 0.15, "river", W.I),
        ("nh3n", 0.5, "river", W.II),
        ("nh3n", 1.0, "river", W.III),
        ("nh3n", 1.5, "river", W.IV),
        ("nh3n", 2.0, "river", W.V),
        ("nh3n", 2.0000001, "river", W.WORSE_THAN_V),
        # equal limits of several classes: the first class
        ("cod", 15.0, "river", W.I),
        ("cu", 1.0, "river", W.II),
        ("hg", 0.00005, "river", W.I),
        ("hg", 0.0001, "river", W.III),
        # TP: the reference's rounding trap and both ladders
        ("tp", 0.1004, "river", W.III),
        ("tp", 0.1, "river", W.II),
        ("tp", 0.02, "river", W.I),
        ("tp", 0.2, "river", W.III),
        ("tp", 0.4, "river", W.V),
        ("tp", 0.41, "river", W.WORSE_THAN_V),
        ("tp", 0.01, "lake", W.I),
        ("tp", 0.025, "lake", W.II),
        ("tp", 0.05, "lake", W.III),
        ("tp", 0.1, "lake", W.IV),
        ("tp", 0.1004, "lake", W.V),
        ("tp", 0.2, "lake", W.V),
        ("tp", 0.2001, "lake", W.WORSE_THAN_V),
        # DO >=: the first class whose limit is reached; below 2 is worse than V
        ("do", 7.5, "river", W.I),
        ("do", 7.49, "river", W.II),
        ("do", 6.0, "river", W.II),
        ("do", 5.0, "river", W.III),
        ("do", 3.0, "river", W.IV),
        ("do", 2.0, "river", W.V),
        ("do", 1.99, "river", W.WORSE_THAN_V),
        ("do", 1.9999, "river", W.WORSE_THAN_V),
        # pH: 6..9 inclusive is class I, outside worse than V
        ("ph", 6.0, "river", W.I),
        ("ph", 9.0, "river", W.I),
        ("ph", 5.99, "river", W.WORSE_THAN_V),
        ("ph", 9.01, "river", W.WORSE_THAN_V),
        ("fecal_coliform", 10000, "river", W.III),
        ("tn", 1.0, "lake", W.III),
    ],
)
def test_classify_value(key: str, value: float, water_type: str, expected: WaterClass) -> None:
    assert classify_value(key, value, water_type) == expected


def test_no_class_for_temperature_and_river_tn() -> None:
    assert classify_value("water_temp", 30.0) is None
    assert classify_value("tn", 5.0, "river") is None


def test_sample_class_is_the_worst_measured_item() -> None:
    c = classify({"ph": 7.5, "do": 6.2, "codmn": 4.1, "nh3n": 0.5, "tp": 0.1004})
    assert c.water_class == W.III
    assert c.item_classes == {"ph": W.I, "do": W.II, "codmn": W.III, "nh3n": W.II, "tp": W.III}
    assert c.status == Status.GOOD
    assert sorted(c.worst_items()) == ["codmn", "tp"]


def test_unmeasured_items_are_skipped_not_zero() -> None:
    # an automatic station: only five items; DO missing must not count as 0 (worse than V)
    c = classify({"ph": 7.0, "codmn": 3.0, "nh3n": None, "tp": 0.05})
    assert c.water_class == W.II
    assert "do" not in c.item_classes and "nh3n" not in c.item_classes
    assert classify({}).water_class is None
    assert classify({"water_temp": 20.0}).water_class is None


def test_tn_and_fecal_coliform_reported_not_in_class() -> None:
    c = classify({"tp": 0.03, "tn": 5.0, "fecal_coliform": 100000}, "lake")
    assert c.water_class == W.III  # TP 0.03 on the lake ladder
    assert c.reported == {"tn": W.WORSE_THAN_V, "fecal_coliform": W.WORSE_THAN_V}
    c2 = classify({"tp": 0.02, "tn": 5.0}, "lake", WaterQualityRules(tn_in_class=True))
    assert c2.water_class == W.WORSE_THAN_V


def test_water_type_is_not_guessed() -> None:
    assert classify({"tp": 0.1}, "river").water_class == W.II
    assert classify({"tp": 0.1}, "lake").water_class == W.IV
    with pytest.raises(UserError):
        classify({"tp": 0.1}, "湖")


def test_below_detection_enters_means_as_half_the_limit() -> None:
    samples = [
        {"nh3n": Measurement(None, True, 0.025)},
        {"nh3n": Measurement(1.0)},
    ]
    m = means(samples)["nh3n"]
    assert m.value == pytest.approx(0.50625)
    assert m.count == 2 and m.below == 1 and not m.all_below
    only_below = means([{"nh3n": Measurement(None, True, 0.025)}] * 3)["nh3n"]
    assert only_below.all_below
    assert only_below.display() == "<0.025"
    assert only_below.value == pytest.approx(0.0125)


def test_period_class_averages_first_then_classifies() -> None:
    # monthly values III, III, worse than V: the mean 1.1667 is class IV
    samples = [{"nh3n": 0.8}, {"nh3n": 0.7}, {"nh3n": 2.0}]
    m = means(samples)
    assert classify(m).water_class == W.IV
    # means exact: (0.1 + 0.2 + 0.3) / 3 equals the class III TP limit 0.2
    m2 = means([{"tp": 0.1}, {"tp": 0.2}, {"tp": 0.3}])
    assert classify(m2).water_class == W.III


def test_status_words() -> None:
    assert status_of(W.I) == Status.EXCELLENT
    assert status_of(W.II) == Status.EXCELLENT
    assert status_of(W.III) == Status.GOOD
    assert status_of(W.IV) == Status.LIGHTLY_POLLUTED
    assert status_of(W.V) == Status.MODERATELY_POLLUTED
    assert status_of(W.WORSE_THAN_V) == Status.HEAVILY_POLLUTED
    assert [s.label for s in Status] == ["优", "良好", "轻度污染", "中度污染", "重度污染"]


def test_attainment() -> None:
    assert attains(W.III, W.III) is True
    assert attains(W.II, W.III) is True
    assert attains(W.IV, W.III) is False
    assert attains(None, W.III) is None
    assert attains(W.II, None) is None


def test_class_labels_and_parsing(english: None) -> None:
    assert [c.label for c in W] == ["I", "II", "III", "IV", "V", "worse than V"]
    assert [c.code for c in W] == ["I", "II", "III", "IV", "V", "劣V"]
    for text, expected in [("III", W.III), ("Ⅲ", W.III), ("3", W.III), ("Ⅲ类", W.III),
                           ("劣V", W.WORSE_THAN_V), ("劣Ⅴ", W.WORSE_THAN_V),
                           ("worse than V", W.WORSE_THAN_V), ("iv", W.IV)]:
        assert W.parse(text) == expected
    with pytest.raises(UserError, match="not a water class"):
        W.parse("VII")


def test_class_labels_chinese() -> None:
    assert [c.label for c in W] == ["Ⅰ", "Ⅱ", "Ⅲ", "Ⅳ", "Ⅴ", "劣Ⅴ"]


def test_main_pollutants_reference_example() -> None:
    c = classify({"petroleum": 0.45, "codmn": 16, "tp": 0.45, "nh3n": 2.1})
    assert c.water_class == W.WORSE_THAN_V
    assert exceedance_multiple("petroleum", 0.45, W.III) == pytest.approx(8.0)
    assert exceedance_multiple("codmn", 16, W.III) == pytest.approx(1.6667, abs=1e-4)
    assert exceedance_multiple("tp", 0.45, W.III) == pytest.approx(1.25)
    assert exceedance_multiple("nh3n", 2.1, W.III) == pytest.approx(1.1)
    found = main_pollutants(c)
    assert [p.key for p in found] == ["codmn", "tp", "nh3n"]
    assert pollutants_text(found) == "高锰酸盐指数(1.67)、总磷(1.25)、氨氮(1.10)"


def test_no_main_pollutants_at_or_better_than_iii() -> None:
    assert main_pollutants(classify({"codmn": 6.0, "tp": 0.2})) == []


def test_heavy_metal_and_cyanide_first() -> None:
    c = classify({"codmn": 16, "pb": 0.06, "nh3n": 2.1, "tp": 0.45})
    assert c.item_classes["pb"] == W.V
    assert [p.key for p in main_pollutants(c)] == ["pb", "codmn", "tp"]
    c2 = classify({"codmn": 16, "cn": 0.25, "tp": 0.45})
    assert [p.key for p in main_pollutants(c2)][0] == "cn"
    # a heavy metal not worse than III does not lead
    c3 = classify({"codmn": 16, "cu": 1.0})
    assert [p.key for p in main_pollutants(c3)] == ["codmn"]


def test_no_multiple_for_do_and_ph() -> None:
    c = classify({"do": 1.5, "ph": 9.5, "codmn": 16})
    found = main_pollutants(c)
    assert [p.key for p in found] == ["codmn", "do", "ph"]
    assert found[1].multiple is None and found[2].multiple is None
    assert found[1].label == "溶解氧"


def test_main_pollutants_against_target_use_that_class_limit() -> None:
    c = classify({"tp": 0.119, "codmn": 3.0})  # TP class III
    assert main_pollutants(c) == []
    found = main_pollutants(c, against=W.II)
    assert [p.key for p in found] == ["tp"]
    assert found[0].multiple == pytest.approx(0.19)
    assert found[0].label == "总磷(0.19)"


def test_main_pollutants_lake_multiple_uses_lake_limit() -> None:
    c = classify({"tp": 0.15}, "lake")
    found = main_pollutants(c)
    assert found[0].multiple == pytest.approx(2.0)


def test_at_most_three() -> None:
    c = classify({"codmn": 16, "nh3n": 2.1, "tp": 0.45, "bod5": 11, "cod": 41})
    assert len(main_pollutants(c)) == 3


def test_source_precedence_rule_setting() -> None:
    from riverchief.waterquality.values import period_means

    auto = ("automatic", {"nh3n": Measurement(0.4), "cod": Measurement(30.0)})
    lab = ("laboratory", {"nh3n": Measurement(1.8), "cod": Measurement(12.0)})
    field = ("field", {"nh3n": Measurement(3.0), "tp": Measurement(0.15)})
    means, used = period_means([auto, lab, field])
    # default: automatic for NH3-N, laboratory for the rest; field only when neither
    assert used == {"nh3n": "automatic", "cod": "laboratory", "tp": "field"}
    assert means["nh3n"].value == 0.4 and means["cod"].value == 12.0
    rules = WaterQualityRules(automatic_first=())
    means2, used2 = period_means([auto, lab], rules)
    assert used2["nh3n"] == "laboratory" and means2["nh3n"].value == 1.8
    assert classify(means2, "river", rules).water_class == W.V
