"""Reading track files: GPX 1.0/1.1, KML (LineString, gx:Track, gx:MultiTrack), KMZ, CSV.

:func:`read_track` turns a file into a :class:`~riverchief.tracks.model.Track` in WGS84,
or raises a :class:`~riverchief.errors.UserError` that names the file and, where there
is one, the track, segment and point or the CSV row and column. Nothing is stored here.
"""

from __future__ import annotations

import codecs
import csv
import io
import math
import re
import xml.etree.ElementTree as ET
import zipfile
from datetime import UTC, datetime, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import numpy as np

from riverchief.errors import UserError
from riverchief.i18n import translate
from riverchief.ids import DEFAULT_TIMEZONE, from_unix
from riverchief.tracks import crs as crs_mod
from riverchief.tracks.model import Track, TrackWarning

MAX_FILE_BYTES = 100 * 1024 * 1024  # a day's patrol is a few MB; anything near this is not a track
FORMATS = ("gpx", "kml", "kmz", "csv")

Segment = tuple[int, list[float], list[float], list[float]]  # (track index, lons, lats, times)


def _err(message: str, where: str) -> UserError:
    return UserError(message, where=where)


def detect_format(name: str, data: bytes) -> str:
    """The format by extension, or by content when the extension says nothing."""
    ext = Path(name).suffix.lower().lstrip(".")
    if ext in FORMATS:
        return ext
    head = data[:2048].lstrip(codecs.BOM_UTF8).lstrip().lower()
    if data[:4] == b"PK\x03\x04":
        return "kmz"
    if head.startswith(b"<") and b"<gpx" in data[:4096].lower():
        return "gpx"
    if head.startswith(b"<") and b"<kml" in data[:4096].lower():
        return "kml"
    if head and not head.startswith(b"<"):
        return "csv"
    raise _err(
        translate("Tracks", "Not a track file: expected GPX, KML, KMZ or CSV."), name
    )


def read_track(
    path: Path | str, crs: str | None = None, *, tz: str = DEFAULT_TIMEZONE
) -> Track:
    """Read ``path``; coordinates recorded in ``crs`` are converted to WGS84.

    ``crs`` None means: the system the file's producer is known to use, else WGS84 (a
    warning says which was assumed). Times without a zone are read in ``tz`` (CSV) or as
    UTC (GPX and KML, as their standards say).
    """
    path = Path(path)
    where = path.name
    try:
        size = path.stat().st_size
    except FileNotFoundError as exc:
        raise _err(translate("Tracks", "The file does not exist."), str(path)) from exc
    except OSError as exc:
        raise _err(translate("Tracks", "Cannot read the file: {error}").format(
            error=exc.strerror or exc), str(path)) from exc
    if path.is_dir():
        raise _err(translate("Tracks", "This is a folder, not a track file."), str(path))
    _check_size(size, where)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise _err(translate("Tracks", "Cannot read the file: {error}").format(
            error=exc.strerror or exc), str(path)) from exc
    return read_track_bytes(data, where, crs, tz=tz)


def _check_size(size: int, where: str) -> None:
    if size > MAX_FILE_BYTES:
        raise _err(
            translate(
                "Tracks",
                "The file is {size} MB; track files over {limit} MB are refused (a day's "
                "patrol is a few MB). Check that this is the right file.",
            ).format(size=size // (1024 * 1024), limit=MAX_FILE_BYTES // (1024 * 1024)),
            where,
        )
    if size == 0:
        raise _err(translate("Tracks", "The file is empty."), where)


def read_track_bytes(
    data: bytes, name: str, crs: str | None = None, *, tz: str = DEFAULT_TIMEZONE
) -> Track:
    """Like :func:`read_track` for a file's content; ``name`` is used in messages."""
    _check_size(len(data), name)
    fmt = detect_format(name, data)
    warnings: list[TrackWarning] = []
    creator: str | None
    if fmt == "gpx":
        segments, creator, offset = _read_gpx(data, name, warnings)
    elif fmt == "kml":
        segments, creator, offset = _read_kml(data, name, warnings)
    elif fmt == "kmz":
        segments, creator, offset = _read_kml(_unzip_kmz(data, name), name, warnings)
    else:
        segments, creator, offset = _read_csv(data, name, tz, warnings)
    total = sum(len(s[1]) for s in segments)
    if total == 0:
        raise _err(
            translate(
                "Tracks",
                "The file has no track points (only waypoints, routes or empty tracks).",
            ),
            name,
        )
    _check_coordinates(segments, name, fmt)
    empty = len({s[0] for s in segments}) - len({s[0] for s in segments if s[1]})
    if empty:
        warnings.append(TrackWarning("empty_tracks", translate(
            "Tracks", "{n} empty track(s) in the file were skipped.").format(n=empty)))
    chosen = _choose_crs(crs, creator, warnings)
    if chosen != crs_mod.WGS84:
        converted: list[Segment] = []
        for track_index, lons, lats, times in segments:
            if not lons:
                continue
            wlon, wlat = crs_mod.to_wgs84(np.asarray(lons), np.asarray(lats), chosen)
            converted.append((track_index, wlon.tolist(), wlat.tolist(), times))
        segments = converted
    track = Track.from_segments(
        segments, format=fmt, creator=creator, crs=chosen, utc_offset_s=offset,
        warnings=tuple(warnings),
    )
    untimed = track.points - track.timed_points
    if track.timed_points == 0:
        track = _with_warning(track, "no_times", translate(
            "Tracks", "No point has a time: duration and speed cannot be checked."))
    elif untimed:
        track = _with_warning(track, "partial_times", translate(
            "Tracks", "{n} of {total} points have no time.").format(n=untimed, total=track.points))
    return track


def _with_warning(track: Track, code: str, message: str) -> Track:
    from dataclasses import replace

    return replace(track, warnings=(*track.warnings, TrackWarning(code, message)))


def _choose_crs(crs: str | None, creator: str | None, warnings: list[TrackWarning]) -> str:
    if crs:
        return crs_mod.check_crs(crs)
    suggested = crs_mod.suggest_crs(creator)
    if suggested:
        warnings.append(TrackWarning("crs_assumed", translate(
            "Tracks",
            "The file was made by {creator}, which records {crs}; it was converted from "
            "that system. Choose another coordinate system if this is wrong.",
        ).format(creator=creator, crs=crs_mod.crs_name(suggested))))
        return suggested
    return crs_mod.WGS84


def _check_coordinates(segments: list[Segment], name: str, fmt: str) -> None:
    for s_index, (track_index, lons, lats, _times) in enumerate(segments):
        lon = np.asarray(lons, dtype=float)
        lat = np.asarray(lats, dtype=float)
        bad = ~(np.isfinite(lon) & np.isfinite(lat) & (np.abs(lon) <= 180) & (np.abs(lat) <= 90))
        if bad.any():
            i = int(np.argmax(bad))
            if fmt == "csv":
                where = translate("Tracks", "{file}, point {point}").format(file=name, point=i + 1)
            else:
                seg_no = sum(1 for s in segments[:s_index] if s[0] == track_index) + 1
                where = translate("Tracks", "{file}, track {track}, segment {segment}, point "
                                  "{point}").format(file=name, track=track_index + 1,
                                                    segment=seg_no, point=i + 1)
            raise _err(
                translate(
                    "Tracks",
                    "Coordinates out of range or not a number (longitude {lon}, latitude "
                    "{lat}): longitude must lie within ±180 and latitude within ±90.",
                ).format(lon=lons[i], lat=lats[i]),
                where,
            )


# --- XML --------------------------------------------------------------------------------

_DECL = re.compile(rb"^\s*<\?xml[^>]*?encoding=[\"']([A-Za-z0-9_.\-]+)[\"']")


def _decode_xml(data: bytes, name: str) -> str:
    if data.startswith(codecs.BOM_UTF8):
        data = data[3:]
    encodings = ["utf-8"]
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encodings = ["utf-16"]  # Notepad's "Unicode" on Windows
    match = _DECL.match(data[:200])
    if match:
        encodings.insert(0, match.group(1).decode("ascii").lower())
    encodings.append("gb18030")
    for enc in encodings:
        try:
            text = data.decode(enc)
            break
        except (UnicodeDecodeError, LookupError):
            continue
    else:  # pragma: no cover - gb18030 decodes nearly everything
        raise _err(translate("Tracks", "The file's text encoding cannot be read."), name)
    # ElementTree refuses a str that still declares a byte encoding; drop the declaration.
    return re.sub(r"^\s*<\?xml[^>]*\?>", "", text, count=1)


def _parse_xml(text: str, name: str) -> ET.Element:
    try:
        return ET.fromstring(text)
    except ET.ParseError as exc:
        line, column = exc.position
        raise _err(
            translate("Tracks", "The file is not well-formed XML ({error}).").format(
                error=str(exc).split(":")[0]
            ),
            translate("Tracks", "{file}, line {line}, column {column}").format(
                file=name, line=line, column=column + 1),
        ) from exc
    except (ValueError, RecursionError) as exc:
        raise _err(translate("Tracks", "The file is not well-formed XML ({error}).").format(
            error=exc), name) from exc


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _seconds(value: datetime, where: str) -> tuple[float, int | None]:
    """Unix seconds and the UTC offset in seconds (None for a time without zone: UTC)."""
    if value.tzinfo is None or value.utcoffset() is None:
        return value.replace(tzinfo=UTC).timestamp(), None
    offset = value.utcoffset()
    assert offset is not None
    return value.timestamp(), int(offset.total_seconds())


_ISO = re.compile(
    r"^\s*(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*"
    r"(Z|[+-]\d{2}:?\d{2})?\s*$"
)


def parse_time(text: str, default_tz: timezone | ZoneInfo | None) -> tuple[float, int | None]:
    """An ISO 8601 time as Unix seconds and its offset; raises ValueError when unreadable.

    A time without zone is read in ``default_tz`` (UTC when None) and reported with offset None.
    """
    m = _ISO.match(text)
    if not m:
        raise ValueError(text)
    year, month, day, hour, minute = (int(m.group(i)) for i in range(1, 6))
    second = int(m.group(6) or 0)
    frac = m.group(7) or ""
    micro = int((frac + "000000")[:6]) if frac else 0
    zone = m.group(8)
    if zone is None:
        tzinfo: timezone | ZoneInfo = default_tz or UTC
        value = datetime(year, month, day, hour, minute, second, micro, tzinfo=tzinfo)
        return value.timestamp(), None
    if zone == "Z":
        offset = 0
    else:
        sign = -1 if zone[0] == "-" else 1
        digits = zone[1:].replace(":", "")
        offset = sign * (int(digits[:2]) * 3600 + int(digits[2:]) * 60)
        if abs(offset) >= 24 * 3600:
            raise ValueError(text)
    value = datetime(year, month, day, hour, minute, second, micro, tzinfo=UTC)
    return value.timestamp() - offset, offset


def _read_gpx(
    data: bytes, name: str, warnings: list[TrackWarning]
) -> tuple[list[Segment], str | None, int | None]:
    import gpxpy
    import gpxpy.gpx

    text = _decode_xml(data, name)
    _parse_xml(text, name)  # well-formedness first, with line and column
    try:
        gpx = gpxpy.parse(text)
    except gpxpy.gpx.GPXException as exc:
        raise _err(translate("Tracks", "The GPX file cannot be read: {error}").format(
            error=exc), name) from exc
    except Exception as exc:  # noqa: BLE001 - gpxpy raises assorted errors on bad content
        raise _err(translate("Tracks", "The GPX file cannot be read: {error}").format(
            error=exc), name) from exc
    segments: list[Segment] = []
    offset: int | None = None
    naive = 0
    for t_index, trk in enumerate(gpx.tracks):
        if not trk.segments:
            segments.append((t_index, [], [], []))
        for seg in trk.segments:
            lons: list[float] = []
            lats: list[float] = []
            times: list[float] = []
            for pt in seg.points:
                lons.append(float(pt.longitude))
                lats.append(float(pt.latitude))
                if pt.time is None:
                    times.append(math.nan)
                    continue
                seconds, off = _seconds(pt.time, name)
                if off is None:
                    naive += 1
                elif offset is None:
                    offset = off
                times.append(seconds)
            segments.append((t_index, lons, lats, times))
    if naive:
        warnings.append(TrackWarning("times_without_zone", translate(
            "Tracks", "{n} times have no time zone; they were read as UTC, as GPX requires."
        ).format(n=naive)))
    return segments, gpx.creator, 0 if offset is None else offset


def _unzip_kmz(data: bytes, name: str) -> bytes:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError, EOFError) as exc:
        raise _err(translate(
            "Tracks", "This KMZ file is not a zip archive; it may be damaged or renamed."
        ), name) from exc
    with archive:
        members = [i for i in archive.infolist() if i.filename.lower().endswith(".kml")
                   and not i.is_dir()]
        if not members:
            raise _err(translate("Tracks", "The KMZ archive contains no KML file."), name)
        members.sort(key=lambda i: (i.filename.lower() != "doc.kml", i.filename.count("/"),
                                    i.filename))
        member = members[0]
        if member.file_size > MAX_FILE_BYTES:
            raise _err(translate(
                "Tracks", "The KML inside the KMZ unpacks to {size} MB; over {limit} MB is refused."
            ).format(size=member.file_size // (1024 * 1024),
                     limit=MAX_FILE_BYTES // (1024 * 1024)), name)
        try:
            with archive.open(member) as f:
                content = f.read(MAX_FILE_BYTES + 1)
        except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError,
                RuntimeError, ValueError) as exc:  # a damaged header: "negative seek value"
            raise _err(translate("Tracks", "The KMZ archive is damaged: {error}").format(
                error=exc), name) from exc
        if len(content) > MAX_FILE_BYTES:
            raise _err(translate(
                "Tracks", "The KML inside the KMZ is larger than {limit} MB; it is refused."
            ).format(limit=MAX_FILE_BYTES // (1024 * 1024)), name)
        return content


def _kml_coordinates(text: str) -> tuple[list[float], list[float]]:
    lons: list[float] = []
    lats: list[float] = []
    for tup in text.split():
        parts = tup.split(",")
        if len(parts) < 2:
            raise ValueError(tup)
        lons.append(float(parts[0]))
        lats.append(float(parts[1]))
    return lons, lats


def _read_kml(
    data: bytes, name: str, warnings: list[TrackWarning]
) -> tuple[list[Segment], str | None, int | None]:
    root = _parse_xml(_decode_xml(data, name), name)
    if _local(root.tag) != "kml":
        raise _err(translate("Tracks", "This is XML but not a KML file (no <kml> element)."), name)
    creator: str | None = None
    for el in root.iter():
        if _local(el.tag) == "author":
            creator = " ".join("".join(el.itertext()).split()) or None
            break
    segments: list[Segment] = []
    offset: int | None = None
    track_index = 0
    mismatched = 0
    placemarks = [el for el in root.iter() if _local(el.tag) == "Placemark"]
    for pm_no, placemark in enumerate(placemarks, start=1):
        found: list[tuple[list[float], list[float], list[float]]] = []
        for geom in placemark.iter():
            tag = _local(geom.tag)
            try:
                if tag == "LineString":
                    coords = next((c for c in geom if _local(c.tag) == "coordinates"), None)
                    if coords is not None:
                        lons, lats = _kml_coordinates(coords.text or "")
                        found.append((lons, lats, [math.nan] * len(lons)))
                elif tag == "Track":
                    whens = [c.text or "" for c in geom if _local(c.tag) == "when"]
                    coord_texts = [c.text or "" for c in geom if _local(c.tag) == "coord"]
                    lons, lats = [], []
                    for ct in coord_texts:
                        parts = ct.split()
                        if len(parts) < 2:
                            raise ValueError(ct)
                        lons.append(float(parts[0]))
                        lats.append(float(parts[1]))
                    times: list[float] = []
                    if whens and len(whens) == len(coord_texts):
                        for w in whens:
                            seconds, off = parse_time(w, None)
                            if off is not None and offset is None:
                                offset = off
                            times.append(seconds)
                    else:
                        if whens:
                            mismatched += 1
                        times = [math.nan] * len(lons)
                    found.append((lons, lats, times))
            except ValueError as exc:
                raise _err(
                    translate("Tracks", "A coordinate or time cannot be read: '{value}'.").format(
                        value=str(exc)[:60]),
                    translate("Tracks", "{file}, placemark {n}").format(file=name, n=pm_no),
                ) from exc
        if not found:
            continue  # a placemark that is a point (start, end, waypoint)
        for lons, lats, times in found:
            segments.append((track_index, lons, lats, times))
        track_index += 1
    if mismatched:
        warnings.append(TrackWarning("times_mismatch", translate(
            "Tracks", "{n} track(s) have a different number of times and positions; their "
            "times were ignored.").format(n=mismatched)))
    return segments, creator, 0 if offset is None else offset


# --- CSV --------------------------------------------------------------------------------

_LAT = ("lat", "latitude", "纬度", "y")
_LON = ("lon", "lng", "long", "longitude", "经度", "x")
_TIME = ("time", "timestamp", "datetime", "date_time", "时间", "定位时间", "gps时间")
_TRACK = ("track", "轨迹")
_SEGMENT = ("segment", "seg", "分段")


def _decode_text(data: bytes, name: str) -> str:
    if data.startswith(codecs.BOM_UTF8):
        data = data[3:]
    for enc in ("utf-8", "gb18030"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    raise _err(translate("Tracks", "The file's text encoding cannot be read."), name)


def _read_csv(
    data: bytes, name: str, tz: str, warnings: list[TrackWarning]
) -> tuple[list[Segment], str | None, int | None]:
    text = _decode_text(data, name)
    if "\x00" in text:
        raise _err(translate("Tracks", "This is not a text (CSV) file."), name)
    sample = text[:4096]
    delimiter = max((",", ";", "\t"), key=sample.count)
    rows = csv.reader(io.StringIO(text), delimiter=delimiter)
    try:
        header = next(rows)
    except StopIteration as exc:
        raise _err(translate("Tracks", "The file is empty."), name) from exc
    except csv.Error as exc:
        raise _err(translate("Tracks", "The CSV file cannot be read: {error}").format(
            error=exc), name) from exc
    names = [h.strip().lower() for h in header]

    def find(options: tuple[str, ...]) -> int | None:
        for i, h in enumerate(names):
            if h in options:
                return i
        return None

    i_lat, i_lon, i_time = find(_LAT), find(_LON), find(_TIME)
    i_track, i_seg = find(_TRACK), find(_SEGMENT)
    if i_lat is None or i_lon is None:
        raise _err(
            translate(
                "Tracks",
                "The CSV file needs a header row with latitude and longitude columns (lat, "
                "lon, and optionally time); found: {columns}.",
            ).format(columns=", ".join(h for h in header if h.strip()) or "-"),
            translate("Tracks", "{file}, row 1").format(file=name),
        )
    zone = ZoneInfo(tz)
    segments: dict[tuple[str, str], Segment] = {}
    order: list[tuple[str, str]] = []
    offset: int | None = None
    naive = 0
    try:
        for row_no, row in enumerate(rows, start=2):
            if not any(cell.strip() for cell in row):
                continue

            def cell(i: int | None, row: list[str] = row) -> str:
                return row[i].strip() if i is not None and i < len(row) else ""

            key = (cell(i_track), cell(i_seg))
            if key not in segments:
                track_keys = list(dict.fromkeys(k[0] for k in order))
                t_index = track_keys.index(key[0]) if key[0] in track_keys else len(track_keys)
                segments[key] = (t_index, [], [], [])
                order.append(key)
            _, lons, lats, times = segments[key]
            for index, target in ((i_lat, lats), (i_lon, lons)):
                value = cell(index)
                try:
                    target.append(float(value))
                except ValueError as exc:
                    raise _err(
                        translate("Tracks", "'{value}' is not a number.").format(value=value),
                        translate("Tracks", "{file}, row {row}, column {column}").format(
                            file=name, row=row_no, column=header[index or 0].strip()),
                    ) from exc
            value = cell(i_time)
            if not value:
                times.append(math.nan)
                continue
            try:
                seconds, off = _csv_time(value, zone)
            except ValueError as exc:
                raise _err(
                    translate(
                        "Tracks",
                        "'{value}' is not a time; write it like 2026-07-01 08:30:00 or "
                        "2026-07-01T08:30:00+08:00.",
                    ).format(value=value),
                    translate("Tracks", "{file}, row {row}, column {column}").format(
                        file=name, row=row_no, column=header[i_time or 0].strip()),
                ) from exc
            if off is None:
                naive += 1
            elif offset is None:
                offset = off
            times.append(seconds)
    except csv.Error as exc:
        raise _err(translate("Tracks", "The CSV file cannot be read: {error}").format(
            error=exc), name) from exc
    if naive:
        warnings.append(TrackWarning("times_without_zone", translate(
            "Tracks", "{n} times have no time zone; they were read in {zone}.").format(
                n=naive, zone=tz)))
        if offset is None:
            first = next((t for s in segments.values() for t in s[3] if not math.isnan(t)), None)
            if first is not None:
                utc = from_unix(first, zone).utcoffset()
                offset = int(utc.total_seconds()) if utc is not None else 0
    return [segments[k] for k in order], None, offset


def _csv_time(value: str, zone: ZoneInfo) -> tuple[float, int | None]:
    if re.fullmatch(r"\d{9,13}(\.\d+)?", value):
        number = float(value)
        return (number / 1000.0 if number > 1e11 else number), 0
    return parse_time(value.replace("/", "-"), zone)
