"""A database in a folder a sync client copies (OneDrive, Dropbox, 坚果云, 百度网盘同步盘):
found from Windows' OneDrive variables and from the folders' names, and said as a warning
line by the command line (the GUI's box is tests/ui/test_windows_shell.py). Windows is
played with its variables and paths given to riverchief.db.location."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from riverchief.cli import main
from riverchief.db import open_store
from riverchief.db.location import (
    SyncFolder,
    local_folder_suggestion,
    sync_folder,
    sync_warning,
)

WINDOWS_ENV = {
    "OneDrive": "C:\\Users\\张三\\OneDrive - 河长办",
    "OneDriveCommercial": "C:\\Users\\张三\\OneDrive - 河长办",
    "OneDriveConsumer": "D:\\云盘\\",
    "USERPROFILE": "C:\\Users\\张三",
}


@pytest.mark.parametrize(("path", "folder"), [
    ("C:\\Users\\张三\\OneDrive - 河长办\\文档\\河长\\riverchief.db",
     "C:\\Users\\张三\\OneDrive - 河长办"),
    # Windows ignores case; a personal OneDrive moved to another drive and renamed
    ("c:\\users\\张三\\onedrive - 河长办\\riverchief.db", "c:\\users\\张三\\onedrive - 河长办"),
    ("D:\\云盘\\备份\\riverchief.db", "D:\\云盘"),
    ("d:/云盘/riverchief.db", "d:\\云盘"),
])
def test_windows_onedrive_folders_from_its_variables(path: str, folder: str) -> None:
    assert sync_folder(path, environ=WINDOWS_ENV, windows=True) == SyncFolder("OneDrive",
                                                                              folder)


@pytest.mark.parametrize("path", [
    "C:\\Users\\张三\\AppData\\Local\\RiverChief\\riverchief.db",
    "C:\\Users\\张三\\OneDriveTemp\\riverchief.db",  # beside it, not in it
    "D:\\云盘备份\\riverchief.db",
    "D:\\云盘",  # the folder itself is no file in it
    "E:\\河长办\\OneDrive.db",  # a file's own name is no folder
])
def test_windows_folders_no_client_copies(path: str) -> None:
    assert sync_folder(path, environ=WINDOWS_ENV, windows=True) is None


def test_without_the_variables_the_name_still_tells() -> None:
    assert sync_folder("C:\\Users\\李四\\OneDrive\\r.db", environ={}, windows=True) == (
        SyncFolder("OneDrive", "C:\\Users\\李四\\OneDrive"))
    # and the variables mean nothing off Windows
    assert sync_folder("/D:/云盘/r.db", environ=WINDOWS_ENV, windows=False) is None


@pytest.mark.parametrize(("path", "client", "folder"), [
    ("/home/zs/Dropbox/河长/r.db", "Dropbox", "/home/zs/Dropbox"),
    ("/home/zs/Dropbox (河长办)/r.db", "Dropbox", "/home/zs/Dropbox (河长办)"),
    ("/home/zs/OneDrive - 河长办/r.db", "OneDrive", "/home/zs/OneDrive - 河长办"),
    ("/home/zs/Nutstore Files/我的坚果云/r.db", "Nutstore", "/home/zs/Nutstore Files"),
    ("/media/d/我的坚果云/r.db", "Nutstore", "/media/d/我的坚果云"),
    ("/media/d/BaiduSyncdisk/r.db", "Baidu sync disk", "/media/d/BaiduSyncdisk"),
    ("/media/d/百度网盘同步盘/r.db", "Baidu sync disk", "/media/d/百度网盘同步盘"),
    ("/Users/zs/Library/Mobile Documents/com~apple~CloudDocs/r.db", "iCloud Drive",
     "/Users/zs/Library/Mobile Documents/com~apple~CloudDocs"),
])
def test_client_folders_by_name(path: str, client: str, folder: str) -> None:
    assert sync_folder(path, environ={}, windows=False) == SyncFolder(client, folder)


def test_a_relative_name_is_taken_from_the_working_folder(tmp_path: Path,
                                                          monkeypatch) -> None:
    synced = tmp_path / "Dropbox" / "河长"
    synced.mkdir(parents=True)
    monkeypatch.chdir(synced)
    found = sync_folder("riverchief.db", environ={}, windows=False)
    assert found == SyncFolder("Dropbox", str(tmp_path / "Dropbox"))


def test_the_warning_names_the_client_the_folder_and_a_local_folder(tmp_data: Path) -> None:
    text = sync_warning("C:\\Users\\张三\\OneDrive - 河长办\\文档\\riverchief.db",
                        environ=WINDOWS_ENV, windows=True)
    assert text is not None
    assert "OneDrive 同步的文件夹中（C:\\Users\\张三\\OneDrive - 河长办）" in text
    assert "冲突副本" in text and str(tmp_data) in text  # the app's own data folder
    text = sync_warning("/media/d/我的坚果云/r.db", environ={}, windows=False)
    assert text is not None and "坚果云 同步的文件夹" in text
    assert sync_warning("/media/d/河长/r.db", environ={}, windows=False) is None


def test_the_suggested_folder_is_never_a_synced_one(monkeypatch, tmp_path: Path) -> None:
    """OneDrive may hold the data folder's drive too ("known folder move", a redirected
    profile): the suggestion is then Documents\\RiverChief, or the drive's top."""
    monkeypatch.setenv("RIVERCHIEF_DATA", str(tmp_path / "OneDrive" / "RiverChief"))
    monkeypatch.setattr(Path, "home", classmethod(lambda cls: tmp_path / "home"))
    assert local_folder_suggestion(environ={}, windows=False) == str(
        tmp_path / "home" / "Documents" / "RiverChief")
    monkeypatch.setattr(Path, "home", classmethod(lambda cls: tmp_path / "Dropbox"))
    assert local_folder_suggestion(environ={}, windows=False) == str(
        tmp_path / "Dropbox" / "RiverChief")  # nothing better off Windows
    assert local_folder_suggestion(environ={}, windows=True) == "C:\\RiverChief"


# ---- the command line --------------------------------------------------------------

@pytest.fixture
def synced_db(tmp_path: Path) -> Path:
    path = tmp_path / "OneDrive" / "文档" / "riverchief.db"
    path.parent.mkdir(parents=True)
    open_store(path, create=True).close()
    return path


def test_db_check_says_it_as_a_warning_line(synced_db: Path, capsys) -> None:
    assert main(["--db", str(synced_db), "db", "check"]) == 0  # a warning, not a failure
    out, err = capsys.readouterr()
    assert f"{synced_db}: ok (schema version" in out
    lines = err.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"riverchief: 警告：{synced_db}：此数据库位于 OneDrive 同步的")
    assert str(synced_db.parent.parent) in lines[0]


def test_the_warning_stays_off_standard_output(synced_db: Path, capsys) -> None:
    assert main(["--db", str(synced_db), "--lang", "en", "db", "check", "--format",
                 "json"]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out) == []
    assert err.startswith(f"riverchief: warning: {synced_db}: This database is in a folder "
                          "that OneDrive synchronises")


def test_once_per_file_however_often_a_command_opens_it(synced_db: Path, capsys) -> None:
    from riverchief.cli import DatabaseWarnings

    handler = DatabaseWarnings()
    log = logging.getLogger("riverchief.db.location")
    log.addHandler(handler)
    try:
        for _ in range(3):
            open_store(synced_db).close()
    finally:
        log.removeHandler(handler)
    assert capsys.readouterr().err.count("警告") == 1
    assert main(["--db", str(synced_db), "db", "backup"]) == 0
    assert main(["--db", str(synced_db), "problems", "list"]) == 0
    assert capsys.readouterr().err.count("警告") == 2  # one for each command run


def test_a_local_database_has_no_warning(tmp_path: Path, capsys) -> None:
    path = tmp_path / "河长" / "riverchief.db"
    path.parent.mkdir()
    assert main(["--db", str(path), "db", "init"]) == 0
    assert main(["--db", str(path), "db", "check"]) == 0
    assert capsys.readouterr().err == ""


def test_the_app_s_log_hears_of_it(synced_db: Path, caplog) -> None:
    with caplog.at_level(logging.WARNING, logger="riverchief.db.location"):
        open_store(synced_db).close()
    [record] = caplog.records
    assert record.db_path == str(synced_db) and "OneDrive" in record.getMessage()


def test_opening_elsewhere_prints_nothing(synced_db: Path, capsys) -> None:
    """Outside the command line (the GUI's tasks, a script) nothing reaches stderr."""
    open_store(synced_db).close()
    assert capsys.readouterr().err == ""


def test_a_link_into_a_synced_folder_is_followed(tmp_path: Path) -> None:
    """A shortcut folder (a symlink; on Windows a junction) that leads into Dropbox."""
    synced = tmp_path / "Dropbox" / "河长"
    synced.mkdir(parents=True)
    (synced / "riverchief.db").write_bytes(b"")
    link = tmp_path / "河长数据"
    link.symlink_to(synced, target_is_directory=True)
    found = sync_folder(link / "riverchief.db", environ={})
    assert found == SyncFolder("Dropbox", str(tmp_path / "Dropbox"))
