"""Two installations — a chief's laptop and the river-chief office — with keys enrolled."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from riverchief.db import Store, open_store, records
from riverchief.exchange import chain, keys, merge
from riverchief.security import Actor

PASSWORD = "河长办2026"
TABLE = "field_note"  # a chief's chained record kind, standing in for patrols


@dataclass
class Side:
    store: Store
    admin: Actor
    user: Actor


CHIEF_ID = "0190f1a0-0000-7000-8000-0000000000c1"
AREA_ID = "0190f1a0-0000-7000-8000-0000000000a1"


def _make(path: Path) -> Store:
    store = open_store(path, create=True)
    # the same registry on both sides, as the office's registry updates make it
    records.insert(store, "area", {"id": AREA_ID, "code": "410102", "name": "清源区",
                                   "level": "district", "parent_id": None}, actor="setup")
    records.insert(store, "chief", {"id": CHIEF_ID, "code": "HZ001", "name": "张伟",
                                    "level": "village", "title": "river_chief",
                                    "area_id": AREA_ID}, actor="setup")
    store.db.execute(
        f"CREATE TABLE {TABLE} (id TEXT PRIMARY KEY, created_at TEXT, updated_at TEXT, "
        "origin TEXT, revision INTEGER, deleted_at TEXT, chief_id TEXT, note TEXT)")
    return store


@pytest.fixture
def exchanged_table(monkeypatch) -> str:
    monkeypatch.setattr(merge, "EXCHANGED_TABLES", merge.EXCHANGED_TABLES | {TABLE})
    return TABLE


@pytest.fixture
def laptop(tmp_path: Path, exchanged_table) -> Iterator[Side]:
    store = _make(tmp_path / "laptop" / "chief.db")
    admin = Actor(id="a1", code="laptop-admin", name="管理员", role="admin")
    chief = Actor(id="u1", code="zhangwei", name="张伟", role="chief", chief_id=CHIEF_ID)
    keys.create_installation_key(store, admin, PASSWORD)
    yield Side(store, admin, chief)
    store.close()


@pytest.fixture
def office(tmp_path: Path, laptop: Side) -> Iterator[Side]:
    store = _make(tmp_path / "office" / "office.db")
    admin = Actor(id="a2", code="office-admin", name="管理员", role="admin")
    evaluator = Actor(id="e1", code="liping", name="李萍", role="evaluator",
                      area_ids=frozenset({AREA_ID}))  # the district's office
    keys.create_installation_key(store, admin, PASSWORD)
    laptop_key = keys.installation_key(laptop.store)
    assert laptop_key is not None
    keys.enrol_key(store, admin, laptop_key.public_key, "张伟的笔记本", chief_id=CHIEF_ID)
    office_key = keys.installation_key(store)
    assert office_key is not None
    keys.enrol_key(laptop.store, laptop.admin, office_key.public_key, "河长办")
    yield Side(store, admin, evaluator)
    store.close()


def write_note(side: Side, note: str) -> dict:
    """A chief's record, submitted and chained."""
    store, chief = side.store, side.user
    with store.db.atomic():
        rid = records.insert(store, TABLE, {"chief_id": CHIEF_ID, "note": note},
                             actor=chief.code)
        row = records.get(store, TABLE, rid)
        assert row is not None
        chain.append(store, chief, CHIEF_ID, TABLE, rid, row["revision"],
                     {k: v for k, v in row.items() if k != "updated_at"})
    return row


def table_rows(store: Store) -> list[dict]:
    return list(store.db.query(f"SELECT * FROM {TABLE} ORDER BY id"))
