"""A guard against PySide6 giving back references to ``None``, ``True`` and ``False``
that it never took.

PySide6 6.12.0 (the stable-ABI wheel) on CPython 3.11 returns ``None`` from every
``void`` Qt method (``setText``, ``setValue``, ``hide`` ...) and ``True`` from
``SignalInstance.emit()`` without a new reference: each call takes one reference away
from the singleton. CPython 3.12 made these objects immortal, which hides the mistake; on
3.11 they are ordinary objects with a few thousand references, and once a session has
made that many calls (a long job's progress dialog does it in seconds) the interpreter
aborts with "Fatal Python error: none_dealloc: deallocating None" (or ``bool_dealloc``):
the app vanishes without a word.

:func:`guard` probes the installed PySide6 once (a few calls on a private object) and,
only for the singletons the probe sees losing references, adds a reserve of 2**40
references, as 3.12 makes them immortal: a million lost references a second would take
twelve days to spend it. With a PySide6 that counts correctly the probe sees no loss and
nothing changes. ``tests/ui/test_jobs.py`` checks that a million such calls leave the
interpreter alive.
"""

from __future__ import annotations

import ctypes
import sys
import threading
from typing import Any

RESERVE = 1 << 40
PROBES = 16

_lock = threading.Lock()
_losses: dict[str, int] | None = None


def losses() -> dict[str, int]:
    """References one call takes from each singleton: ``{"None": 1, "True": 1}`` when buggy."""
    from PySide6.QtCore import QObject, Signal

    class _Probe(QObject):
        ping = Signal()

    probe = _Probe()
    singletons: dict[str, Any] = {"None": None, "True": True, "False": False}
    before = {k: sys.getrefcount(v) for k, v in singletons.items()}
    for _ in range(PROBES):
        probe.setObjectName("probe")  # a void method
        probe.ping.emit()  # returns a bool
    after = {k: sys.getrefcount(v) for k, v in singletons.items()}
    return {k: (before[k] - after[k]) // PROBES for k in singletons
            if before[k] - after[k] >= PROBES}


def guard() -> dict[str, int]:
    """Add the reserve once where this PySide6 needs it; returns :func:`losses`."""
    global _losses
    with _lock:
        if _losses is not None:
            return _losses
        _losses = losses()
        if sys.version_info >= (3, 12) or hasattr(sys, "gettotalrefcount"):
            return _losses  # immortal singletons, or a debug build's other object layout
        singletons: dict[str, Any] = {"None": None, "True": True, "False": False}
        for name in _losses:
            # ob_refcnt is the first field of every object in a release build of 3.11.
            ctypes.c_ssize_t.from_address(id(singletons[name])).value += RESERVE
        if "True" in _losses or "False" in _losses:  # emit() may give back either
            for name in ("True", "False"):
                if name not in _losses:
                    ctypes.c_ssize_t.from_address(id(singletons[name])).value += RESERVE
        return _losses
