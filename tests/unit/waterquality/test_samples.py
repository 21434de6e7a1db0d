"""Samples in the database: entry, import of wide and tidy files, duplicates, scores."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from riverchief.errors import PermissionDenied, UserError
from riverchief.periods import parse_period
from riverchief.security import SYSTEM, Actor
from riverchief.waterquality import Measurement
from riverchief.waterquality.samples import (
    add_sample,
    delete_sample,
    import_file,
    list_sections,
    load_samples,
)
from riverchief.waterquality.score import chief_scores, chief_sections, monthly_score_series

from .conftest import Registry

WIDE = ("断面编码,监测时间,pH(无量纲),溶解氧(mg/L),高锰酸盐指数(mg/L),氨氮(mg/L),总磷(mg/L)\n"
        "S01,2026-07-05 09:00,7.5,6.2,4.1,0.5,0.1004\n"
        "S01,2026-08-05 09:00,7.6,6.0,5.9,0.025L,0.12\n"
        "湖心,2026-07-05 10:00,8.1,7.0,3.0,0.3,0.06\n")


def evaluator(reg: Registry, *areas: str) -> Actor:
    return Actor(id="u1", code="eva", name="评估员", role="evaluator",
                 area_ids=frozenset(reg.ids[a] for a in areas))


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def count(reg: Registry, table: str = "sample") -> int:
    return reg.store.conn.execute(
        f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL").fetchone()[0]


def test_sections_listed_with_area_and_target(registry: Registry) -> None:
    sections = {s.code: s for s in list_sections(registry.store)}
    assert sections["S02"].water_type == "lake"
    assert sections["S03"].target.code == "II"
    assert sections["S01"].area_id == registry.ids["A1"]


def test_add_sample_and_read_back(registry: Registry) -> None:
    s = registry.store
    sid = add_sample(s, registry.ids["S01"], datetime(2026, 7, 1, 8, 30), "laboratory",
                     {"codmn": Measurement(4.1), "nh3n": Measurement(None, True, 0.025)},
                     actor=evaluator(registry, "A1"))
    loaded = load_samples(s)[registry.ids["S01"]]
    assert [x.id for x in loaded] == [sid]
    assert loaded[0].values == {"codmn": Measurement(4.1),
                                "nh3n": Measurement(None, True, 0.025)}
    assert loaded[0].sampled_at == datetime(2026, 7, 1, 8, 30)
    row = s.conn.execute("SELECT sampled_at FROM sample").fetchone()
    assert row[0] == "2026-07-01T08:30:00+08:00"
    audit = s.conn.execute("SELECT actor FROM audit_log WHERE table_name = 'sample'").fetchone()
    assert audit[0] == "eva"


def test_same_sample_twice_refused(registry: Registry, english: None) -> None:
    s, sec = registry.store, registry.ids["S01"]
    add_sample(s, sec, datetime(2026, 7, 1, 8), "laboratory", {"tp": Measurement(0.1)},
               actor=SYSTEM)
    with pytest.raises(UserError, match="already has a sample"):
        add_sample(s, sec, datetime(2026, 7, 1, 8), "laboratory", {"tp": Measurement(0.2)},
                   actor=SYSTEM)
    add_sample(s, sec, datetime(2026, 7, 1, 8), "automatic", {"tp": Measurement(0.2)},
               actor=SYSTEM)
    assert count(registry) == 2


def test_permissions(registry: Registry) -> None:
    s = registry.store
    with pytest.raises(PermissionDenied):
        add_sample(s, registry.ids["S03"], datetime(2026, 7, 1), "laboratory",
                   {"tp": Measurement(0.1)}, actor=evaluator(registry, "A1"))
    chief = Actor(id="u2", code="c1", name="河长", role="chief", chief_id=registry.ids["C1"])
    with pytest.raises(PermissionDenied):
        add_sample(s, registry.ids["S01"], datetime(2026, 7, 1), "laboratory",
                   {"tp": Measurement(0.1)}, actor=chief)
    assert count(registry) == 0


def test_bad_values_refused(registry: Registry) -> None:
    with pytest.raises(UserError):
        add_sample(registry.store, registry.ids["S01"], datetime(2026, 7, 1), "laboratory",
                   {"ph": Measurement(15.0)}, actor=SYSTEM)
    with pytest.raises(UserError):
        add_sample(registry.store, registry.ids["S01"], datetime(2026, 7, 1), "laboratory",
                   {}, actor=SYSTEM)


def test_delete_sample(registry: Registry) -> None:
    s = registry.store
    sid = add_sample(s, registry.ids["S01"], datetime(2026, 7, 1), "laboratory",
                     {"tp": Measurement(0.1)}, actor=SYSTEM)
    delete_sample(s, sid, actor=SYSTEM)
    assert load_samples(s) == {}
    assert count(registry, "sample_value") == 0


def test_import_wide_gbk(registry: Registry, tmp_path: Path) -> None:
    path = write(tmp_path, "w.csv", WIDE, "gbk")
    report = import_file(registry.store, path, actor=evaluator(registry, "A1"))
    assert report.imported and report.new == 3 and not report.errors
    assert count(registry) == 3
    again = import_file(registry.store, path, actor=evaluator(registry, "A1"))
    assert again.new == 0 and again.already == 3
    assert count(registry) == 3  # recognised, not doubled
    s01 = load_samples(registry.store)[registry.ids["S01"]]
    assert s01[1].values["nh3n"] == Measurement(None, True, 0.025)
    assert {x.import_file for x in s01} == {"w.csv"}


def test_import_nothing_until_clean(registry: Registry, tmp_path: Path, english: None) -> None:
    text = WIDE + ("S99,2026-07-05 09:00,7.5,6.2,4.1,0.5,0.1\n"
                   "双名,2026-07-05 09:00,7.5,6.2,4.1,0.5,0.1\n"
                   "S01,2026-09-05,7.5,abc,4.1,0.5,0.1\n"
                   "S01,2026-07-05 09:00,7.5,6.2,4.1,0.5,0.1004\n")
    path = write(tmp_path, "bad.csv", text)
    report = import_file(registry.store, path, actor=SYSTEM)
    assert not report.imported
    assert count(registry) == 0
    assert [str(e) for e in report.errors] == [
        "bad.csv, row 5, column 断面编码: Unknown section 'S99'.",
        "bad.csv, row 6, column 断面编码: Several sections are named 双名; use the section code.",
        "bad.csv, row 7, column 溶解氧(mg/L): 'abc' is not a value: write a number, a "
        "below-detection value (<0.01, 0.01L, ND) or leave it blank.",
        "bad.csv, row 8: The same sample (section, time and source) as row 2.",
    ]
    assert report.new == 3
    accepted = import_file(registry.store, path, actor=SYSTEM, accept_valid=True)
    assert accepted.imported and accepted.new == 3
    assert count(registry) == 3


def test_import_conflicting_values(registry: Registry, tmp_path: Path, english: None) -> None:
    import_file(registry.store, write(tmp_path, "a.csv", WIDE), actor=SYSTEM)
    changed = WIDE.replace("0.1004", "0.2")
    report = import_file(registry.store, write(tmp_path, "b.csv", changed), actor=SYSTEM)
    assert not report.imported
    assert [str(e) for e in report.errors] == [
        "b.csv, row 2: 甲桥 already has a sample of 2026-07-05 09:00 from the laboratory "
        "with other values; delete it first to replace it."]


def test_import_out_of_scope(registry: Registry, tmp_path: Path, english: None) -> None:
    text = "断面编码,监测时间,总磷\nS03,2026-07-05,0.1\nS01,2026-07-05,0.1\n"
    report = import_file(registry.store, write(tmp_path, "s.csv", text),
                         actor=evaluator(registry, "A1"))
    assert [str(e) for e in report.errors] == [
        "s.csv, row 2, column 断面编码: The section 双名 is outside your area."]
    assert count(registry) == 0


def test_import_tidy_xlsx(registry: Registry, tmp_path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Section", "DateTime", "Variable", "Value", "DetectionLimit", "Units"])
    ws.append(["S01", datetime(2026, 7, 5, 9), "氨氮", "ND", 0.025, "mg/L"])
    ws.append(["S01", datetime(2026, 7, 5, 9), "TP", 120, None, "μg/L"])
    ws.append(["S02", datetime(2026, 7, 5, 9), "tn", 1.2, None, "mg/L"])
    wb.save(tmp_path / "t.xlsx")
    report = import_file(registry.store, tmp_path / "t.xlsx", actor=SYSTEM,
                         default_source="automatic")
    assert report.imported and report.new == 2
    s01 = load_samples(registry.store)[registry.ids["S01"]][0]
    assert s01.source == "automatic"
    assert s01.values["nh3n"] == Measurement(None, True, 0.025)
    assert s01.values["tp"].value == pytest.approx(0.12)


def test_import_permission(registry: Registry, tmp_path: Path) -> None:
    chief = Actor(id="u2", code="c1", name="河长", role="chief", chief_id=registry.ids["C1"])
    with pytest.raises(PermissionDenied):
        import_file(registry.store, write(tmp_path, "w.csv", WIDE), actor=chief)


def test_chief_scores_from_database(registry: Registry, tmp_path: Path) -> None:
    import_file(registry.store, write(tmp_path, "w.csv", WIDE), actor=SYSTEM)
    scores = chief_scores(registry.store, parse_period("2026Q3"))
    c1, c2 = scores[registry.ids["C1"]], scores[registry.ids["C2"]]
    # C1: S01 July III (attains III), S01 August III, 湖心 July lake TP 0.06 -> IV
    assert (c1.attained, c1.counted) == (2, 3)
    assert c2.score is None  # S03/S04 have no samples: no data
    series = monthly_score_series(registry.store, parse_period("2026"))
    months = dict(series[registry.ids["C1"]])
    assert months["2026-07"] == pytest.approx(50.0)
    assert months["2026-08"] == 100.0
    assert months["2026-01"] is None
    details = {d.section.code: d for d in chief_sections(registry.store, registry.ids["C1"],
                                                         parse_period("2026Q3"))}
    assert details["S02"].tli is not None
    assert details["S02"].attained is False


def test_cli_import(registry: Registry, tmp_path: Path,
                    capsys: pytest.CaptureFixture[str]) -> None:
    from riverchief.cli import main

    db = str(registry.store.path)
    bad = write(tmp_path, "bad.csv", WIDE + "S99,2026-07-05 09:00,7.5,6.2,4.1,0.5,0.1\n")
    assert main(["--db", db, "--lang", "en", "wq", "import", str(bad)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out == ["bad.csv, row 5, column 断面编码: Unknown section 'S99'.",
                   "bad.csv: nothing imported; 1 rows have errors (3 new samples would be "
                   "imported, 0 are already there)."]
    assert count(registry) == 0
    assert main(["--db", db, "--lang", "en", "wq", "import", str(bad), "--accept-valid"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == (
        "bad.csv: 3 samples imported, 0 already there, 1 rows with errors skipped.")
    assert count(registry) == 3


def test_cli_score_and_sections(registry: Registry, tmp_path: Path,
                                capsys: pytest.CaptureFixture[str]) -> None:
    import json

    from riverchief.cli import main

    db = str(registry.store.path)
    import_file(registry.store, write(tmp_path, "w.csv", WIDE), actor=SYSTEM)
    assert main(["--db", db, "wq", "score", "2026Q3", "--format", "json"]) == 0
    rows = {r["chief"]: r for r in json.loads(capsys.readouterr().out)}
    assert rows["C1"]["attained"] == 2 and rows["C1"]["counted"] == 3
    assert rows["C2"]["score"] is None and rows["C2"]["shown"] == "无数据"
    assert main(["--db", db, "wq", "sections", "--format", "json"]) == 0
    sections = {r["code"]: r for r in json.loads(capsys.readouterr().out)}
    assert sections["S01"]["month"] == "2026-08" and sections["S01"]["class"] == "III"
    assert sections["S02"]["class"] == "IV" and sections["S02"]["attained"] is False
    assert sections["S03"]["class"] is None


def test_import_takes_a_backup_first(registry: Registry, tmp_path: Path) -> None:
    from riverchief.paths import backups_dir

    import_file(registry.store, write(tmp_path, "w.csv", WIDE), actor=SYSTEM)
    backups = list(backups_dir(registry.store.path).glob("*samples-import*"))
    assert len(backups) == 1


def test_import_cancelled_while_writing_leaves_nothing(registry: Registry, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """Cancel pressed while the rows are being written (a task's process checks only at its
    next progress check): the transaction is rolled back, not committed."""
    from riverchief.db import records
    from riverchief.errors import Cancelled
    from riverchief.waterquality import samples

    class Progress:
        stop = False

        def report(self, done: int, total: int, text: str = "") -> None:
            pass

        def cancelled(self) -> bool:
            return self.stop

    progress = Progress()
    real = records.insert_many

    def insert_then_cancel(*args, **kwargs):  # type: ignore[no-untyped-def]
        result = real(*args, **kwargs)
        progress.stop = True
        return result

    monkeypatch.setattr(samples.records, "insert_many", insert_then_cancel)
    with pytest.raises(Cancelled):
        import_file(registry.store, write(tmp_path, "w.csv", WIDE), actor=SYSTEM,
                    progress=progress)
    assert count(registry) == 0 and count(registry, "sample_value") == 0


@pytest.mark.parametrize("kind", ["score", "ranking", "shares", "item", "tli"])
def test_cli_chart(registry: Registry, tmp_path: Path, kind: str,
                   capsys: pytest.CaptureFixture[str]) -> None:
    from riverchief.cli import main

    import_file(registry.store, write(tmp_path, "w.csv", WIDE), actor=SYSTEM)
    out = tmp_path / f"{kind}.png"
    argv = ["--db", str(registry.store.path), "wq", "chart", kind, "2026", "-o", str(out),
            "--dpi", "60", "--section", "S02", "--item", "tp"]
    assert main(argv) == 0
    assert out.read_bytes().startswith(b"\x89PNG")


def test_cli_chart_errors(registry: Registry, tmp_path: Path,
                          capsys: pytest.CaptureFixture[str]) -> None:
    from riverchief.cli import main

    db = str(registry.store.path)
    assert main(["--db", db, "--lang", "en", "wq", "chart", "item", "2026", "-o",
                 str(tmp_path / "x.png")]) == 1
    assert "Name the section with --section CODE." in capsys.readouterr().err
    assert main(["--db", db, "--lang", "en", "wq", "chart", "score", "2026", "-o",
                 str(tmp_path / "x.png"), "--chief", "ZZ"]) == 1
    assert "No chief with code ZZ." in capsys.readouterr().err
