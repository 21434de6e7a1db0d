"""The small district of :mod:`.district` as a fixture."""

from __future__ import annotations

from typing import Any

import pytest

from .district import District, make_district


@pytest.fixture
def district(store: Any) -> District:
    return make_district(store)
