"""The ``[assessment]`` section of the rule set: defaults, exact messages with lines, hash."""

from __future__ import annotations

from decimal import Decimal

import pytest

from riverchief.paths import resource_path
from riverchief.rules import RuleSetError, default_rules, parse_rules
from riverchief.rules.assessment import INDICATORS

DEFAULT_TEXT = resource_path("rules", "default.toml").read_text(encoding="utf-8")


def line_no(text: str, needle: str, after: str = "") -> int:
    lines = text.splitlines()
    start = next(i for i, ln in enumerate(lines) if after in ln) if after else 0
    return next(i for i in range(start, len(lines)) if needle in lines[i]) + 1


def test_the_shipped_assessment_rules() -> None:
    a = default_rules().assessment
    assert a.period == "quarter" and a.bonus_cap == 3
    assert a.bands == {"excellent": 90, "good": 80, "pass": 60}
    assert list(a.indicators) == list(INDICATORS)
    assert sum(i.max_points for i in a.indicators.values()) == 100
    assert a.indicators["problem_handling"]["per_day_overdue"] == Decimal("0.2")
    sup = a.indicators["supervision"]
    assert (sup["per_finding"], sup["repeat_factor"], sup["finding_cap"]) == (5, 2, 20)
    assert a.consequences.interview_running_periods == 2


def test_mistakes_in_the_assessment_are_reported_with_their_lines(english: None) -> None:
    text = (DEFAULT_TEXT.replace("excellent = 90", "excellent = 75")
            .replace("per_missed = 2 ", "per_missed = -2 ")
            .replace("per_unhandled = 2", "per_unhandled = 2\nper_closed = 1")
            .replace('period = "quarter"', 'period = "week"'))
    with pytest.raises(RuleSetError) as err:
        parse_rules(text, "mine.toml")
    period_line = line_no(text, 'period = "week"')
    assert str(err.value).splitlines() == [
        f"mine.toml, line {period_line}, assessment.period: "
        "must be one of: month, quarter (is week)",
        f"mine.toml, line {line_no(text, '[assessment.grades]')}, assessment.grades: "
        "the grade bands must fall: excellent > good > pass (are 75, 80, 60)",
        f"mine.toml, line {line_no(text, 'per_missed = -2')}, "
        "assessment.indicators.patrol.per_missed: must be at least 0 (is -2)",
        f"mine.toml, line {line_no(text, 'per_closed = 1')}, "
        "assessment.indicators.outfalls.per_closed: unknown key; expected one of: "
        "max_points, enabled, per_unhandled",
    ]


def test_maximum_points_must_add_up_to_100(english: None) -> None:
    text = DEFAULT_TEXT.replace("max_points = 35", "max_points = 30")
    with pytest.raises(RuleSetError) as err:
        parse_rules(text, "mine.toml")
    assert str(err.value) == (
        f"mine.toml, line {line_no(text, '[assessment.indicators.patrol]')}, "
        "assessment.indicators: the "
        "maximum points of the enabled indicators must add up to 100 (they add up to 95)")
    # disabling an indicator takes it out of the sum: 35 - 5 + ... = 100 with outfalls off
    text = (DEFAULT_TEXT.replace("max_points = 35", "max_points = 40")
            .replace("per_unhandled = 2", "per_unhandled = 2\nenabled = false"))
    rules = parse_rules(text, "mine.toml").assessment
    assert [i.key for i in rules.active()] == [
        "patrol", "problem_reporting", "problem_handling", "water_quality", "supervision"]


def test_water_quality_parts_must_make_its_maximum(english: None) -> None:
    text = DEFAULT_TEXT.replace("improve_points = 5", "improve_points = 4")
    with pytest.raises(RuleSetError) as err:
        parse_rules(text, "mine.toml")
    assert str(err.value) == (
        f"mine.toml, line {line_no(text, 'max_points = 15', '[assessment.indicators.water')}"
        ", assessment.indicators.water_quality.max_points: must equal attain_points + "
        "improve_points (14)")


def test_wrong_types_and_grade_lists(english: None) -> None:
    text = (DEFAULT_TEXT.replace("report_days = 1", "report_days = 1.5")
            .replace('praise_grades = ["excellent"]', 'praise_grades = ["best"]')
            .replace("criticise_overdue_findings = true", 'criticise_overdue_findings = "yes"'))
    with pytest.raises(RuleSetError) as err:
        parse_rules(text, "mine.toml")
    messages = [(p.line, p.message) for p in err.value.problems]
    assert messages == [
        (line_no(text, "report_days = 1.5"), "must be a whole number"),
        (line_no(text, 'praise_grades = ["best"]'),
         "must be a list of grades from: excellent, good, pass, fail"),
        (line_no(text, 'criticise_overdue_findings = "yes"'), "must be true or false"),
    ]


def test_the_hash_follows_the_figures_not_the_comments() -> None:
    base = parse_rules(DEFAULT_TEXT, "a.toml").digest
    assert len(base) == 64
    assert parse_rules(DEFAULT_TEXT + "\n# a comment\n", "b.toml").digest == base
    changed = parse_rules(DEFAULT_TEXT.replace("bonus_cap = 3", "bonus_cap = 4"), "c.toml")
    assert changed.digest != base and changed.assessment.bonus_cap == 4


def test_a_rule_set_without_assessment_uses_the_defaults() -> None:
    text = DEFAULT_TEXT.split("[assessment]")[0]
    rules = parse_rules(text, "old.toml")
    assert rules.assessment.indicators["patrol"].max_points == 35


def test_the_editor_writes_toml_that_reads_back_the_same() -> None:
    from dataclasses import replace

    from riverchief.rules.assessment import replace_assessment

    rules = default_rules()
    assert parse_rules(replace_assessment(rules.text, rules.assessment), "x").digest == \
        rules.digest
    a = rules.assessment
    bands = {**a.bands, "excellent": Decimal("92.5")}
    indicators = dict(a.indicators)
    indicators["outfalls"] = replace(indicators["outfalls"], enabled=False)
    indicators["patrol"] = replace(indicators["patrol"], max_points=Decimal(40))
    edited = replace(a, bands=bands, indicators=indicators)
    text = replace_assessment(rules.text, edited)
    again = parse_rules(text, "edited.toml")
    assert again.assessment == edited and again.patrol == rules.patrol
    assert "late_entry_days = 3" in text and text.count("[assessment]") == 1
