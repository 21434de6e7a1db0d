"""An area's office reads only its own areas' rankings, scorecards and reports, in the
core: a township office (the demo's ``hzb-town``) had the whole district's ranking, and
another township's, by choosing it in the picker or typing its code on the command line."""

from __future__ import annotations

import importlib.util
import sys
from datetime import date
from pathlib import Path

import pytest

from riverchief.cli import main
from riverchief.db import Store, open_store, records
from riverchief.errors import PermissionDenied
from riverchief.progress import SILENT
from riverchief.security import SYSTEM, Actor
from riverchief.security.sight import require_area_seen, require_chief_seen

_spec = importlib.util.spec_from_file_location(
    "assessment_district", Path(__file__).resolve().parents[1] / "assessment" / "district.py")
assert _spec and _spec.loader
assessment_district = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("assessment_district", assessment_district)
_spec.loader.exec_module(assessment_district)


def _district(path: Path) -> dict[str, str]:
    """The assessment tests' small district (D > T1 > V1, V2) with a second township T2
    and its chief."""
    with open_store(path, create=True) as store:
        ids = dict(assessment_district.make_district(store).ids)
        ids["T2"] = records.insert(store, "area", {
            "code": "410102002", "name": "桃园镇", "level": "township",
            "parent_id": ids["D"]}, actor="test")
        ids["OC"] = records.insert(store, "chief", {
            "code": "OC", "name": "孙丁", "level": "township", "title": "river_chief",
            "area_id": ids["T2"], "organisation": "", "post": "", "phone": ""}, actor="test")
    return ids


def _office(store: Store, ids: dict[str, str], *areas: str) -> Actor:
    scope = frozenset(ids[a] for a in areas)
    return Actor("u-town", "hzb-town", "柳泉镇河长办", "evaluator", area_ids=scope)


@pytest.fixture
def db(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    path = tmp_path / "d.db"
    return path, _district(path)


def test_a_township_office_sees_its_own_areas_only(db: tuple[Path, dict[str, str]]) -> None:
    path, ids = db
    with open_store(path) as store:
        town = _office(store, ids, "T1", "V1", "V2")
        require_area_seen(store, town, "410102001")  # its township
        require_area_seen(store, town, "410102001001")  # a village of it
        with pytest.raises(PermissionDenied) as other:
            require_area_seen(store, town, "410102002")
        assert "桃园镇" in str(other.value)
        with pytest.raises(PermissionDenied):
            require_area_seen(store, town, None)  # all areas: the district's
        with pytest.raises(PermissionDenied):
            require_area_seen(store, town, "410102")
        require_chief_seen(store, town, "TC")
        require_chief_seen(store, town, ids["VA"])  # by id too
        with pytest.raises(PermissionDenied) as chief:
            require_chief_seen(store, town, "OC", where="--chief")
        assert chief.value.where == "--chief" and "孙丁" in str(chief.value)
        # the district's office, an administrator, a chief: every area
        district = _office(store, ids, "D", "T1", "T2", "V1", "V2")
        for actor in (district, SYSTEM, Actor("c", "c", "张区长", "chief", chief_id=ids["DC"])):
            require_area_seen(store, actor, None)
            require_area_seen(store, actor, "410102002")
            require_chief_seen(store, actor, "OC")


def test_reports_and_rankings_of_another_area_are_refused(
        db: tuple[Path, dict[str, str]], tmp_path: Path) -> None:
    from riverchief.assessment import tasks
    from riverchief.reports.make import make_report

    path, ids = db
    with open_store(path) as store:
        town = _office(store, ids, "T1", "V1", "V2")
    options = {"period": "2026Q1", "area": None, "appendix": "none", "chief": "OC",
               "water": None, "lang": "zh_CN", "date": date(2026, 4, 5), "author": "x"}
    for kind, area in (("quarterly", None), ("ranking", "410102002"),
                       ("patrol_stats", "410102"), ("chief_stats", None), ("chief", None)):
        out = tmp_path / f"{kind}.out"
        with pytest.raises(PermissionDenied):
            make_report(SILENT, str(path), kind, str(out), {**options, "area": area}, town)
        assert not out.exists()
    with pytest.raises(PermissionDenied):
        tasks.ranking(SILENT, str(path), "2026Q1", None, None, None, "2026-04-05", actor=town)
    with pytest.raises(PermissionDenied):
        tasks.ranking(SILENT, str(path), "2026Q1", "410102002", None, None, "2026-04-05",
                      actor=town)
    # its own: made
    made = tasks.ranking(SILENT, str(path), "2026Q1", "410102001", None, None, "2026-04-05",
                         actor=town)
    assert {r.chief.code for r in made.cards} == {"TC", "VA", "VB", "VC"}
    card = tasks.scorecard(SILENT, str(path), *tasks.scorecard_task_args(made, ids["TC"]),
                           actor=town)
    assert card is not None and card.chief.code == "TC"
    with pytest.raises(PermissionDenied):
        tasks.scorecard(SILENT, str(path), made.period, tasks.rules_arg(made.rules),
                        ids["DC"], (None, None), actor=town)
    out = tmp_path / "own.xlsx"
    assert make_report(SILENT, str(path), "ranking", str(out),
                       {**options, "area": "410102001"}, town) == str(out)
    assert out.exists()


def test_the_command_line_refuses_another_areas_report(
        db: tuple[Path, dict[str, str]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    from riverchief.security import users

    path, ids = db
    with open_store(path) as store:
        users.add_user(store, SYSTEM, code="admin", name="管理员", role="admin",
                       password="admin-pass-1")
        users.add_user(store, SYSTEM, code="hzb-town", name="柳泉镇河长办", role="evaluator",
                       scope_area_id=ids["T1"], password="town-pass-1")
    monkeypatch.setenv("RIVERCHIEF_PASSWORD", "town-pass-1")
    base = ["--db", str(path), "reports"]
    out = tmp_path / "r.xlsx"
    assert main([*base, "ranking", "--period", "2026Q1", "-o", str(out),
                 "--user", "hzb-town"]) == 1
    assert "--area" in capsys.readouterr().err and not out.exists()
    assert main([*base, "chief", "--chief", "OC", "--period", "2026Q1", "-o",
                 str(tmp_path / "c.pdf"), "--user", "hzb-town"]) == 1
    assert "孙丁" in capsys.readouterr().err
    assert main([*base, "ranking", "--period", "2026Q1", "--area", "410102001", "-o",
                 str(out), "--user", "hzb-town"]) == 0
    assert out.exists()


def test_a_township_office_lists_its_own_frozen_runs(db: tuple[Path, dict[str, str]]) -> None:
    """Another township's frozen run was listed to a township office, and opened; the
    district's run (which covers it) is listed, with its own chiefs' results only."""
    from riverchief.assessment.consequences import summary
    from riverchief.assessment.runs import consequences, freeze, list_runs
    from riverchief.assessment.scorecards import compute
    from riverchief.security.sight import chiefs_seen

    path, ids = db
    with open_store(path) as store:
        whole = freeze(store, SYSTEM, compute(store, "2026Q1", as_of=date(2026, 4, 5)))
        own = freeze(store, SYSTEM, compute(store, "2026Q1", area_code="410102001",
                                            as_of=date(2026, 4, 5)))
        other = freeze(store, SYSTEM, compute(store, "2026Q1", area_code="410102002",
                                              as_of=date(2026, 4, 5)))
        town = _office(store, ids, "T1", "V1", "V2")
        assert [r.id for r in list_runs(store, actor=town)] == [own, whole]
        district = _office(store, ids, "D", "T1", "T2", "V1", "V2")
        assert [r.id for r in list_runs(store, "2026Q1", actor=district)] == [other, own, whole]
        assert len(list_runs(store)) == 3
        # the district's run, read by the township office: its own chiefs
        seen = chiefs_seen(store, town)
        assert seen == {ids[c] for c in ("TC", "VA", "VB", "VC")}
        assert chiefs_seen(store, district) is not None and chiefs_seen(store, SYSTEM) is None
        everyone = consequences(store, whole)
        assert any(q.chief_id == ids["DC"] for q in everyone), everyone
        mine = consequences(store, whole, actor=town)
        assert mine and all(q.chief_id in seen for q in mine)
        assert sum(k.total for k in summary(store, whole, town)) == len(mine)
