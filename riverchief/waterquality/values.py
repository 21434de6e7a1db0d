"""Measured values: below-detection results, period means, automatic versus laboratory results.

A result below the detection limit (未检出) is kept as such and shown as below detection,
never as a number; it enters a mean as half the detection limit (the national statistics
convention; the factor is a rule setting). Means are computed exactly on the decimal
values as measured, so a mean equal to a class limit stays equal to it.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal

from riverchief.i18n import translate
from riverchief.waterquality.rules import DEFAULT_RULES, WaterQualityRules

SOURCES = ("automatic", "laboratory", "field")

MISSING_MARKERS = frozenset({"", "--", "-", "*", "—", "——", "/", "nan", "NaN"})
_BELOW_LT = re.compile(r"^[<＜]\s*([0-9]*\.?[0-9]+(?:[eE][-+]?\d+)?)$")
_BELOW_L = re.compile(r"^([0-9]*\.?[0-9]+(?:[eE][-+]?\d+)?)\s*[Ll]$")
_ND = frozenset({"nd", "n.d.", "未检出", "bdl"})
_THOUSANDS = re.compile(r"^\d{1,3}(,\d{3})+(\.\d+)?$")
_NUMBER = re.compile(r"^[-+]?([0-9]*\.?[0-9]+(?:[eE][-+]?\d+)?)$")


@dataclass(frozen=True, slots=True)
class Measurement:
    """One result of one item: a value, or below the detection limit (``value`` None)."""

    value: float | None
    below_detection: bool = False
    detection_limit: float | None = None

    def effective(self, factor: float = 0.5) -> float:
        """The number that enters means and classes: the value, or factor × detection limit."""
        if not self.below_detection:
            assert self.value is not None
            return self.value
        return self.detection_limit * factor if self.detection_limit is not None else 0.0

    def display(self, digits: int | None = None) -> str:
        if self.below_detection:
            if self.detection_limit is None:
                return translate("WaterQuality", "ND")
            return f"<{_plain(self.detection_limit)}"
        assert self.value is not None
        return _plain(self.value) if digits is None else f"{self.value:.{digits}f}"


def _plain(x: float) -> str:
    text = repr(float(x))
    if "e" in text or "E" in text:
        text = format(Decimal(text), "f")
    return text[:-2] if text.endswith(".0") else text


@dataclass(frozen=True, slots=True)
class MeanValue:
    """An item's arithmetic mean over a period, points or sections."""

    value: float
    count: int
    below: int = 0  # results below detection among ``count``
    detection_limit: float | None = None

    @property
    def all_below(self) -> bool:
        return self.count > 0 and self.below == self.count

    def effective(self, factor: float = 0.5) -> float:
        return self.value

    def display(self, digits: int | None = None) -> str:
        if self.all_below:
            if self.detection_limit is None:
                return translate("WaterQuality", "ND")
            return f"<{_plain(self.detection_limit)}"
        return _plain(self.value) if digits is None else f"{self.value:.{digits}f}"


Value = float | int | Measurement | MeanValue | None
Values = Mapping[str, Value]


def number(value: Value, factor: float = 0.5) -> float | None:
    """The number a value stands for in classes and indices; None when not measured."""
    if value is None:
        return None
    if isinstance(value, (Measurement, MeanValue)):
        return value.effective(factor)
    x = float(value)
    return None if math.isnan(x) else x


def _decimal(x: float) -> Decimal:
    return Decimal(repr(float(x)))


def mean_of(results: Iterable[Value], factor: float = 0.5) -> MeanValue | None:
    """Mean of one item's results (exact on the decimal values); None when none measured."""
    total = Decimal(0)
    count = below = 0
    limits: list[float] = []
    half = _decimal(factor)
    for r in results:
        if r is None:
            continue
        if isinstance(r, Measurement):
            if r.below_detection:
                below += 1
                if r.detection_limit is not None:
                    limits.append(r.detection_limit)
                    total += _decimal(r.detection_limit) * half
            else:
                assert r.value is not None
                total += _decimal(r.value)
        elif isinstance(r, MeanValue):
            # a mean of means (points of a lake, sections of a river): weight one each
            total += _decimal(r.value)
            if r.all_below:
                below += 1
                if r.detection_limit is not None:
                    limits.append(r.detection_limit)
        else:
            x = float(r)
            if math.isnan(x):
                continue
            total += _decimal(x)
        count += 1
    if count == 0:
        return None
    return MeanValue(float(total / count), count, below, max(limits) if limits else None)


def means(samples: Iterable[Values], factor: float = 0.5) -> dict[str, MeanValue]:
    """Each item's mean over ``samples`` (each a mapping item → value)."""
    collected: dict[str, list[Value]] = {}
    for sample in samples:
        for key, value in sample.items():
            if value is not None:
                collected.setdefault(key, []).append(value)
    out: dict[str, MeanValue] = {}
    for key, values in collected.items():
        m = mean_of(values, factor)
        if m is not None:
            out[key] = m
    return out


def source_order(item: str, rules: WaterQualityRules = DEFAULT_RULES) -> tuple[str, ...]:
    """Which source's results count first for ``item`` (the other ones stay visible)."""
    if item in rules.automatic_first:
        return ("automatic", "laboratory", "field")
    return ("laboratory", "automatic", "field")


def select_by_source(
    samples: Iterable[tuple[str, Values]], rules: WaterQualityRules = DEFAULT_RULES
) -> tuple[dict[str, list[Value]], dict[str, str]]:
    """For each item, the results of the source that counts, and that source's name.

    ``samples`` are ``(source, values)`` pairs of one section and period. When both an
    automatic station and a laboratory measured an item, the rule set decides which
    counts; a field-kit result counts only when neither measured the item.
    """
    by_item: dict[str, dict[str, list[Value]]] = {}
    for source, values in samples:
        for key, value in values.items():
            if number(value) is None:
                continue
            by_item.setdefault(key, {}).setdefault(source, []).append(value)
    chosen: dict[str, list[Value]] = {}
    used: dict[str, str] = {}
    for key, per_source in by_item.items():
        for source in source_order(key, rules):
            if per_source.get(source):
                chosen[key] = per_source[source]
                used[key] = source
                break
    return chosen, used


def period_means(
    samples: Iterable[tuple[str, Values]], rules: WaterQualityRules = DEFAULT_RULES
) -> tuple[dict[str, MeanValue], dict[str, str]]:
    """Item means of one section over a period after choosing sources; and the sources used."""
    chosen, used = select_by_source(samples, rules)
    out: dict[str, MeanValue] = {}
    for key, values in chosen.items():
        m = mean_of(values, rules.below_detection_factor)
        if m is not None:
            out[key] = m
    return out, used


class ValueSyntaxError(ValueError):
    """Text that is not a value, a missing marker or a below-detection marker."""


def parse_value(text: object) -> Measurement | None:
    """A cell as users have it: ``1.23``, ``<0.01``, ``0.01L``, ``ND``; None for a missing marker.

    Raises :class:`ValueSyntaxError` for anything else (including negative numbers).
    """
    if text is None:
        return None
    if isinstance(text, bool):
        raise ValueSyntaxError(str(text))
    if isinstance(text, (int, float)):
        x = float(text)
        if math.isnan(x):
            return None
        if x < 0 or math.isinf(x):
            raise ValueSyntaxError(str(text))
        return Measurement(x)
    s = str(text).strip()
    if s in MISSING_MARKERS:
        return None
    if s.lower() in _ND:
        return Measurement(None, True, None)
    if m := _BELOW_LT.match(s):
        return Measurement(None, True, float(m.group(1)))
    if m := _BELOW_L.match(s):
        return Measurement(None, True, float(m.group(1)))
    if _THOUSANDS.match(s):
        s = s.replace(",", "")
    if _NUMBER.match(s):
        x = float(s)
        if x < 0:
            raise ValueSyntaxError(s)
        return Measurement(x)
    raise ValueSyntaxError(s)
