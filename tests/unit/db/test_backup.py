"""Backups (rotating, consistent) and restore (verified, previous file kept aside)."""

from __future__ import annotations

from pathlib import Path

import pytest

from riverchief.db import backup_now, open_store, records
from riverchief.db.backup import list_backups
from riverchief.db.restore import restore
from riverchief.errors import DatabaseError


def add_area(store, code: str) -> None:
    records.insert(store, "area", {"code": code, "name": code, "level": "district",
                                   "parent_id": None}, actor="t")


def test_backup_rotation_keeps_newest(tmp_path: Path) -> None:
    path = tmp_path / "r.db"
    with open_store(path, create=True) as store:
        store.set_setting("backups_keep", 3)
        for n in range(5):
            add_area(store, str(n))
            backup_now(store)
    backups = list_backups(path)
    assert len(backups) == 3
    with open_store(backups[-1], migrate=False) as newest:
        assert newest.db["area"].count == 5


def test_restore_replaces_and_keeps_current_aside(tmp_path: Path) -> None:
    path = tmp_path / "live.db"
    with open_store(path, create=True) as store:
        add_area(store, "before")
        saved = backup_now(store, tmp_path / "saved.db")
        add_area(store, "after")
    aside = restore(saved, path)
    with open_store(path) as store:
        codes = [r["code"] for r in store.db.query("SELECT code FROM area")]
    assert codes == ["before"]
    assert aside is not None
    with open_store(aside, migrate=False) as old:
        assert old.db["area"].count == 2


def test_restore_refuses_a_damaged_backup_and_keeps_the_database(tmp_path: Path) -> None:
    path = tmp_path / "live.db"
    with open_store(path, create=True) as store:
        add_area(store, "keep")
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"not a database at all")
    with pytest.raises(DatabaseError):
        restore(bad, path)
    with open_store(path) as store:
        assert store.db["area"].count == 1


def test_daily_backup_only_when_the_newest_is_a_day_old(tmp_path: Path) -> None:
    import os
    import time

    from riverchief.db import backup_if_due

    path = tmp_path / "d.db"
    with open_store(path, create=True) as store:
        first = backup_if_due(store)
        assert first is not None and first.name.endswith("-daily.db")
        assert backup_if_due(store) is None  # one today already
        day_ago = time.time() - 25 * 3600
        os.utime(first, (day_ago, day_ago))
        second = backup_if_due(store)
        assert second is not None and second != first
    assert len(list_backups(path)) == 2


def test_backups_before_imports_and_migrations_follow_the_setting(tmp_path: Path) -> None:
    from riverchief.db import backup_before_import, backups_keep, set_backups_keep
    from riverchief.errors import UserError

    path = tmp_path / "k.db"
    with open_store(path, create=True) as store:
        assert backups_keep(store) == 10
        set_backups_keep(store, 2)
        for _ in range(4):
            made = backup_before_import(store, "Registry import (XLSX)")
        assert made.name.endswith("-before-registry-import-xlsx.db")
        with pytest.raises(UserError):
            set_backups_keep(store, 0)
        assert backups_keep(store) == 2
    assert len(list_backups(path)) == 2


def test_a_backup_stopped_half_way_is_cleared_by_the_next(tmp_path: Path) -> None:
    path = tmp_path / "r.db"
    with open_store(path, create=True) as store:
        first = backup_now(store)
        stopped = first.parent / "r-20260101-000000-before-migration.db.part"
        stopped.write_bytes(b"half a copy")
        other = first.parent / "other-20260101-000000-manual.db.part"
        other.write_bytes(b"another database's")
        backup_now(store)
    assert not stopped.exists()
    assert other.exists()  # another database's backups are not this one's business
    assert len(list_backups(path)) == 2


def test_an_old_backup_open_elsewhere_does_not_stop_the_next(tmp_path: Path,
                                                             monkeypatch) -> None:
    """Windows will not delete a file another program has open (the oldest backup, opened
    in a database browser): removing it failed, and with it the backup before an import
    or a migration, and so the import or the migration."""
    path = tmp_path / "r.db"
    with open_store(path, create=True) as store:
        store.set_setting("backups_keep", 2)
        held = backup_now(store)
        backup_now(store)
        unlink = Path.unlink

        def refuse(self: Path, missing_ok: bool = False) -> None:
            if self == held:
                raise PermissionError(32, "being used by another process", str(self))
            unlink(self, missing_ok=missing_ok)

        monkeypatch.setattr(Path, "unlink", refuse)
        newest = backup_now(store)
        add_area(store, "after")
        monkeypatch.setattr(Path, "unlink", unlink)  # the browser was closed
        backup_now(store)
    assert newest.exists() and not held.exists()
    assert len(list_backups(path)) == 2


def test_a_scratch_copy_windows_keeps_does_not_fail_the_restore(tmp_path: Path,
                                                                monkeypatch) -> None:
    """The backup is verified on a scratch copy, removed afterwards; Windows refusing that
    removal (a scanner reading the copy) turned a finished restore into an error. The
    next restore's scratch copy has a name of its own."""
    path = tmp_path / "live.db"
    with open_store(path, create=True) as store:
        add_area(store, "kept")
        saved = backup_now(store)
        add_area(store, "later")
    unlink = Path.unlink

    def scanner(self: Path, missing_ok: bool = False) -> None:
        if ".verify" in self.name:
            raise PermissionError(13, "Access is denied", str(self))
        unlink(self, missing_ok=missing_ok)

    monkeypatch.setattr(Path, "unlink", scanner)
    restore(saved, path)
    left = list(path.parent.glob("*.verify"))
    assert len(left) == 1
    restore(saved, path)
    assert len(list(path.parent.glob("*.verify"))) == 2
    with open_store(path) as restored:
        assert [r["code"] for r in restored.db["area"].rows] == ["kept"]


@pytest.mark.parametrize(("platform", "same"), [("win32", True), ("linux", False)])
def test_backups_of_a_name_typed_in_another_case(tmp_path: Path, monkeypatch, platform: str,
                                                 same: bool) -> None:
    """On Windows ``--db D:\\河长办\\RIVERCHIEF.DB`` is the file the app opens as
    riverchief.db: its backups are that database's (the daily check and the rotation
    missed them); on Linux they are two databases."""
    import sys

    path = tmp_path / "riverchief.db"
    folder = tmp_path / "backups"
    folder.mkdir()
    typed = folder / "RIVERCHIEF-20260701-083000-manual.db"
    typed.write_bytes(b"")
    monkeypatch.setattr(sys, "platform", platform)
    assert (list_backups(path) == [typed]) is same


def test_a_backup_to_a_pulled_usb_stick_is_one_line(tmp_path: Path, capsys) -> None:
    """``riverchief db backup -o E:\\备份.db`` with the stick pulled: a message naming the
    file, not a traceback."""
    from riverchief.cli import main

    db = tmp_path / "河长.db"
    assert main(["--db", str(db), "db", "init"]) == 0
    capsys.readouterr()
    gone = tmp_path / "not-a-folder"
    gone.write_bytes(b"")  # a file where the folder should be: nothing can be made in it
    out = gone / "备份.db"
    assert main(["--db", str(db), "db", "backup", "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(out) in err and "Traceback" not in err


def test_a_backup_on_a_write_protected_stick_is_restored(tmp_path: Path, monkeypatch) -> None:
    """The backup was checked on a copy made beside it: on a write-protected USB stick or
    SD card, a CD or a read-only share that failed ("Cannot read the backup")."""
    import shutil

    from riverchief.db.restore import verify_backup

    path = tmp_path / "live.db"
    stick = tmp_path / "U盘"
    stick.mkdir()
    with open_store(path, create=True) as store:
        add_area(store, "kept")
        saved = backup_now(store, stick / "河长备份.db")
        add_area(store, "later")
    copy = shutil.copyfile

    def write_protected(src, dst, *args, **kwargs):
        if Path(dst).parent == stick:
            raise OSError(30, "Read-only file system", str(dst))
        return copy(src, dst, *args, **kwargs)

    monkeypatch.setattr(shutil, "copyfile", write_protected)
    assert verify_backup(saved) > 0
    restore(saved, path)
    with open_store(path) as restored:
        assert [r["code"] for r in restored.db["area"].rows] == ["kept"]
    assert sorted(p.name for p in stick.iterdir()) == ["河长备份.db"]
