from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

from riverchief.errors import UserError
from riverchief.registry import queries
from riverchief.registry.transfer import ImportRejected, export_file, import_file
from riverchief.security import SYSTEM

pytestmark = pytest.mark.usefixtures("english")


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def problems(exc: pytest.ExceptionInfo[ImportRejected]) -> list[str]:
    return [str(p) for p in exc.value.report.problems]


def test_gbk_csv_with_chinese_headers(store: Any, reg: dict[str, str], tmp_path: Path) -> None:
    f = write(tmp_path / "河段.csv",
              "河段编码,河段名称,水体编码,区划代码,起点,终点\n"
              "QSH-03,清水河下段,QSH,410102002,石沟桥,出境断面\n", "gbk")
    report = import_file(store, SYSTEM, f, backup=False)
    assert (report.created, report.encoding) == (1, "gbk")
    seg = queries.segment_by_code(store, "QSH-03")
    assert seg and seg.name == "清水河下段" and seg.from_desc == "石沟桥"


def test_utf8_bom_and_english_headers_update_existing(store: Any, reg: dict[str, str],
                                                      tmp_path: Path) -> None:
    f = write(tmp_path / "chiefs.csv",
              "code,name,level,title,area_code,phone\n"
              "C001,王伟,township,river_chief,410102001,13800000001\n"
              "C010,赵敏,村级,河长,410102001,\n", "utf-8-sig")
    report = import_file(store, SYSTEM, f, backup=False)
    assert (report.created, report.updated, report.encoding) == (1, 1, "utf-8-sig")
    c = queries.chief_by_code(store, "C010")
    assert c and (c.level, c.title) == ("village", "river_chief")


def test_missing_column(store: Any, reg: dict[str, str], tmp_path: Path) -> None:
    f = write(tmp_path / "segments.csv", "code,name,area_code\nQSH-05,x,410102001\n")
    with pytest.raises(UserError) as info:
        import_file(store, SYSTEM, f, backup=False)
    assert str(info.value) == "segments.csv: The required column water_code is missing."


def test_bad_rows_reported_and_nothing_imported(store: Any, reg: dict[str, str],
                                               tmp_path: Path) -> None:
    f = write(tmp_path / "sections.csv",
              "code,name,segment_code,level,water_type,target_class,lon,lat\n"
              "S1,柳泉桥,QSH-01,国控,river,III,113.61,34.705\n"
              "S1,石沟桥,QSH-02,省控,river,III,113.62,34.71\n"
              "S3,出境,QSH-99,市控,river,IV,113.63,34.72\n"
              "S4,湖心,QSH-02,区控,lake,VI,113.63,34.72\n")
    with pytest.raises(ImportRejected) as info:
        import_file(store, SYSTEM, f, backup=False)
    assert problems(info) == [
        "sections.csv, row 3, column code: Duplicate: the same code is already in row 2.",
        "sections.csv, row 4, column segment_code: Unknown segment code 'QSH-99'.",
        "sections.csv, row 5, column target_class: 'VI' is not a valid target class "
        "(one of: I, II, III, IV, V).",
    ]
    assert str(info.value).startswith("sections.csv: 3 problem(s) found; nothing was imported")
    assert queries.list_sections(store) == []
    report = import_file(store, SYSTEM, f, valid_only=True, backup=False)
    assert report.created == 1 and len(report.problems) == 3
    assert [s.code for s in queries.list_sections(store)] == ["S1"]


def test_overlapping_assignment_and_bad_date(store: Any, reg: dict[str, str],
                                             tmp_path: Path) -> None:
    f = write(tmp_path / "assignments.csv",
              "chief_code,segment_code,start_date,end_date\n"
              "C001,QSH-01,2026-01-01,2026-06-30\n"
              "C001,QSH-01,2026-06-01,\n"
              "C002,QSH-01,2026/7/1,\n"
              "C002,QSH-02,2026-02-30,\n")
    with pytest.raises(ImportRejected) as info:
        import_file(store, SYSTEM, f, backup=False)
    assert problems(info) == [
        "assignments.csv, row 3, column start_date: This chief is already assigned to this "
        "segment from 2026-01-01 to 2026-06-30; assignments of the same chief to the same "
        "segment may not overlap.",
        "assignments.csv, row 5, column start_date: '2026-02-30' is not a date (write it as "
        "2026-07-01).",
    ]


def test_xlsx_workbook_round_trip(store: Any, reg: dict[str, str], tmp_path: Path) -> None:
    from riverchief.registry import edit

    edit.create(store, SYSTEM, "assignment", {"chief_id": reg["c1"], "segment_id": reg["seg1"],
                                              "start_date": "2026-01-01"})
    out = tmp_path / "registry.xlsx"
    counts = export_file(store, SYSTEM, out)
    assert counts["segment"] == 2 and counts["assignment"] == 1 and counts["area"] == 3
    # importing what was exported changes nothing
    report = import_file(store, SYSTEM, out, backup=False)
    assert (report.created, report.updated, report.problems) == (0, 0, [])
    assert report.unchanged == sum(counts.values())
    # into a fresh database it recreates everything, lines included
    from riverchief.db import open_store

    with open_store(tmp_path / "fresh.db", create=True) as fresh:
        report = import_file(fresh, SYSTEM, out, backup=False)
        assert report.created == sum(counts.values())
        seg = queries.segment_by_code(fresh, "QSH-01")
        orig = queries.segment_by_code(store, "QSH-01")
        assert seg and orig and seg.line == orig.line and seg.length_m == orig.length_m
        assert [c.code for c in queries.responsible_chiefs(fresh, seg.id, "2026-05-01")] == [
            "C001"]


def test_chinese_export_headers(store: Any, reg: dict[str, str], tmp_path: Path) -> None:
    from riverchief import i18n

    i18n.set_language("zh_CN")
    out = tmp_path / "segments.csv"
    export_file(store, SYSTEM, out, tables=["segment"])
    header = out.read_text(encoding="utf-8-sig").splitlines()[0]
    assert header.startswith("河段编码,河段名称,水体编码,区划代码")
    i18n.set_language("en")


GEOJSON = {"type": "FeatureCollection", "features": [
    {"type": "Feature", "properties": {"河段编码": "QSH-01"},
     "geometry": {"type": "LineString", "coordinates": [[113.60, 34.70], [113.60, 34.72]]}},
    {"type": "Feature", "properties": {"code": "QSH-77"},
     "geometry": {"type": "LineString", "coordinates": [[113.60, 34.70], [113.61, 34.72]]}},
]}


def test_geojson_lines(store: Any, reg: dict[str, str], tmp_path: Path) -> None:
    f = write(tmp_path / "lines.geojson", json.dumps(GEOJSON, ensure_ascii=False))
    with pytest.raises(ImportRejected) as info:
        import_file(store, SYSTEM, f, backup=False)
    assert problems(info) == ["lines.geojson, feature 2: Unknown segment code 'QSH-77'."]
    report = import_file(store, SYSTEM, f, valid_only=True, backup=False)
    assert report.updated == 1
    seg = queries.segment_by_code(store, "QSH-01")
    assert seg and seg.line == ((113.60, 34.70), (113.60, 34.72))


def test_gcj02_lines_are_converted(store: Any, reg: dict[str, str], tmp_path: Path) -> None:
    from riverchief.registry import geometry

    wgs = [(113.60, 34.70), (113.60, 34.72)]
    gcj = [list(geometry.wgs84_to_gcj02(*p)) for p in wgs]
    doc = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"code": "QSH-01"},
         "geometry": {"type": "LineString", "coordinates": gcj}}]}
    f = write(tmp_path / "gcj.geojson", json.dumps(doc))
    import_file(store, SYSTEM, f, datum="gcj02", backup=False)
    seg = queries.segment_by_code(store, "QSH-01")
    assert seg and all(geometry.distance_m(a, b) < 0.05 for a, b in zip(seg.line, wgs,
                                                                          strict=True))


KML = """<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document>
<Placemark><name>QSH-02</name><LineString><coordinates>
113.62,34.71,0 113.625,34.715,0 113.63,34.72,0
</coordinates></LineString></Placemark>
</Document></kml>"""


def test_kml_and_kmz_lines(store: Any, reg: dict[str, str], tmp_path: Path) -> None:
    f = write(tmp_path / "lines.kml", KML)
    assert import_file(store, SYSTEM, f, backup=False).updated == 1
    seg = queries.segment_by_code(store, "QSH-02")
    assert seg and len(seg.line) == 3
    kmz = tmp_path / "lines.kmz"
    with zipfile.ZipFile(kmz, "w") as z:
        z.writestr("doc.kml", KML.replace("113.625,34.715,0 ", ""))
    assert import_file(store, SYSTEM, kmz, backup=False).updated == 1
    seg = queries.segment_by_code(store, "QSH-02")
    assert seg and len(seg.line) == 2


def test_shapefile_lines_with_gbk_attributes(store: Any, reg: dict[str, str],
                                            tmp_path: Path) -> None:
    import shapefile

    base = tmp_path / "河段"
    with shapefile.Writer(str(base), shapeType=shapefile.POLYLINE, encoding="gbk") as w:
        w.field("HDBM", "C", size=20)
        w.field("NAME", "C", size=40)
        w.line([[[113.60, 34.70], [113.605, 34.71], [113.61, 34.72]]])
        w.record("QSH-01", "清水河柳泉段")
        w.line([[[113.60, 34.70], [113.61, 34.72]]])
        w.record("", "无编码")
    with pytest.raises(ImportRejected) as info:
        import_file(store, SYSTEM, base.with_suffix(".shp"), backup=False)
    assert problems(info) == [
        "河段.shp, feature 2: The line has no segment code attribute (code or 河段编码)."]
    zipped = tmp_path / "lines.zip"
    with zipfile.ZipFile(zipped, "w") as z:
        for ext in (".shp", ".shx", ".dbf"):
            z.write(base.with_suffix(ext), "河段" + ext)
    report = import_file(store, SYSTEM, zipped, valid_only=True, backup=False)
    assert report.updated == 1
    seg = queries.segment_by_code(store, "QSH-01")
    assert seg and len(seg.line) == 3


def _gbk_shapefile(base: Path) -> None:
    import shapefile

    with shapefile.Writer(str(base), shapeType=shapefile.POLYLINE, encoding="gbk") as w:
        w.field("HDBM", "C", size=20)
        w.field("NAME", "C", size=40)
        w.line([[[113.60, 34.70], [113.605, 34.71], [113.61, 34.72]]])
        w.record("QSH-01", "清水河柳泉段")


@pytest.mark.parametrize("cpg", ["936", "ANSI 936", "System", "cp936", "GBK"])
def test_shapefile_code_page_as_windows_gis_writes_it(store: Any, reg: dict[str, str],
                                                      tmp_path: Path, cpg: str) -> None:
    """ArcGIS and QGIS on Windows name the code page in the .cpg file ("936", "ANSI 936",
    "System"), which Python does not know by those names: the import failed with
    "unknown encoding: 936"."""
    from riverchief.registry.lines import read_lines

    base = tmp_path / "河段"
    _gbk_shapefile(base)
    base.with_suffix(".cpg").write_text(cpg, encoding="ascii")
    features = read_lines(base.with_suffix(".shp"))
    assert [f.code for f in features] == ["QSH-01"]


def test_zipped_shapefile_is_unpacked_under_names_windows_allows(
        store: Any, reg: dict[str, str], tmp_path: Path, monkeypatch) -> None:
    """A zip made elsewhere may name its members with characters Windows forbids in file
    names (":" of a time, "?"); zipfile changes them when it unpacks on Windows, so the
    .shp was not found where it was looked for. Messages still name the zip."""
    from riverchief.registry import lines

    base = tmp_path / "河段"
    _gbk_shapefile(base)
    zipped = tmp_path / "lines.zip"
    with zipfile.ZipFile(zipped, "w") as z:
        for ext in (".shp", ".shx", ".dbf"):
            z.write(base.with_suffix(ext), "导出 2026-07-01 08:30?" + ext)
    opened: list[Path] = []
    read = lines.read_shapefile

    def spy(path: Path) -> list[Any]:
        opened.append(path)
        return read(path)

    monkeypatch.setattr(lines, "read_shapefile", spy)
    features = lines.read_lines(zipped)
    assert [f.code for f in features] == ["QSH-01"]
    assert features[0].where.startswith("lines.zip")
    forbidden = set('<>:"|?*')
    assert opened and all(not forbidden & set(p.name) for p in opened), opened


def test_a_scanner_holding_the_unpacked_shapefile_does_not_fail_the_import(
        store: Any, reg: dict[str, str], tmp_path: Path, monkeypatch) -> None:
    """Windows will not delete the shapefile unpacked from a zip while an antivirus scanner
    reads it: the lines had been read, and the import failed on the cleanup."""
    import os
    import tempfile

    from riverchief.registry.lines import read_lines

    base = tmp_path / "河段"
    _gbk_shapefile(base)
    zipped = tmp_path / "lines.zip"
    with zipfile.ZipFile(zipped, "w") as z:
        for ext in (".shp", ".shx", ".dbf"):
            z.write(base.with_suffix(ext), "河段" + ext)
    scratch = tmp_path / "temp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    unlink = os.unlink

    def scanned(path, *args, **kwargs):
        if str(path).endswith(".dbf"):
            raise PermissionError(13, "Access is denied", str(path))
        return unlink(path, *args, **kwargs)

    monkeypatch.setattr(os, "unlink", scanned)
    assert [f.code for f in read_lines(zipped)] == ["QSH-01"]


def test_line_outside_the_area(store: Any, reg: dict[str, str], tmp_path: Path) -> None:
    store.set_setting("registry.bounds", [113.0, 34.0, 114.5, 35.5])
    doc = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"code": "QSH-01"},
         "geometry": {"type": "LineString", "coordinates": [[34.70, 113.60], [34.72, 113.60]]}}]}
    f = write(tmp_path / "swapped.geojson", json.dumps(doc))
    with pytest.raises(ImportRejected) as info:
        import_file(store, SYSTEM, f, backup=False)
    assert problems(info) == [
        "swapped.geojson, feature 1: Point 1 (34.7, 113.6) is not a WGS84 coordinate."]
    doc["features"][0]["geometry"]["coordinates"] = [[113.6, 34.7], [116.6, 34.7]]
    f.write_text(json.dumps(doc))
    with pytest.raises(ImportRejected) as info:
        import_file(store, SYSTEM, f, backup=False)
    assert problems(info)[0].startswith(
        "swapped.geojson, feature 1: Point 2 of the line (116.60000, 34.70000) is outside the "
        "area")


def test_not_a_registry_file(store: Any, tmp_path: Path) -> None:
    f = write(tmp_path / "notes.csv", "foo,bar\n1,2\n")
    with pytest.raises(UserError, match="Cannot tell which table"):
        import_file(store, SYSTEM, f, backup=False)
    bad = tmp_path / "x.csv"
    bad.write_bytes(b"code,name\n\xff\xfe\x00\x81\x30")
    with pytest.raises(UserError):
        import_file(store, SYSTEM, bad, backup=False)


def test_import_takes_a_backup(store: Any, reg: dict[str, str], tmp_path: Path) -> None:
    from riverchief.db.backup import list_backups

    f = write(tmp_path / "units.csv", "code,name,area_code\nU1,水利局,410102\n")
    assert list_backups(store.path) == []
    import_file(store, SYSTEM, f)
    assert [p.name.endswith("-before-import.db") for p in list_backups(store.path)] == [True]


def test_utf16_tab_separated_from_excel(store: Any, reg: dict[str, str], tmp_path: Path) -> None:
    f = tmp_path / "units.txt"
    f.write_bytes("单位编码\t单位名称\t区划代码\r\nU9\t水务局\t410102\r\n".encode("utf-16"))
    report = import_file(store, SYSTEM, f, backup=False)
    assert (report.created, report.encoding) == (1, "utf-16")
