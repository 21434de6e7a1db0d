"""The limits of GB 3838-2002 Table 1 (地表水环境质量标准), loaded once from ``resources/``.

The code holds no limit of its own: every number comes from
``resources/standards/gb3838_2002_table1.csv`` (see the README beside it). Items the app
records beside the standard's (chlorophyll a and transparency, for the lake trophic
state) are declared here without limits.
"""

from __future__ import annotations

import csv
import threading
from dataclasses import dataclass
from pathlib import Path

from riverchief.i18n import translate
from riverchief.paths import resource_path

STANDARD_FILE = "gb3838_2002_table1.csv"
WATER_TYPES = ("river", "lake")
CLASS_COLUMNS = ("I", "II", "III", "IV", "V")

#: The items automatic stations measure (their class comes from these).
AUTOMATIC_ITEMS = ("ph", "do", "codmn", "nh3n", "tp")


@dataclass(frozen=True)
class Item:
    """A water-quality item (监测项目) and its class limits.

    ``limits`` are the class I..V limits for all waters, ``lake_limits`` those for lakes
    and reservoirs where they differ or apply only there; ``None`` when the standard gives
    no limit. ``text_limits`` keeps the limits as written in the table (for display).
    """

    key: str
    name_zh: str
    unit: str
    rule: str  # "<=", ">=", "range", "none"
    limits: tuple[float, ...] | None
    lake_limits: tuple[float, ...] | None
    in_assessment: bool
    text_limits: tuple[str, ...] | None = None
    text_lake_limits: tuple[str, ...] | None = None
    range: tuple[float, float] | None = None  # pH: inclusive bounds

    def ladder(self, water_type: str) -> tuple[float, ...] | None:
        """The limits that apply to a section of ``water_type`` (``river`` or ``lake``)."""
        if water_type == "lake" and self.lake_limits is not None:
            return self.lake_limits
        return self.limits

    def text_ladder(self, water_type: str) -> tuple[str, ...] | None:
        if water_type == "lake" and self.text_lake_limits is not None:
            return self.text_lake_limits
        return self.text_limits

    @property
    def name(self) -> str:
        """The item's short name in the current language."""
        return item_name(self.key)


@dataclass(frozen=True)
class Standard:
    """The whole table: items in the table's order."""

    items: dict[str, Item]
    source: Path

    @property
    def assessed(self) -> tuple[str, ...]:
        """The 21 items that decide the class, in the table's order."""
        return tuple(k for k, i in self.items.items() if i.in_assessment)

    def __getitem__(self, key: str) -> Item:
        return self.items[key]

    def __contains__(self, key: object) -> bool:
        return key in self.items


def _limits(row: dict[str, str], columns: tuple[str, ...]) -> tuple[tuple[float, ...] | None,
                                                                   tuple[str, ...] | None]:
    texts = tuple(row[c].strip() for c in columns)
    if not any(texts):
        return None, None
    if not all(texts):
        raise ValueError(f"{row['key']}: some class limits missing in {columns}")
    return tuple(float(t) for t in texts), texts


def load_standard(path: Path | None = None) -> Standard:
    """Read the limits table (the shipped one unless ``path`` is given)."""
    path = path or resource_path("standards", STANDARD_FILE)
    items: dict[str, Item] = {}
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            key, rule = row["key"].strip(), row["rule"].strip()
            limits: tuple[float, ...] | None
            texts: tuple[str, ...] | None
            lake: tuple[float, ...] | None
            lake_texts: tuple[str, ...] | None
            bounds = None
            if rule == "range":
                low, high = (float(x) for x in row["I"].split("-"))
                bounds = (low, high)
                limits, texts = None, tuple(row[c] for c in CLASS_COLUMNS)
                lake, lake_texts = None, None
            else:
                limits, texts = _limits(row, CLASS_COLUMNS)
                lake, lake_texts = _limits(row, tuple(f"lake_{c}" for c in CLASS_COLUMNS))
            items[key] = Item(
                key=key, name_zh=row["name_zh"].strip(), unit=row["unit"].strip(), rule=rule,
                limits=limits, lake_limits=lake,
                in_assessment=row["in_21_item_assessment"].strip() == "yes",
                text_limits=texts, text_lake_limits=lake_texts, range=bounds,
            )
    for key, name_zh, unit in EXTRA_ITEMS:
        items.setdefault(key, Item(key, name_zh, unit, "none", None, None, False))
    return Standard(items, path)


#: Items recorded beside Table 1: lake trophic-state parameters (no class limits).
EXTRA_ITEMS = (
    ("chla", "叶绿素a", "mg/m³"),
    ("sd", "透明度", "m"),
)

_lock = threading.Lock()
_standard: Standard | None = None


def standard() -> Standard:
    """The shipped GB 3838-2002 table, loaded on first use."""
    global _standard
    if _standard is None:
        with _lock:
            if _standard is None:
                _standard = load_standard()
    return _standard


def item_name(key: str) -> str:
    """Short name of an item in the current language (e.g. 氨氮 / NH3-N)."""
    names = {
        "water_temp": translate("WaterQuality", "water temperature"),
        "ph": translate("WaterQuality", "pH"),
        "do": translate("WaterQuality", "dissolved oxygen"),
        "codmn": translate("WaterQuality", "permanganate index"),
        "cod": translate("WaterQuality", "COD"),
        "bod5": translate("WaterQuality", "BOD5"),
        "nh3n": translate("WaterQuality", "ammonia nitrogen"),
        "tp": translate("WaterQuality", "total phosphorus"),
        "tn": translate("WaterQuality", "total nitrogen"),
        "cu": translate("WaterQuality", "copper"),
        "zn": translate("WaterQuality", "zinc"),
        "fluoride": translate("WaterQuality", "fluoride"),
        "se": translate("WaterQuality", "selenium"),
        "as": translate("WaterQuality", "arsenic"),
        "hg": translate("WaterQuality", "mercury"),
        "cd": translate("WaterQuality", "cadmium"),
        "cr6": translate("WaterQuality", "chromium (hexavalent)"),
        "pb": translate("WaterQuality", "lead"),
        "cn": translate("WaterQuality", "cyanide"),
        "volatile_phenol": translate("WaterQuality", "volatile phenol"),
        "petroleum": translate("WaterQuality", "petroleum"),
        "las": translate("WaterQuality", "anionic surfactant"),
        "sulfide": translate("WaterQuality", "sulfide"),
        "fecal_coliform": translate("WaterQuality", "fecal coliform"),
        "chla": translate("WaterQuality", "chlorophyll a"),
        "sd": translate("WaterQuality", "transparency"),
    }
    return names.get(key, key)


def water_type_name(water_type: str) -> str:
    return {
        "river": translate("WaterQuality", "river"),
        "lake": translate("WaterQuality", "lake/reservoir"),
    }.get(water_type, water_type)
