"""The shipped limits table is the reference's, loaded once, with both TP ladders."""

from __future__ import annotations

import csv
from pathlib import Path

from riverchief.paths import resource_path
from riverchief.waterquality.standards import load_standard, standard


def test_shipped_table_is_the_reference_table(reference_dir: Path) -> None:
    shipped = resource_path("standards", "gb3838_2002_table1.csv").read_bytes()
    assert shipped == (reference_dir / "gb3838_2002_table1.csv").read_bytes()


def test_readme_names_the_source() -> None:
    text = resource_path("standards", "README.md").read_text(encoding="utf-8")
    assert "GB 3838-2002" in text and "Table 1" in text


def test_loaded_once() -> None:
    assert standard() is standard()


def test_21_assessed_items() -> None:
    s = standard()
    assert len(s.assessed) == 21
    assert "water_temp" not in s.assessed
    assert "tn" not in s.assessed
    assert "fecal_coliform" not in s.assessed
    assert {"ph", "do", "codmn", "nh3n", "tp"} <= set(s.assessed)


def test_every_limit_matches_the_csv() -> None:
    s = standard()
    path = resource_path("standards", "gb3838_2002_table1.csv")
    with path.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            item = s[row["key"]]
            if row["rule"] in ("<=", ">=") and row["III"]:
                assert item.limits == tuple(float(row[c]) for c in ("I", "II", "III", "IV", "V"))


def test_tp_two_ladders_tn_lakes_only() -> None:
    tp = standard()["tp"]
    assert tp.ladder("river") == (0.02, 0.1, 0.2, 0.3, 0.4)
    assert tp.ladder("lake") == (0.01, 0.025, 0.05, 0.1, 0.2)
    tn = standard()["tn"]
    assert tn.ladder("river") is None
    assert tn.ladder("lake") == (0.2, 0.5, 1.0, 1.5, 2.0)


def test_ph_range_and_do_rule() -> None:
    assert standard()["ph"].range == (6.0, 9.0)
    assert standard()["do"].rule == ">="
    assert standard()["do"].limits == (7.5, 6.0, 5.0, 3.0, 2.0)


def test_load_other_file(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text(
        "key,name_zh,unit,rule,I,II,III,IV,V,lake_I,lake_II,lake_III,lake_IV,lake_V,"
        "in_21_item_assessment\nx,甲,mg/L,<=,1,2,3,4,5,,,,,,yes\n", encoding="utf-8")
    s = load_standard(path)
    assert s["x"].limits == (1.0, 2.0, 3.0, 4.0, 5.0)
    assert s.assessed == ("x",)
