"""Charts (图表): matplotlib :class:`~matplotlib.figure.Figure` objects, never pyplot.

One module serves the screen and the paper: the UI wraps a figure in a Qt canvas, reports
render the same figure into the PDF, the CLI exports it. Chinese text uses the bundled
font (:func:`riverchief.fonts.register_matplotlib`), so a chart looks the same on a
machine without any Chinese font.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from riverchief.errors import UserError
from riverchief.fonts import register_matplotlib
from riverchief.i18n import translate

if TYPE_CHECKING:
    from matplotlib.figure import Figure

EXPORT_FORMATS = ("png", "svg")
DEFAULT_DPI = 150
SCREEN_SIZE = (8.0, 4.5)  # inches


def new_figure(
    size: tuple[float, float] = SCREEN_SIZE,
    dpi: int = 100,
    margins: tuple[float, float, float, float] = (0.08, 0.19, 0.97, 0.90),
) -> Figure:
    """A fresh figure with the bundled font, not attached to any GUI.

    ``margins`` (left, bottom, right, top as fractions) are fixed rather than computed by
    a layout engine: a chart renders about twice as fast.
    """
    register_matplotlib()
    from matplotlib.figure import Figure

    fig = Figure(figsize=size, dpi=dpi)
    left, bottom, right, top = margins
    fig.subplots_adjust(left=left, bottom=bottom, right=right, top=top)
    return fig


def save_figure(fig: Figure, path: Path | str, *, dpi: int = DEFAULT_DPI,
                fmt: str | None = None) -> Path:
    """Export as PNG (at ``dpi``) or SVG, chosen by ``fmt`` or the file's suffix.

    Written to a temporary name first, so a failed export leaves no half file.
    """
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    path = Path(path)
    kind = (fmt or path.suffix.lstrip(".")).lower()
    if kind not in EXPORT_FORMATS:
        raise UserError(
            translate("Charts", "Charts are exported as PNG or SVG, not '{kind}'.").format(
                kind=kind or path.name),
            where=str(path),
        )
    if not 30 <= dpi <= 1200:
        raise UserError(translate("Charts", "The resolution must be between 30 and 1200 dpi."))
    FigureCanvasAgg(fig)
    tmp = path.with_name(path.name + ".part")
    try:
        if kind == "png":
            fig.savefig(tmp, format=kind, dpi=dpi, pil_kwargs={"compress_level": 3})
        else:
            fig.savefig(tmp, format=kind, dpi=dpi)
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)
    return path


def render_png(fig: Figure, dpi: int = DEFAULT_DPI) -> bytes:
    """The figure as PNG bytes (for reports and tests)."""
    import io

    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(fig)
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi, pil_kwargs={"compress_level": 3})
    return buf.getvalue()
