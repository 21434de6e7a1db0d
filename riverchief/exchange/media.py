"""Media files received in packages, stored by SHA-256 beside the database (once each)."""

from __future__ import annotations

from pathlib import Path

from riverchief.db import Store
from riverchief.errors import UserError
from riverchief.exchange.canonical import sha256_hex
from riverchief.files import part_path, replace
from riverchief.i18n import translate


def media_path(store: Store, sha256: str) -> Path:
    """Where the media store keeps a file (the same place the patrol form puts photos)."""
    from riverchief.media.store import path_of

    return path_of(store, sha256)


def store_media_bytes(store: Store, sha256: str, data: bytes) -> Path:
    if sha256_hex(data) != sha256:
        raise UserError(translate("Exchange", "A media file does not match its hash."))
    target = media_path(store, sha256)
    if target.exists():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = part_path(target)
    tmp.write_bytes(data)
    replace(tmp, target)
    return target
