"""The [waterquality] section of a rule set: defaults, validation with lines, in force."""

from __future__ import annotations

from pathlib import Path

import pytest

from riverchief.paths import resource_path
from riverchief.rules import RuleSetError, default_rules, parse_rules, use_rules
from riverchief.security import SYSTEM
from riverchief.waterquality.rules import DEFAULT_RULES, WaterQualityRules, load_rules


def default_text() -> str:
    return resource_path("rules", "default.toml").read_text(encoding="utf-8")


def test_shipped_rule_set_has_the_reference_defaults() -> None:
    assert default_rules().sections["waterquality"] == DEFAULT_RULES
    assert DEFAULT_RULES.automatic_first == ("ph", "do", "codmn", "nh3n", "tp", "tn")
    assert DEFAULT_RULES.priority_pollutants == ("cn", "pb", "cr6", "cd", "hg", "as", "cu", "zn")
    assert len(DEFAULT_RULES.cwqi_items) == 21
    assert DEFAULT_RULES.score_method == "attainment"


def test_mistakes_named_with_their_line(english: None) -> None:
    text = default_text().replace('score_method = "attainment"', 'score_method = "best"')
    text = text.replace("tn_in_class = false", 'tn_in_class = "no"')
    text = text.replace('priority_pollutants = ["cn",', 'priority_pollutants = ["xx", "cn",')
    with pytest.raises(RuleSetError) as err:
        parse_rules(text, "r.toml")
    message = str(err.value)
    assert "waterquality.score_method: must be one of: attainment, ccme, cwqi (is best)" in message
    assert "waterquality.tn_in_class: must be true or false" in message
    assert "waterquality.priority_pollutants: unknown items: xx" in message


def test_section_may_be_left_out() -> None:
    start = default_text().index("# Water quality")
    rules = parse_rules(default_text()[:start], "r.toml")
    assert "waterquality" not in rules.sections or \
        rules.sections["waterquality"] == DEFAULT_RULES


def test_rule_set_in_force(store: object, tmp_path: Path) -> None:
    path = tmp_path / "mine.toml"
    path.write_text(default_text().replace("tn_in_class = false", "tn_in_class = true"),
                    encoding="utf-8")
    assert load_rules(store) == DEFAULT_RULES  # type: ignore[arg-type]
    use_rules(store, path, actor=SYSTEM)  # type: ignore[arg-type]
    assert load_rules(store) == WaterQualityRules(tn_in_class=True)  # type: ignore[arg-type]
