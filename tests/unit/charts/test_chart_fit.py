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


def test_margins_keep_their_inches_when_the_pane_is_lower() -> None:
    """A scorecard shows two charts one above the other, each lower than it was made: the
    months under the bars (and the axis title) stay on the figure."""
    from riverchief.charts import assessment, fixed_margins

    fig = assessment.patrols_against_required(MONTHS[:9], [1] * 9, [0, 1, 1, 1, 1, 1, 0, 1, 1],
                                              [0] * 8 + [1], title="胡丽峰：巡河对照要求")
    _all_on_the_figure(fig)  # as made (a report prints it so)
    refit = fixed_margins(fig)
    fig.set_size_inches(10.0, 2.8)  # as the Qt canvas resizes it
    refit()
    _all_on_the_figure(fig)


def _all_on_the_figure(fig: Figure) -> None:
    renderer = FigureCanvasAgg(fig).get_renderer()
    fig.draw_without_rendering()  # the axis title is placed when drawn
    ax = fig.axes[0]
    for label in [*ax.get_xticklabels(), ax.xaxis.label, ax.title]:
        box = label.get_window_extent(renderer)
        assert box.y0 >= -0.5 and box.y1 <= fig.bbox.y1 + 0.5, label.get_text()


def test_the_legend_shows_the_colours_of_the_counted_bars() -> None:
    """Counted patrols are green where they meet the requirement and orange where short:
    the legend has a swatch for each colour drawn (it showed one, in the first month's)."""
    from matplotlib.colors import to_hex

    from riverchief.charts import assessment

    fig = assessment.patrols_against_required(MONTHS[:9], [1] * 9, [0, 1, 1, 1, 1, 1, 0, 1, 1],
                                              [0] * 8 + [1])
    ax = fig.axes[0]
    drawn = {to_hex(p.get_facecolor()) for p in ax.patches
             if p.get_height() > 0 and to_hex(p.get_facecolor()) in ("#2e9e44", "#f28e1c")}
    assert drawn == {"#2e9e44"}  # the months short have no counted bar to colour
    shown = {to_hex(h.get_facecolor()) for h in ax.get_legend().legend_handles}
    assert drawn <= shown
    fig = assessment.patrols_against_required(MONTHS[:3], [2, 2, 2], [1, 2, 2])
    ax = fig.axes[0]
    shown = {to_hex(h.get_facecolor()) for h in ax.get_legend().legend_handles}
    assert {"#2e9e44", "#f28e1c"} <= shown
