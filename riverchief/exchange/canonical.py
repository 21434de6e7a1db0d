"""Canonical JSON and SHA-256: the same record always hashes to the same value."""

from __future__ import annotations

import hashlib
import json
from typing import Any


def canonical(value: Any) -> bytes:
    """UTF-8 JSON with sorted keys and no whitespace."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode(
        "utf-8"
    )


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def content_hash(row: dict[str, Any]) -> str:
    return sha256_hex(canonical(row))
