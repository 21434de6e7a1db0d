"""Segment lines from GIS files: GeoJSON, KML, KMZ and Shapefile (pyshp).

Each reader returns :class:`LineFeature` values: the segment code found in the feature's
attributes (``code``, ``编码``, ``河段编码``, …; a KML Placemark's name when nothing else)
and its points as (lon, lat). A multi-part line is joined in order.
"""

from __future__ import annotations

import codecs
import json
import tempfile
import xml.etree.ElementTree as ET
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from riverchief.errors import UserError
from riverchief.i18n import translate
from riverchief.registry.geometry import Point

LINE_SUFFIXES = (".geojson", ".json", ".kml", ".kmz", ".shp", ".zip")
CODE_KEYS = ("code", "segment_code", "segment", "编码", "河段编码", "河段代码", "hdbm", "id_code")
MAX_UNZIPPED = 200 * 1024 * 1024


@dataclass(frozen=True)
class LineFeature:
    where: str  # "lines.geojson, feature 3"
    code: str
    points: list[Point]


def _code_from(props: dict[str, Any]) -> str:
    lowered = {str(k).strip().lower(): v for k, v in props.items()}
    for key in CODE_KEYS:
        value = lowered.get(key)
        if value not in (None, ""):
            if isinstance(value, float) and value.is_integer():
                value = int(value)
            return str(value).strip()
    return ""


def _feature_label(file: str, n: int) -> str:
    return translate("Import", "{file}, feature {n}").format(file=file, n=n)


def _join(parts: list[list[Any]]) -> list[Point]:
    points: list[Point] = []
    for part in parts:
        for p in part:
            pt = (float(p[0]), float(p[1]))
            if not points or points[-1] != pt:
                points.append(pt)
    return points


def read_geojson(path: Path, text: str | None = None) -> list[LineFeature]:
    name = path.name
    try:
        doc = json.loads(text if text is not None else path.read_text(encoding="utf-8-sig"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise UserError(
            translate("Import", "Not a valid GeoJSON file ({error}).").format(error=exc),
            where=name,
        ) from exc
    features = doc.get("features") if isinstance(doc, dict) else None
    if features is None and isinstance(doc, dict) and doc.get("type") == "Feature":
        features = [doc]
    if not isinstance(features, list):
        raise UserError(translate("Import", "The GeoJSON has no features."), where=name)
    crs = (((doc.get("crs") or {}).get("properties") or {}).get("name") or "").upper()
    if crs and not any(ok in crs for ok in ("4326", "CRS84", "4490")):
        raise UserError(
            translate("Import", "The lines are in coordinate system {crs}; save them as WGS84 "
                                "(EPSG:4326).").format(crs=crs),
            where=name,
        )
    out = []
    for n, feature in enumerate(features, start=1):
        where = _feature_label(name, n)
        geom = (feature or {}).get("geometry") or {}
        kind = geom.get("type")
        coords: Any = geom.get("coordinates")
        try:
            if kind == "LineString":
                points = _join([coords])
            elif kind == "MultiLineString":
                points = _join(coords)
            else:
                raise UserError(
                    translate("Import", "The feature is a {kind}, not a line.").format(
                        kind=kind or "?"),
                    where=where,
                )
        except (TypeError, ValueError, IndexError) as exc:
            raise UserError(translate("Import", "The feature's coordinates are malformed."),
                            where=where) from exc
        out.append(LineFeature(where, _code_from(feature.get("properties") or {}), points))
    return out


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def read_kml_text(text: bytes, name: str) -> list[LineFeature]:
    try:
        root = ET.fromstring(text)
    except ET.ParseError as exc:
        raise UserError(
            translate("Import", "Not a valid KML file ({error}).").format(error=exc), where=name
        ) from exc
    out = []
    n = 0
    for pm in root.iter():
        if _local(pm.tag) != "Placemark":
            continue
        n += 1
        props: dict[str, Any] = {}
        label = ""
        parts: list[list[Any]] = []
        for el in pm.iter():
            tag = _local(el.tag)
            if tag == "name" and not label:
                label = (el.text or "").strip()
            elif tag in ("Data", "SimpleData"):
                value = el.text if tag == "SimpleData" else next(
                    (c.text for c in el if _local(c.tag) == "value"), None)
                props[el.get("name", "")] = (value or "").strip()
            elif tag == "LineString":
                coords = next((c.text for c in el.iter() if _local(c.tag) == "coordinates"), "")
                part = []
                for token in (coords or "").split():
                    bits = token.split(",")
                    try:
                        part.append((float(bits[0]), float(bits[1])))
                    except (ValueError, IndexError) as exc:
                        raise UserError(
                            translate("Import", "Bad coordinate '{token}'.").format(token=token),
                            where=_feature_label(name, n),
                        ) from exc
                parts.append(part)
        if not parts:
            continue
        code = _code_from(props) or label
        out.append(LineFeature(_feature_label(name, n), code, _join(parts)))
    return out


def _safe_zip(path: Path) -> zipfile.ZipFile:
    try:
        zf = zipfile.ZipFile(path)
    except zipfile.BadZipFile as exc:
        raise UserError(translate("Import", "The archive is damaged."), where=path.name) from exc
    total = 0
    for info in zf.infolist():
        total += info.file_size
        if info.filename.startswith(("/", "\\")) or ".." in Path(info.filename).parts:
            zf.close()
            raise UserError(translate("Import", "The archive holds an unsafe path {name}.")
                            .format(name=info.filename), where=path.name)
    if total > MAX_UNZIPPED:
        zf.close()
        raise UserError(translate("Import", "The archive unpacks too large."), where=path.name)
    return zf


def read_kmz(path: Path) -> list[LineFeature]:
    with _safe_zip(path) as zf:
        kml = next((n for n in zf.namelist() if n.lower().endswith(".kml")), None)
        if kml is None:
            raise UserError(translate("Import", "The KMZ holds no KML file."), where=path.name)
        return read_kml_text(zf.read(kml), path.name)


def _cpg_encoding(text: str) -> str | None:
    """The codec a shapefile's ``.cpg`` names, or None when Python knows no such name.

    Windows GIS programs write code pages: ``936`` or ``ANSI 936`` (GBK), ``UTF-8``,
    ``System`` or ``ANSI`` (the computer's own, GBK on a Chinese Windows: left to the
    fallbacks).
    """
    name = text.strip()
    if name[:4].upper() == "ANSI":
        name = name[4:].strip()
    if name.isdigit():
        name = f"cp{name}"
    try:
        return codecs.lookup(name).name if name else None
    except LookupError:
        return None


# The files of a shapefile, unpacked from a zip under this name: the members' own names
# may hold characters Windows forbids (``:``, ``?``), which zipfile changes on Windows.
_UNZIPPED = "layer"
_SIDECARS = (".shp", ".shx", ".dbf", ".prj", ".cpg")


def _unzip_shapefile(zf: zipfile.ZipFile, shp: str, folder: Path) -> Path:
    stem = shp[:-4]
    for member in zf.namelist():
        suffix = member[-4:].lower()
        if member[:-4] == stem and suffix in _SIDECARS:
            (folder / f"{_UNZIPPED}{suffix}").write_bytes(zf.read(member))
    return folder / f"{_UNZIPPED}.shp"


def read_shapefile(path: Path) -> list[LineFeature]:
    import shapefile  # pyshp

    name = path.name
    prj = path.with_suffix(".prj")
    if prj.exists():
        wkt = prj.read_text(encoding="latin-1", errors="replace").upper()
        if wkt.startswith("PROJCS") or "PROJCS[" in wkt:
            raise UserError(
                translate("Import", "The shapefile uses projected coordinates; save it in WGS84 "
                                    "longitude/latitude (EPSG:4326)."),
                where=name,
            )
    cpg = path.with_suffix(".cpg")
    named = _cpg_encoding(cpg.read_text(encoding="ascii", errors="ignore")) if cpg.exists() \
        else None
    encodings = [named] if named else []
    encodings += ["utf-8", "gbk"]
    last_error: Exception | None = None
    for encoding in encodings:
        try:
            with shapefile.Reader(str(path), encoding=encoding) as reader:
                fields = [f[0] for f in reader.fields[1:]]
                out = []
                for n, sr in enumerate(reader.iterShapeRecords(), start=1):
                    shape = sr.shape
                    if shape.shapeType not in (shapefile.POLYLINE, shapefile.POLYLINEZ,
                                               shapefile.POLYLINEM):
                        raise UserError(
                            translate("Import", "The shapefile holds {kind}, not lines.")
                            .format(kind=shape.shapeTypeName),
                            where=_feature_label(name, n),
                        )
                    bounds = list(shape.parts) + [len(shape.points)]
                    parts = [shape.points[bounds[i]:bounds[i + 1]]
                             for i in range(len(bounds) - 1)]
                    props = dict(zip(fields, sr.record, strict=False))
                    out.append(LineFeature(_feature_label(name, n), _code_from(props),
                                           _join(parts)))
                return out
        except UnicodeDecodeError as exc:
            last_error = exc
            continue
        except (shapefile.ShapefileException, OSError, LookupError) as exc:
            if "decode" in str(exc):  # attributes in another encoding: try the next one
                last_error = exc
                continue
            raise UserError(
                translate("Import", "Cannot read the shapefile ({error}).").format(error=exc),
                where=name,
            ) from exc
    raise UserError(
        translate("Import", "Cannot read the shapefile's attributes ({error}).").format(
            error=last_error),
        where=name,
    )


def read_lines(path: Path) -> list[LineFeature]:
    suffix = path.suffix.lower()
    if not path.exists():
        raise UserError(translate("Import", "The file does not exist."), where=str(path))
    if suffix in (".geojson", ".json"):
        return read_geojson(path)
    if suffix == ".kml":
        return read_kml_text(path.read_bytes(), path.name)
    if suffix == ".kmz":
        try:
            return read_kmz(path)
        except (zipfile.BadZipFile, OSError, EOFError, ValueError, zlib.error) as exc:
            raise UserError(translate("Import", "The archive is damaged."),
                            where=path.name) from exc
    if suffix == ".shp":
        return read_shapefile(path)
    if suffix == ".zip":
        # the unpacked files are left behind if Windows will not delete them just then
        # (an antivirus scanner reading them): the lines were read
        with _safe_zip(path) as zf, tempfile.TemporaryDirectory(
                ignore_cleanup_errors=True) as tmp:
            shp = next((n for n in zf.namelist() if n.lower().endswith(".shp")), None)
            if shp is None:
                raise UserError(translate("Import", "The archive holds no shapefile (.shp)."),
                                where=path.name)
            unzipped = _unzip_shapefile(zf, shp, Path(tmp))
            try:
                features = read_shapefile(unzipped)
            except UserError as exc:
                if exc.where:
                    exc.where = exc.where.replace(unzipped.name, path.name)
                raise
            return [LineFeature(f.where.replace(unzipped.name, path.name), f.code, f.points)
                    for f in features]
    raise UserError(
        translate("Import", "Unknown line file type '{suffix}'.").format(suffix=suffix),
        where=path.name,
    )
