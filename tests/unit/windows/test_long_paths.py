"""Windows without long-path support cannot write a path of 260 characters or more, and
says only "No such file or directory" for a folder that exists: every file the app writes
under a folder the user chose (reports, exports, packages, backups, media copies) is
refused first with a message naming the file. Windows is played on Linux, where such a
path is written without complaint (so each test fails without the check).
"""

from __future__ import annotations

import hashlib
import os
import types
from pathlib import Path

import pytest

from riverchief import files
from riverchief.errors import UserError
from riverchief.files import MAX_PATH, check_length, part_path


@pytest.fixture
def windows(monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows 10 as installed: the registry's LongPathsEnabled off."""
    monkeypatch.setattr(files, "on_windows", lambda: True)
    monkeypatch.setattr(files, "long_paths_enabled", lambda: False)


def deep_folder(base: Path, length: int) -> Path:
    """A folder whose absolute path is ``length`` characters long (made on disk)."""
    here = str(base.resolve())
    parts = []
    left = length - len(here)
    while left > 0:
        n = min(left - 1, 100)
        if n <= 0:  # a lone separator left over: lengthen the previous part
            parts[-1] += "x"
            break
        parts.append("文" * 2 + "d" * (n - 2))
        left -= n + 1
    folder = Path(here, *parts)
    folder.mkdir(parents=True, exist_ok=True)
    assert len(str(folder)) == length
    return folder


def long_file(base: Path, name: str = "报表.pdf") -> Path:
    """A file whose path is over the limit, in a folder that exists."""
    return deep_folder(base, MAX_PATH - len(name)) / name


def test_a_path_over_the_limit_is_refused_naming_the_file(windows, tmp_path: Path,
                                                           english) -> None:
    out = long_file(tmp_path)
    with pytest.raises(UserError) as caught:
        check_length(out)
    assert caught.value.where == str(out)
    assert "too long for Windows" in str(caught.value)
    assert f"{len(str(out))} characters" in str(caught.value)


def test_the_temporary_name_counts_too(windows, tmp_path: Path) -> None:
    folder = deep_folder(tmp_path, MAX_PATH - 10)
    fits = folder / "a.pdf"  # 259 - 4 characters: the file itself could be written
    assert len(str(fits)) < MAX_PATH
    check_length(fits)
    with pytest.raises(UserError):
        part_path(fits)  # but not its 'a.pdf.part' on the way
    shorter = deep_folder(tmp_path, MAX_PATH - 20) / "a.pdf"
    assert part_path(shorter) == shorter.with_name("a.pdf.part")


def test_nothing_is_refused_elsewhere_or_with_long_paths_on(tmp_path: Path,
                                                           monkeypatch) -> None:
    out = long_file(tmp_path)
    monkeypatch.setattr(files.sys, "platform", "linux")
    check_length(out)
    monkeypatch.setattr(files.sys, "platform", "win32")
    monkeypatch.setattr(files, "long_paths_enabled", lambda: True)
    check_length(out)
    monkeypatch.setattr(files, "long_paths_enabled", lambda: False)
    with pytest.raises(UserError):
        check_length(out)
    check_length("\\\\?\\C:\\" + "d" * 300 + "\\报表.pdf")  # the extended form has no limit


class _FakeNtdll:
    def __init__(self, answer: int | None) -> None:
        if answer is not None:
            self.RtlAreLongPathsEnabled = lambda: answer


@pytest.mark.parametrize(("answer", "enabled"), [(1, True), (0, False), (None, False)])
def test_long_path_support_is_asked_of_windows(monkeypatch, answer: int | None,
                                               enabled: bool) -> None:
    """ntdll answers for the registry and the executable's manifest together; Windows
    before 10 1607 lacks the function: no long paths."""
    import ctypes

    class Fn:
        def __init__(self, value: int) -> None:
            self.value = value

        def __call__(self) -> int:
            return self.value

    ntdll = types.SimpleNamespace()
    if answer is not None:
        ntdll.RtlAreLongPathsEnabled = Fn(answer)
    monkeypatch.setattr(ctypes, "windll", types.SimpleNamespace(ntdll=ntdll), raising=False)
    assert files.long_paths_enabled() is enabled


def test_without_windows_there_is_no_windll(monkeypatch) -> None:
    import ctypes

    monkeypatch.delattr(ctypes, "windll", raising=False)
    assert files.long_paths_enabled() is False


# ---- the places that write ---------------------------------------------------------

def test_cli_output_file(windows, tmp_path: Path) -> None:
    from riverchief.cli.output import write_text

    out = long_file(tmp_path, "list.csv")
    with pytest.raises(UserError) as caught:
        write_text(out, "a,b\n")
    assert caught.value.where == str(out)
    assert os.listdir(out.parent) == []


def test_backup_to_a_chosen_file(windows, store, tmp_path: Path) -> None:
    from riverchief.db import backup_now

    dest = long_file(tmp_path, "备份.db")
    with pytest.raises(UserError):
        backup_now(store, dest)
    assert os.listdir(dest.parent) == []


def test_problem_ledger_export(windows, tmp_path: Path) -> None:
    from riverchief.problems.export import write_table

    out = long_file(tmp_path, "问题台账.xlsx")
    with pytest.raises(UserError):
        write_table(out, "问题", ["编号"], [["P-1"]])
    assert os.listdir(out.parent) == []


def test_chart_export(windows, tmp_path: Path) -> None:
    from riverchief.charts import new_figure, save_figure

    out = long_file(tmp_path, "chart.png")
    fig = new_figure()
    with pytest.raises(UserError):
        save_figure(fig, out)
    assert os.listdir(out.parent) == []


def test_media_copied_beside_a_database_in_a_deep_folder(windows, tmp_path: Path) -> None:
    """Photos go to <database>.media\\ab\\<64 hex digits>: a database 175 characters deep
    opens, and its photos cannot be written."""
    from riverchief.db import open_store
    from riverchief.exchange.media import store_media_bytes

    folder = deep_folder(tmp_path, 175)
    data = b"a photo"
    sha = hashlib.sha256(data).hexdigest()
    with open_store(folder / "riverchief.db", create=True) as store:
        with pytest.raises(UserError) as caught:
            store_media_bytes(store, sha, data)
        assert sha in caught.value.where
    assert not (folder / "riverchief.db.media").exists() or not any(
        (folder / "riverchief.db.media").rglob("*.part"))


def test_a_short_path_is_written_as_before(windows, tmp_path: Path) -> None:
    from riverchief.cli.output import write_text

    out = tmp_path / "list.csv"
    write_text(out, "a,b\n")
    assert out.read_text(encoding="utf-8-sig") == "a,b\n"


def test_a_new_database_in_a_deep_folder(windows, tmp_path: Path) -> None:
    """SQLite writes its journal beside the file (name + '-journal'): a database whose
    path leaves no room for it is refused before anything is made."""
    from riverchief.db import open_store

    path = deep_folder(tmp_path, MAX_PATH - 10) / "r.db"  # 255: no room for -journal
    with pytest.raises(UserError) as caught:
        open_store(path, create=True)
    assert caught.value.where == str(path)
    assert os.listdir(path.parent) == []
    roomy = deep_folder(tmp_path, MAX_PATH - 30) / "r.db"
    open_store(roomy, create=True).close()
