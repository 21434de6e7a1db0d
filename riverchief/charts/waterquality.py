"""Water-quality charts: chiefs' scores, class shares, an item against its limits, rankings, TLI.

Every function returns a new :class:`~matplotlib.figure.Figure`; nothing here draws on
screen. Class colours are the conventional ones (I–II blue, III green, IV yellow,
V orange, 劣V red).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from riverchief.charts import SCREEN_SIZE, fit_below, new_figure
from riverchief.i18n import translate
from riverchief.waterquality.classes import WaterClass
from riverchief.waterquality.indices import TrophicState
from riverchief.waterquality.standards import item_name, standard
from riverchief.waterquality.values import MeanValue, Measurement

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

CLASS_COLOURS: dict[WaterClass, str] = {
    WaterClass.I: "#1f5fbf",
    WaterClass.II: "#5fa8e8",
    WaterClass.III: "#2e9e44",
    WaterClass.IV: "#f2d024",
    WaterClass.V: "#f28e1c",
    WaterClass.WORSE_THAN_V: "#d62728",
}
TROPHIC_COLOURS: dict[TrophicState, str] = {
    TrophicState.OLIGOTROPHIC: "#cfe8ff",
    TrophicState.MESOTROPHIC: "#d9f2d9",
    TrophicState.LIGHTLY_EUTROPHIC: "#fff3c4",
    TrophicState.MODERATELY_EUTROPHIC: "#ffd9b3",
    TrophicState.HYPEREUTROPHIC: "#ffc2c2",
}
# The bundled font's glyph for U+2164 (Ⅴ) is empty: charts write the classes in Latin
# letters (I, II, III, IV, V, 劣V), which official charts also use.
_LATIN_ROMAN = str.maketrans({"Ⅰ": "I", "Ⅱ": "II", "Ⅲ": "III", "Ⅳ": "IV", "Ⅴ": "V"})


def class_text(cls: WaterClass) -> str:
    """A class as a chart writes it."""
    return cls.label.translate(_LATIN_ROMAN)


RIGHT_LEGEND = (0.08, 0.19, 0.80, 0.90)
# the screen's chart pane may show a figure narrower than it was made: margins that must
# hold text (names with their codes) are sized for this fraction of the figure's width
NARROWEST = 0.8


def _width_in(fig: Figure, artists: Sequence[Any]) -> float:
    """The widest of ``artists`` as drawn on ``fig``, in inches."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    renderer = FigureCanvasAgg(fig).get_renderer()  # type: ignore[no-untyped-call]
    widths = [float(a.get_window_extent(renderer).width) for a in artists]
    return max(widths, default=0.0) / float(fig.dpi)


def _room_for(fig: Figure, inches: float) -> float:
    """The fraction of the figure's width that holds ``inches`` when shown narrower."""
    return min(0.5, (inches + 0.12) / (float(fig.get_size_inches()[0]) * NARROWEST))


RIGHT_LEGEND_WIDE = (0.09, 0.19, 0.72, 0.90)
TROPHIC_BANDS = (
    (TrophicState.OLIGOTROPHIC, 0, 30),
    (TrophicState.MESOTROPHIC, 30, 50),
    (TrophicState.LIGHTLY_EUTROPHIC, 50, 60),
    (TrophicState.MODERATELY_EUTROPHIC, 60, 70),
    (TrophicState.HYPEREUTROPHIC, 70, 100),
)


def score_over_months(
    series: Mapping[str, Sequence[tuple[str, float | None]]],
    target: float | None = None,
    title: str | None = None,
) -> Figure:
    """Water-quality score of several chiefs over months (a gap where a month has no data)."""
    fig = new_figure()
    ax = fig.add_subplot()
    months: list[str] = []
    for points in series.values():
        for label, _ in points:
            if label not in months:
                months.append(label)
    months.sort()
    x_of = {m: i for i, m in enumerate(months)}
    for name, points in series.items():
        xs = [x_of[m] for m, _ in points]
        ys = [float("nan") if v is None else v for _, v in points]
        ax.plot(xs, ys, marker="o", linewidth=1.6, markersize=4, label=name)
    if target is not None:
        ax.axhline(target, color="#d62728", linestyle="--", linewidth=1.2,
                   label=translate("Charts", "target {value}").format(value=f"{target:g}"))
    ax.set_xticks(range(len(months)), months, rotation=45 if len(months) > 8 else 0)
    ax.set_ylim(0, 105)
    ax.set_xlabel(translate("Charts", "month"))
    ax.set_ylabel(translate("Charts", "water-quality score"))
    ax.set_title(title or translate("Charts", "Water-quality score of river chiefs by month"))
    ax.grid(axis="y", alpha=0.3)
    if series or target is not None:
        # beside the plot: names with their codes in four columns ran off the figure
        legend = ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8)
        fig.subplots_adjust(right=min(RIGHT_LEGEND[2], 1 - _room_for(fig, _width_in(fig, [
            legend]))))
    if not series:
        _no_data(ax)
    if len(months) > 8:  # slanted months need more room below
        fit_below(fig)
    return fig


def class_shares_by_month(
    months: Sequence[str],
    counts: Sequence[Mapping[WaterClass, int]],
    title: str | None = None,
) -> Figure:
    """Share of sections per class in each month, stacked bars (I at the bottom)."""
    fig = new_figure(margins=RIGHT_LEGEND)
    ax = fig.add_subplot()
    bottoms = [0.0] * len(months)
    totals = [sum(c.values()) for c in counts]
    for cls in WaterClass:
        shares = [100.0 * c.get(cls, 0) / t if t else 0.0 for c, t in zip(counts, totals,
                                                                         strict=True)]
        ax.bar(range(len(months)), shares, bottom=bottoms, color=CLASS_COLOURS[cls],
               label=class_text(cls), width=0.7, edgecolor="white", linewidth=0.5)
        bottoms = [b + s for b, s in zip(bottoms, shares, strict=True)]
    ax.set_xticks(range(len(months)), list(months), rotation=45 if len(months) > 8 else 0)
    ax.set_ylim(0, 100)
    ax.set_ylabel(translate("Charts", "share of sections (%)"))
    ax.set_xlabel(translate("Charts", "month"))
    ax.set_title(title or translate("Charts", "Sections by water class"))
    ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8,
              title=translate("Charts", "class"))
    if not any(totals):
        _no_data(ax)
    if len(months) > 8:  # slanted months need more room below
        fit_below(fig)
    return fig


def item_over_time(
    times: Sequence[datetime],
    values: Sequence[Measurement | MeanValue | float | None],
    item: str,
    water_type: str = "river",
    section: str = "",
    sources: Sequence[str] | None = None,
) -> Figure:
    """One item at one section over time, against the class-limit lines of its ladder.

    Below-detection results are drawn hollow at half the detection limit. With
    ``sources`` (one per value), automatic-station results form their own line beside the
    laboratory's, so both stay visible.
    """
    fig = new_figure(margins=RIGHT_LEGEND_WIDE)
    ax = fig.add_subplot()
    std_item = standard()[item]
    from matplotlib.dates import date2num

    from riverchief.waterquality.model import source_name

    lines: dict[str, tuple[list[float], list[float]]] = {}
    nd_x: list[float] = []
    nd_y: list[float] = []
    kinds = list(sources) if sources is not None else ["" for _ in values]
    for when, v, kind in zip(times, values, kinds, strict=True):
        t = float(date2num(when))  # type: ignore[no-untyped-call]
        if v is None:
            continue
        if isinstance(v, Measurement) and v.below_detection:
            nd_x.append(t)
            nd_y.append(v.effective())
            continue
        y = v.effective() if isinstance(v, (Measurement, MeanValue)) else float(v)
        xs, ys = lines.setdefault(kind, ([], []))
        xs.append(t)
        ys.append(y)
    styles = {"": ("#333333", "o"), "laboratory": ("#333333", "o"),
              "automatic": ("#7b3fa0", "s"), "field": ("#8c6d31", "^")}
    if not lines:
        lines[""] = ([], [])
    for kind, (xs, ys) in lines.items():
        colour, marker = styles.get(kind, ("#333333", "o"))
        label = item_name(item) if len(lines) == 1 else \
            f"{item_name(item)} ({source_name(kind)})"
        ax.plot(xs, ys, marker=marker, color=colour, linewidth=1.4, markersize=4, label=label)
    if nd_x:
        ax.plot(nd_x, nd_y, linestyle="none", marker="o", markerfacecolor="white",
                markeredgecolor="#333333", markersize=5,
                label=translate("Charts", "below detection (half the limit)"))
    xs_all = [x for xs, _ in lines.values() for x in xs]
    ladder = std_item.ladder(water_type)
    if ladder is not None:
        seen: set[float] = set()
        for n, limit in enumerate(ladder):
            if limit in seen:
                continue
            seen.add(limit)
            cls = WaterClass(n + 1)
            ax.axhline(limit, color=CLASS_COLOURS[cls], linestyle="--", linewidth=1.1,
                       label=translate("Charts", "class {cls} limit {limit}").format(
                           cls=class_text(cls), limit=f"{limit:g}"))
    elif std_item.range is not None:
        for bound in std_item.range:
            ax.axhline(bound, color=CLASS_COLOURS[WaterClass.I], linestyle="--", linewidth=1.1)
    unit = std_item.unit
    ax.set_ylabel(f"{item_name(item)} ({unit})")
    title = translate("Charts", "{item} at {section}").format(
        item=item_name(item), section=section) if section else item_name(item)
    ax.set_title(title)
    ax.grid(alpha=0.3)
    ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8)
    if xs_all or nd_x:
        ax.xaxis_date()
        fig.autofmt_xdate()
    else:
        _no_data(ax)
    return fig


def chiefs_ranked(
    scores: Sequence[tuple[str, float | None]],
    target: float | None = None,
    title: str | None = None,
    score_label: str | None = None,
) -> Figure:
    """Chiefs ranked by score, best at the top; chiefs without data listed last as "no data".

    The scores are the water-quality scores unless ``score_label`` names others."""
    with_data = sorted(((n, s) for n, s in scores if s is not None), key=lambda t: (-t[1], t[0]))
    without = sorted(n for n, s in scores if s is None)
    names = [n for n, _ in with_data] + without
    height = max(SCREEN_SIZE[1], 0.28 * len(names) + 1.2)
    fig = new_figure((SCREEN_SIZE[0], min(height, 40.0)),
                     margins=(0.16, 0.6 / min(height, 40.0), 0.97, 1 - 0.45 / min(height, 40.0)))
    ax = fig.add_subplot()
    ys = list(range(len(names)))[::-1]
    values = [s for _, s in with_data] + [0.0] * len(without)
    colours = ["#2e9e44" if target is None or s >= target else "#f28e1c" for _, s in with_data]
    colours += ["#cccccc"] * len(without)
    ax.barh(ys, values, color=colours, height=0.7)
    shown: list[float | None] = [s for _, s in with_data] + [None] * len(without)
    for y, s in zip(ys, shown, strict=True):
        text = translate("Charts", "no data") if s is None else f"{s:.1f}"
        ax.text((s or 0) + 1, y, text, va="center", fontsize=8)
    ax.set_yticks(ys, names, fontsize=8)
    if names:  # the longest name with its code must not run off the left edge
        fig.subplots_adjust(left=max(0.16, _room_for(fig, _width_in(
            fig, ax.get_yticklabels()))))
    ax.set_xlim(0, 110)
    if target is not None:
        ax.axvline(target, color="#d62728", linestyle="--", linewidth=1.2,
                   label=translate("Charts", "target {value}").format(value=f"{target:g}"))
        ax.legend(loc="lower right", fontsize=8)
    ax.set_xlabel(score_label or translate("Charts", "water-quality score"))
    ax.set_title(title or translate("Charts", "River chiefs ranked by water-quality score"))
    if not names:
        _no_data(ax)
    return fig


def lake_tli(
    times: Sequence[datetime | str],
    values: Sequence[float | None],
    lake: str = "",
) -> Figure:
    """A lake's TLI(Σ) over time over the bands of the trophic states."""
    fig = new_figure(margins=RIGHT_LEGEND)
    ax = fig.add_subplot()
    top = max([v for v in values if v is not None] + [80.0]) + 5
    for state, low, high in TROPHIC_BANDS:
        ax.axhspan(low, min(high, top) if state != TrophicState.HYPEREUTROPHIC else top,
                   color=TROPHIC_COLOURS[state], alpha=0.8, label=state.label, linewidth=0)
    points = [(t, v) for t, v in zip(times, values, strict=True) if v is not None]
    if points:
        from matplotlib.dates import date2num

        if isinstance(points[0][0], str):
            xs = [float(i) for i in range(len(points))]
            ax.set_xticks(range(len(points)), [str(t) for t, _ in points])
        else:
            xs = [float(date2num(t)) for t, _ in points]  # type: ignore[no-untyped-call]
            ax.xaxis_date()
        ax.plot(xs, [v for _, v in points], marker="o", color="#1a1a1a", linewidth=1.5,
                markersize=4, label=translate("Charts", "TLI"))
    else:
        _no_data(ax)
    ax.set_ylim(0, top)
    ax.set_ylabel(translate("Charts", "trophic state index TLI(Σ)"))
    ax.set_title(translate("Charts", "Trophic state of {lake}").format(lake=lake) if lake
                 else translate("Charts", "Trophic state"))
    ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8)
    return fig


def _no_data(ax: Axes) -> None:
    ax.text(0.5, 0.5, translate("Charts", "no data"), transform=ax.transAxes,
            ha="center", va="center", fontsize=14, color="#888888")
