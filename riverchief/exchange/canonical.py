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


def encode_value(value: Any) -> Any:
    """JSON-safe: bytes (a packed track) become ``{"$b64": ...}``."""
    if isinstance(value, (bytes, bytearray, memoryview)):
        import base64

        return {"$b64": base64.b64encode(bytes(value)).decode("ascii")}
    return value


def decode_value(value: Any) -> Any:
    if isinstance(value, dict) and set(value) == {"$b64"}:
        import base64

        return base64.b64decode(value["$b64"])
    return value


def encode_row(row: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in row.items():
        if k == "_children":
            out[k] = {t: [encode_row(c) for c in rows] for t, rows in v.items()}
        else:
            out[k] = encode_value(v)
    return out


def decode_row(row: dict[str, Any]) -> dict[str, Any]:
    out = {k: v for k, v in row.items() if k != "_children"}
    for k, v in out.items():
        if type(v) is dict:
            out[k] = decode_value(v)
    return out
