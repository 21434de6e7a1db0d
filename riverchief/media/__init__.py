"""Photos and documents stored once by content (SHA-256), beside the database.

The bytes of a file go to ``<database folder>/media/<sha256><ext>``; the ``media`` table
names each file once (sha256, original file name, size, MIME type). Adding the same
photo twice stores it once and returns the same :class:`MediaFile`. Any room refers to a
file by its ``sha256``: problems and outfalls keep their own link tables.

    >>> m = add_file(store, actor, Path("after.jpg"))     # doctest: +SKIP
    >>> file_path(store, m.sha256).read_bytes()            # doctest: +SKIP
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from riverchief.db import records
from riverchief.errors import UserError
from riverchief.i18n import translate
from riverchief.security import Actor, require

if TYPE_CHECKING:
    from riverchief.db import Store

FOLDER = "media"
MAX_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class MediaFile:
    sha256: str
    filename: str
    size: int
    mime: str

    @property
    def is_image(self) -> bool:
        return self.mime.startswith("image/")

    @classmethod
    def from_row(cls, r: dict[str, Any]) -> MediaFile:
        return cls(r["sha256"], r["filename"], r["size"], r["mime"])


def media_folder(store: Store) -> Path:
    """The folder beside the database that holds the files."""
    return Path(store.path).parent / FOLDER


def _suffix(filename: str) -> str:
    suffix = Path(filename).suffix.lower()
    return suffix if suffix.isascii() and 1 < len(suffix) <= 8 else ""


def file_path(store: Store, sha256: str) -> Path:
    """Where the bytes of ``sha256`` are stored (raises UserError if unknown or missing)."""
    item = get(store, sha256)
    if item is None:
        raise UserError(translate("Media", "No stored file has this fingerprint."), where=sha256)
    path = media_folder(store) / (sha256 + _suffix(item.filename))
    if not path.is_file():
        raise UserError(translate("Media", "The stored file is missing from the media folder."),
                        where=str(path))
    return path


def get(store: Store, sha256: str) -> MediaFile | None:
    rows = list(store.db.query(
        "SELECT * FROM media WHERE sha256 = ? AND deleted_at IS NULL", [sha256]))
    return MediaFile.from_row(rows[0]) if rows else None


def read_source(source: Path | bytes, filename: str | None) -> tuple[bytes, str]:
    """The bytes and the file name of what the user gave (a path, or bytes and a name)."""
    if isinstance(source, bytes):
        if not filename:
            raise ValueError("a file given as bytes needs a filename")
        data, name = source, filename
    else:
        path = Path(source)
        if not path.is_file():
            raise UserError(translate("Media", "The file does not exist."), where=str(path))
        if path.stat().st_size > MAX_BYTES:
            raise UserError(translate("Media", "The file is larger than 50 MB."), where=str(path))
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise UserError(translate("Media", "Cannot read the file: {error}").format(
                error=exc.strerror or exc), where=str(path)) from exc
        name = filename or path.name
    if not data:
        raise UserError(translate("Media", "The file is empty."), where=name)
    if len(data) > MAX_BYTES:
        raise UserError(translate("Media", "The file is larger than 50 MB."), where=name)
    return data, name


def _write_bytes(store: Store, sha: str, filename: str, data: bytes) -> None:
    folder = media_folder(store)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / (sha + _suffix(filename))
    if target.is_file() and target.stat().st_size == len(data):
        return
    tmp = target.with_name(target.name + f".{os.getpid()}.part")
    tmp.write_bytes(data)
    tmp.replace(target)


def add_file(
    store: Store, actor: Actor, source: Path | bytes, filename: str | None = None
) -> MediaFile:
    """Store a photo or document once; returns it (the existing one when already stored).

    The file is written before the row; a failed transaction leaves at most an unnamed
    file in the media folder, which a later add of the same bytes reuses.
    """
    require(actor, "media.add")
    data, name = read_source(source, filename)
    sha = hashlib.sha256(data).hexdigest()
    existing = get(store, sha)
    _write_bytes(store, sha, existing.filename if existing else name, data)
    if existing:
        return existing
    mime = mimetypes.guess_type(name)[0] or "application/octet-stream"
    item = MediaFile(sha, Path(name).name, len(data), mime)
    records.insert(store, "media", {"sha256": sha, "filename": item.filename,
                                    "size": item.size, "mime": mime}, actor=actor.code)
    return item
