"""Record identity and time: time-ordered UUIDv7 keys and ISO 8601 timestamps with offset."""

from __future__ import annotations

import os
import threading
import time
import uuid
from datetime import UTC, datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo

DEFAULT_TIMEZONE = "Asia/Shanghai"

_lock = threading.Lock()
_last_ms = 0
_counter = 0


def uuid7() -> str:
    """A version 7 UUID (RFC 9562): 48-bit Unix milliseconds, then a counter and randomness.

    Keys made by one process are strictly increasing, so big tables insert in key order.
    """
    global _last_ms, _counter
    with _lock:
        ms = time.time_ns() // 1_000_000
        if ms <= _last_ms:
            ms = _last_ms
            _counter += 1
            if _counter > 0xFFF:  # counter exhausted within one millisecond: borrow the next
                ms += 1
                _counter = 0
        else:
            _counter = int.from_bytes(os.urandom(2), "big") & 0x3FF
        _last_ms = ms
        counter = _counter
    rand = int.from_bytes(os.urandom(8), "big") & ((1 << 62) - 1)
    value = (ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76
    value |= counter << 64
    value |= 0b10 << 62
    value |= rand
    return str(uuid.UUID(int=value))


def uuid7_time_ms(key: str) -> int:
    """The millisecond timestamp inside a UUIDv7."""
    return uuid.UUID(key).int >> 80


def now_iso(tz: str = DEFAULT_TIMEZONE) -> str:
    """Now, as ISO 8601 with the district's offset, to the second: ``2026-07-01T08:30:00+08:00``."""
    return datetime.now(ZoneInfo(tz)).isoformat(timespec="seconds")


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def from_unix(seconds: float, tz: tzinfo) -> datetime:
    """Unix ``seconds`` as an aware time in ``tz``: ``datetime.fromtimestamp(seconds, tz)``
    for every year a datetime holds.

    On Windows ``fromtimestamp`` goes through the C library's ``gmtime``, which refuses
    times before 1970 or after the year 3000 with ``OSError`` (a GPS logger whose clock
    was never set writes 1970-01-01 in its local time: before the epoch in UTC). Raises
    ``OverflowError`` beyond the years 1 to 9999.
    """
    return (_EPOCH + timedelta(seconds=seconds)).astimezone(tz)
