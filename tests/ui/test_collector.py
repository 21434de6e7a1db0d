"""The app's garbage collector: on the GUI thread, and a full collection only when Python
itself would make one (the survivors since the last reach a quarter of what it kept)."""

from __future__ import annotations

import gc
import subprocess
import sys
from collections.abc import Iterator

import pytest

from ui.shell.collector import FULL_SHARE, GuiThreadCollector


@pytest.fixture
def collections() -> Iterator[list[int]]:
    """The generations collected meanwhile, in order."""
    seen: list[int] = []

    def note(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            seen.append(info["generation"])

    gc.callbacks.append(note)
    yield seen
    gc.callbacks.remove(note)


def _due(collector: GuiThreadCollector) -> list[list[int]]:
    """Counts past every threshold: Python's counts alone would ask for a full
    collection. Returns what keeps the first generation past its threshold."""
    t0, t1, t2 = collector.threshold
    for _ in range(t2 + 1):
        gc.collect(1)
    for _ in range(t1 + 1):
        gc.collect(0)
    keep = [[] for _ in range(t0 + 100)]
    assert gc.get_count()[1] > t1 and gc.get_count()[2] > t2
    return keep


def test_no_full_collection_while_few_objects_reached_the_oldest_generation(
        qapp, collections: list[int]) -> None:
    collector = GuiThreadCollector(interval_ms=3_600_000)  # checked by hand here
    try:
        collector.long_lived_total = 1_000_000  # a province's heap
        collector.long_lived_pending = 1_000
        keep = _due(collector)
        collections.clear()
        collector.check()
        assert collections == [1]  # the young generations only
        assert collector.full_collections == 0
        assert collector.long_lived_pending >= 1_000 + len(keep)  # the survivors counted

        collector.long_lived_pending = collector.long_lived_total // FULL_SHARE + 1
        more = _due(collector)  # (freeing ``keep`` would take back the allocations)
        collections.clear()
        collector.check()
        assert collections == [2]
        assert len(more) == len(keep)
        assert collector.full_collections == 1
        assert collector.long_lived_pending == 0
        assert collector.long_lived_total == len(gc.get_objects(2))
    finally:
        collector.timer.stop()
        collector.deleteLater()


def test_below_the_first_threshold_nothing_is_collected(qapp, collections) -> None:
    collector = GuiThreadCollector(interval_ms=3_600_000)
    try:
        gc.collect()
        collections.clear()
        collector.check()
        assert collections == []
    finally:
        collector.timer.stop()
        collector.deleteLater()


def test_what_the_app_imported_is_frozen_and_later_cycles_still_collected() -> None:
    """In a process of its own: :func:`gc.freeze` lasts for the process."""
    code = (
        "import gc, weakref\n"
        "from ui.shell.collector import freeze_start_up\n"
        "freeze_start_up()\n"
        "assert gc.get_freeze_count() > 1000, gc.get_freeze_count()\n"
        "class Cycle:\n"
        "    def __init__(self): self.me = self\n"
        "c = Cycle(); gone = weakref.ref(c); del c\n"
        "gc.collect()\n"
        "assert gone() is None\n"
        "print('ok')\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"
