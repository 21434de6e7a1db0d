"""Chiefs' names with their codes (曹霞强 (410102-C0033)) fit in the water-quality charts:
no tick label or legend runs off the figure, at its own size or as narrow as the screen's
chart pane."""

from __future__ import annotations

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from riverchief.charts import waterquality as charts

NAMES = [f"{n} (410102-C{i:04d}N)" for i, n in enumerate(
    ["曹霞强", "郑桂文", "欧阳振华", "彭建国", "萧海磊", "傅建红", "萧杰杰", "林海"], start=1)]
MONTHS = [f"2026-{m:02d}" for m in range(1, 13)]


def _inside(fig: Figure, width: float) -> list[str]:
    """What is drawn outside the figure when it is ``width`` inches wide."""
    fig.set_size_inches(width, fig.get_size_inches()[1])
    renderer = FigureCanvasAgg(fig).get_renderer()
    box = fig.bbox
    out = []
    for ax in fig.axes:
        low, high = sorted(ax.get_xlim())
        pieces = [*ax.get_yticklabels(),  # the x labels drawn (not those past the limits)
                  *(t for t in ax.get_xticklabels() if low <= t.get_position()[0] <= high)]
        legend = ax.get_legend()
        if legend is not None:
            pieces.append(legend)
        for piece in pieces:
            if not piece.get_visible() or (hasattr(piece, "get_text")
                                           and not piece.get_text()):
                continue
            extent = piece.get_window_extent(renderer)
            if extent.x0 < box.x0 - 0.5 or extent.x1 > box.x1 + 0.5:
                out.append(getattr(piece, "get_text", lambda: "legend")())
    return out


@pytest.mark.parametrize("width", [8.0, 6.5])
def test_ranked_chiefs_names_are_not_cut(width: float) -> None:
    fig = charts.chiefs_ranked([(n, 100.0 - i) for i, n in enumerate(NAMES * 3)], 80)
    assert _inside(fig, width) == []


@pytest.mark.parametrize("width", [8.0, 6.5])
def test_the_legend_of_scores_by_month_stays_on_the_figure(width: float) -> None:
    fig = charts.score_over_months(
        {n: [(m, 90.0) for m in MONTHS] for n in NAMES}, target=80)
    assert _inside(fig, width) == []
