"""The GUI-stall measurement of benchmarks/reliability.py sees a frozen event loop."""

from __future__ import annotations

from benchmarks import reliability


def test_a_job_that_holds_the_interpreter_shows_as_a_stall(qapp) -> None:
    def greedy(progress) -> int:
        return sum(range(40_000_000))  # one C call: the GUI thread cannot run meanwhile

    result = reliability.measure_stall(greedy)
    assert result["ticks"] > 0
    assert result["longest_stall_ms"] > 100


def test_a_job_that_waits_does_not(qapp) -> None:
    import time

    def polite(progress) -> None:
        for n in range(20):
            progress.report(n, 20, "")
            time.sleep(0.01)

    result = reliability.measure_stall(polite)
    assert result["ticks"] > 0
    assert set(result) >= {"longest_stall_ms", "p99_gap_ms", "idle_longest_stall_ms"}
