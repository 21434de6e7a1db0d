"""What the water-quality pages show: each section's latest class, class histories, shares.

Read-only questions the UI, reports and CLI ask; classes always come from the month's
item means (see :mod:`riverchief.waterquality.score`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from riverchief.db import Store
from riverchief.periods import Period, parse_period
from riverchief.waterquality.classes import Classification, Status, WaterClass, classify
from riverchief.waterquality.model import Sample, SectionRef
from riverchief.waterquality.rules import WaterQualityRules, load_rules
from riverchief.waterquality.score import month_means, monthly_classes
from riverchief.waterquality.values import MeanValue


@dataclass(frozen=True)
class SectionStatus:
    """A section with the class of its latest month with data."""

    section: SectionRef
    month: str | None  # YYYY-MM of the latest month with samples
    classification: Classification | None

    @property
    def water_class(self) -> WaterClass | None:
        return self.classification.water_class if self.classification else None

    @property
    def status(self) -> Status | None:
        return self.classification.status if self.classification else None

    @property
    def attained(self) -> bool | None:
        return self.classification.attains(self.section.target) if self.classification else None


def _latest_month_samples(store: Store, section_ids: list[str] | None) -> dict[str, list[Sample]]:
    """Samples of each section's latest month with data, in one query."""
    from riverchief.waterquality.values import Measurement

    where, params = "", []
    if section_ids is not None:
        where = f" AND section_id IN ({','.join('?' * len(section_ids))})" if section_ids \
            else " AND 0"
        params = list(section_ids)
    sql = (
        "WITH latest AS (SELECT section_id, max(substr(sampled_at, 1, 7)) AS m FROM sample"
        f" WHERE deleted_at IS NULL{where} GROUP BY section_id)"
        " SELECT s.id, s.section_id, s.sampled_at, s.source, v.item, v.value,"
        " v.below_detection, v.detection_limit FROM sample s"
        " JOIN latest l ON l.section_id = s.section_id AND s.sampled_at >= l.m || '-01'"
        " AND s.sampled_at < l.m || '-99'"
        " LEFT JOIN sample_value v ON v.sample_id = s.id AND v.deleted_at IS NULL"
        " WHERE s.deleted_at IS NULL ORDER BY s.section_id, s.sampled_at, s.id"
    )
    from riverchief.waterquality.samples import read_time

    out: dict[str, list[Sample]] = {}
    current: Sample | None = None
    for sid, section_id, at, source, item, value, below, dl in store.conn.execute(sql, params):
        if current is None or current.id != sid:
            current = Sample(sid, section_id, read_time(at), source, {})
            out.setdefault(section_id, []).append(current)
        if item is not None:
            current.values[item] = Measurement(value, bool(below), dl)
    return out


def section_statuses(
    store: Store,
    area_ids: Iterable[str] | None = None,
    rules: WaterQualityRules | None = None,
) -> list[SectionStatus]:
    """Every live section (in ``area_ids`` when given) with its latest monthly class."""
    from riverchief.waterquality.samples import list_sections

    rules = rules or load_rules(store)
    sections = list_sections(store, area_ids)
    latest = _latest_month_samples(store, [s.id for s in sections] if area_ids is not None
                                   else None)
    out = []
    for section in sections:
        samples = latest.get(section.id, [])
        if not samples:
            out.append(SectionStatus(section, None, None))
            continue
        month, means = next(iter(month_means(samples, rules).items()))
        out.append(SectionStatus(section, month, classify(means, section.water_type, rules)))
    return out


def class_history(
    store: Store, section: SectionRef, rules: WaterQualityRules | None = None
) -> list[tuple[str, Classification, dict[str, MeanValue]]]:
    """The section's class for every month with samples, oldest first, with the means."""
    from riverchief.waterquality.samples import load_samples

    rules = rules or load_rules(store)
    samples = load_samples(store, section_ids=[section.id]).get(section.id, [])
    out = []
    for month, means in sorted(month_means(samples, rules).items()):
        out.append((month, classify(means, section.water_type, rules), means))
    return out


def class_counts_by_month(
    store: Store,
    period: Period,
    area_ids: Iterable[str] | None = None,
    rules: WaterQualityRules | None = None,
) -> tuple[list[str], list[dict[WaterClass, int]]]:
    """For each month of ``period``, how many sections were of each class."""
    from riverchief.waterquality.samples import list_sections, load_samples

    rules = rules or load_rules(store)
    sections = {s.id: s for s in list_sections(store, area_ids)}
    classes = monthly_classes(
        sections, load_samples(store, period.start, period.end, list(sections)), rules)
    months = [m.label for m in period.months()]
    counts: list[dict[WaterClass, int]] = [{} for _ in months]
    index = {m: i for i, m in enumerate(months)}
    for (_, month), c in classes.items():
        if month in index and c.water_class is not None:
            bucket = counts[index[month]]
            bucket[c.water_class] = bucket.get(c.water_class, 0) + 1
    return months, counts


def current_year(today: date | None = None) -> Period:
    return parse_period(str((today or date.today()).year))


__all__ = ["SectionStatus", "class_counts_by_month", "class_history", "section_statuses"]
