"""Printable notices of a problem, ready to sign and stamp: the assignment slip (交办单) and
the rectification notice (整改通知书).

A4 PDFs in the bundled CJK font (embedded, so they print the same on any machine), built
with ``invariant=1`` so the same problem gives the same bytes. Labels follow the app's
language; the problem's values are as registered.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from riverchief.errors import UserError
from riverchief.files import part_path, replace_into
from riverchief.i18n import translate
from riverchief.problems import files, ledger
from riverchief.problems.categories import category_name
from riverchief.problems.model import source_name, state_name, urgency_name
from riverchief.security import Actor

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from riverchief.db import Store

MAX_PHOTOS = 2


@dataclass(frozen=True)
class Issuer:
    """Who issues the notice: the office's name (printed above the stamp) and the day."""

    office: str
    day: date


def _styles() -> dict[str, Any]:
    from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    from riverchief.fonts import register_reportlab

    font = register_reportlab()
    base = ParagraphStyle("base", fontName=font, fontSize=11, leading=17, alignment=TA_LEFT,
                          wordWrap="CJK")
    return {
        "font": font,
        "title": ParagraphStyle("title", parent=base, fontSize=20, leading=28,
                                alignment=TA_CENTER, spaceAfter=4),
        "number": ParagraphStyle("number", parent=base, alignment=TA_RIGHT, fontSize=10),
        "body": base,
        "indent": ParagraphStyle("indent", parent=base, firstLineIndent=22, leading=20),
        "cell": ParagraphStyle("cell", parent=base, fontSize=10.5, leading=15),
        "label": ParagraphStyle("label", parent=base, fontSize=10.5, leading=15,
                                alignment=TA_CENTER),
        "right": ParagraphStyle("right", parent=base, alignment=TA_RIGHT),
        "small": ParagraphStyle("small", parent=base, fontSize=9, leading=13),
    }


def _esc(text: Any) -> str:
    from xml.sax.saxutils import escape

    return escape(str(text if text is not None else "")).replace("\n", "<br/>")


def _problem(store: Store, actor: Actor, problem_id: str) -> dict[str, Any]:
    row = ledger.get_problem(store, actor, problem_id)
    if row["state"] == "registered":
        raise UserError(translate("Notices", "The problem has not been assigned to a unit yet."),
                        where=row["code"])
    return row


def issuing_office(store: Store, actor: Actor, problem_id: str) -> str:
    """The office a notice of the problem is issued in the name of: the signed-in office,
    or, when the responsible unit (or a chief) prints it, the office that assigned the
    problem (the unit printed the slip and the notice in its own name: 清源区水利局 told
    itself to report the fix to 清源区水利局)."""
    if actor.role in ("evaluator", "admin", "system"):
        return actor.name
    row = store.conn.execute(
        "SELECT actor_name, actor FROM problem_event WHERE problem_id = ? AND kind = 'assign'"
        " ORDER BY seq DESC LIMIT 1", [problem_id]).fetchone()
    return (row[0] or row[1]) if row else actor.name


def _photos(store: Store, problem_id: str, width: float) -> list[Flowable]:
    """The photos taken when the problem was found, as flowables (unreadable ones skipped)."""
    from PIL import Image as PILImage
    from PIL import ImageOps
    from reportlab.platypus import Image

    out: list[Flowable] = []
    for item in ledger.evidence(store, problem_id, ["before"]):
        if len(out) == MAX_PHOTOS:
            break
        try:
            with PILImage.open(files.path_of(store, item["sha256"])) as im:
                im.load()
                picture = ImageOps.exif_transpose(im).convert("RGB")
        except (OSError, ValueError):
            continue
        picture.thumbnail((1200, 1200))
        w, h = picture.size
        scale = min(width / w, (width * 0.75) / h)
        data = io.BytesIO()
        picture.save(data, "JPEG", quality=85)
        data.seek(0)
        out.append(Image(data, width=w * scale, height=h * scale))
    return out


def _build(path: Path, story: list[Flowable], title: str) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate

    path = Path(path)
    tmp = part_path(path)
    doc = SimpleDocTemplate(str(tmp), pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm,
                            topMargin=22 * mm, bottomMargin=20 * mm, title=title,
                            author="RiverChief", creator="RiverChief", invariant=1)
    try:
        doc.build(story)
        replace_into(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise UserError(translate("Notices", "Cannot write the file: {error}").format(
            error=exc.strerror or exc), where=str(path)) from exc
    return path


def _grid(rows: list[list[Any]], widths: list[float], s: dict[str, Any],
          spans: Sequence[tuple[tuple[int, int], tuple[int, int]]] = ()) -> Flowable:
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle

    table = Table(rows, colWidths=widths)
    style = [("GRID", (0, 0), (-1, -1), 0.6, colors.black),
             ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
             ("FONTNAME", (0, 0), (-1, -1), s["font"]),
             ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]
    style += [("SPAN", a, b) for a, b in spans]
    table.setStyle(TableStyle(style))
    return table


def _location(row: dict[str, Any]) -> str:
    where = row.get("segment_name") or row.get("area_name") or ""
    if row.get("lon") is not None and row.get("lat") is not None:
        where += f"（{row['lon']:.5f}, {row['lat']:.5f}）"
    return where


def assignment_slip(store: Store, actor: Actor, problem_id: str, path: Path,
                    issuer: Issuer | None = None) -> Path:
    """交办单: what the problem is, who must fix it, by when, with the photos when found;
    space for the issuing office's stamp and the unit's signature on receipt."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Spacer

    row = _problem(store, actor, problem_id)
    who = issuer or Issuer(issuing_office(store, actor, problem_id), date.today())
    s = _styles()
    P = Paragraph  # noqa: N806

    def label(text: str) -> Flowable:
        return P(_esc(text), s["label"])

    def cell(text: Any) -> Flowable:
        return P(_esc(text), s["cell"])

    contact = row.get("unit_contact") or ""
    phone = row.get("unit_phone") or ""
    if phone and phone not in contact:  # the contact often already holds the phone number
        contact = f"{contact} {phone}".strip()
    data = [
        [label(translate("Notices", "Number")), cell(row["code"]),
         label(translate("Notices", "Urgency")), cell(urgency_name(row["urgency"]))],
        [label(translate("Notices", "Source")), cell(source_name(row["source"])),
         label(translate("Notices", "Category")), cell(category_name(row["category"]))],
        [label(translate("Notices", "Found")), cell((row["found_at"] or "")[:16]
                                                    .replace("T", " ")),
         label(translate("Notices", "River chief")), cell(row.get("chief_name") or "")],
        [label(translate("Notices", "Location")), cell(_location(row)), "", ""],
        [label(translate("Notices", "Problem")), cell(row["description"]), "", ""],
        [label(translate("Notices", "Responsible unit")), cell(row.get("unit_name") or ""),
         label(translate("Notices", "Contact")), cell(contact)],
        [label(translate("Notices", "Requirement")), cell(row["requirement"]), "", ""],
        [label(translate("Notices", "Deadline")), cell(row["deadline"]),
         label(translate("Notices", "Assigned on")), cell((row["assigned_at"] or "")[:10])],
    ]
    widths = [28 * mm, 52 * mm, 28 * mm, 52 * mm]
    spans = [((1, 3), (3, 3)), ((1, 4), (3, 4)), ((1, 6), (3, 6))]
    story: list[Flowable] = [
        P(_esc(who.office), s["label"]),
        P(_esc(translate("Notices", "Problem assignment slip")), s["title"]),
        P(_esc(translate("Notices", "No. {code}").format(code=row["code"])), s["number"]),
        Spacer(1, 3 * mm), _grid(data, widths, s, spans), Spacer(1, 4 * mm),
    ]
    photos = _photos(store, problem_id, 78 * mm)
    if photos:
        from reportlab.platypus import Table

        story += [P(_esc(translate("Notices", "Photos when found")), s["body"]),
                  Spacer(1, 2 * mm), Table([photos], hAlign="LEFT"), Spacer(1, 4 * mm)]
    hours = row["return_hours"] or 24
    story += [
        P(_esc(translate("Notices", "Sign for this slip on receipt. If the problem is not the "
                         "unit's duty, return it within {hours} hours with the reason; "
                         "otherwise report the rectification with photos before and after "
                         "by the deadline.").format(hours=hours)), s["small"]),
        Spacer(1, 10 * mm),
        _grid([
            [cell(translate("Notices", "Issued by (stamp):") + "\n" + who.office + "\n\n"
                  + translate("Notices", "Handled by:") + "\n"
                  + translate("Notices", "Date: {day}").format(day=who.day.isoformat())),
             cell(translate("Notices", "Received by (stamp):") + "\n\n\n"
                  + translate("Notices", "Signature:") + "\n"
                  + translate("Notices", "Date:"))],
        ], [80 * mm, 80 * mm], s),
    ]
    return _build(path, story, translate("Notices", "Problem assignment slip"))


def rectification_notice(store: Store, actor: Actor, problem_id: str, path: Path,
                         issuer: Issuer | None = None) -> Path:
    """整改通知书: the formal notice to the unit, with a receipt to tear off and return."""
    from reportlab.lib.units import mm
    from reportlab.platypus import HRFlowable, Paragraph, Spacer

    row = _problem(store, actor, problem_id)
    who = issuer or Issuer(issuing_office(store, actor, problem_id), date.today())
    s = _styles()
    P = Paragraph  # noqa: N806
    year = (row["assigned_at"] or row["found_at"] or "")[:4]
    body = translate(
        "Notices", "Through {source}, the following problem was found at {place}: "
        "{description}. Under the rules of the river chief system, your unit is required to "
        "complete the rectification by {deadline} as required below, and to report it with "
        "photos before and after and the related documents to {office}. A problem not "
        "rectified in time will be reported and counted in the assessment.").format(
        source=source_name(row["source"]), place=_location(row),
        description=row["description"].rstrip("。. "),
        deadline=row["deadline"], office=who.office)
    story: list[Flowable] = [
        P(_esc(who.office), s["label"]),
        P(_esc(translate("Notices", "Rectification notice")), s["title"]),
        P(_esc(translate("Notices", "[{year}] No. {code}").format(year=year, code=row["code"])),
          s["number"]),
        Spacer(1, 6 * mm),
        P(_esc(translate("Notices", "{unit}:").format(unit=row.get("unit_name") or "")),
          s["body"]),
        Spacer(1, 2 * mm),
        P(_esc(body), s["indent"]),
        Spacer(1, 3 * mm),
        P(_esc(translate("Notices", "Requirement: {text}").format(text=row["requirement"])),
          s["indent"]),
        P(_esc(translate("Notices", "Category: {category}; urgency: {urgency}; state: {state}."
                         ).format(category=category_name(row["category"]),
                                  urgency=urgency_name(row["urgency"]),
                                  state=state_name(row["state"]))), s["indent"]),
        Spacer(1, 14 * mm),
        P(_esc(who.office + translate("Notices", " (stamp)")), s["right"]),
        P(_esc(who.day.isoformat()), s["right"]),
        Spacer(1, 16 * mm),
        HRFlowable(width="100%", dash=(3, 3), thickness=0.6),
        Spacer(1, 2 * mm),
        P(_esc(translate("Notices", "Receipt (tear off and return)")), s["label"]),
        Spacer(1, 3 * mm),
        P(_esc(translate("Notices", "We received the rectification notice No. {code} on "
                         "____ (date) and will rectify the problem by {deadline}.").format(
            code=row["code"], deadline=row["deadline"])), s["indent"]),
        Spacer(1, 10 * mm),
        P(_esc(translate("Notices", "Unit (stamp): {unit}    Signature: ________").format(
            unit=row.get("unit_name") or "")), s["body"]),
    ]
    return _build(path, story, translate("Notices", "Rectification notice"))
