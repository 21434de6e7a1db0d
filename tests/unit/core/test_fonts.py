"""The bundled font is what renders Chinese in charts and PDFs — not a system font."""

from __future__ import annotations

from pathlib import Path

from riverchief import fonts


def test_bundled_font_and_licence_ship() -> None:
    assert fonts.font_path().is_file()
    assert fonts.font_path().stat().st_size > 4_000_000
    assert (fonts.font_path().parent / "LICENSE-wqy-microhei.txt").is_file()


def test_matplotlib_resolves_chinese_to_the_bundled_file() -> None:
    fonts.register_matplotlib()
    from matplotlib.figure import Figure
    from matplotlib.font_manager import findfont

    fig = Figure()
    text = fig.text(0.5, 0.5, "河长巡河")
    resolved = Path(findfont(text.get_fontproperties(), fallback_to_default=False))
    assert resolved.resolve() == fonts.font_path().resolve()
    assert fonts.matplotlib_font_file().resolve() == fonts.font_path().resolve()


def test_reportlab_embeds_the_bundled_font(tmp_path: Path) -> None:
    name = fonts.register_reportlab()
    from pypdf import PdfReader
    from reportlab.pdfgen import canvas

    out = tmp_path / "f.pdf"
    c = canvas.Canvas(str(out), invariant=1)
    c.setFont(name, 14)
    c.drawString(72, 720, "河长巡河考核通报")
    c.save()
    reader = PdfReader(out)
    assert "河长巡河考核通报" in reader.pages[0].extract_text()
    font = reader.pages[0]["/Resources"]["/Font"]
    descriptors = [f.get_object() for f in font.values()]
    embedded = [d for d in descriptors if "WenQuanYi" in str(d.get("/BaseFont"))]
    assert embedded, descriptors
    descendant = embedded[0]
    fd = (descendant.get("/FontDescriptor") or {})
    assert fd and "/FontFile2" in fd.get_object()
