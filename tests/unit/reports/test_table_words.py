"""English report tables break lines between words, not inside them ("rectifyin g",
"township/str eet"): a column gets at least the width of its longest word, from the
columns with room to spare; Chinese tables keep the widths asked for."""

from __future__ import annotations

import re

from reportlab.pdfbase.pdfmetrics import stringWidth

from riverchief.i18n import using_language
from riverchief.reports import layout

HEADERS = ["No.", "Category", "Description", "Days overdue", "State"]
ROWS = [["P2026-00001", "dead animals / dead fish", "河道内有死鱼漂浮，面积约 20 平方米，"
         "影响水体感官", 258, "rectifying"],
        ["P2026-00006", "storm drain discharging in dry weather", "晴天雨水口有污水排出", 257,
         "village/community"],
        ["P2026-00007", "total phosphorus、permanganate index", "", 3, "closed"]]
WIDTHS = [22, 16, 60, 10, 12]


def _words(rows: list[list[object]]) -> list[float]:
    st = layout.styles()
    font, size = st["font"], st["cell"].fontSize
    longest = [0.0] * len(HEADERS)
    for row in [HEADERS, *rows]:
        for i, cell in enumerate(row):
            for word in re.findall(r"[A-Za-z0-9/().\-]+", str(cell)):
                longest[i] = max(longest[i], stringWidth(word, font, size))
    return longest


def test_no_english_word_is_split_across_lines() -> None:
    with using_language("en"):
        table = layout.table(HEADERS, ROWS, WIDTHS)
        longest = _words(ROWS)
    widths = table._argW
    assert abs(sum(widths) - layout.FRAME_W) < 0.01  # still the width of the page
    for width, word in zip(widths, longest, strict=True):
        assert width - 2 * layout.CELL_PADDING >= word, (width, word)


def test_chinese_tables_keep_their_widths() -> None:
    with using_language("zh_CN"):
        table = layout.table(HEADERS, ROWS, WIDTHS)
    total = sum(WIDTHS)
    assert [round(w, 3) for w in table._argW] == [
        round(w * layout.FRAME_W / total, 3) for w in WIDTHS]


def test_a_report_to_a_folder_that_is_gone_is_a_user_error(tmp_path) -> None:
    """``-o E:\\通报\\2026Q3.pdf`` on a USB stick that was pulled (or a folder mistyped): one
    line naming the file, not a traceback, and no half file."""
    import pytest
    from reportlab.platypus import Paragraph

    from riverchief.errors import UserError

    out = tmp_path / "拔掉的U盘" / "2026Q3.pdf"
    info = layout.DocumentInfo("考核通报", "清源区河长制办公室", "2026年10月8日", "李萍")
    with pytest.raises(UserError) as err:
        layout.build(out, info, [Paragraph("正文", layout.styles()["body"])])
    assert err.value.where == str(out)
