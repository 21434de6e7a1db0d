"""Reading a photo (照片): what it is by its content, and its EXIF time, place and orientation.

JPEG, PNG and HEIC (iPhones; through pillow-heif) are accepted. Photos forwarded through
WeChat lose their EXIF: they are read fine and say plainly that no time or place was
recorded. A file that is not an image is refused by its content, whatever its name.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo

from riverchief.errors import UserError
from riverchief.i18n import translate
from riverchief.ids import DEFAULT_TIMEZONE

MAX_PHOTO_BYTES = 25 * 1024 * 1024  # a phone photo is 2-8 MB; 25 MB leaves room for RAW-ish
_HEIC_BRANDS = {b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1",
                b"avif"}

EXIF_IFD = 0x8769
GPS_IFD = 0x8825
TAG_ORIENTATION = 0x0112
TAG_DATETIME = 0x0132
TAG_DATETIME_ORIGINAL = 0x9003
TAG_OFFSET_ORIGINAL = 0x9011


def sniff(data: bytes) -> str | None:
    """The image type by the file's first bytes: ``image/jpeg|png|heic``, else None."""
    if data[:3] == b"\xff\xd8\xff":
        return "image/jpeg"
    if data[:8] == b"\x89PNG\r\n\x1a\n":
        return "image/png"
    if len(data) >= 12 and data[4:8] == b"ftyp" and data[8:12] in _HEIC_BRANDS:
        return "image/heic"
    return None


@dataclass(frozen=True)
class PhotoInfo:
    """What a photo says about itself; ``taken_at`` None and ``lon``/``lat`` None when the
    file carries no EXIF time or position."""

    sha256: str
    mime: str
    size: int
    width: int
    height: int
    orientation: int | None
    taken_at: datetime | None
    lon: float | None
    lat: float | None

    @property
    def has_exif(self) -> bool:
        return self.taken_at is not None or self.lon is not None

    def describe(self) -> str:
        """One line for the user, e.g. '2026-07-01 08:31, 34.71°N 113.62°E'."""
        if not self.has_exif:
            return translate("Media", "no time or place recorded")
        parts = []
        parts.append(self.taken_at.strftime("%Y-%m-%d %H:%M") if self.taken_at else translate(
            "Media", "no time recorded"))
        parts.append(f"{self.lat:.5f}, {self.lon:.5f}" if self.lat is not None and
                     self.lon is not None else translate("Media", "no place recorded"))
        return ", ".join(parts)


def _register_heif() -> None:
    try:
        import pillow_heif
    except ImportError:  # pragma: no cover - a declared dependency
        return
    pillow_heif.register_heif_opener()


def _ratio(value: Any) -> float:
    if isinstance(value, tuple) and len(value) == 2:
        return float(value[0]) / float(value[1]) if value[1] else 0.0
    return float(value)


def _gps(gps: dict[int, Any]) -> tuple[float, float] | None:
    try:
        lat_ref, lat, lon_ref, lon = gps[1], gps[2], gps[3], gps[4]
    except KeyError:
        return None
    try:
        la = sum(_ratio(v) / 60**i for i, v in enumerate(lat))
        lo = sum(_ratio(v) / 60**i for i, v in enumerate(lon))
    except (TypeError, ValueError, ZeroDivisionError):
        return None
    if str(lat_ref).upper().startswith("S"):
        la = -la
    if str(lon_ref).upper().startswith("W"):
        lo = -lo
    if not (-90 <= la <= 90 and -180 <= lo <= 180) or (la == 0 and lo == 0):
        return None
    return lo, la


def _exif_time(text: Any, offset: Any, tz: str) -> datetime | None:
    if not isinstance(text, str):
        return None
    try:
        naive = datetime.strptime(text.strip().rstrip("\x00")[:19], "%Y:%m:%d %H:%M:%S")
    except ValueError:
        return None
    if isinstance(offset, str) and len(offset.strip()) >= 6:
        o = offset.strip()
        try:
            sign = -1 if o[0] == "-" else 1
            delta = timedelta(hours=int(o[1:3]), minutes=int(o[4:6]))
            return naive.replace(tzinfo=timezone(sign * delta))
        except ValueError:
            pass
    return naive.replace(tzinfo=ZoneInfo(tz))


def read_photo(data: bytes, name: str, *, tz: str = DEFAULT_TIMEZONE) -> PhotoInfo:
    """Check that ``data`` is a photo we accept and read its metadata.

    EXIF times without an offset are taken in the district's zone ``tz``. Raises a
    :class:`UserError` naming ``name`` for a file too big, not an image, or damaged.
    """
    if len(data) > MAX_PHOTO_BYTES:
        raise UserError(translate(
            "Media", "The photo is {size} MB; photos over {limit} MB are refused. Send a "
            "smaller copy.").format(size=round(len(data) / 1024 / 1024, 1),
                                   limit=MAX_PHOTO_BYTES // 1024 // 1024), where=name)
    if not data:
        raise UserError(translate("Media", "The file is empty."), where=name)
    mime = sniff(data)
    if mime is None:
        raise UserError(translate(
            "Media", "This file is not a photo (JPEG, PNG or HEIC), whatever its name says."),
            where=name)
    if mime == "image/heic":
        _register_heif()
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as img:
            width, height = img.size
            exif = img.getexif()
            img.load()  # decodes the pixels: a cut or damaged file fails here
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise UserError(translate("Media", "The photo is damaged and cannot be read: {error}")
                        .format(error=exc), where=name) from exc
    orientation = exif.get(TAG_ORIENTATION)
    sub = exif.get_ifd(EXIF_IFD)
    taken = _exif_time(sub.get(TAG_DATETIME_ORIGINAL) or exif.get(TAG_DATETIME),
                       sub.get(TAG_OFFSET_ORIGINAL), tz)
    pos = _gps(exif.get_ifd(GPS_IFD))
    return PhotoInfo(
        sha256=hashlib.sha256(data).hexdigest(), mime=mime, size=len(data), width=width,
        height=height, orientation=int(orientation) if isinstance(orientation, int) else None,
        taken_at=taken, lon=pos[0] if pos else None, lat=pos[1] if pos else None,
    )
