"""Moving finished files into place on Windows, where a file just written is often open
for a moment in another program (an antivirus scanner, the search indexer, OneDrive)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from riverchief import files
from riverchief.errors import UserError


@pytest.fixture
def scanned(monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """os.replace refused (as Windows does while a scanner holds the file) ``refusals``
    times; the waits between tries are counted, not slept."""
    state = {"refusals": 2, "tries": 0, "waits": 0}
    real = os.replace

    def replace(src, dst, *args, **kwargs):
        state["tries"] += 1
        if state["refusals"] > 0:
            state["refusals"] -= 1
            raise PermissionError(13, "Access is denied", str(src))
        return real(src, dst, *args, **kwargs)

    def sleep(seconds: float) -> None:
        state["waits"] += 1

    monkeypatch.setattr(os, "replace", replace)
    monkeypatch.setattr(files.time, "sleep", sleep)
    return state


def test_a_backup_waits_for_a_scanner_on_windows(tmp_path: Path, scanned, monkeypatch) -> None:
    """The backup taken before a migration or an import is a file just written: Windows
    refused to move it into place while Defender read it, and the database did not open."""
    from riverchief.db import open_store
    from riverchief.db.backup import backup_to

    with open_store(tmp_path / "河长.db", create=True) as store:
        store.set_setting("probe", 1)
        monkeypatch.setattr(sys, "platform", "win32")
        dest = backup_to(store.conn, tmp_path / "backups" / "河长-before-import.db")
        monkeypatch.setattr(sys, "platform", "linux")
    assert scanned["tries"] == 3 and scanned["waits"] == 2
    with open_store(dest) as copy:
        assert copy.setting("probe") == 1
    assert not list(dest.parent.glob("*.part"))


def test_a_file_open_in_excel_is_still_reported(tmp_path: Path, scanned, monkeypatch) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    scanned["refusals"] = 1_000  # Excel keeps it open
    tmp, out = tmp_path / "台账.xlsx.part", tmp_path / "台账.xlsx"
    tmp.write_bytes(b"new")
    out.write_bytes(b"old")
    with pytest.raises(UserError) as err:
        files.replace_into(tmp, out)
    assert err.value.where == str(out) and out.read_bytes() == b"old" and not tmp.exists()
    assert scanned["tries"] == files.REPLACE_TRIES


def test_elsewhere_a_refusal_is_final_at_once(tmp_path: Path, scanned, monkeypatch) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    src = tmp_path / "a"
    src.write_bytes(b"x")
    with pytest.raises(PermissionError):
        files.replace(src, tmp_path / "b")
    assert scanned["tries"] == 1 and scanned["waits"] == 0
