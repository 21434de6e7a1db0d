"""Translations: every catalog complete, compiled files current, the core translated."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from riverchief import i18n

ROOT = Path(__file__).resolve().parents[3]


def test_every_string_translated_and_qm_current() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "i18n.py"), "check"],
        capture_output=True, text=True, cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_catalogs_are_up_to_date_with_the_code(tmp_path: Path) -> None:
    """Re-extracting the strings finds nothing new (run tools/i18n.py update otherwise)."""
    sys.path.insert(0, str(ROOT / "tools"))
    import i18n as tool  # type: ignore[import-not-found]

    missing = []
    for room, files in tool.rooms().items():
        ts = tmp_path / f"{room}.ts"
        subprocess.run(
            [tool._tool("lupdate"), "-locations", "none", *map(str, files), "-ts", str(ts)],
            check=True, capture_output=True,
        )
        import xml.etree.ElementTree as ET

        fresh = {
            (c.findtext("name"), m.findtext("source"))
            for c in ET.parse(ts).getroot().iter("context") for m in c.iter("message")
        }
        if not fresh:
            continue
        shipped_path = ROOT / "resources" / "translations" / f"{room}.zh_CN.ts"
        assert shipped_path.exists(), f"no catalog for room {room}: run tools/i18n.py update"
        shipped = {
            (c.findtext("name"), m.findtext("source"))
            for c in ET.parse(shipped_path).getroot().iter("context") for m in c.iter("message")
        }
        missing += [f"{room}: {ctx} / {src}" for ctx, src in sorted(fresh - shipped)]
    assert missing == []


def test_core_translate_follows_language() -> None:
    i18n.set_language("zh_CN")
    assert i18n.translate("Navigation", "Home") == "首页"
    i18n.set_language("en")
    assert i18n.translate("Navigation", "Home") == "Home"
    i18n.set_language("zh_CN")
    assert i18n.translate("NoSuchContext", "Untranslated") == "Untranslated"


def test_a_place_and_its_message_are_punctuated_in_the_readers_language() -> None:
    from riverchief.errors import UserError, place
    from riverchief.i18n import using_language

    with using_language("zh_CN"):
        where = place("巡河.csv", "第 3 行", None, "结束时间")
        assert str(UserError("早于开始时间", where=where)) == \
            "巡河.csv，第 3 行，结束时间：早于开始时间"
    with using_language("en"):
        where = place("patrols.csv", "row 3", "", "end")
        assert str(UserError("before the start", where=where)) == \
            "patrols.csv, row 3, end: before the start"
    assert str(UserError("no place")) == "no place"


def test_apply_reads_a_tsv_saved_by_windows_notepad(tmp_path: Path, monkeypatch) -> None:
    """Notepad and Excel on Windows save UTF-8 with a byte-order mark, which became part of
    the first line's context: its translation was reported as not found."""
    sys.path.insert(0, str(ROOT / "tools"))
    import xml.etree.ElementTree as ET

    import i18n as tool  # type: ignore[import-not-found]

    catalog = tmp_path / "room.zh_CN.ts"
    catalog.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<TS version="2.1" language="zh_CN">'
        "<context><name>Charts</name><message><source>Export</source>"
        '<translation type="unfinished"></translation></message></context></TS>\n',
        encoding="utf-8")
    tsv = tmp_path / "fill.tsv"
    tsv.write_bytes("Charts\tExport\t导出\r\n".encode("utf-8-sig"))
    monkeypatch.setattr(tool, "OUT", tmp_path)
    tool.apply(tsv)
    node = ET.parse(catalog).getroot().find(".//translation")
    assert node is not None and node.text == "导出" and node.get("type") is None
