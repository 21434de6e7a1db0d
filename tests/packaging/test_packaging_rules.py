"""The rules of the PyInstaller bundle (packaging/bundle.py), checked without building it."""

from __future__ import annotations

import ast
import shutil
import struct
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

import bundle  # noqa: E402


def test_version_comes_from_pyproject() -> None:
    with (ROOT / "pyproject.toml").open("rb") as f:
        assert bundle.project_version() == tomllib.load(f)["project"]["version"]


@pytest.mark.parametrize(
    ("text", "numbers"),
    [("0.1.0", (0, 1, 0, 0)), ("1.2", (1, 2, 0, 0)), ("2.0.1rc3", (2, 0, 1, 0)),
     ("3.4.5.6.7", (3, 4, 5, 6))],
)
def test_numeric_version(text: str, numbers: tuple[int, int, int, int]) -> None:
    assert bundle.numeric_version(text) == numbers


def test_dist_info_gives_importlib_metadata_the_version(tmp_path: Path) -> None:
    from importlib.metadata import PathDistribution

    bundle.write_dist_info(tmp_path, "0.1.0")
    folder = bundle.write_dist_info(tmp_path, "9.8.7")  # a rebuild replaces the old one
    assert [p.name for p in tmp_path.iterdir()] == ["riverchief-9.8.7.dist-info"]
    dist = PathDistribution(folder)
    assert (dist.metadata["Name"], dist.version) == ("riverchief", "9.8.7")


def test_windows_version_resource_is_valid() -> None:
    """PyInstaller evaluates the file with its versioninfo classes (which need pefile, a
    Windows-only package); here the same names record what they are given."""

    def record(kind: str):  # type: ignore[no-untyped-def]
        return lambda *args, **kwargs: (kind, args, kwargs)

    names = ("VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable",
             "StringStruct", "VarFileInfo", "VarStruct")
    text = bundle.windows_version_info("1.2.3", "riverchief-gui", "RiverChief 河长巡河")
    info = eval(text, {n: record(n) for n in names})
    ffi = info[2]["ffi"]
    assert ffi[2]["filevers"] == ffi[2]["prodvers"] == (1, 2, 3, 0)
    string_file_info = info[2]["kids"][0]
    table = string_file_info[1][0][0]
    assert table[1][0] == "080404b0"
    strings = dict(entry[1] for entry in table[1][1])
    assert strings["ProductVersion"] == "1.2.3"
    assert strings["OriginalFilename"] == "riverchief-gui.exe"
    assert strings["FileDescription"] == "RiverChief 河长巡河"


def _qt_modules_imported(folder: Path) -> set[str]:
    found = set()
    for path in folder.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6."):
                found.add(".".join(node.module.split(".")[:2]))
            elif isinstance(node, ast.Import):
                found |= {".".join(a.name.split(".")[:2]) for a in node.names
                          if a.name.startswith("PySide6.")}
    return found


def test_no_qt_module_the_app_imports_is_excluded() -> None:
    """A room that starts using an excluded Qt module must take it off the list."""
    used = _qt_modules_imported(ROOT / "ui") | _qt_modules_imported(ROOT / "packaging")
    assert "PySide6.QtWidgets" in used
    assert used & set(bundle.EXCLUDES) == set()
    for kept in ("PySide6.QtPdf", "PySide6.QtPdfWidgets", "PySide6.QtPrintSupport",
                 "PySide6.QtSvg"):
        assert kept not in bundle.EXCLUDES and kept in bundle.DEPENDENCY_IMPORTS


def test_every_declared_dependency_is_bundled() -> None:
    with (ROOT / "pyproject.toml").open("rb") as f:
        declared = tomllib.load(f)["project"]["dependencies"]
    top = {d.split(".")[0] for d in bundle.DEPENDENCY_IMPORTS}
    import_names = {"PySide6-Essentials": "PySide6", "pyside6-pdf": "PySide6",
                    "sqlite-utils": "sqlite_utils", "Pillow": "PIL", "pillow-heif": "pillow_heif",
                    "pyshp": "shapefile"}
    for requirement in declared:
        name = requirement.split(">")[0].split("<")[0].split("=")[0].strip()
        assert import_names.get(name, name) in top, name


@pytest.mark.parametrize(
    ("dest", "dropped"),
    [
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", True),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", False),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
        ("PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so", True),
        ("PySide6/Qt/lib/libQt6WaylandClient.so.6", True),
        ("PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so", False),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", False),
        ("PySide6/Qt/plugins/platforms/qwindows.dll", False),
        ("PySide6/plugins/platforms/qwindows.dll", False),
        ("PySide6/Qt/plugins/imageformats/libqtiff.so", True),
        ("PySide6/plugins/imageformats/qtiff.dll", True),
        ("PySide6/plugins/imageformats/qjpeg.dll", False),
        ("PySide6/Qt/plugins/imageformats/libqpdf.so", False),
        ("PySide6/translations/qtbase_zh_CN.qm", False),
        ("PySide6/Qt/translations/qtbase_de.qm", True),
        ("PySide6\\translations\\qtbase_fr.qm", True),
        ("matplotlib/mpl-data/fonts/ttf/DejaVuSans.ttf", False),
        ("matplotlib/mpl-data/fonts/ttf/LastResortHE-Regular.ttf", False),
        ("matplotlib/mpl-data/fonts/afm/pagd8a.afm", True),
        ("libcairo.so.2", True),
        ("PySide6/opengl32sw.dll", True),
        ("PySide6\\Qt6Gui.dll", False),
        ("resources/fonts/wqy-microhei.ttc", False),
    ],
)
def test_drop_patterns(dest: str, dropped: bool) -> None:
    assert bundle.keep(dest) is not dropped


def test_only_system_copies_of_desktop_libraries_are_left_out() -> None:
    assert bundle.is_linux_system_lib("libglib-2.0.so.0", "/lib/x86_64-linux-gnu/libglib-2.0.so.0")
    assert bundle.is_linux_system_lib("libxcb-icccm.so.4", "/usr/lib/x86_64-linux-gnu/x.so")
    # a wheel's own copy, Python's libraries, and the database engine stay in the bundle
    assert not bundle.is_linux_system_lib(
        "pillow.libs/libxcb-9065bb12.so.1.1.0", "/site-packages/pillow.libs/libxcb.so")
    assert not bundle.is_linux_system_lib("libxcb.so.1", "/site-packages/pillow.libs/libxcb.so.1")
    assert not bundle.is_linux_system_lib("libsqlite3.so.0", "/usr/lib/libsqlite3.so.0")
    assert not bundle.is_linux_system_lib("libssl.so.3", "/usr/lib/libssl.so.3")
    assert not bundle.is_linux_system_lib("libgssapi_krb5.so.2", "/usr/lib/libgssapi_krb5.so.2")


def _elf_with_load(path: Path, offset: int, vaddr: int) -> Path:
    header = bytearray(64)
    header[:6] = b"\x7fELF\x02\x01"
    struct.pack_into("<Q", header, 0x20, 64)  # e_phoff
    struct.pack_into("<HH", header, 0x36, 56, 1)  # e_phentsize, e_phnum
    phdr = struct.pack("<IIQQQQQQ", 1, 5, offset, vaddr, vaddr, 16, 16, 4096)
    path.write_bytes(bytes(header) + phdr)
    return path


def test_elf_check_finds_misaligned_segments(tmp_path: Path) -> None:
    assert bundle.elf_loadable(_elf_with_load(tmp_path / "good.so", 0x1000, 0x201000))
    assert not bundle.elf_loadable(_elf_with_load(tmp_path / "bad.so", 0x1040, 0x201000))
    assert bundle.elf_loadable(Path(sys.executable).resolve()) or sys.platform != "linux"


@pytest.mark.skipif(sys.platform != "linux" or shutil.which("strip") is None,
                    reason="GNU strip is a Linux tool")
def test_stripped_copy_of_a_real_library_still_loads(tmp_path: Path) -> None:
    import _sqlite3
    import ctypes

    lib = Path(_sqlite3.__file__)
    out = Path(bundle.stripped_copy(str(lib), tmp_path))
    assert out != lib and out.stat().st_size <= lib.stat().st_size  # (may be stripped already)
    assert bundle.stripped_copy(str(lib), tmp_path) == str(out)  # cached
    ctypes.CDLL(str(out))  # the loader accepts the stripped copy


def test_inno_setup_script_installs_per_user_and_keeps_data() -> None:
    iss = (ROOT / "packaging" / "riverchief.iss").read_text(encoding="utf-8-sig")
    settings = dict(
        line.split("=", 1) for line in iss.splitlines()
        if "=" in line and not line.startswith((";", "#", "Name:", "Source:", "Type:"))
        and ":" not in line.split("=", 1)[0]
    )
    assert settings["PrivilegesRequired"] == "lowest"
    # the user's own folders: %LOCALAPPDATA%\Programs for the program, a Start-menu entry
    assert settings["DefaultDirName"].startswith("{userpf}")
    assert "[Icons]" in iss and 'Name: "{autoprograms}' in iss
    assert settings["AppVersion"] == "{#AppVersion}"  # from pyproject via build.py
    assert f"{bundle.GUI_NAME}.exe" in iss and f"{bundle.CLI_NAME}.cmd" in iss
    # data is removed only when the user ticks the box on uninstall
    assert "DelTree" in iss and "MB_YESNO" in iss and "MB_DEFBUTTON2" in iss


def test_the_frozen_command_line_reads_passwords_without_echo(monkeypatch) -> None:
    """The windowed executable has no standard streams; the command line opens them on
    the console of riverchief.cmd. getpass on Windows reads a password without echo only
    when ``sys.stdin is sys.__stdin__``: otherwise it warns "Password input may be
    echoed" and shows the password (users add, packages export)."""
    import ctypes
    import io
    import types

    import frozen_setup

    opened: list[str] = []

    def console(name: str, mode: str = "r", encoding: str | None = None) -> io.StringIO:
        opened.append(name)
        return io.StringIO()

    kernel32 = types.SimpleNamespace(AttachConsole=lambda pid: 1)
    monkeypatch.setattr(ctypes, "windll", types.SimpleNamespace(kernel32=kernel32),
                        raising=False)
    monkeypatch.setattr(frozen_setup, "open", console, raising=False)
    monkeypatch.setattr(sys, "platform", "win32")
    for name in ("stdin", "stdout", "stderr", "__stdin__", "__stdout__", "__stderr__"):
        monkeypatch.setattr(sys, name, None)
    frozen_setup.attach_console()
    assert sorted(opened) == ["CONIN$", "CONOUT$", "CONOUT$"]
    assert sys.stdin is sys.__stdin__ and sys.stdin is not None
    assert sys.stdout is sys.__stdout__ and sys.stderr is sys.__stderr__


@pytest.mark.parametrize("platform", ["win32", "linux"])
def test_the_command_line_wrapper(tmp_path: Path, monkeypatch, platform: str) -> None:
    """riverchief.cmd (written on Windows only) runs the app's executable beside it with
    --cli and every argument, hands back its exit status, and is ASCII with CRLF, as
    cmd.exe reads batch files in the console's code page."""
    import build

    monkeypatch.setattr(sys, "platform", platform)
    path = build.write_cli_wrapper(tmp_path)
    data = path.read_bytes()
    if platform == "win32":
        assert path.name == f"{bundle.CLI_NAME}.cmd"
        data.decode("ascii")
        assert data.count(b"\r\n") == data.count(b"\n") == 4
        text = data.decode()
        assert f'"%~dp0{bundle.GUI_NAME}.exe" --cli %*' in text
        assert "exit /b %ERRORLEVEL%" in text
    else:
        assert path.name == bundle.CLI_NAME and b"\r" not in data
        assert f'/{bundle.GUI_NAME}" --cli "$@"'.encode() in data


def test_the_self_check_is_not_failed_by_a_scanner(monkeypatch, tmp_path: Path) -> None:
    """On Windows an antivirus scanner reading the database the self-check just made keeps
    it from being deleted: the check itself passed, and said FAIL."""
    import os
    import tempfile

    import self_check

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    unlink = os.unlink

    def scanned(path, *args, **kwargs):
        if str(path).endswith(".db"):
            raise PermissionError(13, "Access is denied", str(path))
        return unlink(path, *args, **kwargs)

    monkeypatch.setattr(os, "unlink", scanned)
    assert "Chinese" in self_check._database()
