"""Photos and documents of the ledgers, through the shared media store.

Files are stored once by SHA-256 by :mod:`riverchief.media` (the patrol log's store:
``<database name>.media/ab/abcdef…`` and the ``media`` table), so a photo taken on patrol
and the same photo attached to a problem are one file. A photo is checked by its content
(JPEG, PNG, HEIC; EXIF read); any other file is kept as a document. The ledgers need only
:func:`put_file`, :func:`path_of` and :func:`get`.
"""

from __future__ import annotations

import mimetypes
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from riverchief import media
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
    return media.media_dir(store)


def path_of(store: Store, sha256: str) -> Path:
    return media.path_of(store, sha256)


def _stored(r: Any) -> StoredFile:
    return StoredFile(r.sha256, r.name, r.size, r.mime, r.kind)


def get(store: Store, sha256: str) -> StoredFile | None:
    found = media.get_media(store, sha256)
    return _stored(found) if found else None


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


def put_file(store: Store, actor: Actor, source: FileSource, *, permission: str,
             **scope: Any) -> StoredFile:
    """Store a photo or document once (by content); returns it.

    ``permission`` and ``scope`` (``area_id``, ``unit_id``, ``chief_id``) are what the
    record the file belongs to needs.
    """
    require(actor, permission, **scope)
    data, name = read_source(source)
    if media.sniff(data):
        stored = media.put_photo(store, actor, data, name=Path(name).name,
                                 permission=permission, chief_id=scope.get("chief_id"))
    else:
        mime = mimetypes.guess_type(name)[0] or "application/octet-stream"
        stored = media.put(store, actor, data, name=Path(name).name, kind="document",
                           mime=mime, permission=permission, chief_id=scope.get("chief_id"))
    return _stored(stored)
