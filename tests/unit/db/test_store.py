"""The store: creation, settings of every connection, refusals that leave files untouched."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

from riverchief.db import APPLICATION_ID, integrity_report, open_store
from riverchief.db import migrations as migrations_module
from riverchief.errors import DatabaseError, UserError


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_fresh_database_has_every_migration_and_our_mark(tmp_path: Path) -> None:
    with open_store(tmp_path / "new.db", create=True) as store:
        assert store.schema_version() == len(migrations_module.migration_names())
        assert store.installation_id
        assert store.conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert integrity_report(store) == []


def test_connection_settings_are_durable(tmp_path: Path) -> None:
    with open_store(tmp_path / "d.db", create=True) as store:
        conn = store.conn
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000


def test_missing_file_without_create_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError) as err:
        open_store(tmp_path / "nothing.db")
    assert "nothing.db" in str(err.value)
    assert not (tmp_path / "nothing.db").exists()


def test_text_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("这不是数据库\n", encoding="utf-8")
    before = digest(path)
    with pytest.raises(DatabaseError) as err:
        open_store(path, create=True)
    assert "notes.db" in str(err.value)
    assert "不是河长巡河数据库" in str(err.value)
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.db"]


def test_other_programs_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "firefox.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    conn.execute("INSERT INTO moz_places (url) VALUES ('https://example.org')")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(DatabaseError) as err:
        open_store(path)
    assert "其他程序" in str(err.value)
    assert digest(path) == before
    assert not Path(str(path) + "-wal").exists()


def test_chinese_data_folder(tmp_path: Path) -> None:
    folder = tmp_path / "Users" / "张三" / "AppData" / "河长巡河"
    with open_store(folder / "河长.db", create=True) as store:
        store.set_setting("timezone", "Asia/Shanghai")
    with open_store(folder / "河长.db") as store:
        assert store.setting("timezone") == "Asia/Shanghai"


def test_read_only_folder_is_refused_with_advice(tmp_path: Path, monkeypatch) -> None:
    folder = tmp_path / "readonly"
    folder.mkdir()
    with open_store(folder / "a.db", create=True):
        pass
    os.chmod(folder, 0o555)
    try:
        if os.geteuid() == 0:
            # root ignores permission bits; emulate what a normal user's os.access says
            real_access = os.access
            monkeypatch.setattr(
                os, "access",
                lambda p, mode, **kw: False if Path(p) == folder and mode == os.W_OK
                else real_access(p, mode, **kw),
            )
        with pytest.raises(DatabaseError) as err:
            open_store(folder / "a.db")
        assert "只读" in str(err.value)
        assert str(folder) in str(err.value)
    finally:
        os.chmod(folder, 0o755)


def test_folder_instead_of_file(tmp_path: Path) -> None:
    (tmp_path / "x.db").mkdir()
    with pytest.raises(DatabaseError):
        open_store(tmp_path / "x.db")


def test_setting_roundtrip_keeps_types(store) -> None:
    store.set_setting("backups_keep", 7)
    store.set_setting("names", ["清河", "柳河"])
    assert store.setting("backups_keep") == 7
    assert store.setting("names") == ["清河", "柳河"]
    assert store.setting("absent", "default") == "default"


WRITER = """
import sys
from pathlib import Path
from riverchief.db import open_store
with open_store(Path(sys.argv[1])) as store:
    store.set_setting("written.elsewhere", 1)
"""


def test_another_process_writes_are_seen_after_a_second_open_here(tmp_path: Path) -> None:
    """A second open of a file this process already has open (a page's own reader, a job)
    must not drop the process's SQLite locks: another process closing its connection would
    then delete the WAL under the first connection, which would go on reading a stale copy
    (an import run in a task's process was invisible to the window)."""
    import subprocess
    import sys

    db = tmp_path / "shared.db"
    root = Path(__file__).resolve().parents[3]
    with open_store(db, create=True) as first:
        assert first.setting("written.elsewhere") is None
        with open_store(db) as second:
            assert second.setting("written.elsewhere") is None
        subprocess.run([sys.executable, "-c", WRITER, str(db)], check=True, cwd=root)
        assert first.setting("written.elsewhere") == 1
        assert (tmp_path / "shared.db-wal").exists()  # still the WAL the first one uses


@pytest.mark.parametrize(("windows_path", "uri"), [
    (r"C:\Users\张三\河长 数据#1\riverchief.db",
     "file:///C:/Users/%E5%BC%A0%E4%B8%89/%E6%B2%B3%E9%95%BF%20%E6%95%B0%E6%8D%AE%231/"
     "riverchief.db?mode=ro"),
    (r"\\nas\河长办\riverchief.db",
     "file:////nas/%E6%B2%B3%E9%95%BF%E5%8A%9E/riverchief.db?mode=ro"),
])
def test_sqlite_uri_of_windows_paths(monkeypatch, windows_path: str, uri: str) -> None:
    """The read-only connections open a URI: a drive letter needs an empty authority
    (file:///C:/...), a share's UNC path four slashes, and a user name in Chinese or a
    '#' in a folder's name percent-encoding (SQLite decodes it)."""
    from pathlib import PureWindowsPath

    from riverchief.db.connection import sqlite_uri

    monkeypatch.setattr(Path, "resolve", lambda self, strict=False: PureWindowsPath(str(self)))
    assert sqlite_uri(Path(windows_path)) == uri


def test_a_database_in_a_folder_named_like_a_uri_opens_read_only(tmp_path: Path) -> None:
    from riverchief.db.connection import connect

    folder = tmp_path / "河长 数据#1 100%"
    folder.mkdir()
    with open_store(folder / "河长.db", create=True) as store:
        store.set_setting("probe", "ok")
    conn = connect(folder / "河长.db", role="readonly")
    try:
        (value,) = conn.execute("SELECT value FROM setting WHERE key = 'probe'").fetchone()
    finally:
        conn.close()
    assert value == '"ok"'


@pytest.fixture
def windows_folders(monkeypatch: pytest.MonkeyPatch) -> None:
    """Opening a folder as a file, Windows says PermissionError, not IsADirectoryError."""
    real_open = Path.open
    real_read = Path.read_bytes

    def opening(self: Path, *args, **kwargs):
        if self.is_dir():
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    def reading(self: Path) -> bytes:
        if self.is_dir():
            raise PermissionError(13, "Permission denied", str(self))
        return real_read(self)

    monkeypatch.setattr(Path, "open", opening)
    monkeypatch.setattr(Path, "read_bytes", reading)


def test_a_folder_is_called_a_folder_on_windows(tmp_path: Path, english, windows_folders
                                                ) -> None:
    from riverchief.patrols.model import TrackFile

    (tmp_path / "x.db").mkdir()
    with pytest.raises(DatabaseError, match="This is a folder"):
        open_store(tmp_path / "x.db")
    (tmp_path / "track.gpx").mkdir()
    with pytest.raises(UserError, match="This is a folder"):
        TrackFile.from_path(tmp_path / "track.gpx")


def test_a_share_without_file_ids_still_checks_every_file(tmp_path: Path, monkeypatch) -> None:
    """Windows reports file id 0 for files on some network shares: every file there had
    the same key, and a second file was taken for the database already open and opened
    without its header checked."""
    real_stat = Path.stat

    def no_ids(self: Path, *args, **kwargs) -> os.stat_result:
        st = real_stat(self, *args, **kwargs)
        return os.stat_result((st.st_mode, 0, *tuple(st)[2:]))

    monkeypatch.setattr(Path, "stat", no_ids)
    notes = tmp_path / "notes.db"
    notes.write_text("这不是数据库\n", encoding="utf-8")
    with open_store(tmp_path / "河长.db", create=True):
        with pytest.raises(DatabaseError) as err:
            open_store(notes)
    assert "不是河长巡河数据库" in str(err.value)
