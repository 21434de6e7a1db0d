"""Assessment charts: a chief's patrols against the requirement, their water-quality score,
and the distribution of grades of a period.

Every function returns a new :class:`~matplotlib.figure.Figure`. Grade colours are the
ranking's (优秀 green, 良好 blue, 合格 orange, 不合格 red).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from riverchief.charts import fit_below, new_figure
from riverchief.i18n import translate

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

GRADE_COLOURS = {"excellent": "#2e7d32", "good": "#1565c0", "pass": "#ef6c00",
                 "fail": "#c62828"}
RIGHT_LEGEND = (0.08, 0.19, 0.78, 0.88)


def patrols_against_required(
    months: Sequence[str],
    required: Sequence[int],
    counted: Sequence[int],
    invalid: Sequence[int] | None = None,
    title: str | None = None,
) -> Figure:
    """Per month: the patrols required (outlined), those counted and those judged invalid."""
    fig = new_figure(margins=RIGHT_LEGEND)
    ax = fig.add_subplot()
    xs = list(range(len(months)))
    width = 0.38
    ax.bar([x - width / 2 for x in xs], required, width=width, facecolor="#e8e8e8",
           edgecolor="#555555", linewidth=1.0, label=translate("Charts", "required"))
    met, short = "#2e9e44", "#f28e1c"
    colours = [met if c >= r else short for c, r in zip(counted, required, strict=True)]
    ax.bar([x + width / 2 for x in xs], counted, width=width, color=colours)
    # the legend's swatches: one per colour drawn (a bar's label takes its first colour)
    from matplotlib.patches import Patch

    swatches = [Patch(facecolor=met, label=translate("Charts", "counted"))]
    if any(c < r and c > 0 for c, r in zip(counted, required, strict=True)):
        swatches.append(Patch(facecolor=short, label=translate(
            "Charts", "counted, short of the requirement")))
    if invalid is not None and any(invalid):
        ax.bar([x + width / 2 for x in xs], invalid, width=width, bottom=list(counted),
               color="#d62728", hatch="//", edgecolor="white", linewidth=0.5,
               label=translate("Charts", "judged invalid"))
    for i, (x, c, r) in enumerate(zip(xs, counted, required, strict=True)):
        if r:
            top_of_bar = c + (invalid[i] if invalid is not None else 0)
            ax.text(x + width / 2, top_of_bar + 0.1, f"{c}/{r}", ha="center", va="bottom",
                    fontsize=8)
    ax.set_xticks(xs, list(months), rotation=45 if len(months) > 6 else 0)
    top = max([*required, *(c + (invalid[i] if invalid else 0) for i, c in enumerate(counted)),
               1])
    ax.set_ylim(0, top * 1.25 + 0.5)
    ax.yaxis.get_major_locator().set_params(integer=True)  # type: ignore[call-arg]
    ax.set_xlabel(translate("Charts", "month"))
    ax.set_ylabel(translate("Charts", "patrols"))
    ax.set_title(title or translate("Charts", "Patrols against the requirement"))
    ax.grid(axis="y", alpha=0.3)
    handles, _labels = ax.get_legend_handles_labels()  # required, judged invalid
    ax.legend(handles=[handles[0], *swatches, *handles[1:]], loc="upper left",
              bbox_to_anchor=(1.0, 1.0), fontsize=8)
    if not months:
        _no_data(ax)
    if len(months) > 6:  # slanted months need more room below
        fit_below(fig)
    return fig


def water_score_by_month(
    months: Sequence[str],
    scores: Sequence[float | None],
    last_year: Sequence[float | None] | None = None,
    target: float | None = None,
    title: str | None = None,
) -> Figure:
    """A chief's water-quality score per month, beside the same months of the year before."""
    fig = new_figure(margins=RIGHT_LEGEND)
    ax = fig.add_subplot()
    xs = list(range(len(months)))

    def ys(values: Sequence[float | None]) -> list[float]:
        return [float("nan") if v is None else v for v in values]

    if last_year is not None and any(v is not None for v in last_year):
        ax.plot(xs, ys(last_year), marker="o", markersize=4, linewidth=1.2, linestyle=":",
                color="#888888", label=translate("Charts", "a year before"))
    ax.plot(xs, ys(scores), marker="o", markersize=5, linewidth=1.8, color="#1f5fbf",
            label=translate("Charts", "this year"))
    if target is not None:
        ax.axhline(target, color="#d62728", linestyle="--", linewidth=1.1,
                   label=translate("Charts", "target {value}").format(value=f"{target:g}"))
    ax.set_xticks(xs, list(months), rotation=45 if len(months) > 6 else 0)
    ax.set_ylim(0, 105)
    ax.set_xlabel(translate("Charts", "month"))
    ax.set_ylabel(translate("Charts", "water-quality score"))
    ax.set_title(title or translate("Charts", "Water-quality score by month"))
    ax.grid(axis="y", alpha=0.3)
    ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8)
    if not any(v is not None for v in scores) and not (
            last_year and any(v is not None for v in last_year)):
        _no_data(ax)
    if len(months) > 6:  # slanted months need more room below
        fit_below(fig)
    return fig


def grade_distribution(
    counts: Mapping[str, int],
    names: Mapping[str, str],
    title: str | None = None,
    size: tuple[float, float] = (5.0, 3.4),
) -> Figure:
    """Chiefs per grade (in the order of ``names``), each bar with its count and share."""
    fig = new_figure(size, margins=(0.12, 0.12, 0.97, 0.86))
    ax = fig.add_subplot()
    keys = list(names)
    values = [counts.get(k, 0) for k in keys]
    total = sum(values)
    ax.bar(range(len(keys)), values, color=[GRADE_COLOURS.get(k, "#888888") for k in keys],
           width=0.6)
    for x, v in enumerate(values):
        share = f"{100.0 * v / total:.0f}%" if total else ""
        ax.text(x, v, f"{v}\n{share}" if share else str(v), ha="center", va="bottom",
                fontsize=9)
    ax.set_xticks(range(len(keys)), [names[k] for k in keys])
    ax.set_ylim(0, max([*values, 1]) * 1.35)
    ax.yaxis.get_major_locator().set_params(integer=True)  # type: ignore[call-arg]
    ax.set_ylabel(translate("Charts", "chiefs"))
    ax.set_title(title or translate("Charts", "Distribution of grades"))
    ax.grid(axis="y", alpha=0.3)
    if not total:
        _no_data(ax)
    return fig


def _no_data(ax: Axes) -> None:
    ax.text(0.5, 0.5, translate("Charts", "no data"), transform=ax.transAxes,
            ha="center", va="center", fontsize=14, color="#888888")


__all__ = ["GRADE_COLOURS", "grade_distribution", "patrols_against_required",
           "water_score_by_month"]
