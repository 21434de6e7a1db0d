"""Reading each format, and refusing bad input with one clear message each."""

from __future__ import annotations

import io
import math
import zipfile
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from riverchief.errors import UserError
from riverchief.tracks import crs as crs_mod
from riverchief.tracks import read_track, read_track_bytes
from riverchief.tracks.readers import MAX_FILE_BYTES

GPX = """<?xml version="1.0" encoding="UTF-8"?>
<gpx version="1.1" creator="{creator}" xmlns="http://www.topografix.com/GPX/1/1">
 <trk><trkseg>
  <trkpt lat="34.7500" lon="113.6000"><time>2026-07-01T08:00:00+08:00</time></trkpt>
  <trkpt lat="34.7510" lon="113.6010"><time>2026-07-01T08:01:00+08:00</time></trkpt>
  <trkpt lat="{lat}" lon="113.6020"><time>2026-07-01T08:02:00+08:00</time></trkpt>
 </trkseg></trk>
</gpx>
"""

KML_LINE = """<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document>
 <Placemark><name>a</name><LineString><coordinates>
   113.60,34.75,0 113.61,34.75,0
   113.62,34.75,0
 </coordinates></LineString></Placemark>
 <Placemark><name>start</name><Point><coordinates>113.60,34.75</coordinates></Point></Placemark>
 <Placemark><MultiGeometry>
   <LineString><coordinates>113.63,34.75 113.64,34.75</coordinates></LineString>
   <LineString><coordinates>113.65,34.75 113.66,34.75</coordinates></LineString>
 </MultiGeometry></Placemark>
</Document></kml>
"""


def gpx(lat: str = "34.7520", creator: str = "test") -> bytes:
    return GPX.format(lat=lat, creator=creator).encode()


def test_gpx_offsets_are_kept() -> None:
    t = read_track_bytes(gpx(), "a.gpx")
    assert t.points == 3 and t.timed_points == 3
    assert t.start is not None and t.start.isoformat() == "2026-07-01T08:00:00+08:00"
    assert t.duration_s == 120.0


def test_kml_linestrings_and_multigeometry() -> None:
    t = read_track_bytes(KML_LINE.encode(), "a.kml")
    assert (t.track_count, t.segments, t.points, t.timed_points) == (2, 3, 7, 0)
    assert t.duration_s is None and t.start is None
    assert "no_times" in [w.code for w in t.warnings]


def test_kmz_reads_doc_kml() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("files/other.txt", "x")
        z.writestr("doc.kml", KML_LINE)
    t = read_track_bytes(buf.getvalue(), "a.kmz")
    assert t.points == 7


def test_csv_with_chinese_headers_in_gbk_and_local_times() -> None:
    text = "纬度,经度,时间\n34.75,113.60,2026-07-01 08:00:00\n34.751,113.601,2026-07-01 08:10:00\n"
    t = read_track_bytes(text.encode("gbk"), "a.csv")
    assert t.points == 2 and t.duration_s == 600.0
    assert t.start is not None and t.start.isoformat() == "2026-07-01T08:00:00+08:00"
    assert "times_without_zone" in [w.code for w in t.warnings]


def test_csv_segments_do_not_bridge() -> None:
    text = ("lat,lon,time,segment\n34.75,113.60,,1\n34.75,113.61,,1\n"
            "34.80,113.61,,2\n34.80,113.62,,2\n")
    t = read_track_bytes(text.encode(), "a.csv")
    assert t.segments == 2
    assert t.distance_m == pytest.approx(2 * 0.01 * 111_195 * math.cos(math.radians(34.775)),
                                         rel=0.01)


def test_gcj02_file_is_converted_on_import(english: None) -> None:
    # an Amap export: its creator names it, so GCJ-02 is assumed and said so
    t = read_track_bytes(gpx(creator="Amap 高德地图"), "amap.gpx")
    assert t.crs == "gcj02"
    assert "crs_assumed" in [w.code for w in t.warnings]
    wgs = crs_mod.gcj02_to_wgs84(np.array([113.6]), np.array([34.75]))
    assert t.lon[0] == pytest.approx(wgs[0][0], abs=1e-9)
    # the user's choice wins over the suggestion
    t2 = read_track_bytes(gpx(creator="Amap"), "amap.gpx", crs="wgs84")
    assert t2.lon[0] == 113.6 and t2.crs == "wgs84"


# --- bad input -----------------------------------------------------------------------

def test_malformed_xml_names_line_and_column(english: None) -> None:
    bad = gpx().replace(b"</trkseg>", b"</trksg>")
    with pytest.raises(UserError) as err:
        read_track_bytes(bad, "bad.gpx")
    assert err.value.where is not None and err.value.where.startswith("bad.gpx, line 7")
    assert "not well-formed XML" in err.value.message


def test_nothing_usable(english: None) -> None:
    only_wpt = (b'<gpx version="1.1" creator="x" xmlns="http://www.topografix.com/GPX/1/1">'
                b'<wpt lat="1" lon="2"/></gpx>')
    with pytest.raises(UserError, match="no track points"):
        read_track_bytes(only_wpt, "w.gpx")


@pytest.mark.parametrize("lat", ["91.5", "nan", "-inf"])
def test_coordinates_out_of_range_or_nan(english: None, lat: str) -> None:
    with pytest.raises(UserError) as err:
        read_track_bytes(gpx(lat=lat), "r.gpx")
    assert err.value.where == "r.gpx, track 1, segment 1, point 3"
    assert "out of range or not a number" in err.value.message


def test_huge_file_is_refused_before_reading(tmp_path: Path, english: None) -> None:
    big = tmp_path / "big.gpx"
    with big.open("wb") as f:
        f.truncate(200 * 1024 * 1024)  # sparse: 200 MB without writing them
    assert big.stat().st_size > MAX_FILE_BYTES
    with pytest.raises(UserError, match="200 MB"):
        read_track(big)


def test_kmz_that_is_not_a_zip(english: None) -> None:
    with pytest.raises(UserError, match="not a zip archive"):
        read_track_bytes(b"PK\x03\x04 this is not really a zip", "x.kmz")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("readme.txt", "no kml here")
    with pytest.raises(UserError, match="contains no KML"):
        read_track_bytes(buf.getvalue(), "y.kmz")


def test_csv_bad_cell_names_row_and_column(english: None) -> None:
    text = b"lat,lon,time\n34.75,113.60,2026-07-01 08:00\n34.75,abc,2026-07-01 08:01\n"
    with pytest.raises(UserError) as err:
        read_track_bytes(text, "p.csv")
    assert err.value.where == "p.csv, row 3, column lon"
    bad_time = b"lat,lon,time\n34.75,113.60,yesterday\n"
    with pytest.raises(UserError) as err:
        read_track_bytes(bad_time, "p.csv")
    assert err.value.where == "p.csv, row 2, column time"
    with pytest.raises(UserError, match="header row"):
        read_track_bytes(b"a,b\n1,2\n", "q.csv")


def test_missing_file_and_empty_file(tmp_path: Path, english: None) -> None:
    with pytest.raises(UserError, match="does not exist"):
        read_track(tmp_path / "none.gpx")
    empty = tmp_path / "e.gpx"
    empty.write_bytes(b"")
    with pytest.raises(UserError, match="empty"):
        read_track(empty)


KML_GX = b"""<kml xmlns="http://www.opengis.net/kml/2.2" xmlns:gx="http://www.google.com/kml/ext/2.2">
<Placemark><gx:MultiTrack><gx:Track>
<when>2026-07-01T08:00:00Z</when><gx:coord>113.6 34.75 10</gx:coord>
<when>2026-07-01T08:01:00Z</when><gx:coord>113.61 34.75 10</gx:coord>
</gx:Track></gx:MultiTrack></Placemark></kml>"""

_SEEDS = [gpx(), KML_LINE.encode(), KML_GX]


def test_gx_track_seed_reads() -> None:
    t = read_track_bytes(KML_GX, "g.kml")
    assert (t.points, t.timed_points, t.duration_s) == (2, 2, 60.0)


@settings(max_examples=100, deadline=None)
@given(lat=st.text(max_size=8), lon=st.text(max_size=8), when=st.text(max_size=30))
def test_random_values_in_a_valid_structure(lat: str, lon: str, when: str) -> None:
    from xml.sax.saxutils import escape, quoteattr

    doc = (f'<gpx version="1.1" creator="x" xmlns="http://www.topografix.com/GPX/1/1"><trk>'
           f'<trkseg><trkpt lat={quoteattr(lat)} lon={quoteattr(lon)}><time>{escape(when)}'
           f'</time></trkpt></trkseg></trk></gpx>')
    try:
        t = read_track_bytes(doc.encode(), "v.gpx")
    except UserError as exc:
        assert exc.message
        return
    assert t.points == 1 and abs(float(t.lat[0])) <= 90


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    seed=st.sampled_from(_SEEDS),
    cuts=st.lists(st.tuples(st.integers(0, 800), st.integers(0, 40),
                            st.sampled_from([b"", b"<", b">", b"\"", b"&", b"nan", b"-1e999",
                                             b"<trkpt lat=\"x\">", b"<gx:Track>", b"\xff\xfe",
                                             b"</trkseg>", b"<when>bad</when>", b"999"])),
                  min_size=1, max_size=4),
    ext=st.sampled_from(["gpx", "kml"]),
)
def test_malformed_files_end_in_a_clear_error_or_a_reading(
    seed: bytes, cuts: list[tuple[int, int, bytes]], ext: str
) -> None:
    data = bytearray(seed)
    for pos, length, insert in cuts:
        pos = min(pos, len(data))
        data[pos:pos + length] = insert
    try:
        t = read_track_bytes(bytes(data), f"fuzz.{ext}")
    except UserError as exc:
        assert exc.message and "Traceback" not in str(exc)
        return
    assert t.points > 0
    assert np.all(np.abs(t.lat) <= 90) and np.all(np.abs(t.lon) <= 180)
    assert np.all(np.isfinite(t.lon)) and np.all(np.isfinite(t.lat))


def test_kmz_bomb_is_refused_without_unpacking(english: None) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as z:
        with z.open("doc.kml", "w", force_zip64=True) as member:
            chunk = b" " * (1024 * 1024)
            for _ in range(MAX_FILE_BYTES // len(chunk) + 1):
                member.write(chunk)
    assert len(buf.getvalue()) < 2 * 1024 * 1024
    with pytest.raises(UserError, match="over 100 MB is refused"):
        read_track_bytes(buf.getvalue(), "bomb.kmz")


@settings(max_examples=80, deadline=None)
@given(rows=st.lists(st.tuples(st.text(max_size=6), st.text(max_size=6), st.text(max_size=12)),
                     max_size=6))
def test_random_csv_ends_in_a_clear_error_or_a_reading(rows: list[tuple[str, str, str]]) -> None:
    import csv as csv_mod

    out = io.StringIO()
    writer = csv_mod.writer(out)
    writer.writerow(["lat", "lon", "time"])
    writer.writerows(rows)
    try:
        t = read_track_bytes(out.getvalue().encode(), "h.csv")
    except UserError as exc:
        assert exc.message
        return
    assert t.points > 0 and np.all(np.isfinite(t.lat))


class _WindowsClock(datetime):
    """``datetime`` as on Windows, where ``fromtimestamp`` goes through the C library's
    ``gmtime``, which refuses times before 1970 and after the year 3000."""

    @classmethod
    def fromtimestamp(cls, t, tz=None):  # type: ignore[no-untyped-def, override]
        if t < 0 or t > 32_536_850_399:
            raise OSError(22, "Invalid argument")
        return datetime.fromtimestamp(t, tz)


@pytest.fixture
def windows_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    from riverchief.tracks import check, model, places, readers

    for module in (model, places, readers, check):
        monkeypatch.setattr(module, "datetime", _WindowsClock, raising=False)


def test_a_logger_whose_clock_was_never_set_reads_on_windows(windows_clock: None) -> None:
    """1970-01-01 00:00 in Beijing time is before the Unix epoch: Windows refused it
    (OSError) when the track's start, its places or a typed time were made."""
    from zoneinfo import ZoneInfo

    from riverchief.rules import default_rules
    from riverchief.tracks.check import parse_when
    from riverchief.tracks.places import place_at_time
    from riverchief.tracks.summary import describe

    track = read_track_bytes(GPX.format(lat="34.7520", creator="x").replace(
        "2026-07-01T08:", "1970-01-01T00:").encode(), "logger.gpx")
    assert track.start is not None and track.start.isoformat() == "1970-01-01T00:00:00+08:00"
    assert track.end is not None and track.end.isoformat() == "1970-01-01T00:02:00+08:00"
    assert describe(track, default_rules().patrol)["duration_s"] == 120.0
    place = place_at_time(track, track.start + timedelta(seconds=60))
    assert place is not None and place.time == track.start + timedelta(seconds=60)
    typed = parse_when("1969-12-31 23:00", "Asia/Shanghai", "--start")
    assert typed == datetime(1969, 12, 31, 23, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
    assert parse_when("3001-01-01T00:00:00Z", "Asia/Shanghai", "--end").year == 3001


@pytest.mark.parametrize("seconds", [0, -1, -28_800.5, 1_782_864_000.123456, 1e-6,
                                     -2_208_988_800, 32_536_850_400])
def test_from_unix_is_fromtimestamp(seconds: float) -> None:
    from zoneinfo import ZoneInfo

    from riverchief.ids import from_unix

    for tz in (UTC, timezone(timedelta(hours=8)), ZoneInfo("Asia/Shanghai")):
        assert from_unix(seconds, tz) == datetime.fromtimestamp(seconds, tz)
        assert from_unix(seconds, tz).utcoffset() == datetime.fromtimestamp(
            seconds, tz).utcoffset()


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be"])
def test_a_track_saved_as_unicode_by_notepad(codec: str) -> None:
    """Notepad on Windows saves "Unicode" as UTF-16 with a byte-order mark: such a GPX
    or KML was refused as a file whose encoding cannot be read."""
    bom = b"\xfe\xff" if codec == "utf-16-be" else b""
    gpx_text = GPX.format(lat="34.7520", creator="记事本").replace('encoding="UTF-8"',
                                                                 'encoding="UTF-16"')
    t = read_track_bytes(bom + gpx_text.encode(codec), "巡河.gpx")
    assert t.points == 3 and t.start is not None
    k = read_track_bytes(bom + KML_LINE.encode(codec), "巡河.kml")
    assert k.points == 7
