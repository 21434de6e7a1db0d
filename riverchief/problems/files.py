"""Photos and documents of the ledgers, stored once by SHA-256 beside the database.

The same layout and ``media`` table as the patrol log's media store
(``<database name>.media/ab/abcdef…``), so a photo taken on patrol and the same photo
attached to a problem are one file. The ledgers only need :func:`put_file`,
:func:`path_of` and :func:`get`; once the patrol log's ``riverchief.media`` is merged
these can hand over to it.
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

MAX_BYTES = 50 * 1024 * 1024
#: a file given by path, or its bytes and its name
FileSource = Path | tuple[bytes, str]


@dataclass(frozen=True)
class StoredFile:
    sha256: str
    name: str
    size: int
    mime: str
    kind: str  # photo | document

    @property
    def is_image(self) -> bool:
        return self.mime.startswith("image/")


def media_dir(store: Store) -> Path:
    return Path(store.path).with_name(Path(store.path).name + ".media")


def path_of(store: Store, sha256: str) -> Path:
    return media_dir(store) / sha256[:2] / sha256


def get(store: Store, sha256: str) -> StoredFile | None:
    rows = list(store.db.query("SELECT * FROM media WHERE sha256 = ? AND deleted_at IS NULL",
                               [sha256]))
    if not rows:
        return None
    r = rows[0]
    return StoredFile(r["sha256"], r["name"], r["size"], r["mime"], r["kind"])


def sniff(data: bytes) -> str | None:
    """The image type by the first bytes (JPEG, PNG, HEIC), else None."""
    if data[:3] == b"\xff\xd8\xff":
        return "image/jpeg"
    if data[:8] == b"\x89PNG\r\n\x1a\n":
        return "image/png"
    if len(data) >= 12 and data[4:8] == b"ftyp":
        return "image/heic"
    return None


def read_source(source: FileSource) -> tuple[bytes, str]:
    """The bytes and the name of a file given by the user."""
    if isinstance(source, tuple):
        data, name = source
    else:
        path = Path(source)
        if not path.is_file():
            raise UserError(translate("Files", "The file does not exist."), where=str(path))
        if path.stat().st_size > MAX_BYTES:
            raise UserError(translate("Files", "The file is larger than 50 MB."), where=str(path))
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise UserError(translate("Files", "Cannot read the file: {error}").format(
                error=exc.strerror or exc), where=str(path)) from exc
        name = path.name
    if not data:
        raise UserError(translate("Files", "The file is empty."), where=name)
    if len(data) > MAX_BYTES:
        raise UserError(translate("Files", "The file is larger than 50 MB."), where=name)
    return data, name


def _write(store: Store, sha: str, data: bytes) -> None:
    path = path_of(store, sha)
    if path.is_file() and path.stat().st_size == len(data):
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + f".{os.getpid()}.part")
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    tmp.replace(path)


def put_file(store: Store, actor: Actor, source: FileSource, *, permission: str,
             **scope: Any) -> StoredFile:
    """Store a photo or document once (by content); returns it.

    ``permission`` and ``scope`` (``area_id``, ``unit_id``, ``chief_id``) are what the
    record the file belongs to needs. A photo is known by its content, not its name.
    """
    require(actor, permission, **scope)
    data, name = read_source(source)
    sha = hashlib.sha256(data).hexdigest()
    existing = get(store, sha)
    _write(store, sha, data)
    if existing:
        return existing
    image = sniff(data)
    mime = image or mimetypes.guess_type(name)[0] or "application/octet-stream"
    kind = "photo" if image else "document"
    records.insert(store, "media", {"sha256": sha, "kind": kind, "mime": mime,
                                    "size": len(data), "name": Path(name).name},
                   actor=actor.code)
    return StoredFile(sha, Path(name).name, len(data), mime, kind)
