"""Every water-quality chart renders to PNG and SVG, with Chinese text in the bundled font."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from matplotlib import font_manager
from matplotlib.figure import Figure
from matplotlib.text import Text

from riverchief import fonts
from riverchief.charts import render_png, save_figure
from riverchief.charts import waterquality as charts
from riverchief.errors import UserError
from riverchief.waterquality import Measurement, WaterClass

W = WaterClass
MONTHS = [f"2026-{m:02d}" for m in range(1, 13)]


def score_chart() -> Figure:
    return charts.score_over_months(
        {"张三": [(m, 60.0 + i * 3) for i, m in enumerate(MONTHS)],
         "李四": [(m, None if i == 4 else 90.0 - i) for i, m in enumerate(MONTHS)]},
        target=80,
    )


def shares_chart() -> Figure:
    return charts.class_shares_by_month(
        MONTHS[:6], [{W.I: 2, W.III: 5, W.IV: 2, W.WORSE_THAN_V: 1}] * 6)


def item_chart() -> Figure:
    times = [datetime(2026, m, 5) for m in range(1, 13)]
    values: list[Measurement | None] = [Measurement(0.05 * m) for m in range(1, 12)] + [None]
    values[2] = Measurement(None, True, 0.01)
    return charts.item_over_time(times, values, "tp", "river", "清源河大桥")


def ranked_chart() -> Figure:
    return charts.chiefs_ranked([("张三", 88.0), ("李四", 45.5), ("王五", None)], target=80)


def tli_chart() -> Figure:
    return charts.lake_tli([datetime(2026, m, 1) for m in range(1, 7)],
                           [42.0, 48.5, 55.0, None, 61.2, 58.0], "清源湖")


CHARTS: list[Callable[[], Figure]] = [score_chart, shares_chart, item_chart, ranked_chart,
                                      tli_chart]


def test_bundled_font_resolves_for_chinese() -> None:
    assert fonts.matplotlib_font_file() == fonts.font_path()


@pytest.mark.parametrize("make", CHARTS, ids=lambda f: f.__name__)
def test_chart_renders_png_with_bundled_font(make: Callable[[], Figure]) -> None:
    fig = make()
    png = render_png(fig, dpi=80)
    assert png.startswith(b"\x89PNG")
    texts = [t for t in fig.findobj(Text) if any(ord(ch) > 0x2E80 for ch in t.get_text())]
    assert texts, "every chart has Chinese text"
    for t in texts:
        found = Path(font_manager.findfont(t.get_fontproperties(), fallback_to_default=False))
        assert found == fonts.font_path(), t.get_text()


def test_no_empty_glyphs() -> None:
    """The bundled font draws nothing for U+2164 (Ⅴ): no chart may use it."""
    for make in CHARTS:
        fig = make()
        for t in fig.findobj(Text):
            assert "Ⅴ" not in t.get_text(), (make.__name__, t.get_text())


def test_titles_in_chinese() -> None:
    assert score_chart().axes[0].get_title() == "河长水质得分（按月）"
    assert ranked_chart().axes[0].get_title() == "河长水质得分排名"


def test_class_colours_conventional() -> None:
    fig = shares_chart()
    ax = fig.axes[0]
    labels = [t.get_text() for t in ax.get_legend().get_texts()]
    assert labels == ["I", "II", "III", "IV", "V", "劣V"]
    assert charts.CLASS_COLOURS[W.III] == "#2e9e44"


def test_item_chart_has_limit_lines() -> None:
    ax = item_chart().axes[0]
    levels = sorted({line.get_ydata()[0] for line in ax.get_lines()
                     if line.get_linestyle() == "--"})
    assert levels == [0.02, 0.1, 0.2, 0.3, 0.4]


def test_ranked_no_data_last() -> None:
    ax = ranked_chart().axes[0]
    y_of = {t.get_text(): t.get_position()[1] for t in ax.get_yticklabels()}
    assert y_of["张三"] > y_of["李四"] > y_of["王五"]  # best at the top, no data last
    assert "无数据" in [t.get_text() for t in ax.texts]


@pytest.mark.parametrize("dpi", [72, 200])
def test_png_dpi_selectable(tmp_path: Path, dpi: int) -> None:
    from PIL import Image

    path = save_figure(score_chart(), tmp_path / "s.png", dpi=dpi)
    with Image.open(path) as img:
        assert img.size[0] == round(8 * dpi)


def test_svg_export(tmp_path: Path) -> None:
    path = save_figure(tli_chart(), tmp_path / "t.svg")
    assert path.read_text(encoding="utf-8").lstrip().startswith("<?xml")
    assert not (tmp_path / "t.svg.part").exists()


def test_bad_format(tmp_path: Path) -> None:
    with pytest.raises(UserError):
        save_figure(tli_chart(), tmp_path / "t.gif")


def test_export_over_a_file_open_elsewhere_says_so(tmp_path: Path, monkeypatch) -> None:
    """Windows refuses to replace a chart open in another program (PermissionError):
    the user reads why, the old file is kept and no half file is left."""
    out = tmp_path / "chart.png"
    out.write_bytes(b"old")

    def held(src, dst, *args, **kwargs) -> None:
        raise PermissionError(13, "Access is denied", str(dst))

    monkeypatch.setattr(os, "replace", held)
    with pytest.raises(UserError) as err:
        save_figure(score_chart(), out)
    assert err.value.where == str(out)
    assert out.read_bytes() == b"old" and not (tmp_path / "chart.png.part").exists()


def test_export_to_a_folder_that_is_gone_is_a_user_error(tmp_path: Path) -> None:
    with pytest.raises(UserError) as err:
        save_figure(score_chart(), tmp_path / "拔掉的U盘" / "chart.svg")
    assert "拔掉的U盘" in str(err.value.where)


def test_item_chart_keeps_sources_apart() -> None:
    times = [datetime(2026, m, d) for m in range(1, 7) for d in (1, 15)]
    values = [Measurement(0.1 + 0.01 * i) for i in range(12)]
    sources = ["automatic", "laboratory"] * 6
    fig = charts.item_over_time(times, values, "tp", "river", "甲", sources)
    labels = [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
    assert "总磷 (自动站)" in labels and "总磷 (实验室)" in labels
    render_png(fig, dpi=60)
