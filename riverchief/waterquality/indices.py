"""CWQI, the ministry's ranking index (城市地表水环境质量指数), and the lake trophic state TLI.

CWQI: each item's ratio to its class III limit (TP on the lake ladder for lakes; DO and pH
by their own formulas), summed over a FIXED item set. A section without the whole set has
only a partial sum, labelled as such and kept out of rankings. Lower is better.

TLI (综合营养状态指数): the weighted sum of the trophic indices of chlorophyll a, TP, TN,
CODMn and transparency, weights renormalised over the parameters present.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import Enum

from riverchief.i18n import translate
from riverchief.waterquality.rules import DEFAULT_RULES, WaterQualityRules
from riverchief.waterquality.standards import Standard, standard
from riverchief.waterquality.values import Values, number


def cwqi_item(key: str, value: float, water_type: str = "river",
              std: Standard | None = None) -> float:
    """One item's CWQI: ``C / S_III``; DO ``S_III / C``; pH by its distance from 7."""
    std = std or standard()
    if key == "ph":
        return (7 - value) / (7 - 6) if value <= 7 else (value - 7) / (9 - 7)
    item = std[key]
    ladder = item.ladder(water_type)
    if ladder is None:
        raise ValueError(f"{key} has no class III limit for {water_type}")
    limit = ladder[2]
    if item.rule == ">=":
        return limit / value if value > 0 else math.inf
    return value / limit


@dataclass(frozen=True)
class Cwqi:
    """A CWQI: ``value`` the sum over the items present; ``partial`` when some are missing."""

    value: float
    items: dict[str, float]
    missing: tuple[str, ...]

    @property
    def partial(self) -> bool:
        return bool(self.missing)

    @property
    def comparable(self) -> bool:
        """Whole item set present: may be ranked and compared."""
        return not self.missing and bool(self.items)

    @property
    def label(self) -> str:
        text = f"{self.value:.2f}"
        if self.partial:
            return translate("WaterQuality", "{value} (partial: {n} of {total} items)").format(
                value=text, n=len(self.items), total=len(self.items) + len(self.missing)
            )
        return text


def cwqi(values: Values, water_type: str = "river",
         rules: WaterQualityRules = DEFAULT_RULES) -> Cwqi:
    """CWQI of a section or area over the rule set's fixed item set (period means in)."""
    items: dict[str, float] = {}
    missing: list[str] = []
    for key in rules.cwqi_items:
        x = number(values.get(key), rules.below_detection_factor)
        if x is None:
            missing.append(key)
            continue
        items[key] = cwqi_item(key, x, water_type)
    return Cwqi(math.fsum(items.values()), items, tuple(missing))


def change_percent(now: Cwqi | float | None, base: Cwqi | float | None) -> float | None:
    """Change against the same period last year, ``(now − base) / base × 100`` (positive = worse).

    None when either is missing, partial, or the base is zero.
    """
    if now is None or base is None:
        return None
    if isinstance(now, Cwqi):
        if not now.comparable:
            return None
        now = now.value
    if isinstance(base, Cwqi):
        if not base.comparable:
            return None
        base = base.value
    if base == 0:
        return None
    return (now - base) / base * 100


def rank_cwqi(results: Mapping[str, Cwqi]) -> list[tuple[int, str, Cwqi]]:
    """Rank comparable indices ascending (best first); partial sums are left out."""
    ordered = sorted(((name, c) for name, c in results.items() if c.comparable),
                     key=lambda t: (t[1].value, t[0]))
    return [(n + 1, name, c) for n, (name, c) in enumerate(ordered)]


# --- TLI ------------------------------------------------------------------------------

TLI_PARAMETERS = ("chla", "tp", "tn", "sd", "codmn")
TLI_CORRELATION = {"chla": 1.0, "tp": 0.84, "tn": 0.82, "sd": -0.83, "codmn": 0.83}


def _tli_component(key: str, x: float) -> float:
    ln = math.log(x)
    if key == "chla":
        return 10 * (2.5 + 1.086 * ln)
    if key == "tp":
        return 10 * (9.436 + 1.624 * ln)
    if key == "tn":
        return 10 * (5.453 + 1.694 * ln)
    if key == "sd":
        return 10 * (5.118 - 1.94 * ln)
    if key == "codmn":
        return 10 * (0.109 + 2.661 * ln)
    raise KeyError(key)


def tli_weights(present: Sequence[str]) -> dict[str, float]:
    """``W_j = r_j² / Σ r_k²`` over the parameters present."""
    total = sum(TLI_CORRELATION[k] ** 2 for k in present)
    return {k: TLI_CORRELATION[k] ** 2 / total for k in present}


class TrophicState(Enum):
    OLIGOTROPHIC = "oligotrophic"  # 贫营养
    MESOTROPHIC = "mesotrophic"  # 中营养
    LIGHTLY_EUTROPHIC = "lightly eutrophic"  # 轻度富营养
    MODERATELY_EUTROPHIC = "moderately eutrophic"  # 中度富营养
    HYPEREUTROPHIC = "hypereutrophic"  # 重度富营养

    @property
    def label(self) -> str:
        return {
            TrophicState.OLIGOTROPHIC: translate("WaterQuality", "oligotrophic"),
            TrophicState.MESOTROPHIC: translate("WaterQuality", "mesotrophic"),
            TrophicState.LIGHTLY_EUTROPHIC: translate("WaterQuality", "lightly eutrophic"),
            TrophicState.MODERATELY_EUTROPHIC: translate("WaterQuality", "moderately eutrophic"),
            TrophicState.HYPEREUTROPHIC: translate("WaterQuality", "hypereutrophic"),
        }[self]


def trophic_state(tli_value: float) -> TrophicState:
    """< 30 贫营养; 30–50 中营养; 50–60 轻度富营养; 60–70 中度富营养; > 70 重度富营养."""
    if tli_value < 30:
        return TrophicState.OLIGOTROPHIC
    if tli_value <= 50:
        return TrophicState.MESOTROPHIC
    if tli_value <= 60:
        return TrophicState.LIGHTLY_EUTROPHIC
    if tli_value <= 70:
        return TrophicState.MODERATELY_EUTROPHIC
    return TrophicState.HYPEREUTROPHIC


@dataclass(frozen=True)
class Tli:
    value: float
    components: dict[str, float]
    weights: dict[str, float]

    @property
    def state(self) -> TrophicState:
        return trophic_state(self.value)


def tli(values: Values, factor: float = 0.5) -> Tli | None:
    """TLI(Σ) of a lake from chla (mg/m³), TP, TN, CODMn (mg/L) and SD (m); None without any."""
    present: dict[str, float] = {}
    for key in TLI_PARAMETERS:
        x = number(values.get(key), factor)
        if x is not None and x > 0:
            present[key] = x
    if not present:
        return None
    weights = tli_weights(list(present))
    components = {k: _tli_component(k, x) for k, x in present.items()}
    return Tli(math.fsum(weights[k] * components[k] for k in present), components, weights)
