"""The content-addressed file store beside the database (``<db name>.media/``).

A file is stored under its SHA-256 (``ab/abcdef…``) once, however many records use it;
its row in the ``media`` table says what it is. Files are written to a temporary name and
renamed, so a crash never leaves half a file under a real name; a stored file is never
rewritten.
"""

from __future__ import annotations

import hashlib
import io
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from riverchief.db import records
from riverchief.errors import UserError
from riverchief.files import part_path, replace
from riverchief.i18n import translate
from riverchief.media.photos import PhotoInfo, read_photo
from riverchief.security import Actor, require

if TYPE_CHECKING:
    from riverchief.db import Store

THUMB_SIZE = 256


@dataclass(frozen=True)
class MediaRecord:
    sha256: str
    kind: str
    mime: str
    size: int
    name: str
    width: int | None
    height: int | None
    orientation: int | None
    taken_at: str | None
    lon: float | None
    lat: float | None

    @classmethod
    def from_row(cls, r: dict[str, Any]) -> MediaRecord:
        return cls(r["sha256"], r["kind"], r["mime"], r["size"], r["name"], r["width"],
                   r["height"], r["orientation"], r["taken_at"], r["lon"], r["lat"])

    @property
    def has_exif(self) -> bool:
        return self.taken_at is not None or self.lon is not None


def media_dir(store: Store) -> Path:
    return store.path.with_name(store.path.name + ".media")


def path_of(store: Store, sha256: str) -> Path:
    return media_dir(store) / sha256[:2] / sha256


def _write_file(store: Store, sha256: str, data: bytes) -> Path:
    path = path_of(store, sha256)
    if path.exists() and path.stat().st_size == len(data):
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = part_path(path, f".{os.getpid()}.part")
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    replace(tmp, path)
    return path


def get_media(store: Store, sha256: str) -> MediaRecord | None:
    rows = list(store.db.query("SELECT * FROM media WHERE sha256 = ? AND deleted_at IS NULL",
                               [sha256]))
    return MediaRecord.from_row(rows[0]) if rows else None


def load(store: Store, sha256: str) -> bytes:
    """The stored bytes; a :class:`UserError` when the file went missing or was altered."""
    path = path_of(store, sha256)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UserError(translate("Media", "A stored file is missing from the media folder."),
                        where=str(path)) from exc
    if hashlib.sha256(data).hexdigest() != sha256:
        raise UserError(translate("Media", "A stored file was altered: its content no longer "
                                  "matches its fingerprint."), where=str(path))
    return data


def put(
    store: Store,
    actor: Actor,
    data: bytes,
    *,
    name: str,
    kind: str,
    mime: str,
    permission: str,
    chief_id: str | None = None,
    photo: PhotoInfo | None = None,
) -> MediaRecord:
    """Store ``data`` once by its SHA-256 and record it; returns its media record.

    ``permission`` (and ``chief_id``) is what the record the file belongs to needs, e.g.
    ``patrols.write`` for a chief's patrol photo.
    """
    require(actor, permission, chief_id=chief_id)
    sha = photo.sha256 if photo else hashlib.sha256(data).hexdigest()
    existing = get_media(store, sha)
    _write_file(store, sha, data)
    if existing:
        return existing
    row: dict[str, Any] = {"sha256": sha, "kind": kind, "mime": mime, "size": len(data),
                           "name": name}
    if photo:
        row.update(width=photo.width, height=photo.height, orientation=photo.orientation,
                   taken_at=photo.taken_at.isoformat() if photo.taken_at else None,
                   lon=photo.lon, lat=photo.lat)
    records.insert(store, "media", row, actor=actor.code)
    found = get_media(store, sha)
    assert found is not None
    return found


def put_photo(
    store: Store, actor: Actor, data: bytes, *, name: str, permission: str,
    chief_id: str | None = None,
) -> MediaRecord:
    """Check a photo by its content, read its EXIF and store it (once)."""
    info = read_photo(data, name, tz=store.timezone)
    return put(store, actor, data, name=name, kind="photo", mime=info.mime,
               permission=permission, chief_id=chief_id, photo=info)


def thumbnail(store: Store, sha256: str, size: int = THUMB_SIZE) -> Path:
    """A JPEG thumbnail (turned upright by its EXIF orientation), made once and kept."""
    out = media_dir(store) / "thumbs" / f"{sha256}-{size}.jpg"
    if out.exists():
        return out
    data = load(store, sha256)
    from PIL import Image, ImageOps

    from riverchief.media.photos import _register_heif

    _register_heif()
    with Image.open(io.BytesIO(data)) as img:
        upright = ImageOps.exif_transpose(img)
        upright.thumbnail((size, size))
        rgb = upright.convert("RGB")
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp = part_path(out, f".{os.getpid()}.part")
        rgb.save(tmp, "JPEG", quality=85)
        replace(tmp, out)
    return out
