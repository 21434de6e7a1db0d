"""The page and the pieces every report is made of: styles, cover, tables, charts, numbering.

A4 with the margins of GB/T 9704 (top 37 mm, bottom 35 mm, left 28 mm, right 26 mm); a
running header with the report's title and a footer "第 x 页 共 y 页"; tables whose header
row repeats on every page and whose cells wrap long names instead of cutting them.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

from riverchief.errors import UserError
from riverchief.files import part_path, replace_into
from riverchief.i18n import translate
from riverchief.progress import SILENT, Progress, check

if TYPE_CHECKING:
    from matplotlib.figure import Figure
    from reportlab.platypus import Flowable

MM = 72 / 25.4
PAGE_W, PAGE_H = 210 * MM, 297 * MM
MARGINS = {"top": 37 * MM, "bottom": 35 * MM, "left": 28 * MM, "right": 26 * MM}
FRAME_W = PAGE_W - MARGINS["left"] - MARGINS["right"]
FRAME_H = PAGE_H - MARGINS["top"] - MARGINS["bottom"]
CELL_PADDING = 3  # points left and right of a table cell's text: a date fits 19 mm
FIGURE_DPI = 120
RED = "#c00000"  # the red of an official document's issuing-body line


@dataclass(frozen=True)
class DocumentInfo:
    """What the cover, the running header and the PDF metadata say."""

    title: str
    issuer: str  # issuing body, e.g. 清源区河长制办公室
    date_text: str  # as printed, e.g. 2026年10月8日
    author: str
    subject: str = ""
    keywords: str = ""


def esc(value: Any) -> str:
    """Text for a Paragraph: escaped, newlines kept."""
    return escape("" if value is None else str(value)).replace("\n", "<br/>")


def styles() -> dict[str, Any]:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    from riverchief.fonts import register_reportlab
    from riverchief.i18n import language

    font = register_reportlab()
    # Chinese breaks between any two characters; English between words, a word (or a
    # Chinese name inside English text) too long for its line being split where it must
    wrap = "CJK" if language().startswith("zh") else None
    body = ParagraphStyle("body", fontName=font, fontSize=12, leading=20, alignment=TA_JUSTIFY,
                          wordWrap=wrap, splitLongWords=1, firstLineIndent=24)
    plain = ParagraphStyle("plain", parent=body, firstLineIndent=0, alignment=TA_LEFT)
    return {
        "font": font,
        "body": body,
        "plain": plain,
        "issuer": ParagraphStyle("issuer", parent=plain, fontSize=26, leading=34,
                                 alignment=TA_CENTER, textColor=colors.HexColor(RED)),
        "title": ParagraphStyle("title", parent=plain, fontSize=20, leading=30,
                                alignment=TA_CENTER, spaceBefore=6, spaceAfter=12),
        "subtitle": ParagraphStyle("subtitle", parent=plain, fontSize=14, leading=22,
                                   alignment=TA_CENTER),
        "h1": ParagraphStyle("h1", parent=plain, fontSize=15, leading=24, spaceBefore=10,
                             spaceAfter=6),
        "h2": ParagraphStyle("h2", parent=plain, fontSize=13, leading=20, spaceBefore=6,
                             spaceAfter=4),
        "cell": ParagraphStyle("cell", parent=plain, fontSize=9.5, leading=13),
        "cell_center": ParagraphStyle("cell_center", parent=plain, fontSize=9.5, leading=13,
                                      alignment=TA_CENTER),
        "cell_right": ParagraphStyle("cell_right", parent=plain, fontSize=9.5, leading=13,
                                     alignment=TA_RIGHT),
        "head": ParagraphStyle("head", parent=plain, fontSize=9.5, leading=13,
                               alignment=TA_CENTER),
        "small": ParagraphStyle("small", parent=plain, fontSize=9, leading=13),
        "right": ParagraphStyle("right", parent=plain, alignment=TA_RIGHT),
        "center": ParagraphStyle("center", parent=plain, alignment=TA_CENTER),
        "note": ParagraphStyle("note", parent=plain, fontSize=9, leading=13,
                               textColor=colors.HexColor("#555555")),
    }


def cover(info: DocumentInfo, lines: Sequence[tuple[str, str]]) -> list[Flowable]:
    """The first page: issuing body in red, a red rule, the title, then labelled lines."""
    from reportlab.lib import colors
    from reportlab.platypus import HRFlowable, PageBreak, Paragraph, Spacer, Table, TableStyle

    st = styles()
    rows = [[Paragraph(esc(label), st["plain"]), Paragraph(esc(value), st["plain"])]
            for label, value in lines]
    facts = Table(rows, colWidths=[38 * MM, FRAME_W - 38 * MM])
    facts.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    return [
        Spacer(1, 20 * MM),
        Paragraph(esc(info.issuer), st["issuer"]),
        Spacer(1, 4 * MM),
        HRFlowable(width="100%", thickness=2, color=colors.HexColor(RED), spaceAfter=14),
        Paragraph(esc(info.title), st["title"]),
        Spacer(1, 14 * MM),
        facts,
        Spacer(1, 30 * MM),
        Paragraph(esc(info.issuer), st["right"]),
        Paragraph(esc(info.date_text), st["right"]),
        PageBreak(),
    ]


# the runs of text that do not break: Chinese (and its punctuation) breaks anywhere
_WORD = re.compile(r"[^\s\u3000-\u9fff\uff00-\uffef]+")


def _room_for_words(widths: list[float], rows: Sequence[Sequence[Any]], font: str,
                    size: float) -> list[float]:
    """Widths (same total) in which no column is narrower than its longest word: English
    wraps between words, and a word wider than its column was split mid-word
    ("rectifyin g"). The columns with room to spare give it up, in proportion to their
    spare room. Chinese (which breaks anywhere) does not count as a word."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    need = [0.0] * len(widths)
    for row in rows:
        for i, cell in enumerate(row[:len(widths)]):
            if cell is None or hasattr(cell, "wrap"):
                continue
            for word in _WORD.findall(str(cell)):
                need[i] = max(need[i], stringWidth(word, font, size))
    need = [n + 2 * CELL_PADDING + 1 for n in need]
    short = [max(0.0, n - w) for n, w in zip(need, widths, strict=True)]
    spare = [max(0.0, w - n) for n, w in zip(need, widths, strict=True)]
    wanted, available = sum(short), sum(spare)
    if wanted <= 0 or available <= 0:
        return widths
    moved = min(wanted, available)
    return [w + s * moved / wanted - p * moved / available
            for w, s, p in zip(widths, short, spare, strict=True)]


def table(
    headers: Sequence[str],
    rows: Sequence[Sequence[Any]],
    widths_mm: Sequence[float],
    *,
    align: Sequence[str] | None = None,
    highlight_rows: Sequence[int] = (),
    highlight_color: str = "#fde2e1",
) -> Flowable:
    """A table whose header repeats on every page and whose cells wrap, never cut."""
    from reportlab.lib import colors
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import Paragraph, Table, TableStyle

    from riverchief.i18n import language

    st = styles()
    total = sum(widths_mm)
    widths = [w * FRAME_W / total for w in widths_mm]
    cell_style = {"l": st["cell"], "c": st["cell_center"], "r": st["cell_right"]}
    aligns = list(align or ["l"] * len(headers))
    font = st["font"]
    size = st["cell"].fontSize
    if not language().startswith("zh"):
        widths = _room_for_words(widths, [headers, *rows], font, size)
    room = [w - 2 * CELL_PADDING - 0.5 for w in widths]  # what a cell's text may take
    data = [[Paragraph(esc(h), st["head"]) for h in headers]]
    for row in rows:
        cells: list[Any] = []
        for i, c in enumerate(row):
            if hasattr(c, "wrap"):
                cells.append(c)
                continue
            text = "" if c is None else str(c)
            # a short one-line text is drawn as it is (fast); anything that might not fit
            # becomes a Paragraph, which wraps
            if "\n" not in text and stringWidth(text, font, size) <= room[i]:
                cells.append(text)
            else:
                cells.append(Paragraph(esc(text), cell_style[aligns[i]]))
        data.append(cells)
    t = Table(data, colWidths=widths, repeatRows=1)
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 1), (-1, -1), font, size, st["cell"].leading),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        *[("ALIGN", (i, 1), (i, -1), {"l": "LEFT", "c": "CENTER", "r": "RIGHT"}[a])
          for i, a in enumerate(aligns)],
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#888888")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef5")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    for r in highlight_rows:
        commands.append(("BACKGROUND", (0, r + 1), (-1, r + 1), colors.HexColor(highlight_color)))
    t.setStyle(TableStyle(commands))
    return t


def figure(fig: Figure, width_mm: float = 160, dpi: int = FIGURE_DPI) -> Flowable:
    """A chart from :mod:`riverchief.charts`, as a PNG image at ``dpi`` (a modest 120: sharp
    enough on paper, and twice as fast to draw and embed as 150 or more)."""
    from reportlab.platypus import Image

    from riverchief.charts import render_png

    data = render_png(fig, dpi=dpi)
    w_in, h_in = fig.get_size_inches()
    width = min(width_mm * MM, FRAME_W)
    height = width * h_in / w_in
    if height > FRAME_H - 10 * MM:  # a tall chart is shrunk to fit one page
        height = FRAME_H - 10 * MM
        width = height * w_in / h_in
    return Image(io.BytesIO(data), width=width, height=height)


def page_of(page: int, total: int) -> str:
    return translate("Reports", "Page {page} of {total}").format(page=page, total=total)


def _numbered_canvas(info: DocumentInfo) -> type:
    from reportlab.pdfgen import canvas

    st = styles()

    class NumberedCanvas(canvas.Canvas):  # type: ignore[misc]
        """Two passes: the footer knows the total page count ("第 x 页 共 y 页")."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["invariant"] = 1
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._decorate(total)
                super().showPage()
            super().save()

        def _decorate(self, total: int) -> None:
            number = self._pageNumber
            self.saveState()
            self.setFont(st["font"], 9)
            self.setFillColorRGB(0.3, 0.3, 0.3)
            if number > 1:
                self.drawString(MARGINS["left"], PAGE_H - 20 * MM, info.title[:60])
                self.drawRightString(PAGE_W - MARGINS["right"], PAGE_H - 20 * MM, info.issuer)
                self.setStrokeColorRGB(0.6, 0.6, 0.6)
                self.line(MARGINS["left"], PAGE_H - 22 * MM, PAGE_W - MARGINS["right"],
                          PAGE_H - 22 * MM)
            self.drawCentredString(PAGE_W / 2, 18 * MM, page_of(number, total))
            self.restoreState()

    return NumberedCanvas


def keep_headings(story: list[Flowable], room_mm: float = 40) -> list[Flowable]:
    """A heading never ends a page: it starts a new one unless ``room_mm`` are left for it
    and the first lines of what follows (a table then splits, its header repeated)."""
    from reportlab.platypus import CondPageBreak

    out: list[Flowable] = []
    for item in story:
        style = getattr(item, "style", None)
        if getattr(style, "name", "") in ("h1", "h2"):
            out.append(CondPageBreak(room_mm * MM))
        out.append(item)
    return out


def build(path: Path, info: DocumentInfo, story: list[Flowable],
          progress: Progress = SILENT) -> Path:
    """Lay out ``story`` into an A4 PDF at ``path`` (atomically); the same input, same bytes.

    ``progress`` is checked after every page: a cancelled layout leaves no file behind."""
    from reportlab.platypus import SimpleDocTemplate

    from riverchief import __version__

    class Document(SimpleDocTemplate):  # type: ignore[misc]
        def afterPage(self) -> None:  # noqa: N802 - reportlab's name
            check(progress)

    story = keep_headings(story)
    tmp = part_path(path)
    doc = Document(
        str(tmp), pagesize=(PAGE_W, PAGE_H), leftMargin=MARGINS["left"],
        rightMargin=MARGINS["right"], topMargin=MARGINS["top"], bottomMargin=MARGINS["bottom"],
        title=info.title, author=info.author, subject=info.subject, keywords=info.keywords,
        creator=f"RiverChief {__version__}", producer=f"RiverChief {__version__}",
        invariant=1,
    )
    try:
        doc.build(story, canvasmaker=_numbered_canvas(info))
    except OSError as exc:  # a folder that is gone, a full or pulled USB stick
        tmp.unlink(missing_ok=True)
        raise UserError(translate("Reports", "Cannot write {path}: {error}").format(
            path=path, error=exc.strerror or exc), where=str(path)) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    replace_into(tmp, path)
    return path
