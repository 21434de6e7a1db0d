"""The 一河一档 report: content read back, font embedded, reproducible, long names wrap,
pages rendered with pdftoppm carry real text."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from pypdf import PdfReader

from riverchief.registry import edit
from riverchief.reports.water import water_report
from riverchief.security import SYSTEM

LONG = "清" + "水长流" * 100  # a 301-character water name


@pytest.fixture
def registry(store):
    a = edit.create(store, SYSTEM, "area", {"code": "410102", "name": "清源区",
                                            "level": "district"})
    w = edit.create(store, SYSTEM, "water", {"code": "W01", "name": "桥田河", "kind": "river",
                                             "area_id": a})
    edit.create(store, SYSTEM, "water", {"code": "W99", "name": LONG, "kind": "river",
                                         "area_id": a})
    s = edit.create(store, SYSTEM, "segment", {
        "code": "W01-01", "name": "桥田河城区段", "water_id": w, "area_id": a,
        "from_desc": "北桥", "to_desc": "南闸",
        "geometry": [[113.60, 34.70], [113.61, 34.71], [113.62, 34.72]]})
    c = edit.create(store, SYSTEM, "chief", {"code": "HZ001", "name": "张伟", "level": "district",
                                             "title": "river_chief", "area_id": a,
                                             "organisation": "清源区人民政府", "post": "副区长"})
    edit.create(store, SYSTEM, "assignment", {"chief_id": c, "segment_id": s,
                                              "start_date": "2025-01-01"})
    edit.create(store, SYSTEM, "section", {"code": "S01", "name": "南闸断面", "segment_id": s,
                                           "level": "district", "water_type": "river",
                                           "target_class": "III", "lon": 113.62, "lat": 34.72})
    return store


def make(store, tmp_path: Path, name: str, code: str = "W01", day=date(2026, 10, 8)) -> Path:
    return water_report(store, code, tmp_path / name, issuer="清源区河长制办公室", day=day,
                        author="李萍")


def test_text_names_and_page_numbers(registry, tmp_path) -> None:
    pdf = make(registry, tmp_path, "w.pdf")
    reader = PdfReader(pdf)
    text = "".join(p.extract_text() for p in reader.pages).replace("\n", "").replace(" ", "")
    for expected in ("清源区河长制办公室", "桥田河", "桥田河城区段", "张伟", "副区长", "南闸断面",
                     "北桥", "李萍"):
        assert expected in text, expected
    total = len(reader.pages)
    assert total >= 2
    for n, page in enumerate(reader.pages, 1):
        assert f"第 {n} 页 共 {total} 页" in page.extract_text()  # on every page
    assert reader.metadata.title.startswith("一河一档")


def test_font_is_embedded(registry, tmp_path) -> None:
    reader = PdfReader(make(registry, tmp_path, "w.pdf"))
    fonts = reader.pages[1]["/Resources"]["/Font"]
    names = [str(f.get_object()["/BaseFont"]) for f in fonts.values()]
    assert any("WenQuanYi" in n for n in names), names
    for f in fonts.values():
        obj = f.get_object()
        if "WenQuanYi" in str(obj["/BaseFont"]):
            assert "/FontFile2" in obj["/FontDescriptor"].get_object()


def test_same_inputs_same_bytes_other_date_other_bytes(registry, tmp_path) -> None:
    a = make(registry, tmp_path, "a.pdf").read_bytes()
    b = make(registry, tmp_path, "b.pdf").read_bytes()
    c = make(registry, tmp_path, "c.pdf", day=date(2026, 10, 9)).read_bytes()
    assert a == b
    assert a != c


def test_a_300_character_name_wraps_not_cut(registry, tmp_path) -> None:
    pdf = make(registry, tmp_path, "long.pdf", code="W99")
    text = "".join(p.extract_text() for p in PdfReader(pdf).pages).replace("\n", "")
    assert LONG in text


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) absent")
def test_rendered_pages_show_the_text_they_contain(registry, tmp_path) -> None:
    pdf = make(registry, tmp_path, "w.pdf")
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(pdf), str(tmp_path / "p")], check=True)
    pages = sorted(tmp_path.glob("p-*.png"))
    reader = PdfReader(pdf)
    assert len(pages) == len(reader.pages)
    for png, page in zip(pages, reader.pages, strict=True):
        has_text = bool(page.extract_text().strip())
        gray = Image.open(png).convert("L")
        dark = int((np.asarray(gray) < 128).sum())
        assert has_text and dark > 500, (png.name, dark)
    # the Chinese title on the cover is drawn, not empty boxes: its area has ink in strokes,
    # and reportlab drew it with the embedded font (checked above)
    cover = Image.open(pages[0]).convert("L")
    w, h = cover.size
    band = cover.crop((0, int(h * 0.15), w, int(h * 0.30)))
    assert int((np.asarray(band) < 128).sum()) > 200


def test_unknown_water_is_a_clear_error(registry, tmp_path) -> None:
    from riverchief.errors import UserError

    with pytest.raises(UserError, match="W77"):
        make(registry, tmp_path, "x.pdf", code="W77")
    assert not (tmp_path / "x.pdf").exists()
