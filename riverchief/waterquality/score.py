"""The water-quality score of a river chief (河长水质考核), ``water_quality.md`` §6.

Default: the share (0–100) of the chief's section-months whose monthly class met the
section's target (达标率), over the sections of the segments the chief was assigned to
in the period (a section-month counts when an assignment covers any day of that month).
A chief whose sections have no data shows "no data", never 0 or 100.

Alternatives a rule set may select (``score_method``):
- ``ccme``: CCME WQI 1.0 of each section's samples against its target-class limits as
  objectives, averaged over the chief's sections with enough data; only for a quarter or
  longer.
- ``cwqi``: the share of the chief's sections whose CWQI over the fixed item set did not
  get worse against the same period last year.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from riverchief.db import Store
from riverchief.errors import UserError
from riverchief.i18n import translate
from riverchief.periods import Period
from riverchief.waterquality.ccme import CcmeTest, ccme_wqi
from riverchief.waterquality.classes import Classification, WaterClass, classify
from riverchief.waterquality.indices import Cwqi, Tli, change_percent, cwqi, tli
from riverchief.waterquality.model import Sample, SectionRef
from riverchief.waterquality.rules import DEFAULT_RULES, WaterQualityRules, load_rules
from riverchief.waterquality.standards import standard
from riverchief.waterquality.values import MeanValue, period_means


@dataclass(frozen=True)
class Span:
    """A chief's assignment to a segment, both ends inclusive (``end`` None: still open)."""

    chief_id: str
    segment_id: str
    start: date
    end: date | None

    def overlaps(self, period: Period) -> bool:
        return self.start <= period.end and (self.end is None or self.end >= period.start)


def month_means(
    samples: Sequence[Sample], rules: WaterQualityRules = DEFAULT_RULES
) -> dict[str, dict[str, MeanValue]]:
    """Item means of one section per month (``YYYY-MM``), after choosing sources."""
    by_month: dict[str, list[Sample]] = {}
    for s in samples:
        by_month.setdefault(s.month, []).append(s)
    factor = rules.below_detection_factor
    out: dict[str, dict[str, MeanValue]] = {}
    for m, ss in by_month.items():
        if len(ss) == 1:  # one sample: its values are the means (the usual monthly case)
            out[m] = {
                k: MeanValue(v.effective(factor), 1, 1 if v.below_detection else 0,
                             v.detection_limit if v.below_detection else None)
                for k, v in ss[0].values.items()
                if v.below_detection or v.value is not None}
        else:
            out[m] = period_means([(s.source, s.values) for s in ss], rules)[0]
    return out


def monthly_classes(
    sections: Mapping[str, SectionRef],
    samples: Mapping[str, Sequence[Sample]],
    rules: WaterQualityRules = DEFAULT_RULES,
) -> dict[tuple[str, str], Classification]:
    """The class of every section-month with samples: ``(section_id, 'YYYY-MM')`` → class."""
    out: dict[tuple[str, str], Classification] = {}
    for section_id, ss in samples.items():
        section = sections.get(section_id)
        if section is None:
            continue
        for month, means in month_means(ss, rules).items():
            c = classify(means, section.water_type, rules)
            if c.water_class is not None:
                out[(section_id, month)] = c
    return out


@dataclass
class ChiefScore:
    """A chief's water-quality score in a period; ``score`` None means no data."""

    chief_id: str
    period: Period
    method: str
    score: float | None
    attained: int = 0  # section-months (or sections) that count for the chief
    counted: int = 0  # section-months (or sections) with data
    section_ids: list[str] = field(default_factory=list)

    @property
    def label(self) -> str:
        if self.score is None:
            return translate("WaterQuality", "no data")
        return f"{self.score:.1f}"


def sections_of_chiefs(
    spans: Iterable[Span], sections: Iterable[SectionRef], period: Period
) -> dict[str, dict[str, list[str]]]:
    """For each chief, each section → the months of ``period`` an assignment covered it."""
    by_segment: dict[str, list[SectionRef]] = {}
    for s in sections:
        by_segment.setdefault(s.segment_id, []).append(s)
    months = [(m.start, m.end, m.label) for m in period.months()]
    out: dict[str, dict[str, list[str]]] = {}
    for span in spans:
        if not span.overlaps(period):
            continue
        covered = [label for start, end, label in months
                   if span.start <= end and (span.end is None or span.end >= start)]
        if not covered:
            continue
        per_chief = out.setdefault(span.chief_id, {})
        for section in by_segment.get(span.segment_id, []):
            have = per_chief.setdefault(section.id, [])
            for m in covered:
                if m not in have:
                    have.append(m)
    return out


def attainment_scores(
    chief_ids: Iterable[str],
    spans: Iterable[Span],
    sections: Mapping[str, SectionRef],
    classes: Mapping[tuple[str, str], Classification],
    period: Period,
) -> dict[str, ChiefScore]:
    """The default score (达标率 over section-months) of every chief in ``chief_ids``."""
    covered = sections_of_chiefs(spans, sections.values(), period)
    out: dict[str, ChiefScore] = {}
    for chief_id in chief_ids:
        attained = counted = 0
        section_months = covered.get(chief_id, {})
        for section_id, months in section_months.items():
            target = sections[section_id].target
            for m in months:
                c = classes.get((section_id, m))
                if c is None or c.water_class is None:
                    continue
                counted += 1
                attained += c.water_class <= target
        score = 100.0 * attained / counted if counted else None
        out[chief_id] = ChiefScore(chief_id, period, "attainment", score, attained, counted,
                                   sorted(section_months))
    return out


def target_objectives(section: SectionRef) -> dict[str, tuple[float | None, float | None]]:
    """Objectives ``(lower, upper)`` of a section from its target class's limits."""
    out: dict[str, tuple[float | None, float | None]] = {}
    std = standard()
    for key in std.assessed:
        item = std[key]
        if item.rule == "range":
            assert item.range is not None
            out[key] = item.range
            continue
        ladder = item.ladder(section.water_type)
        if ladder is None:
            continue
        limit = ladder[section.target - 1]
        out[key] = (limit, None) if item.rule == ">=" else (None, limit)
    return out


def ccme_scores(
    chief_ids: Iterable[str],
    spans: Iterable[Span],
    sections: Mapping[str, SectionRef],
    samples: Mapping[str, Sequence[Sample]],
    period: Period,
) -> dict[str, ChiefScore]:
    """CCME WQI with target-class limits as objectives, averaged over the chief's sections."""
    if period.kind == "month":
        raise UserError(translate(
            "WaterQuality", "The CCME WQI needs a quarter or a year, not a single month."))
    covered = sections_of_chiefs(spans, sections.values(), period)
    per_section: dict[str, float | None] = {}
    out: dict[str, ChiefScore] = {}
    for chief_id in chief_ids:
        wqis: list[float] = []
        for section_id, months in covered.get(chief_id, {}).items():
            if section_id not in per_section:
                section = sections[section_id]
                objectives = target_objectives(section)
                tests = []
                for s in samples.get(section_id, []):
                    if s.month not in months:
                        continue
                    for key, m in s.values.items():
                        if key not in objectives:
                            continue
                        lower, upper = objectives[key]
                        tests.append(CcmeTest(key, m.value, m.below_detection, lower, upper,
                                              s.sampled_at.isoformat()))
                per_section[section_id] = ccme_wqi(tests).wqi
            wqi = per_section[section_id]
            if wqi is not None:
                wqis.append(wqi)
        score = sum(wqis) / len(wqis) if wqis else None
        out[chief_id] = ChiefScore(chief_id, period, "ccme", score, len(wqis), len(wqis),
                                   sorted(covered.get(chief_id, {})))
    return out


def cwqi_scores(
    chief_ids: Iterable[str],
    spans: Iterable[Span],
    sections: Mapping[str, SectionRef],
    now: Mapping[str, Cwqi],
    base: Mapping[str, Cwqi],
    period: Period,
) -> dict[str, ChiefScore]:
    """Share of the chief's sections whose comparable CWQI did not get worse than last year."""
    covered = sections_of_chiefs(spans, sections.values(), period)
    out: dict[str, ChiefScore] = {}
    for chief_id in chief_ids:
        better = counted = 0
        for section_id in covered.get(chief_id, {}):
            change = change_percent(now.get(section_id), base.get(section_id))
            if change is None:
                continue
            counted += 1
            better += change <= 0
        score = 100.0 * better / counted if counted else None
        out[chief_id] = ChiefScore(chief_id, period, "cwqi", score, better, counted,
                                   sorted(covered.get(chief_id, {})))
    return out


@dataclass(frozen=True)
class SectionPeriod:
    """What is shown beside a chief's score for each section (§6)."""

    section: SectionRef
    classification: Classification | None
    attained: bool | None
    cwqi: Cwqi | None
    cwqi_change: float | None  # % against the same period last year; positive = worse
    tli: Tli | None
    sources: dict[str, str]

    @property
    def water_class(self) -> WaterClass | None:
        return self.classification.water_class if self.classification else None


def section_period(
    section: SectionRef,
    samples: Sequence[Sample],
    last_year: Sequence[Sample],
    rules: WaterQualityRules = DEFAULT_RULES,
) -> SectionPeriod:
    """A section's period class, attainment, CWQI with its change, and TLI for lakes."""
    if not samples:
        return SectionPeriod(section, None, None, None, None, None, {})
    means, sources = period_means([(s.source, s.values) for s in samples], rules)
    c = classify(means, section.water_type, rules)
    now = cwqi(means, section.water_type, rules)
    change = None
    if last_year:
        base_means, _ = period_means([(s.source, s.values) for s in last_year], rules)
        change = change_percent(now, cwqi(base_means, section.water_type, rules))
    lake_tli = tli(means, rules.below_detection_factor) if section.water_type == "lake" else None
    return SectionPeriod(section, c, c.attains(section.target), now if now.items else None,
                         change, lake_tli, sources)


# --- from the database -----------------------------------------------------------------


def load_spans(store: Store, period: Period) -> list[Span]:
    """Live assignments in force on at least one day of ``period``."""
    rows = store.conn.execute(
        "SELECT chief_id, segment_id, start_date, end_date FROM assignment"
        " WHERE deleted_at IS NULL AND start_date <= ? AND (end_date IS NULL OR end_date >= ?)",
        [period.end.isoformat(), period.start.isoformat()])
    return [Span(c, s, date.fromisoformat(a), date.fromisoformat(b) if b else None)
            for c, s, a, b in rows]


def live_chief_ids(store: Store) -> list[str]:
    return [r[0] for r in store.conn.execute(
        "SELECT id FROM chief WHERE deleted_at IS NULL ORDER BY code")]


def chief_scores(
    store: Store,
    period: Period,
    *,
    chief_ids: Iterable[str] | None = None,
    rules: WaterQualityRules | None = None,
) -> dict[str, ChiefScore]:
    """Every chief's water-quality score in ``period`` by the rule set's method."""
    from riverchief.waterquality.samples import list_sections, load_samples

    rules = rules or load_rules(store)
    ids = list(chief_ids) if chief_ids is not None else live_chief_ids(store)
    sections = {s.id: s for s in list_sections(store)}
    spans = load_spans(store, period)
    samples = load_samples(store, period.start, period.end)
    if rules.score_method == "ccme":
        return ccme_scores(ids, spans, sections, samples, period)
    if rules.score_method == "cwqi":
        last = period.same_period_last_year()
        before = load_samples(store, last.start, last.end)
        now = {sid: cwqi(period_means([(x.source, x.values) for x in ss], rules)[0],
                         sections[sid].water_type, rules)
               for sid, ss in samples.items() if sid in sections}
        base = {sid: cwqi(period_means([(x.source, x.values) for x in ss], rules)[0],
                          sections[sid].water_type, rules)
                for sid, ss in before.items() if sid in sections}
        return cwqi_scores(ids, spans, sections, now, base, period)
    classes = monthly_classes(sections, samples, rules)
    return attainment_scores(ids, spans, sections, classes, period)


def monthly_score_series(
    store: Store,
    period: Period,
    *,
    chief_ids: Iterable[str] | None = None,
    rules: WaterQualityRules | None = None,
) -> dict[str, list[tuple[str, float | None]]]:
    """Each chief's attainment score for every month of ``period`` (None: no data)."""
    from riverchief.waterquality.samples import list_sections, load_samples

    rules = rules or load_rules(store)
    ids = list(chief_ids) if chief_ids is not None else live_chief_ids(store)
    sections = {s.id: s for s in list_sections(store)}
    spans = load_spans(store, period)
    classes = monthly_classes(sections, load_samples(store, period.start, period.end), rules)
    covered = sections_of_chiefs(spans, sections.values(), period)
    labels = [m.label for m in period.months()]
    series: dict[str, list[tuple[str, float | None]]] = {}
    for chief_id in ids:
        attained = dict.fromkeys(labels, 0)
        counted = dict.fromkeys(labels, 0)
        for section_id, months in covered.get(chief_id, {}).items():
            target = sections[section_id].target
            for m in months:
                c = classes.get((section_id, m))
                if c is None or c.water_class is None:
                    continue
                counted[m] += 1
                attained[m] += c.water_class <= target
        series[chief_id] = [(m, 100.0 * attained[m] / counted[m] if counted[m] else None)
                            for m in labels]
    return series


def chief_sections(
    store: Store, chief_id: str, period: Period, rules: WaterQualityRules | None = None
) -> list[SectionPeriod]:
    """The sections behind a chief's score, each with its period class, CWQI, change and TLI."""
    from riverchief.waterquality.samples import list_sections, load_samples

    rules = rules or load_rules(store)
    sections = {s.id: s for s in list_sections(store)}
    spans = [s for s in load_spans(store, period) if s.chief_id == chief_id]
    covered = sections_of_chiefs(spans, sections.values(), period).get(chief_id, {})
    ids = sorted(covered, key=lambda sid: sections[sid].code)
    now = load_samples(store, period.start, period.end, ids)
    last = period.same_period_last_year()
    before = load_samples(store, last.start, last.end, ids)
    return [section_period(sections[sid], now.get(sid, []), before.get(sid, []), rules)
            for sid in ids]


__all__ = ["ChiefScore", "SectionPeriod", "Span", "attainment_scores", "ccme_scores",
           "chief_scores", "chief_sections", "cwqi_scores", "monthly_classes",
           "monthly_score_series", "section_period", "sections_of_chiefs"]
