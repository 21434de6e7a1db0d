"""The problem taxonomy seen in real river-chief systems (问题类别), grouped by where.

The codes are the patrol log's (``riverchief/patrols/taxonomy.py``): a category is stored
by its code (``bank.household``); :func:`category_name` gives the
label in the current language and :data:`CATEGORY_CN` the official Chinese term used in
exports and notices whatever the language.
"""

from __future__ import annotations

from riverchief.i18n import translate

#: key -> (group key, official Chinese term)
CATEGORY_CN: dict[str, tuple[str, str]] = {
    "water.odour": ("water", "异味/黑臭"),
    "water.colour": ("water", "颜色异常"),
    "surface.floating": ("surface", "漂浮物"),
    "surface.oil": ("surface", "油污"),
    "surface.dead_animals": ("surface", "病死动物/死鱼"),
    "channel.net_farming": ("channel", "围网养殖"),
    "channel.silt": ("channel", "淤积"),
    "channel.wreck": ("channel", "沉船"),
    "channel.dumping": ("channel", "倾倒弃渣"),
    "channel.hazardous": ("channel", "固废危废"),
    "bank.household": ("bank", "生活垃圾"),
    "bank.industrial": ("bank", "工业垃圾"),
    "bank.construction": ("bank", "建筑垃圾"),
    "activity.fishing": ("activity", "非法捕捞"),
    "activity.sand": ("activity", "非法采砂"),
    "activity.encroach": ("activity", "侵占水域"),
    "outfall.direct": ("outfall", "直排"),
    "outfall.dry_weather": ("outfall", "晴天雨水口排污"),
    "outfall.odd": ("outfall", "异色异味"),
    "outfall.new": ("outfall", "新增排污口"),
    "outfall.unmarked": ("outfall", "无标识"),
    "sign.missing": ("sign", "公示牌缺失"),
    "sign.outdated": ("sign", "公示牌未更新"),
    "sign.irregular": ("sign", "公示牌不规范"),
    "sign.damaged": ("sign", "公示牌破损"),
    "works.encroach": ("works", "侵占河道"),
    "works.illegal": ("works", "违章建筑"),
    "works.fault": ("works", "运行异常"),
    "other": ("other", "其他"),
}

GROUP_CN = {
    "water": "水体", "surface": "河面", "channel": "河中", "bank": "河岸",
    "activity": "涉水活动", "outfall": "排污口", "sign": "河长公示牌", "works": "水工建筑物",
    "other": "其他",
}

CATEGORIES = tuple(CATEGORY_CN)


def category_name(key: str) -> str:
    names = {
        "water.odour": translate("ProblemCategory", "odour / black and smelly water"),
        "water.colour": translate("ProblemCategory", "abnormal colour"),
        "surface.floating": translate("ProblemCategory", "floating debris"),
        "surface.oil": translate("ProblemCategory", "oil slick"),
        "surface.dead_animals": translate("ProblemCategory", "dead animals / dead fish"),
        "channel.net_farming": translate("ProblemCategory", "net-pen farming"),
        "channel.silt": translate("ProblemCategory", "silting"),
        "channel.wreck": translate("ProblemCategory", "sunken boat"),
        "channel.dumping": translate("ProblemCategory", "dumped spoil"),
        "channel.hazardous": translate("ProblemCategory", "solid or hazardous waste"),
        "bank.household": translate("ProblemCategory", "household waste"),
        "bank.industrial": translate("ProblemCategory", "industrial waste"),
        "bank.construction": translate("ProblemCategory", "construction waste"),
        "activity.fishing": translate("ProblemCategory", "illegal fishing"),
        "activity.sand": translate("ProblemCategory", "illegal sand mining"),
        "activity.encroach": translate("ProblemCategory", "encroachment on the water"),
        "outfall.direct": translate("ProblemCategory", "direct discharge"),
        "outfall.dry_weather": translate("ProblemCategory",
                                         "storm drain discharging in dry weather"),
        "outfall.odd": translate("ProblemCategory", "discharge of odd colour or smell"),
        "outfall.new": translate("ProblemCategory", "new outfall"),
        "outfall.unmarked": translate("ProblemCategory", "outfall without a label"),
        "sign.missing": translate("ProblemCategory", "chief's sign missing"),
        "sign.outdated": translate("ProblemCategory", "chief's sign not updated"),
        "sign.irregular": translate("ProblemCategory", "chief's sign not to standard"),
        "sign.damaged": translate("ProblemCategory", "chief's sign damaged"),
        "works.encroach": translate("ProblemCategory", "channel occupied"),
        "works.illegal": translate("ProblemCategory", "illegal building"),
        "works.fault": translate("ProblemCategory", "structure not working properly"),
        "other": translate("ProblemCategory", "other"),
    }
    return names.get(key, key)


def group_name(group: str) -> str:
    names = {
        "water": translate("ProblemCategory", "water body"),
        "surface": translate("ProblemCategory", "water surface"),
        "channel": translate("ProblemCategory", "in the channel"),
        "bank": translate("ProblemCategory", "river bank"),
        "activity": translate("ProblemCategory", "activities on the water"),
        "outfall": translate("ProblemCategory", "outfalls"),
        "sign": translate("ProblemCategory", "chief's signs"),
        "works": translate("ProblemCategory", "hydraulic structures"),
        "other": translate("ProblemCategory", "other"),
    }
    return names.get(group, group)
