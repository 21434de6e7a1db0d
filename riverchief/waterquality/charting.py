"""The water-quality charts of the database, by name: what ``wq chart`` and reports draw."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from riverchief.db import Store
from riverchief.errors import UserError
from riverchief.i18n import translate
from riverchief.periods import Period, parse_period

if TYPE_CHECKING:
    from matplotlib.figure import Figure

MAX_CHIEFS_IN_LINES = 8
MAX_CHIEFS_RANKED = 30


def _chiefs(store: Store, codes: Sequence[str]) -> dict[str, str]:
    """Chief id → display name; all live chiefs when ``codes`` is empty."""
    rows = store.conn.execute(
        "SELECT id, code, name FROM chief WHERE deleted_at IS NULL ORDER BY code").fetchall()
    if not codes:
        return {r[0]: f"{r[2]} ({r[1]})" for r in rows}
    by_code = {r[1]: (r[0], f"{r[2]} ({r[1]})") for r in rows}
    out = {}
    for code in codes:
        if code not in by_code:
            raise UserError(translate("WaterQuality", "No chief with code {code}.").format(
                code=code))
        out[by_code[code][0]] = by_code[code][1]
    return out


def chiefs_chart(
    store: Store,
    kind: str,
    period: Period,
    names: Mapping[str, str],
    *,
    explicit: bool,
    target: float = 80.0,
    area_ids: Iterable[str] | None = None,
) -> Figure:
    """The chiefs' score by month, the chiefs ranked, or the sections per class and month.

    ``names``: chief id → display name; ``explicit`` False means "the chiefs with data"
    (the best :data:`MAX_CHIEFS_RANKED` ranked, the first :data:`MAX_CHIEFS_IN_LINES` drawn).
    """
    from riverchief.charts import waterquality as charts
    from riverchief.waterquality.overview import class_counts_by_month
    from riverchief.waterquality.score import chief_scores, monthly_score_series

    if kind == "shares":
        months, counts = class_counts_by_month(store, period, area_ids)
        return charts.class_shares_by_month(months, counts)
    if kind == "ranking":
        scores = chief_scores(store, period, chief_ids=list(names))
        pairs = [(names[c], s.score) for c, s in scores.items()]
        if not explicit:
            pairs = sorted((p for p in pairs if p[1] is not None),
                           key=lambda p: -(p[1] or 0))[:MAX_CHIEFS_RANKED]
        return charts.chiefs_ranked(pairs, target)
    series = monthly_score_series(store, period, chief_ids=list(names))
    if not explicit:
        series = {c: s for c, s in series.items() if any(v is not None for _, v in s)}
        series = dict(list(series.items())[:MAX_CHIEFS_IN_LINES])
    return charts.score_over_months({names[c]: s for c, s in series.items()}, target)


def chart_figure(
    store: Store,
    kind: str,
    period_text: str,
    *,
    chief_codes: Sequence[str] = (),
    section_code: str | None = None,
    item: str = "nh3n",
    target: float = 80.0,
) -> Figure:
    """One of the five water-quality charts for ``period_text``."""
    from riverchief.charts import waterquality as charts
    from riverchief.waterquality.indices import tli
    from riverchief.waterquality.samples import load_samples, section_by_code
    from riverchief.waterquality.score import month_means
    from riverchief.waterquality.standards import standard

    period = parse_period(period_text)
    if kind in ("score", "ranking", "shares"):
        names = _chiefs(store, chief_codes) if kind != "shares" else {}
        return chiefs_chart(store, kind, period, names, explicit=bool(chief_codes),
                            target=target)
    if kind in ("item", "tli"):
        if not section_code:
            raise UserError(translate("WaterQuality", "Name the section with --section CODE."))
        section = section_by_code(store, section_code)
        if section is None:
            raise UserError(translate("WaterQuality", "Unknown section '{text}'.").format(
                text=section_code))
        samples = load_samples(store, period.start, period.end, [section.id]).get(
            section.id, [])
        if kind == "item":
            if item not in standard():
                raise UserError(translate("WaterQuality", "Unknown item '{name}'.").format(
                    name=item))
            return charts.item_over_time([x.sampled_at for x in samples],
                                         [x.values.get(item) for x in samples], item,
                                         section.water_type, section.name,
                                         [x.source for x in samples])
        monthly = sorted(month_means(samples).items())
        values = []
        for _, means in monthly:
            t = tli(means)
            values.append(t.value if t else None)
        return charts.lake_tli([m for m, _ in monthly], values, section.name)
    raise UserError(translate("WaterQuality", "Unknown chart '{kind}'.").format(kind=kind))
