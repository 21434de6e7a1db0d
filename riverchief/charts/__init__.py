"""Charts (图表): matplotlib :class:`~matplotlib.figure.Figure` objects, never pyplot.

One module serves the screen and the paper: the UI wraps a figure in a Qt canvas, reports
render the same figure into the PDF, the CLI exports it. Chinese text uses the bundled
font (:func:`riverchief.fonts.register_matplotlib`), so a chart looks the same on a
machine without any Chinese font.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from riverchief.errors import UserError
from riverchief.files import part_path, replace_into
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


def fit_below(fig: Figure) -> None:
    """Raise the plots until what hangs under them (months written at a slant, the axis
    title under them) is on the figure: the fixed bottom margin is made for level labels."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    renderer = FigureCanvasAgg(fig).get_renderer()  # type: ignore[no-untyped-call]
    # an axes' tight box places its labels as a drawing would (their own boxes do not)
    boxes = [ax.get_tightbbox(renderer) for ax in fig.axes]
    lowest = min((b.y0 for b in boxes if b is not None), default=0.0)
    margin = 4.0  # pixels left below the lowest text
    if lowest < margin:
        raise_by = (margin - lowest) / fig.bbox.height
        fig.subplots_adjust(bottom=min(0.5, fig.subplotpars.bottom + raise_by))


def fixed_margins(fig: Figure) -> Callable[[], None]:
    """A function to call whenever ``fig`` has been resized (a screen pane lower or
    narrower than the figure was made): it puts the margins back at the inches they have
    now. Tick labels and titles keep their size in points, so the room they need is so
    many inches, not a share of the figure; a share of a lower figure cut them off."""
    width, height = fig.get_size_inches()
    p = fig.subplotpars
    left, right = p.left * width, (1 - p.right) * width
    bottom, top = p.bottom * height, (1 - p.top) * height

    def refit() -> None:
        w, h = fig.get_size_inches()
        if w <= 0 or h <= 0:
            return
        most = 0.45  # a very small pane keeps some of the plot
        fig.subplots_adjust(left=min(left / w, most), right=1 - min(right / w, most),
                            bottom=min(bottom / h, most), top=1 - min(top / h, most))

    return refit


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
    tmp = part_path(path)
    try:
        if kind == "png":
            fig.savefig(tmp, format=kind, dpi=dpi, pil_kwargs={"compress_level": 3})
        else:
            fig.savefig(tmp, format=kind, dpi=dpi)
        # Windows refuses to replace a file open in another program: said so, in words
        replace_into(tmp, path)
    except OSError as exc:  # a read-only folder or stick, a full disk
        raise UserError(translate("Charts", "Cannot write the file: {error}").format(
            error=exc.strerror or exc), where=str(path)) from exc
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
