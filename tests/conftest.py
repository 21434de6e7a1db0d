"""Shared fixtures: every data path goes to a temporary folder; Qt runs offscreen."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("RIVERCHIEF_DB", None)

import pytest  # noqa: E402

from riverchief import i18n  # noqa: E402

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SHARED = PROJECT_ROOT.parent / "shared"


@pytest.fixture(autouse=True)
def tmp_data(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The per-user data folder, redirected for every test; the language reset to Chinese."""
    data = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("RIVERCHIEF_DATA", str(data))
    monkeypatch.delenv("RIVERCHIEF_DB", raising=False)
    i18n.set_language("zh_CN")
    return data


@pytest.fixture
def english() -> Iterator[None]:
    i18n.set_language("en")
    yield
    i18n.set_language("zh_CN")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[object]:
    """A fresh, migrated database."""
    from riverchief.db import open_store

    s = open_store(tmp_path / "test.db", create=True)
    yield s
    s.close()


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    """The real GPS tracks in ``../shared/corpus/gpx`` (skips when that folder is absent)."""
    path = SHARED / "corpus" / "gpx"
    if not path.is_dir():
        pytest.skip(f"the shared corpus is not beside the project ({path} is absent)")
    return path


@pytest.fixture(scope="session")
def reference_dir() -> Path:
    path = SHARED / "reference"
    if not path.is_dir():
        pytest.skip(f"the shared reference folder is absent ({path})")
    return path
