"""Network-share detection (rollback journal instead of WAL)."""

from __future__ import annotations

from pathlib import Path

from riverchief.db.location import is_network_path, is_unc

MOUNTS = """\
/dev/sda1 / ext4 rw 0 0
server:/export /mnt/office nfs4 rw 0 0
//nas/share /mnt/smb cifs rw 0 0
tmpfs /tmp tmpfs rw 0 0
"""


def test_unc_paths() -> None:
    assert is_unc(r"\\server\share\riverchief.db")
    assert is_unc("//server/share/riverchief.db")
    assert not is_unc(r"\\?\C:\data\riverchief.db")
    assert not is_unc(r"C:\Users\张三\riverchief.db")


def test_long_form_unc_paths() -> None:
    """Windows writes a share's path in the long form when it is long (or resolved)."""
    assert is_unc(r"\\?\UNC\server\share\河长办\riverchief.db")
    assert is_unc("//?/unc/server/share/riverchief.db")


def test_a_mapped_drive_resolved_to_its_share_is_a_network_path(monkeypatch) -> None:
    """Windows resolves Z:\\riverchief.db on a mapped drive to \\\\nas\\share\\riverchief.db;
    asking the drive type of that share's root is not needed to know it is a share."""
    import sys

    from riverchief.db import location

    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(location, "_windows_drive_is_remote", lambda path: False)
    monkeypatch.setattr(Path, "resolve", lambda self, strict=False: Path(
        "//nas/河长办/riverchief.db"))
    monkeypatch.setattr(Path, "exists", lambda self: True)
    assert is_network_path(Path("Z:/riverchief.db"))


def test_mounts(tmp_path: Path) -> None:
    assert is_network_path(Path("/mnt/office/河长/riverchief.db"), mounts_text=MOUNTS)
    assert is_network_path(Path("/mnt/smb/a.db"), mounts_text=MOUNTS)
    assert not is_network_path(Path("/home/user/a.db"), mounts_text=MOUNTS)
    assert not is_network_path(Path("/mnt/officeX/a.db"), mounts_text=MOUNTS)


def test_network_database_uses_rollback_journal(tmp_path: Path, monkeypatch) -> None:
    import riverchief.db as db

    monkeypatch.setattr(db, "is_network_path", lambda path: True)
    with db.open_store(tmp_path / "share.db", create=True) as store:
        assert store.journal_mode == "delete"
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert store.conn.execute("PRAGMA synchronous").fetchone()[0] == 2
