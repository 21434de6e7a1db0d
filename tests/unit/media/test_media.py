from __future__ import annotations

import io
from datetime import datetime, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from riverchief import media
from riverchief.errors import PermissionDenied, UserError
from riverchief.security import SYSTEM, Actor
from tests.unit.patrols.conftest import jpeg

pytestmark = pytest.mark.usefixtures("english")


def test_exif_time_place_and_orientation_are_read() -> None:
    taken = datetime(2026, 7, 1, 8, 5, 30, tzinfo=timezone(timedelta(hours=8)))
    info = media.read_photo(jpeg(taken, 113.605, 34.7025, orientation=6), "a.jpg")
    assert info.mime == "image/jpeg" and (info.width, info.height) == (64, 48)
    assert info.taken_at == taken
    assert info.lon == pytest.approx(113.605, abs=1e-5)
    assert info.lat == pytest.approx(34.7025, abs=1e-5)
    assert info.orientation == 6 and info.has_exif


def test_exif_time_without_offset_is_in_the_district_zone() -> None:
    info = media.read_photo(jpeg(datetime(2026, 7, 1, 8, 5)), "b.jpg", tz="Asia/Shanghai")
    assert info.taken_at == datetime(2026, 7, 1, 8, 5, tzinfo=ZoneInfo("Asia/Shanghai"))
    assert info.lon is None and info.lat is None


def test_photo_without_exif_says_so_plainly() -> None:
    info = media.read_photo(jpeg(), "wechat.jpg")
    assert not info.has_exif
    assert info.describe() == "no time or place recorded"


def test_png_and_heic_are_accepted() -> None:
    from PIL import Image

    png = io.BytesIO()
    Image.new("RGB", (20, 10), (0, 200, 0)).save(png, "PNG")
    assert media.read_photo(png.getvalue(), "x.png").mime == "image/png"
    import pillow_heif

    pillow_heif.register_heif_opener()
    heic = io.BytesIO()
    Image.new("RGB", (32, 16), (0, 0, 200)).save(heic, "HEIF")
    info = media.read_photo(heic.getvalue(), "IMG_0001.HEIC")
    assert info.mime == "image/heic" and (info.width, info.height) == (32, 16)


def test_not_an_image_is_refused_by_content_not_name() -> None:
    with pytest.raises(UserError, match="not a photo") as info:
        media.read_photo(b"PK\x03\x04 this is a zip", "photo.jpg")
    assert info.value.where == "photo.jpg"
    # a real JPEG named .txt is fine
    assert media.read_photo(jpeg(), "notes.txt").mime == "image/jpeg"
    with pytest.raises(UserError, match="damaged"):
        media.read_photo(jpeg()[:40], "cut.jpg")


def test_size_limit_has_a_clear_message() -> None:
    big = b"\xff\xd8\xff" + b"\0" * media.MAX_PHOTO_BYTES
    with pytest.raises(UserError, match="over 25 MB are refused") as info:
        media.read_photo(big, "huge.jpg")
    assert info.value.where == "huge.jpg"


def test_stored_once_by_hash_and_thumbnail_upright(store: Any) -> None:
    data = jpeg(orientation=6, size=(80, 40))
    a = media.put_photo(store, SYSTEM, data, name="a.jpg", permission="patrols.write")
    b = media.put_photo(store, SYSTEM, data, name="copy.jpg", permission="patrols.write")
    assert a.sha256 == b.sha256 and a.name == "a.jpg"
    assert store.db["media"].count == 1
    assert media.load(store, a.sha256) == data
    files = [p for p in media.media_dir(store).rglob("*") if p.is_file()]
    assert len(files) == 1
    from PIL import Image

    with Image.open(media.thumbnail(store, a.sha256, 64)) as thumb:
        assert thumb.size == (32, 64)  # orientation 6: turned upright


def test_altered_file_is_detected(store: Any) -> None:
    rec = media.put_photo(store, SYSTEM, jpeg(), name="a.jpg", permission="patrols.write")
    media.path_of(store, rec.sha256).write_bytes(b"tampered")
    with pytest.raises(UserError, match="altered"):
        media.load(store, rec.sha256)


def test_storing_needs_the_permission(store: Any) -> None:
    unit = Actor("u9", "unit1", "Unit", "unit", unit_id="x")
    with pytest.raises(PermissionDenied):
        media.put_photo(store, unit, jpeg(), name="a.jpg", permission="patrols.write")
    assert store.db["media"].count == 0
