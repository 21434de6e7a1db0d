"""The water-quality part of a rule set (考核规则): choices the reference leaves to the office.

Defaults follow ``water_quality.md``. A stored rule set is a JSON object under the setting
``waterquality.rules``; unknown keys are refused so a typo does not pass silently.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields, replace
from typing import TYPE_CHECKING, Any

from riverchief.errors import UserError
from riverchief.i18n import translate

if TYPE_CHECKING:
    from riverchief.db import Store
    from riverchief.security import Actor

SETTING_KEY = "waterquality.rules"

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

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("extra")
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> WaterQualityRules:
        known = {f.name for f in fields(cls)} - {"extra"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise UserError(
                translate("WaterQuality", "Unknown water-quality rule setting: {names}").format(
                    names=", ".join(unknown)
                )
            )
        values: dict[str, Any] = {}
        for key, value in data.items():
            values[key] = tuple(value) if isinstance(value, list) else value
        rules = replace(cls(), **values)
        if rules.score_method not in SCORE_METHODS:
            raise UserError(
                translate(
                    "WaterQuality", "Unknown score method '{method}': choose {choices}."
                ).format(method=rules.score_method, choices=", ".join(SCORE_METHODS))
            )
        return rules


DEFAULT_RULES = WaterQualityRules()


def load_rules(store: Store) -> WaterQualityRules:
    """The rule set stored in the database, or the defaults."""
    data = store.setting(SETTING_KEY)
    return WaterQualityRules.from_json(data) if data else DEFAULT_RULES


def save_rules(store: Store, rules: WaterQualityRules, *, actor: Actor) -> None:
    """Store the rule set (an administrator's task)."""
    from riverchief.security import require

    require(actor, "settings.manage")
    store.set_setting(SETTING_KEY, rules.to_json())
