"""The water-quality part of a rule set (考核规则): choices the reference leaves to the office.

Defaults follow ``water_quality.md``. The rule set in force (:mod:`riverchief.rules`, a
TOML file) may change them in its ``[waterquality]`` section; unknown keys are refused
with their line so a typo does not pass silently.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING, Any

from riverchief.i18n import translate

if TYPE_CHECKING:
    from riverchief.db import Store
    from riverchief.rules.schema import Checker

#: Items for which automatic-station results count before laboratory ones by default.
DEFAULT_AUTOMATIC_FIRST = ("ph", "do", "codmn", "nh3n", "tp", "tn")
#: Cyanide and heavy metals: first among main pollutants when worse than class III.
DEFAULT_PRIORITY_POLLUTANTS = ("cn", "pb", "cr6", "cd", "hg", "as", "cu", "zn")
#: The fixed CWQI item set: the 21 assessed items of GB 3838-2002 Table 1.
DEFAULT_CWQI_ITEMS = (
    "ph", "do", "codmn", "cod", "bod5", "nh3n", "tp", "cu", "zn", "fluoride", "se", "as",
    "hg", "cd", "cr6", "pb", "cn", "volatile_phenol", "petroleum", "las", "sulfide",
)
SCORE_METHODS = ("attainment", "ccme", "cwqi")


@dataclass(frozen=True)
class WaterQualityRules:
    """Settings of the water-quality assessment."""

    #: Items whose automatic-station result counts before the laboratory's; for every
    #: other item the laboratory's counts first.
    automatic_first: tuple[str, ...] = DEFAULT_AUTOMATIC_FIRST
    #: Items that, worse than class III, lead the main pollutants (cyanide, heavy metals).
    priority_pollutants: tuple[str, ...] = DEFAULT_PRIORITY_POLLUTANTS
    #: Let total nitrogen decide the class of lakes (off by default: reported only).
    tn_in_class: bool = False
    #: How many main pollutants to name.
    max_main_pollutants: int = 3
    #: The fixed CWQI item set.
    cwqi_items: tuple[str, ...] = DEFAULT_CWQI_ITEMS
    #: The chief's water-quality score: attainment share (default), CCME WQI or CWQI.
    score_method: str = "attainment"
    #: Fraction of the detection limit a below-detection result enters a mean with.
    below_detection_factor: float = 0.5
    extra: dict[str, Any] = field(default_factory=dict, compare=False)


DEFAULT_RULES = WaterQualityRules()


def parse_waterquality(doc: dict[str, Any], c: Checker) -> WaterQualityRules:
    """The ``[waterquality]`` section of a rule-set file (every key optional)."""
    from riverchief.waterquality.standards import standard

    path = ("waterquality",)
    table = c.table(doc, (), "waterquality")
    names = [f.name for f in fields(WaterQualityRules) if f.name != "extra"]
    c.only(table, path, names)
    known = standard().items

    def items(key: str, default: tuple[str, ...]) -> tuple[str, ...]:
        value = table.get(key)
        if value is None:
            return default
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            c.error((*path, key), translate("WaterQuality", "must be a list of item keys"))
            return default
        unknown = [v for v in value if v not in known]
        if unknown:
            c.error((*path, key), translate("WaterQuality", "unknown items: {names}").format(
                names=", ".join(unknown)))
            return default
        return tuple(value)

    tn = table.get("tn_in_class", False)
    if not isinstance(tn, bool):
        c.error((*path, "tn_in_class"), translate("WaterQuality", "must be true or false"))
        tn = False
    return WaterQualityRules(
        automatic_first=items("automatic_first", DEFAULT_AUTOMATIC_FIRST),
        priority_pollutants=items("priority_pollutants", DEFAULT_PRIORITY_POLLUTANTS),
        tn_in_class=tn,
        max_main_pollutants=int(c.number(table, path, "max_main_pollutants", 3, minimum=1,
                                         maximum=10, integer=True)),
        cwqi_items=items("cwqi_items", DEFAULT_CWQI_ITEMS),
        score_method=c.choice(table, path, "score_method", SCORE_METHODS, "attainment"),
        below_detection_factor=c.number(table, path, "below_detection_factor", 0.5,
                                        minimum=0, maximum=1),
    )


def load_rules(store: Store) -> WaterQualityRules:
    """The water-quality part of the rule set in force (the defaults when it has none)."""
    from riverchief.rules import rules_in_force

    found = rules_in_force(store).sections.get("waterquality")
    return found if isinstance(found, WaterQualityRules) else DEFAULT_RULES
