"""The ``[assessment]`` section of a rule set (考核规则): indicators, deductions, grades.

The section names the assessment period (month or quarter), the indicators with their
maximum points and deduction figures, the cap on bonus points, the grade bands and the
consequences of a result (通报表扬, 约谈, 通报批评). Each indicator has a fixed list of
figures (:data:`INDICATORS`), so the rule editor can show a form for it and a misspelt
figure is an error, not a silent default. All figures are read as :class:`Decimal` from
their TOML text, so 0.1 stays 0.1 in every sum.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from riverchief.i18n import translate
from riverchief.rules.locate import line_of
from riverchief.rules.schema import Checker, RuleProblem

GRADES = ("excellent", "good", "pass", "fail")
ASSESSMENT_PERIODS = ("month", "quarter")
CONSEQUENCES = ("praise", "interview", "criticism")


@dataclass(frozen=True)
class Figure:
    """One figure of an indicator: its key, default and allowed range."""

    key: str
    default: Decimal
    minimum: Decimal = Decimal(0)
    maximum: Decimal | None = None
    integer: bool = False


def _f(key: str, default: str, maximum: str | None = None, *, integer: bool = False,
       minimum: str = "0") -> Figure:
    return Figure(key, Decimal(default), Decimal(minimum),
                  Decimal(maximum) if maximum is not None else None, integer)


#: indicator key -> (default maximum points, its figures). The order is the scorecard's.
INDICATORS: dict[str, tuple[Decimal, tuple[Figure, ...]]] = {
    "patrol": (Decimal(35), (
        _f("per_missed", "2"),           # each required patrol not made
        _f("per_invalid", "1"),          # each patrol judged invalid
        _f("per_incomplete", "0.5"),     # each record without text or photo
        _f("incomplete_cap", "5"),       # at most this much for incomplete records
    )),
    "problem_reporting": (Decimal(10), (
        _f("per_found_by_others", "2"),  # each problem on the chief's waters found by others
        _f("per_late_report", "1"),      # each problem reported later than report_days
        _f("report_days", "1", "365", integer=True),
    )),
    "problem_handling": (Decimal(15), (
        _f("per_overdue", "1"),          # each problem past its deadline...
        _f("per_day_overdue", "0.2"),    # ...plus this per day overdue
        _f("overdue_cap_each", "5"),     # at most this much for one problem
    )),
    "water_quality": (Decimal(15), (
        _f("attain_points", "10"),       # x share of section-months meeting the target
        _f("improve_points", "5"),       # not worse than the same period last year
    )),
    "supervision": (Decimal(20), (
        _f("per_complaint", "1"),        # each substantiated public complaint
        _f("complaint_cap", "5"),
        _f("per_finding", "5"),          # each supervision finding unfixed at a month's end
        _f("repeat_factor", "2", "10", minimum="1"),  # x this if still unfixed next month
        _f("finding_cap", "20"),         # at most this much for one finding in a period
    )),
    "outfalls": (Decimal(5), (
        _f("per_unhandled", "2"),        # each outfall past its deadline, not remediated
    )),
}

DEFAULT_BANDS = {"excellent": Decimal(90), "good": Decimal(80), "pass": Decimal(60)}


def indicator_name(key: str) -> str:
    return {
        "patrol": translate("Assessment", "Patrol duty"),
        "problem_reporting": translate("Assessment", "Problem reporting"),
        "problem_handling": translate("Assessment", "Problem handling"),
        "water_quality": translate("Assessment", "Water quality"),
        "supervision": translate("Assessment", "Complaints and supervision findings"),
        "outfalls": translate("Assessment", "Outfalls"),
        "bonus": translate("Assessment", "Bonus points"),
    }.get(key, key)


def grade_name(grade: str | None) -> str:
    return {
        "excellent": translate("Assessment", "excellent"),
        "good": translate("Assessment", "good"),
        "pass": translate("Assessment", "pass"),
        "fail": translate("Assessment", "fail"),
    }.get(grade or "", translate("Assessment", "not assessed"))


def consequence_name(kind: str) -> str:
    return {
        "praise": translate("Assessment", "public praise"),
        "interview": translate("Assessment", "admonitory talk"),
        "criticism": translate("Assessment", "public criticism"),
    }.get(kind, kind)


@dataclass(frozen=True)
class IndicatorRules:
    """An indicator (考核指标): its maximum points and deduction figures."""

    key: str
    max_points: Decimal
    figures: dict[str, Decimal]
    enabled: bool = True

    def __getitem__(self, figure: str) -> Decimal:
        return self.figures[figure]


@dataclass(frozen=True)
class ConsequenceRules:
    """What follows from a result: praise, an admonitory talk, public criticism."""

    praise_grades: tuple[str, ...] = ("excellent",)
    interview_grades: tuple[str, ...] = ("fail",)
    interview_running_grades: tuple[str, ...] = ("pass", "fail")
    interview_running_periods: int = 2
    criticise_overdue_findings: bool = True


@dataclass(frozen=True)
class AssessmentRules:
    """The ``[assessment]`` section."""

    period: str = "quarter"
    bonus_cap: Decimal = Decimal(3)
    bands: dict[str, Decimal] = field(default_factory=lambda: dict(DEFAULT_BANDS))
    indicators: dict[str, IndicatorRules] = field(default_factory=dict)
    consequences: ConsequenceRules = field(default_factory=ConsequenceRules)

    def grade(self, total: Decimal) -> str:
        for grade in ("excellent", "good", "pass"):
            if total >= self.bands[grade]:
                return grade
        return "fail"

    def active(self) -> list[IndicatorRules]:
        return [i for i in self.indicators.values() if i.enabled]


def default_assessment() -> AssessmentRules:
    indicators = {key: IndicatorRules(key, mx, {f.key: f.default for f in figures})
                  for key, (mx, figures) in INDICATORS.items()}
    return AssessmentRules(indicators=indicators)


def _decimal(value: float) -> Decimal:
    # through str: the figure as written (0.1 stays 0.1, not 0.1000000000000000055...)
    return Decimal(str(value)).normalize() if value != int(value) else Decimal(int(value))


def _plain(value: Decimal) -> float:
    """A bound as messages show it: 0, not 0.0."""
    return int(value) if value == int(value) else float(value)


def _grades(c: Checker, value: Any, path: tuple[str, ...], default: tuple[str, ...]
            ) -> tuple[str, ...]:
    if value is None:
        return default
    if not isinstance(value, list) or any(not isinstance(v, str) or v not in GRADES
                                          for v in value):
        c.error(path, translate("Rules", "must be a list of grades from: {grades}").format(
            grades=", ".join(GRADES)))
        return default
    return tuple(value)


def parse_assessment(doc: dict[str, Any], c: Checker) -> AssessmentRules:
    """Read and check ``[assessment]``; absent, the defaults apply."""
    if "assessment" not in doc:
        return default_assessment()
    path = ("assessment",)
    a = c.table(doc, (), "assessment")
    c.only(a, path, ("period", "bonus_cap", "grades", "indicators", "consequences"))
    period = c.choice(a, path, "period", ASSESSMENT_PERIODS, "quarter")
    bonus_cap = _decimal(c.number(a, path, "bonus_cap", 3, minimum=0, maximum=100))

    g_path = (*path, "grades")
    g = c.table(a, path, "grades")
    c.only(g, g_path, ("excellent", "good", "pass"))
    bands = {k: _decimal(c.number(g, g_path, k, float(v), minimum=0, maximum=100))
             for k, v in DEFAULT_BANDS.items()}
    if not bands["excellent"] > bands["good"] > bands["pass"]:
        c.error(g_path, translate(
            "Rules", "the grade bands must fall: excellent > good > pass (are {e}, {g}, {p})"
        ).format(e=bands["excellent"], g=bands["good"], p=bands["pass"]))

    i_path = (*path, "indicators")
    ind = c.table(a, path, "indicators")
    c.only(ind, i_path, tuple(INDICATORS))
    indicators: dict[str, IndicatorRules] = {}
    for key, (default_max, figures) in INDICATORS.items():
        k_path = (*i_path, key)
        t = c.table(ind, i_path, key)
        c.only(t, k_path, ("max_points", "enabled", *(f.key for f in figures)))
        enabled = t.get("enabled", True)
        if not isinstance(enabled, bool):
            c.error((*k_path, "enabled"), translate("Rules", "must be true or false"))
            enabled = True
        mx = _decimal(c.number(t, k_path, "max_points", float(default_max), minimum=0,
                               maximum=100))
        values: dict[str, Decimal] = {}
        for f in figures:
            values[f.key] = _decimal(c.number(
                t, k_path, f.key, float(f.default), minimum=_plain(f.minimum),
                maximum=None if f.maximum is None else _plain(f.maximum), integer=f.integer))
        indicators[key] = IndicatorRules(key, mx, values, enabled)
    wq = indicators["water_quality"]
    if wq["attain_points"] + wq["improve_points"] != wq.max_points:
        c.error((*i_path, "water_quality", "max_points"), translate(
            "Rules", "must equal attain_points + improve_points ({sum})").format(
                sum=wq["attain_points"] + wq["improve_points"]))
    total = sum((i.max_points for i in indicators.values() if i.enabled), Decimal(0))
    if total != 100:
        # the line of the first indicator's table: [assessment.indicators] is rarely written
        first = (*i_path, next(iter(ind))) if ind else i_path
        c.problems.append(RuleProblem(line_of(c.lines, first), ".".join(i_path), translate(
            "Rules", "the maximum points of the enabled indicators must add up to 100 (they add "
            "up to {total})").format(total=total)))

    q_path = (*path, "consequences")
    q = c.table(a, path, "consequences")
    c.only(q, q_path, ("praise_grades", "interview_grades", "interview_running_grades",
                       "interview_running_periods", "criticise_overdue_findings"))
    base = ConsequenceRules()
    criticise = q.get("criticise_overdue_findings", True)
    if not isinstance(criticise, bool):
        c.error((*q_path, "criticise_overdue_findings"),
                translate("Rules", "must be true or false"))
        criticise = True
    consequences = ConsequenceRules(
        praise_grades=_grades(c, q.get("praise_grades"), (*q_path, "praise_grades"),
                              base.praise_grades),
        interview_grades=_grades(c, q.get("interview_grades"), (*q_path, "interview_grades"),
                                 base.interview_grades),
        interview_running_grades=_grades(
            c, q.get("interview_running_grades"), (*q_path, "interview_running_grades"),
            base.interview_running_grades),
        interview_running_periods=int(c.number(q, q_path, "interview_running_periods", 2,
                                               minimum=2, maximum=12, integer=True)),
        criticise_overdue_findings=criticise,
    )
    return AssessmentRules(period, bonus_cap, bands, indicators, consequences)


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return format(value.normalize(), "f") if value != value.to_integral() else str(
            int(value))
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, tuple | list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    return str(value)


def assessment_toml(a: AssessmentRules) -> str:
    """The ``[assessment]`` tables of a rule set as TOML text (what the rule editor saves)."""
    lines = ["[assessment]", f"period = {_toml_value(a.period)}",
             f"bonus_cap = {_toml_value(a.bonus_cap)}", "", "[assessment.grades]"]
    lines += [f"{k} = {_toml_value(a.bands[k])}" for k in ("excellent", "good", "pass")]
    for key, rule in a.indicators.items():
        lines += ["", f"[assessment.indicators.{key}]",
                  f"max_points = {_toml_value(rule.max_points)}"]
        if not rule.enabled:
            lines.append("enabled = false")
        lines += [f"{k} = {_toml_value(v)}" for k, v in rule.figures.items()]
    q = a.consequences
    lines += ["", "[assessment.consequences]",
              f"praise_grades = {_toml_value(q.praise_grades)}",
              f"interview_grades = {_toml_value(q.interview_grades)}",
              f"interview_running_grades = {_toml_value(q.interview_running_grades)}",
              f"interview_running_periods = {q.interview_running_periods}",
              f"criticise_overdue_findings = {_toml_value(q.criticise_overdue_findings)}"]
    return "\n".join(lines) + "\n"


def replace_assessment(text: str, a: AssessmentRules) -> str:
    """``text`` (a whole rule set) with its ``[assessment...]`` tables replaced by ``a``;
    everything else, comments included, stays as written."""
    kept: list[str] = []
    inside = False
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith("["):
            inside = stripped.lstrip("[").lstrip().startswith("assessment")
        if not inside:
            kept.append(line)
    # blank lines and the comment block just above the removed tables belonged to them
    while kept and (not kept[-1].strip() or kept[-1].lstrip().startswith("#")):
        kept.pop()
    return "\n".join(kept) + "\n\n" + assessment_toml(a)
