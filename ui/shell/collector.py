"""Python's cyclic garbage collector runs on the GUI thread only, and a full collection
only when Python itself would make one.

An automatic collection runs in whichever thread happens to allocate when a threshold is
crossed. A job on the lane thread could then finalize Qt wrappers that sit in reference
cycles (a closed dialog, a page's lambda) and destroy their widgets from the wrong
thread, which crashes Qt at random (seen in the GUI tests: a segmentation fault while a
task's thread waited on its pipe). The app therefore turns automatic collection off and
collects from a timer on the GUI thread, at Python's own thresholds — the pattern of
pyqtgraph's ``GarbageCollector``. Code that pauses the collector (scoring, package
import) restores it only when it was on, so it stays off for the app's lifetime.

A full collection walks every object the app holds; with a province open that stalls
the window for 50-100 ms. Python makes one only when the objects that reached the oldest
generation since the last one are more than a quarter of those it kept then (CPython's
``long_lived_pending`` rule, which the counts of :func:`gc.get_count` do not show); this
collector keeps the same two counts. What the app imported before its first window
(modules, classes, functions: never garbage) is frozen out of every collection
(:func:`freeze_start_up`).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 100
FULL_SHARE = 4  # a full collection once the survivors since the last reach 1/4 of it


class GuiThreadCollector(QObject):
    """Collect on the GUI thread when Python would have collected on its own."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        gc.disable()
        self.long_lived_total = len(gc.get_objects(2))  # kept by the last full collection
        self.long_lived_pending = 0  # moved to the oldest generation since
        self.full_collections = 0
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(interval_ms)

    def check(self) -> None:
        counts = gc.get_count()
        if counts[0] <= self.threshold[0]:
            return
        if counts[1] <= self.threshold[1]:
            gc.collect(0)
            return
        if counts[2] > self.threshold[2] and \
                self.long_lived_pending * FULL_SHARE > self.long_lived_total:
            gc.collect(2)
            self.full_collections += 1
            self.long_lived_total = len(gc.get_objects(2))
            self.long_lived_pending = 0
            return
        # the young generations' survivors move to the oldest: count them (the young
        # generations hold a few thousand objects, listed at once)
        young = len(gc.get_objects(0)) + len(gc.get_objects(1))
        found = gc.collect(1)
        self.long_lived_pending += max(0, young - found)


_collector: GuiThreadCollector | None = None


def collect_on_gui_thread(app: QObject) -> GuiThreadCollector:
    """Install the collector once for ``app`` (idempotent)."""
    global _collector
    if _collector is None:
        _collector = GuiThreadCollector(app)
    return _collector


def freeze_start_up() -> None:
    """Leave what exists now out of every later collection (:func:`gc.freeze`): called
    once the app has imported its modules and before it builds a window, so no widget's
    wrapper is frozen and every one can still be collected. (No collection first: it would
    delay the first paint by 10 ms, and the cycles left by importing are few.)"""
    gc.freeze()
    if _collector is not None:
        _collector.long_lived_total = len(gc.get_objects(2))
        _collector.long_lived_pending = 0
