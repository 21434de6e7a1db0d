"""The observation checklist of a patrol and the problem categories (问题分类).

From ``reference/river_chief_practice.md``: each checklist item is a group of things a
chief looks at (水体, 河面, 河中, 河岸, 涉水活动, 排污口, 河长公示牌, 水工建筑物); each
problem category belongs to one group. Codes are stable (stored in records); names are
translated.
"""

from __future__ import annotations

from riverchief.i18n import translate

FINE, PROBLEM, UNCHECKED = "fine", "problem", "not_checked"
CHECK_STATES = (FINE, PROBLEM, UNCHECKED)

#: checklist item -> problem category codes in it
TAXONOMY: dict[str, tuple[str, ...]] = {
    "water": ("water.odour", "water.colour"),
    "surface": ("surface.floating", "surface.oil", "surface.dead_animals"),
    "channel": ("channel.net_farming", "channel.silt", "channel.wreck", "channel.dumping",
                "channel.hazardous"),
    "bank": ("bank.household", "bank.industrial", "bank.construction"),
    "activity": ("activity.fishing", "activity.sand", "activity.encroach"),
    "outfall": ("outfall.direct", "outfall.dry_weather", "outfall.odd", "outfall.new",
                "outfall.unmarked"),
    "sign": ("sign.missing", "sign.outdated", "sign.irregular", "sign.damaged"),
    "works": ("works.encroach", "works.illegal", "works.fault"),
    "other": ("other",),
}
CHECK_ITEMS = tuple(TAXONOMY)
CATEGORIES = tuple(c for cats in TAXONOMY.values() for c in cats)


def item_name(code: str) -> str:
    return {
        "water": translate("Taxonomy", "Water body (colour, smell)"),
        "surface": translate("Taxonomy", "Water surface (floating waste, oil, dead fish)"),
        "channel": translate("Taxonomy", "Channel (net farming, silt, dumping)"),
        "bank": translate("Taxonomy", "Banks (household, industrial, building waste)"),
        "activity": translate("Taxonomy", "Activities on the water (fishing, sand mining)"),
        "outfall": translate("Taxonomy", "Outfalls (direct discharge, new, unmarked)"),
        "sign": translate("Taxonomy", "River chief sign"),
        "works": translate("Taxonomy", "Hydraulic works and buildings"),
        "other": translate("Taxonomy", "Other"),
    }.get(code, code)


def category_name(code: str) -> str:
    return {
        "water.odour": translate("Taxonomy", "Odour / black and smelly water"),
        "water.colour": translate("Taxonomy", "Abnormal colour"),
        "surface.floating": translate("Taxonomy", "Floating waste"),
        "surface.oil": translate("Taxonomy", "Oil slick"),
        "surface.dead_animals": translate("Taxonomy", "Dead animals or fish"),
        "channel.net_farming": translate("Taxonomy", "Net-pen fish farming"),
        "channel.silt": translate("Taxonomy", "Silting"),
        "channel.wreck": translate("Taxonomy", "Sunken boat"),
        "channel.dumping": translate("Taxonomy", "Dumped spoil or slag"),
        "channel.hazardous": translate("Taxonomy", "Solid or hazardous waste"),
        "bank.household": translate("Taxonomy", "Household waste on the bank"),
        "bank.industrial": translate("Taxonomy", "Industrial waste on the bank"),
        "bank.construction": translate("Taxonomy", "Building waste on the bank"),
        "activity.fishing": translate("Taxonomy", "Illegal fishing (electric, poison)"),
        "activity.sand": translate("Taxonomy", "Illegal sand mining"),
        "activity.encroach": translate("Taxonomy", "Encroachment on the water area"),
        "outfall.direct": translate("Taxonomy", "Direct discharge of sewage"),
        "outfall.dry_weather": translate("Taxonomy", "Storm drain discharging in dry weather"),
        "outfall.odd": translate("Taxonomy", "Discharge of odd colour or smell"),
        "outfall.new": translate("Taxonomy", "New outfall"),
        "outfall.unmarked": translate("Taxonomy", "Outfall without a sign"),
        "sign.missing": translate("Taxonomy", "Sign missing"),
        "sign.outdated": translate("Taxonomy", "Sign not updated"),
        "sign.irregular": translate("Taxonomy", "Sign not to standard"),
        "sign.damaged": translate("Taxonomy", "Sign damaged"),
        "works.encroach": translate("Taxonomy", "Building in the river channel"),
        "works.illegal": translate("Taxonomy", "Illegal building"),
        "works.fault": translate("Taxonomy", "Works not operating normally"),
        "other": translate("Taxonomy", "Other problem"),
    }.get(code, code)


def state_name(state: str) -> str:
    return {
        FINE: translate("Taxonomy", "fine"),
        PROBLEM: translate("Taxonomy", "problem"),
        UNCHECKED: translate("Taxonomy", "not checked"),
    }.get(state, state)


def category_by_name(text: str) -> str | None:
    """A category code from its code or its name in either language (for imports)."""
    value = text.strip()
    if value in CATEGORIES:
        return value
    for code in CATEGORIES:
        if value == category_name(code):
            return code
    return None
