"""Build the one-folder bundle ``dist/RiverChief/`` (and, on Windows, the installer).

    python packaging/build.py                # the bundle, for this platform
    python packaging/build.py --installer    # Windows: then dist/RiverChief-X-setup.exe

The bundle holds one executable, ``riverchief-gui`` (the app), and beside it the command
line ``riverchief.cmd`` (Windows) or ``riverchief`` (Linux), a wrapper that runs
``riverchief-gui --cli ...``: one copy of everything instead of two executables each
carrying its own archive. The version comes from pyproject.toml.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bundle  # noqa: E402

ISS = bundle.PACKAGING / "riverchief.iss"


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


CMD_WRAPPER = """@echo off
rem RiverChief command line: riverchief NOUN VERB [options] (see riverchief --help)
"%~dp0{gui}.exe" --cli %*
exit /b %ERRORLEVEL%
"""

SH_WRAPPER = """#!/bin/sh
# RiverChief command line: riverchief NOUN VERB [options] (see riverchief --help)
exec "$(dirname "$(readlink -f "$0")")/{gui}" --cli "$@"
"""


def write_cli_wrapper(folder: Path) -> Path:
    """``riverchief.cmd`` (Windows, CRLF) or ``riverchief`` (elsewhere) beside the executable."""
    if sys.platform == "win32":
        path = folder / f"{bundle.CLI_NAME}.cmd"
        path.write_bytes(CMD_WRAPPER.format(gui=bundle.GUI_NAME).replace("\n", "\r\n")
                         .encode("ascii"))
    else:
        path = folder / bundle.CLI_NAME
        path.write_text(SH_WRAPPER.format(gui=bundle.GUI_NAME), encoding="utf-8")
        path.chmod(0o755)
    return path


def build_bundle(dist: Path, work: Path, *, clean: bool = True) -> Path:
    """Run PyInstaller on the spec and add the command-line wrapper; returns the bundle."""
    cmd = [
        sys.executable, "-m", "PyInstaller", str(bundle.PACKAGING / "riverchief.spec"),
        "--noconfirm", "--log-level", "WARN",
        "--distpath", str(dist), "--workpath", str(work),
    ]
    if clean:
        cmd.append("--clean")
    # This checkout first, also for PyInstaller's helper processes (collect_submodules),
    # even where an editable install of another checkout is on sys.path.
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(
        [str(bundle.ROOT), *filter(None, [os.environ.get("PYTHONPATH")])]))
    subprocess.run(cmd, check=True, cwd=bundle.ROOT, env=env)
    folder = bundle.bundle_dir(dist)
    write_cli_wrapper(folder)
    return folder


def find_iscc() -> str | None:
    """Inno Setup's compiler: on PATH, or in its default per-machine or per-user folder."""
    found = shutil.which("iscc")
    if found:
        return found
    for base in (os.environ.get("ProgramFiles(x86)"), os.environ.get("ProgramFiles"),
                 os.path.join(os.environ.get("LOCALAPPDATA", ""), "Programs")):
        if base:
            candidate = Path(base) / "Inno Setup 6" / "ISCC.exe"
            if candidate.exists():
                return str(candidate)
    return None


def build_installer(dist: Path) -> Path:
    """Wrap ``dist/RiverChief`` with Inno Setup into ``dist/RiverChief-X-setup.exe``."""
    iscc = find_iscc()
    if iscc is None:
        raise SystemExit("Inno Setup 6 (ISCC.exe) was not found: install it from "
                         "https://jrsoftware.org/isdl.php or put ISCC.exe on PATH.")
    version = bundle.project_version()
    numeric = ".".join(map(str, bundle.numeric_version(version)))
    subprocess.run(
        [iscc, f"/DAppVersion={version}", f"/DAppVersionNumeric={numeric}",
         f"/DBundleDir={bundle.bundle_dir(dist)}", f"/DOutputDir={dist}", str(ISS)],
        check=True,
    )
    return dist / f"RiverChief-{version}-setup.exe"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=bundle.ROOT / "dist",
                        help="output folder (default: dist/)")
    parser.add_argument("--work", type=Path, default=bundle.ROOT / "build" / "pyinstaller",
                        help="PyInstaller's work folder (default: build/pyinstaller/)")
    parser.add_argument("--no-clean", action="store_true",
                        help="reuse PyInstaller's cache from an earlier build (faster)")
    parser.add_argument("--installer", action="store_true",
                        help="Windows: also build the Inno Setup installer")
    args = parser.parse_args(argv)
    if args.installer and sys.platform != "win32":
        parser.error("--installer needs Windows (Inno Setup)")
    started = time.monotonic()
    folder = build_bundle(args.dist.resolve(), args.work.resolve(), clean=not args.no_clean)
    size = folder_size(folder)
    print(f"bundle: {folder} ({size / 1e6:.0f} MB, {time.monotonic() - started:.0f} s)")
    if args.installer:
        setup = build_installer(args.dist.resolve())
        print(f"installer: {setup} ({setup.stat().st_size / 1e6:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
