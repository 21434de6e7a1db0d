"""Plausible Chinese place and person names for the demo, from small syllable lists."""

from __future__ import annotations

import random

PLACE_FIRST = "清柳杨桃李枣桑槐梨榆松柏石沙泉溪湾滩洼坡岗岭塘堤桥庄寨营屯集店铺"
PLACE_SECOND = "河水源林园湖溪田沟坪口头里岗屯庄台湾山圩坝埠塘洲渡堡"
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红文斌玉兰海燕峰辉鹏飞"


def place(rng: random.Random, used: set[str], suffix: str) -> str:
    """A place name not used before, like 柳泉镇 or 石沟村."""
    for _ in range(1000):
        name = rng.choice(PLACE_FIRST) + rng.choice(PLACE_SECOND)
        if rng.random() < 0.3:
            name += rng.choice(PLACE_SECOND)
        full = name + suffix
        if full not in used:
            used.add(full)
            return full
    n = len(used)
    full = f"{rng.choice(PLACE_FIRST)}{n}{suffix}"
    used.add(full)
    return full


def person(rng: random.Random) -> str:
    given = rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.7 else "")
    return rng.choice(SURNAMES) + given
