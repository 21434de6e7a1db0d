"""A refusal names what the user may not do in words, not by the permission's key."""

from __future__ import annotations

import pytest

from riverchief.errors import PermissionDenied
from riverchief.i18n import using_language
from riverchief.security import PERMISSIONS, Actor, require
from riverchief.security.roles import permission_name


def test_every_permission_has_a_name() -> None:
    assert [p for p in PERMISSIONS if permission_name(p) == p] == []


def test_a_refusal_in_chinese_has_no_permission_key() -> None:
    """A unit refused the office's work read 您的角色（责任单位）无权执行此操作
    （problems.manage）: an English key in the Chinese sentence."""
    unit = Actor("u", "unit", "清源区水利局", "unit", unit_id="u1")
    with using_language("zh_CN"), pytest.raises(PermissionDenied) as refused:
        require(unit, "problems.manage")
    text = str(refused.value)
    assert "problems.manage" not in text and "管理问题台账" in text, text
