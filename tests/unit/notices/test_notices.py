"""The assignment slip and the rectification notice: Chinese text, embedded font, stable."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "problems"))

from ledger_fixtures import PNG, build_actors, build_registry, reach  # noqa: E402

from riverchief.errors import UserError  # noqa: E402
from riverchief.notices import Issuer, assignment_slip, rectification_notice  # noqa: E402

ISSUER = Issuer("清源区河长制办公室", date(2026, 7, 1))


def _text(path: Path) -> str:
    return "".join(page.extract_text() for page in PdfReader(path).pages).replace(" ", "")


def _fonts(path: Path) -> set[str]:
    found = set()
    for page in PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            for desc in font.get("/DescendantFonts", [font]):
                d = desc.get_object().get("/FontDescriptor")
                if d is not None and "/FontFile2" in d.get_object():
                    found.add(str(font["/BaseFont"]))
    return found


@pytest.fixture
def problem(store: Any) -> tuple[Any, dict[str, Any], str]:
    ids = build_registry(store)
    actors = build_actors(ids)
    return ids, actors, reach(store, ids, actors, "rectifying", photos=[(PNG, "现场.png")])


def test_assignment_slip(tmp_path: Path, store: Any, problem: Any) -> None:
    ids, actors, pid = problem
    path = assignment_slip(store, actors["evaluator"], pid, tmp_path / "交办单.pdf", ISSUER)
    text = _text(path)
    for expected in ("河长制问题交办单", "P2026-00001", "清源区水利局", "2026-07-20",
                     "7日内清理完毕", "加急", "生活垃圾", "交办单位（盖章）", "签收人",
                     "清水河柳泉段", "问题照片"):
        assert expected in text, expected
    assert any("WenQuanYiMicroHei" in f for f in _fonts(path)), "the CJK font is not embedded"
    again = assignment_slip(store, actors["evaluator"], pid, tmp_path / "again.pdf", ISSUER)
    assert again.read_bytes() == path.read_bytes(), "the same slip must give the same bytes"


def test_rectification_notice(tmp_path: Path, store: Any, problem: Any) -> None:
    ids, actors, pid = problem
    path = rectification_notice(store, actors["unit"], pid, tmp_path / "通知书.pdf", ISSUER)
    text = _text(path)
    for expected in ("河长制问题整改通知书", "〔2026〕第P2026-00001号", "清源区水利局：",
                     "2026-07-20前完成整改", "回执", "（盖章）"):
        assert expected in text, expected


def test_notices_need_an_assigned_problem_the_user_may_see(tmp_path: Path, store: Any,
                                                           problem: Any) -> None:
    ids, actors, pid = problem
    new = reach(store, ids, actors, "registered")
    with pytest.raises(UserError):
        assignment_slip(store, actors["evaluator"], new, tmp_path / "a.pdf", ISSUER)
    with pytest.raises(UserError):
        rectification_notice(store, actors["other_unit"], pid, tmp_path / "b.pdf", ISSUER)
    assert not list(tmp_path.glob("*.pdf*"))


def test_the_units_phone_is_not_printed_twice(tmp_path: Path, store: Any, problem: Any) -> None:
    ids, actors, _ = problem
    from riverchief.problems import ledger

    pid = reach(store, ids, actors, "registered")
    ledger.assign(store, actors["evaluator"], pid, unit_id=ids["u1"], deadline="2099-07-20",
                  requirement="清理", unit_contact="张工 0371-1")
    text = _text(assignment_slip(store, actors["evaluator"], pid, tmp_path / "a.pdf", ISSUER))
    assert text.count("0371-1") == 1
    other = reach(store, ids, actors, "registered")
    ledger.assign(store, actors["evaluator"], other, unit_id=ids["u1"], deadline="2099-07-20",
                  requirement="清理", unit_contact="张工")
    text = _text(assignment_slip(store, actors["evaluator"], other, tmp_path / "b.pdf", ISSUER))
    assert "张工0371-1" in text


def test_a_unit_prints_the_notice_of_the_office_that_assigned_it(
        tmp_path: Path, store: Any, problem: Any) -> None:
    """The unit printed its slip and notice in its own name: 水利局 told itself to report
    the fix to 水利局. They are the assigning office's, whoever prints them."""
    from riverchief.notices import issuing_office

    ids, actors, pid = problem
    assert issuing_office(store, actors["unit"], pid) == "区河长办"  # who assigned it
    assert issuing_office(store, actors["chief"], pid) == "区河长办"
    assert issuing_office(store, actors["evaluator2"], pid) == "区督查室"  # an office: itself
    path = rectification_notice(store, actors["unit"], pid, tmp_path / "通知书.pdf")
    text = _text(path)
    assert "报送区河长办" in text and "区河长办（盖章）" in text, text
    slip = _text(assignment_slip(store, actors["unit"], pid, tmp_path / "交办单.pdf"))
    assert "交办单位（盖章）：区河长办" in slip.replace("\n", ""), slip
