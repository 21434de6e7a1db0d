"""Fixtures of the problem tests: the small registry and the actors of every role."""

from __future__ import annotations

from typing import Any

import pytest
from ledger_fixtures import build_actors, build_registry

from riverchief.security import Actor


@pytest.fixture
def reg(store: Any) -> dict[str, str]:
    return build_registry(store)


@pytest.fixture
def actors(reg: dict[str, str]) -> dict[str, Actor]:
    return build_actors(reg)
