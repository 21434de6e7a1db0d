"""Two processes writing to one database (issue 11): no lost write, never "database is locked".

The 60-second run is ``python benchmarks/reliability.py two-processes --seconds 60``.
"""

from __future__ import annotations

import pytest


@pytest.mark.slow
def test_two_processes_lose_nothing_and_never_see_locked() -> None:
    from benchmarks import reliability

    result = reliability.two_processes(seconds=4, seed=3)
    assert result["writes"] > 0
    assert (result["lost"], result["corrupt"], result["partial"]) == (0, 0, 0), result["notes"]
    assert result["errors"] == 0, result["error_samples"]
