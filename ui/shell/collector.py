"""Python's cyclic garbage collector runs on the GUI thread only.

An automatic collection runs in whichever thread happens to allocate when a threshold is
crossed. A job on the lane thread could then finalize Qt wrappers that sit in reference
cycles (a closed dialog, a page's lambda) and destroy their widgets from the wrong
thread, which crashes Qt at random (seen in the GUI tests: a segmentation fault while a
task's thread waited on its pipe). The app therefore turns automatic collection off and
collects from a timer on the GUI thread, at Python's own thresholds — the pattern of
pyqtgraph's ``GarbageCollector``. Code that pauses the collector (scoring, package
import) restores it only when it was on, so it stays off for the app's lifetime.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 250


class GuiThreadCollector(QObject):
    """Collect on the GUI thread when Python would have collected on its own."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(interval_ms)

    def check(self) -> None:
        counts = gc.get_count()
        if counts[0] <= self.threshold[0]:
            return
        generation = 0
        if counts[1] > self.threshold[1]:
            generation = 2 if counts[2] > self.threshold[2] else 1
        gc.collect(generation)


_collector: GuiThreadCollector | None = None


def collect_on_gui_thread(app: QObject) -> GuiThreadCollector:
    """Install the collector once for ``app`` (idempotent)."""
    global _collector
    if _collector is None:
        _collector = GuiThreadCollector(app)
    return _collector
