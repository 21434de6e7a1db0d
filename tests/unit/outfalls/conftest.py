"""Fixtures of the outfall tests: the problem tests' small registry and actors."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "problems"))

from ledger_fixtures import build_actors, build_registry  # noqa: E402

from riverchief.security import Actor  # noqa: E402


@pytest.fixture
def reg(store: Any) -> dict[str, str]:
    return build_registry(store)


@pytest.fixture
def actors(reg: dict[str, str]) -> dict[str, Actor]:
    return build_actors(reg)
