"""Classes of surface water (水质类别) by GB 3838-2002, single-factor method (单因子评价法).

The class of a sample, or of a period mean, is the worst class over the assessed items
that were measured; items not measured are skipped. Values are classified as measured
(unrounded). Status words (水质状况), target attainment (达标) and main pollutants
(主要污染指标) follow ``water_quality.md`` §1–2.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum, IntEnum

from riverchief.errors import UserError
from riverchief.i18n import translate
from riverchief.waterquality.rules import DEFAULT_RULES, WaterQualityRules
from riverchief.waterquality.standards import WATER_TYPES, Standard, item_name, standard
from riverchief.waterquality.values import Value, Values, number


class WaterClass(IntEnum):
    """A class of GB 3838-2002, ordered from best (I) to worst (worse than V, 劣V)."""

    I = 1  # noqa: E741
    II = 2
    III = 3
    IV = 4
    V = 5
    WORSE_THAN_V = 6

    @property
    def code(self) -> str:
        """The stable code stored in the database and files: ``I``..``V``, ``劣V``."""
        return CODES[self - 1]

    @property
    def label(self) -> str:
        """Ⅰ..Ⅴ, 劣Ⅴ in Chinese; I..V, "worse than V" in English."""
        return class_label(self)

    @classmethod
    def parse(cls, text: object) -> WaterClass:
        """Read a class as users write it (``III``, ``Ⅲ``, ``3``, ``劣V``, ``worse than V``)."""
        if isinstance(text, WaterClass):
            return text
        raw = str(text).strip()
        key = raw.upper().replace("类", "").replace(" ", "")
        key = key.translate(_ROMAN_TO_ASCII)
        if key.startswith("CLASS"):
            key = key[5:]
        found = _PARSE.get(key)
        if found is None:
            raise UserError(
                translate(
                    "WaterQuality",
                    "'{text}' is not a water class: write I, II, III, IV, V or 劣V.",
                ).format(text=raw)
            )
        return found


CODES = ("I", "II", "III", "IV", "V", "劣V")
ROMAN = ("Ⅰ", "Ⅱ", "Ⅲ", "Ⅳ", "Ⅴ", "劣Ⅴ")
_ROMAN_TO_ASCII = str.maketrans({"Ⅰ": "I", "Ⅱ": "II", "Ⅲ": "III", "Ⅳ": "IV", "Ⅴ": "V"})
_PARSE: dict[str, WaterClass] = {
    **{c: WaterClass(n + 1) for n, c in enumerate(CODES)},
    **{str(n + 1): WaterClass(n + 1) for n in range(5)},
    "VI": WaterClass.WORSE_THAN_V, "WORSETHANV": WaterClass.WORSE_THAN_V,
    ">V": WaterClass.WORSE_THAN_V,
}


def class_label(water_class: WaterClass) -> str:
    labels = (
        translate("WaterQuality", "I"),
        translate("WaterQuality", "II"),
        translate("WaterQuality", "III"),
        translate("WaterQuality", "IV"),
        translate("WaterQuality", "V"),
        translate("WaterQuality", "worse than V"),
    )
    return labels[water_class - 1]


class Status(Enum):
    """Water-quality status words (水质状况) of a class or a graded river/area."""

    EXCELLENT = "excellent"  # 优
    GOOD = "good"  # 良好
    LIGHTLY_POLLUTED = "lightly polluted"  # 轻度污染
    MODERATELY_POLLUTED = "moderately polluted"  # 中度污染
    HEAVILY_POLLUTED = "heavily polluted"  # 重度污染

    @property
    def label(self) -> str:
        return {
            Status.EXCELLENT: translate("WaterQuality", "excellent"),
            Status.GOOD: translate("WaterQuality", "good"),
            Status.LIGHTLY_POLLUTED: translate("WaterQuality", "lightly polluted"),
            Status.MODERATELY_POLLUTED: translate("WaterQuality", "moderately polluted"),
            Status.HEAVILY_POLLUTED: translate("WaterQuality", "heavily polluted"),
        }[self]


def status_of(water_class: WaterClass) -> Status:
    """I–II 优, III 良好, IV 轻度污染, V 中度污染, 劣V 重度污染."""
    if water_class <= WaterClass.II:
        return Status.EXCELLENT
    return {
        WaterClass.III: Status.GOOD,
        WaterClass.IV: Status.LIGHTLY_POLLUTED,
        WaterClass.V: Status.MODERATELY_POLLUTED,
    }.get(water_class, Status.HEAVILY_POLLUTED)


def attains(water_class: WaterClass | None, target: WaterClass | None) -> bool | None:
    """Target attained (达标): the class is the target or better. None without a class or target."""
    if water_class is None or target is None:
        return None
    return water_class <= target


def check_water_type(water_type: str) -> str:
    if water_type not in WATER_TYPES:
        raise UserError(
            translate(
                "WaterQuality", "Unknown water type '{value}': write river or lake."
            ).format(value=water_type)
        )
    return water_type


def classify_value(
    key: str, value: float | None, water_type: str = "river", std: Standard | None = None
) -> WaterClass | None:
    """Class of one item's value; None when not measured or the item has no limits here."""
    if value is None or math.isnan(value):
        return None
    item = (std or standard())[key]
    if item.rule == "range":
        assert item.range is not None
        low, high = item.range
        return WaterClass.I if low <= value <= high else WaterClass.WORSE_THAN_V
    ladder = item.ladder(water_type)
    if ladder is None:
        return None
    if item.rule == "<=":
        for n, limit in enumerate(ladder):
            if value <= limit:
                return WaterClass(n + 1)
        return WaterClass.WORSE_THAN_V
    if item.rule == ">=":
        for n, limit in enumerate(ladder):
            if value >= limit:
                return WaterClass(n + 1)
        return WaterClass.WORSE_THAN_V
    return None


def class_items(water_type: str, rules: WaterQualityRules = DEFAULT_RULES,
                std: Standard | None = None) -> tuple[str, ...]:
    """The items that decide the class for ``water_type`` under ``rules``."""
    items = (std or standard()).assessed
    if rules.tn_in_class and water_type == "lake":
        items = (*items, "tn")
    return items


REPORTED_ITEMS = ("tn", "fecal_coliform")


@dataclass(frozen=True)
class Classification:
    """The class of a sample or of a period mean, with each item's class."""

    water_type: str
    water_class: WaterClass | None  # None: no assessed item was measured
    item_classes: dict[str, WaterClass]  # items that decide the class
    reported: dict[str, WaterClass]  # TN, fecal coliform: shown, not in the class
    numbers: dict[str, float] = field(repr=False)  # the numbers classified, unrounded

    @property
    def status(self) -> Status | None:
        return None if self.water_class is None else status_of(self.water_class)

    def attains(self, target: WaterClass | None) -> bool | None:
        return attains(self.water_class, target)

    def worst_items(self) -> list[str]:
        """Items at the sample's class (the ones that decided it)."""
        return [k for k, c in self.item_classes.items() if c == self.water_class]


def classify(
    values: Values,
    water_type: str = "river",
    rules: WaterQualityRules = DEFAULT_RULES,
    std: Standard | None = None,
) -> Classification:
    """Class of one sample or one period mean (``values``: item key → value)."""
    std = std or standard()
    check_water_type(water_type)
    factor = rules.below_detection_factor
    in_class = class_items(water_type, rules, std)
    item_classes: dict[str, WaterClass] = {}
    reported: dict[str, WaterClass] = {}
    numbers: dict[str, float] = {}
    for key, raw in values.items():
        if key not in std:
            continue
        x = number(raw, factor)
        if x is None:
            continue
        numbers[key] = x
        cls = classify_value(key, x, water_type, std)
        if cls is None:
            continue
        if key in in_class:
            item_classes[key] = cls
        elif key in REPORTED_ITEMS:
            reported[key] = cls
    worst = max(item_classes.values()) if item_classes else None
    return Classification(water_type, worst, item_classes, reported, numbers)


@dataclass(frozen=True)
class Pollutant:
    """A main pollutant (主要污染指标): item, its class and exceedance multiple (超标倍数)."""

    key: str
    water_class: WaterClass
    multiple: float | None  # None for pH and dissolved oxygen

    @property
    def name(self) -> str:
        return item_name(self.key)

    @property
    def label(self) -> str:
        """``总磷(1.25)`` as official monthly tables print it; the name alone without a multiple."""
        if self.multiple is None:
            return self.name
        return translate("WaterQuality", "{name}({multiple})").format(
            name=self.name, multiple=f"{self.multiple:.2f}"
        )


NO_MULTIPLE = frozenset({"water_temp", "ph", "do"})


def exceedance_multiple(
    key: str, value: float, against: WaterClass, water_type: str = "river",
    std: Standard | None = None,
) -> float | None:
    """``(C − S) / S`` with S the limit of class ``against``; None for pH, DO, temperature."""
    item = (std or standard())[key]
    if key in NO_MULTIPLE or item.rule != "<=":
        return None
    ladder = item.ladder(water_type)
    if ladder is None or against > WaterClass.V:
        return None
    limit = ladder[against - 1]
    return (value - limit) / limit


def main_pollutants(
    c: Classification,
    against: WaterClass = WaterClass.III,
    rules: WaterQualityRules = DEFAULT_RULES,
    std: Standard | None = None,
) -> list[Pollutant]:
    """The main pollutants of a sample worse than ``against`` (class III unless a target).

    Items worse than ``against``, worst class first; within a class the larger exceedance
    multiple first; cyanide and heavy metals worse than class III lead. At most
    ``rules.max_main_pollutants``.
    """
    std = std or standard()
    if c.water_class is None or c.water_class <= against:
        return []
    candidates = []
    for key, cls in c.item_classes.items():
        if cls <= against:
            continue
        multiple = exceedance_multiple(key, c.numbers[key], against, c.water_type, std)
        priority = key in rules.priority_pollutants and cls > WaterClass.III
        candidates.append((priority, cls, multiple, key))
    candidates.sort(
        key=lambda t: (not t[0], -t[1], -(t[2]) if t[2] is not None else math.inf, t[3])
    )
    return [Pollutant(key, cls, multiple)
            for _, cls, multiple, key in candidates[: rules.max_main_pollutants]]


def pollutants_text(pollutants: list[Pollutant], with_multiples: bool = True) -> str:
    """Main pollutants joined the Chinese way (``高锰酸盐指数(1.67)、总磷(1.25)``)."""
    sep = translate("WaterQuality", ", ")
    return sep.join(p.label if with_multiples else p.name for p in pollutants)


def classify_many(
    columns: Mapping[str, object],
    water_type: str | object = "river",
    rules: WaterQualityRules = DEFAULT_RULES,
    std: Standard | None = None,
) -> object:
    """Classes of many samples at once (numpy arrays per item, NaN = not measured).

    Returns an ``int8`` array: 1..6 for I..劣V, 0 where no assessed item was measured.
    ``water_type`` is ``"river"``, ``"lake"`` or a boolean array (True = lake). Gives the
    same classes as :func:`classify` on each row, only faster.
    """
    import numpy as np

    std = std or standard()
    arrays = {k: np.asarray(v, dtype=float) for k, v in columns.items() if k in std}
    if not arrays:
        return np.zeros(0, dtype=np.int8)
    n = len(next(iter(arrays.values())))
    if isinstance(water_type, str):
        check_water_type(water_type)
        lake = np.full(n, water_type == "lake")
    else:
        lake = np.asarray(water_type, dtype=bool)
    worst = np.zeros(n, dtype=np.int8)
    river_items = set(class_items("river", rules, std))
    lake_items = set(class_items("lake", rules, std))
    for key, x in arrays.items():
        item = std[key]
        measured = ~np.isnan(x)
        if item.rule == "range":
            assert item.range is not None
            low, high = item.range
            cls = np.where((x >= low) & (x <= high), 1, 6).astype(np.int8)
            cls[~measured] = 0
            for ladder_lake, allowed in ((False, river_items), (True, lake_items)):
                if key in allowed:
                    mask = lake == ladder_lake
                    np.maximum(worst, np.where(mask, cls, 0).astype(np.int8), out=worst)
            continue
        for ladder_lake, allowed in ((False, river_items), (True, lake_items)):
            if key not in allowed:
                continue
            ladder = item.ladder("lake" if ladder_lake else "river")
            if ladder is None:
                continue
            limits = np.asarray(ladder, dtype=float)
            if item.rule == "<=":
                found = np.searchsorted(limits, x, side="left") + 1
            elif item.rule == ">=":
                found = np.searchsorted(-limits, -x, side="left") + 1
            else:
                continue
            np.maximum(worst, np.where(measured & (lake == ladder_lake), found, 0).astype(np.int8),
                       out=worst)
    return worst


def describe_value(key: str, value: Value) -> str:
    """An item and value for messages: ``总磷 0.45``."""
    x = number(value)
    return f"{item_name(key)} {'' if x is None else x}"
