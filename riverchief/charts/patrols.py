"""Patrol charts: a chief's patrols against the number required, month by month."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from riverchief.charts import fit_below, new_figure
from riverchief.i18n import translate

if TYPE_CHECKING:
    from matplotlib.figure import Figure

COUNTED_COLOUR = "#2e9e44"
INVALID_COLOUR = "#d62728"
REQUIRED_COLOUR = "#1f5fbf"


def patrols_against_required(
    months: Sequence[str],
    counted: Sequence[int],
    invalid: Sequence[int],
    required: Sequence[int],
    title: str | None = None,
) -> Figure:
    """Patrols that count (valid or suspect) and invalid ones stacked per month, with the
    number required as a step line over them."""
    from matplotlib.ticker import MaxNLocator

    fig = new_figure(margins=(0.08, 0.19, 0.80, 0.90))
    ax = fig.add_subplot()
    xs = list(range(len(months)))
    ax.bar(xs, counted, width=0.6, color=COUNTED_COLOUR,
           label=translate("Charts", "counted patrols"))
    ax.bar(xs, invalid, width=0.6, bottom=counted, color=INVALID_COLOUR,
           label=translate("Charts", "invalid patrols"))
    if xs:
        ax.step([x - 0.5 for x in xs] + [xs[-1] + 0.5], [*required, required[-1]], where="post",
                color=REQUIRED_COLOUR, linewidth=1.6, linestyle="--",
                label=translate("Charts", "required"))
    for x, c, r in zip(xs, counted, required, strict=True):
        if c < r:
            ax.text(x, c + 0.1, translate("Charts", "short {n}").format(n=r - c), ha="center",
                    va="bottom", fontsize=8, color=INVALID_COLOUR)
    ax.set_xticks(xs, list(months), rotation=45 if len(months) > 8 else 0)
    top = max([*(c + i for c, i in zip(counted, invalid, strict=True)), *required, 1])
    ax.set_ylim(0, top * 1.2 + 0.5)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_ylabel(translate("Charts", "patrols"))
    ax.set_xlabel(translate("Charts", "month"))
    ax.set_title(title or translate("Charts", "Patrols against the number required"))
    ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8)
    if len(months) > 8:  # slanted months need more room below
        fit_below(fig)
    return fig
