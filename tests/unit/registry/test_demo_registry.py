from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from riverchief.db import open_store
from riverchief.demo import generate
from riverchief.registry import queries
from riverchief.security import users

pytestmark = pytest.mark.usefixtures("english")

SNAPSHOT = [
    "SELECT code, name, kind FROM water ORDER BY code",
    "SELECT code, name, from_desc, to_desc, geometry, length_m FROM segment ORDER BY code",
    "SELECT code, name, level, title, organisation, post, phone FROM chief ORDER BY code",
    "SELECT c.code, s.code, a.start_date, a.end_date FROM assignment a JOIN chief c"
    " ON c.id = a.chief_id JOIN segment s ON s.id = a.segment_id ORDER BY 1, 2, 3",
    "SELECT code, name, level, water_type, target_class, lon, lat FROM section ORDER BY code",
    "SELECT code, last_updated FROM sign ORDER BY code",
    "SELECT code, role, password_hash FROM app_user ORDER BY code",
]


def snapshot(path: Path) -> list[list[tuple[object, ...]]]:
    with open_store(path) as store:
        return [[tuple(r) for r in store.conn.execute(sql)] for sql in SNAPSHOT]


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generate(tmp_path_factory.mktemp("demo") / "a.db", "district", 7)


def test_demo_is_deterministic(demo_db: Path, tmp_path: Path) -> None:
    again = generate(tmp_path / "b.db", "district", 7)
    other = generate(tmp_path / "c.db", "district", 8)
    assert snapshot(demo_db) == snapshot(again)
    assert snapshot(demo_db)[1] != snapshot(other)[1]


def test_demo_registry_is_complete(demo_db: Path) -> None:
    with open_store(demo_db) as store:
        segments = queries.list_segments(store)
        assert 70 <= len(segments) <= 90
        mid = date(2026, 7, 15)
        for seg in segments:
            assert len(seg.line) >= 10 and seg.length_m and seg.length_m > 300
            assert queries.responsible_chiefs(store, seg.id, mid), seg.code
        levels = {c.level for c in queries.list_chiefs(store)}
        assert levels == {"district", "township", "village"}
        sections = queries.list_sections(store)
        assert {s.water_type for s in sections} == {"river", "lake"}
        kinds = {w.kind for w in queries.list_waters(store)}
        assert kinds == {"river", "lake", "reservoir", "canal"}
        ended = store.conn.execute(
            "SELECT COUNT(*) FROM assignment WHERE end_date BETWEEN '2026-01-01' AND '2026-12-31'"
        ).fetchone()[0]
        assert ended >= 3
        assert queries.stale_signs(store, date(2026, 11, 28))
        names = [w.name for w in queries.list_waters(store)]
        assert all(n[-1] in "河江溪渠沟湖" or n.endswith("水库") for n in names)


def test_demo_users_sign_in(demo_db: Path) -> None:
    with open_store(demo_db) as store:
        roles = {users.sign_in(store, code, "demo1234").role
                 for code in ("admin", "hzb", "hzb-town", "unit", "chief-village")}
        assert roles == {"admin", "evaluator", "unit", "chief"}
        town = users.sign_in(store, "hzb-town", "demo1234")
        district = users.sign_in(store, "hzb", "demo1234")
        assert town.area_ids and district.area_ids and town.area_ids < district.area_ids
