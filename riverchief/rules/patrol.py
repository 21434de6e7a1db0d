"""The ``[patrol]`` section of a rule set: how often each level patrols and what counts.

Frequencies per level (巡河频次), the minimum duration and distance of a valid patrol
(有效巡河), the coverage buffer and thresholds, speed limits per method, photo tolerances
and the days after which a record counts as filled in afterwards (补填).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from riverchief.i18n import translate
from riverchief.rules.schema import Checker

LEVELS = ("province", "city", "district", "township", "village")
PERIODS = ("week", "xun", "month", "quarter", "year")  # xun (旬): ten days
COUNTED_PER = ("chief", "segment")
METHODS = ("foot", "boat", "vehicle", "drone")
ALL_MONTHS = tuple(range(1, 13))


def period_name(per: str) -> str:
    return {
        "week": translate("Rules", "week"),
        "xun": translate("Rules", "ten days (xun)"),
        "month": translate("Rules", "month"),
        "quarter": translate("Rules", "quarter"),
        "year": translate("Rules", "year"),
    }[per]


def method_name(method: str) -> str:
    return {
        "foot": translate("Rules", "on foot"),
        "boat": translate("Rules", "by boat"),
        "vehicle": translate("Rules", "by vehicle"),
        "drone": translate("Rules", "by drone"),
    }.get(method, method)


@dataclass(frozen=True)
class Frequency:
    """At least ``count`` patrols per ``per`` in the ``active_months``, per chief or segment."""

    count: int
    per: str
    active_months: tuple[int, ...] = ALL_MONTHS
    counted_per: str = "chief"


@dataclass(frozen=True)
class LevelRules:
    """What a chief of one level (district, township, village) must do."""

    level: str
    frequency: Frequency
    min_duration_min: float = 10.0
    min_distance_m: float = 1000.0


@dataclass(frozen=True)
class MethodRules:
    method: str
    max_speed_kmh: float


@dataclass(frozen=True)
class PatrolRules:
    """Everything the verdict engine and the due reminders read."""

    levels: dict[str, LevelRules]
    methods: dict[str, MethodRules]
    coverage_buffer_m: float = 100.0
    coverage_invalid_below: float = 0.20
    coverage_suspect_below: float = 0.60
    jump_speed_kmh: float = 200.0
    jump_min_m: float = 200.0
    time_errors_max_share: float = 0.05
    window_tolerance_min: float = 10.0
    photo_max_distance_m: float = 500.0
    photo_time_tolerance_min: float = 30.0
    late_entry_days: float = 3.0

    def level(self, level: str) -> LevelRules | None:
        return self.levels.get(level)


def parse_patrol(doc: dict[str, Any], c: Checker) -> PatrolRules:
    path = ("patrol",)
    patrol = c.table(doc, (), "patrol", required=True)
    c.only(patrol, path, ("late_entry_days", "coverage", "track", "photos", "methods", "levels"))
    late = c.number(patrol, path, "late_entry_days", 3, minimum=0)

    cov_path = (*path, "coverage")
    cov = c.table(patrol, path, "coverage")
    c.only(cov, cov_path, ("buffer_m", "invalid_below", "suspect_below"))
    buffer_m = c.number(cov, cov_path, "buffer_m", 100, above=0, maximum=10_000)
    invalid_below = c.number(cov, cov_path, "invalid_below", 0.2, minimum=0, maximum=1)
    suspect_below = c.number(cov, cov_path, "suspect_below", 0.6, minimum=0, maximum=1)
    if suspect_below < invalid_below:
        c.error((*cov_path, "suspect_below"), translate(
            "Rules", "must not be below invalid_below ({value})").format(value=invalid_below))

    tr_path = (*path, "track")
    tr = c.table(patrol, path, "track")
    c.only(tr, tr_path, ("jump_speed_kmh", "jump_min_m", "time_errors_max_share",
                         "window_tolerance_min"))
    jump_speed = c.number(tr, tr_path, "jump_speed_kmh", 200, above=0)
    jump_min = c.number(tr, tr_path, "jump_min_m", 200, minimum=0)
    time_share = c.number(tr, tr_path, "time_errors_max_share", 0.05, minimum=0, maximum=1)
    window_tol = c.number(tr, tr_path, "window_tolerance_min", 10, minimum=0)

    ph_path = (*path, "photos")
    ph = c.table(patrol, path, "photos")
    c.only(ph, ph_path, ("max_distance_m", "time_tolerance_min"))
    photo_distance = c.number(ph, ph_path, "max_distance_m", 500, above=0)
    photo_time = c.number(ph, ph_path, "time_tolerance_min", 30, minimum=0)

    me_path = (*path, "methods")
    me = c.table(patrol, path, "methods", required=True)
    c.only(me, me_path, METHODS)
    methods: dict[str, MethodRules] = {}
    for method in METHODS:
        if method not in me:
            c.error(me_path, translate("Rules", "the method {method} is missing").format(
                method=method))
            continue
        m_path = (*me_path, method)
        m = c.table(me, me_path, method)
        c.only(m, m_path, ("max_speed_kmh",))
        methods[method] = MethodRules(method, c.number(m, m_path, "max_speed_kmh", None, above=0))

    lv_path = (*path, "levels")
    lv = c.table(patrol, path, "levels", required=True)
    c.only(lv, lv_path, LEVELS)
    if not lv and "levels" in patrol:
        c.error(lv_path, translate("Rules", "name at least one level"))
    levels: dict[str, LevelRules] = {}
    for level in LEVELS:
        if level not in lv:
            continue
        l_path = (*lv_path, level)
        t = c.table(lv, lv_path, level)
        c.only(t, l_path, ("required", "per", "active_months", "counted_per",
                           "min_duration_min", "min_distance_m"))
        frequency = Frequency(
            count=int(c.number(t, l_path, "required", None, minimum=0, integer=True)),
            per=c.choice(t, l_path, "per", PERIODS, None),
            active_months=c.int_list(t, l_path, "active_months", ALL_MONTHS, minimum=1,
                                     maximum=12),
            counted_per=c.choice(t, l_path, "counted_per", COUNTED_PER, "chief"),
        )
        levels[level] = LevelRules(
            level, frequency,
            min_duration_min=c.number(t, l_path, "min_duration_min", 10, minimum=0),
            min_distance_m=c.number(t, l_path, "min_distance_m", 1000, minimum=0),
        )
    return PatrolRules(
        levels=levels, methods=methods, coverage_buffer_m=buffer_m,
        coverage_invalid_below=invalid_below, coverage_suspect_below=suspect_below,
        jump_speed_kmh=jump_speed, jump_min_m=jump_min, time_errors_max_share=time_share,
        window_tolerance_min=window_tol, photo_max_distance_m=photo_distance,
        photo_time_tolerance_min=photo_time, late_entry_days=late,
    )
