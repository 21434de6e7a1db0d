"""A township office's quarterly report on the demo district, as the walk of the township
office (hzb-town) printed it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pypdf import PdfReader

from riverchief.db import open_store
from riverchief.demo import FIXED_AS_OF, generate
from riverchief.reports.quarterly import quarterly_report


def test_a_township_report_keeps_its_headings_with_their_tables(tmp_path: Path) -> None:
    """塘埠镇's report ended page 4 with the heading 五、逾期未整改问题 alone, its six
    problems on page 5; its outfalls were listed under 姓名 (a person's name)."""
    db = generate(tmp_path / "demo.db", "district", seed=1, as_of=FIXED_AS_OF)
    out = tmp_path / "塘埠镇.pdf"
    with open_store(db) as store:
        quarterly_report(store, "2026Q3", out, area_code="410102009", appendix="none",
                         issuer="塘埠镇河长制办公室", day=date(2026, 10, 8), author="编制人")
    pages = [p.extract_text().replace(" ", "") for p in PdfReader(out).pages]
    at = next(n for n, text in enumerate(pages) if "五、逾期未整改问题" in text)
    after = pages[at].split("五、逾期未整改问题", 1)[1]
    assert "P2026-" in after, f"the heading ends page {at + 1}: {after[:80]!r}"
    outfalls = "".join(pages).split("六、入河排污口", 1)[1]
    header = outfalls.split("PWK-", 1)[0]
    assert "名称" in header and "姓名" not in header, header
