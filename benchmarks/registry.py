"""The registry of benchmark targets: ``@target`` marks a measurement and its limit."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Result:
    """What one measurement found; ``value`` is compared with the target's ``limit``."""

    value: float
    detail: dict[str, Any] = field(default_factory=dict)
    limit: float | None = None  # a limit computed in the run (e.g. 1.5 x a baseline)


@dataclass
class Target:
    name: str
    limit: float | None
    unit: str
    issue: str
    fn: Callable[[str], Result]
    tiers: tuple[str, ...]


TARGETS: list[Target] = []


def target(
    name: str,
    limit: float | None,
    unit: str,
    *,
    issue: str = "",
    tiers: tuple[str, ...] = ("district", "city", "province"),
) -> Callable[[Callable[[str], Result]], Callable[[str], Result]]:
    """Register ``fn(tier) -> Result``; ``limit`` None means the result brings its own."""

    def wrap(fn: Callable[[str], Result]) -> Callable[[str], Result]:
        TARGETS.append(Target(name, limit, unit, issue, fn, tiers))
        return fn

    return wrap
