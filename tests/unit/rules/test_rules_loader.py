"""The rule-set loader: the shipped default, and every mistake reported with its line."""

from __future__ import annotations

from pathlib import Path

import pytest

from riverchief.db import Store
from riverchief.errors import UserError
from riverchief.paths import resource_path
from riverchief.rules import RuleSetError, default_rules, load_rules, parse_rules
from riverchief.rules.locate import key_lines

DEFAULT_TEXT = resource_path("rules", "default.toml").read_text(encoding="utf-8")


def line_no(text: str, needle: str, after: str = "") -> int:
    """1-based line of the first line containing ``needle`` after the line containing ``after``."""
    lines = text.splitlines()
    start = next(i for i, ln in enumerate(lines) if after in ln) if after else 0
    return next(i for i in range(start, len(lines)) if needle in lines[i]) + 1


def test_default_rule_set_has_the_documented_defaults() -> None:
    rules = default_rules()
    p = rules.patrol
    assert set(p.levels) == {"district", "township", "village"}
    village = p.levels["village"]
    assert (village.frequency.count, village.frequency.per) == (1, "week")
    assert p.levels["township"].frequency.per == "month"
    assert p.levels["district"].frequency.per == "quarter"
    assert village.min_duration_min == 10 and village.min_distance_m == 1000
    assert p.coverage_buffer_m == 100
    assert (p.coverage_invalid_below, p.coverage_suspect_below) == (0.2, 0.6)
    assert p.jump_speed_kmh == 200 and p.photo_max_distance_m == 500
    assert p.late_entry_days == 3
    assert set(p.methods) == {"foot", "boat", "vehicle", "drone"}


def test_errors_name_their_lines_all_at_once(english: None) -> None:
    text = (DEFAULT_TEXT.replace("buffer_m = 100", "buffer_m = -5")
            .replace('per = "week"', 'per = "weekly"')
            .replace("max_speed_kmh = 40", 'max_speed_kmh = "fast"\nspeed = 3'))
    with pytest.raises(RuleSetError) as err:
        parse_rules(text, "mine.toml")
    problems = [(p.line, p.path) for p in err.value.problems]
    assert problems == [
        (line_no(text, "buffer_m = -5"), "patrol.coverage.buffer_m"),
        (line_no(text, 'max_speed_kmh = "fast"'), "patrol.methods.boat.max_speed_kmh"),
        (line_no(text, "speed = 3"), "patrol.methods.boat.speed"),
        (line_no(text, 'per = "weekly"'), "patrol.levels.village.per"),
    ]
    lines = str(err.value).splitlines()
    assert len(lines) == 4
    assert lines[0] == (f"mine.toml, line {problems[0][0]}, patrol.coverage.buffer_m: "
                        "must be more than 0 (is -5)")
    assert "must be one of: week, xun, month, quarter, year (is weekly)" in lines[3]


def test_missing_key_points_at_its_table(english: None) -> None:
    text = DEFAULT_TEXT.replace('required = 1\nper = "month"', 'per = "month"')
    with pytest.raises(RuleSetError) as err:
        parse_rules(text, "r.toml")
    (problem,) = err.value.problems
    assert problem.line == line_no(text, "[patrol.levels.township]")
    assert problem.message == "the key required is missing"


def test_unknown_section_and_level(english: None) -> None:
    text = DEFAULT_TEXT + ('\n[patrol.levels.hamlet]\nrequired = 1\nper = "week"\n\n'
                           '[scoring]\nx = 1\n')
    with pytest.raises(RuleSetError) as err:
        parse_rules(text, "r.toml")
    got = {(p.path, p.line) for p in err.value.problems}
    assert ("patrol.levels.hamlet", line_no(text, "[patrol.levels.hamlet]")) in got
    assert ("scoring", line_no(text, "[scoring]")) in got


def test_syntax_error_gives_the_line(english: None) -> None:
    text = "[ruleset]\nname = \"x\"\nversion = \"1\"\n\n[patrol\n"
    with pytest.raises(RuleSetError) as err:
        parse_rules(text, "s.toml")
    assert err.value.problems[0].line == 5
    assert str(err.value).startswith("s.toml, line 5: not valid TOML")


def test_thresholds_must_be_in_order(english: None) -> None:
    text = DEFAULT_TEXT.replace("suspect_below = 0.60", "suspect_below = 0.10")
    with pytest.raises(RuleSetError, match="must not be below invalid_below"):
        parse_rules(text, "t.toml")


def test_active_months_must_be_months(english: None) -> None:
    text = DEFAULT_TEXT.replace("active_months = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]\n"
                                "counted_per = \"chief\"\nmin_duration_min = 10\n"
                                "min_distance_m = 1000\n\n[patrol.levels.township]",
                                "active_months = [3, 13]\ncounted_per = \"chief\"\n"
                                "min_duration_min = 10\nmin_distance_m = 1000\n\n"
                                "[patrol.levels.township]")
    with pytest.raises(RuleSetError) as err:
        parse_rules(text, "m.toml")
    (problem,) = err.value.problems
    assert problem.path == "patrol.levels.district.active_months"
    assert problem.line == line_no(text, "active_months = [3, 13]")


def test_load_rules_from_file(tmp_path: Path, english: None) -> None:
    f = tmp_path / "winter.toml"
    f.write_text(DEFAULT_TEXT.replace('per = "week"\nactive_months = [1, 2, 3, 4, 5, 6, 7, 8, 9, '
                                      '10, 11, 12]', 'per = "week"\nactive_months = [3, 4, 5, '
                                      '6, 7, 8, 9, 10, 11, 12]'), encoding="utf-8")
    rules = load_rules(f)
    assert rules.patrol.levels["village"].frequency.active_months == tuple(range(3, 13))
    assert rules.source == "winter.toml"
    with pytest.raises(UserError, match="does not exist"):
        load_rules(tmp_path / "none.toml")


def test_key_lines_skip_multiline_values() -> None:
    text = ('a = 1\nb = """\nc = 2\n"""\n[t]\nlist = [\n  1,\n  2,\n]\nd.e = 3\n'
            '"quoted key" = 4\n[[arr]]\nx = 1\n[[arr]]\nx = 2\n')
    lines = key_lines(text)
    assert lines[("a",)] == 1 and lines[("b",)] == 2
    assert ("c",) not in lines
    assert lines[("t", "list")] == 6
    assert lines[("t", "d", "e")] == 10
    assert lines[("t", "quoted key")] == 11
    assert lines[("arr", "0", "x")] == 13 and lines[("arr", "1", "x")] == 15


def test_use_rules_needs_an_administrator_and_a_valid_file(
    store: Store, tmp_path: Path, english: None
) -> None:
    from riverchief.errors import PermissionDenied
    from riverchief.rules import rules_in_force, use_rules
    from riverchief.security import SYSTEM, Actor

    good = tmp_path / "strict.toml"
    good.write_text(DEFAULT_TEXT.replace("buffer_m = 100", "buffer_m = 50"), encoding="utf-8")
    bad = tmp_path / "bad.toml"
    bad.write_text(DEFAULT_TEXT.replace("buffer_m = 100", "buffer_m = 0"), encoding="utf-8")
    chief = Actor(id="u1", code="c1", name="河长", role="chief", chief_id="x")
    with pytest.raises(PermissionDenied):
        use_rules(store, good, actor=chief)
    assert rules_in_force(store).patrol.coverage_buffer_m == 100
    with pytest.raises(RuleSetError):
        use_rules(store, bad, actor=SYSTEM)
    assert rules_in_force(store).patrol.coverage_buffer_m == 100
    use_rules(store, good, actor=SYSTEM)
    assert rules_in_force(store).patrol.coverage_buffer_m == 50
    use_rules(store, None, actor=SYSTEM)
    assert rules_in_force(store).patrol.coverage_buffer_m == 100


def test_the_shipped_rule_set_is_named_in_the_reader_s_language() -> None:
    from riverchief.rules import default_rules, shown_name

    name = default_rules().name
    assert shown_name(name) == "默认规则（河南 2018 年巡河频次）"
    # as patrols keep it, with the version after the name
    assert shown_name(f"{name} 2026.1") == "默认规则（河南 2018 年巡河频次） 2026.1"
    assert shown_name("县级规则 2027") == "县级规则 2027"  # an author's own name stays


def test_the_shipped_name_in_english(english: None) -> None:
    from riverchief.rules import default_rules, shown_name

    assert shown_name(default_rules().name) == "Default (Henan 2018 frequencies)"
