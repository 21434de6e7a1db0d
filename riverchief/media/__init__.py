"""Media (照片与文件): photos and track files stored once by SHA-256 beside the database.

:func:`read_photo` reads a photo's metadata (EXIF time, position, orientation) from its
bytes; :func:`put` stores a file in the content-addressed folder and records it in the
``media`` table (the same bytes are stored once); :func:`path_of` and :func:`thumbnail`
find a stored file and its thumbnail. A file is judged by its content, never its name.
"""

from riverchief.media.photos import (
    MAX_PHOTO_BYTES,
    PhotoInfo,
    read_photo,
    sniff,
)
from riverchief.media.store import (
    MediaRecord,
    get_media,
    load,
    media_dir,
    path_of,
    put,
    put_photo,
    thumbnail,
)

__all__ = [
    "MAX_PHOTO_BYTES", "MediaRecord", "PhotoInfo", "get_media", "load", "media_dir",
    "path_of", "put", "put_photo", "read_photo", "sniff", "thumbnail",
]
